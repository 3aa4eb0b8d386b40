"""A gate officer's parcel as it is worked, from a real login: F2 opens the receipt form, the
prisoner's ID card is scanned (Latin or Russian keyboard layout), the sender is found in the
visitor registry, weight, seal and items are typed, Ctrl+Enter accepts; the receipt prints
with a barcode that decodes; Enter inspects (the phone confiscated with its note); the
parcel's label is scanned to open it, the handover sheet prints and Enter hands it over."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from prisondesk.domain.parcels import Status
from prisondesk.services.core import users
from prisondesk.services.parcels import receipt, views
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from prisondesk.ui.parcels import parcel_desk
from prisondesk.ui.parcels.inspection_dialog import InspectionDialog
from prisondesk.ui.parcels.parcel_desk import ParcelDeskPage
from prisondesk.ui.parcels.receipt_dialog import ReceiptDialog
from prisondesk.ui.parcels.supervisor_dialog import SupervisorDialog
from tests.gui.flows import (
    answer_next_question,
    click,
    keys,
    log_in,
    open_module,
    scan,
    type_slowly,
)

PASSWORD = "second-pass2"  # what the staff fixture leaves


@pytest.fixture
def printed(monkeypatch) -> list[tuple[str, bytes]]:
    """What the desk sends to the printer (the system's print dialog is not opened)."""
    sent: list[tuple[str, bytes]] = []
    monkeypatch.setattr(
        parcel_desk, "print_pdf", lambda parent, pdf, title: sent.append((title, pdf)) or True
    )
    return sent


@pytest.fixture
def desk(qtbot, shell, db, officer, world, printed) -> ParcelDeskPage:
    users.set_language(db, officer, "en")
    window = log_in(qtbot, shell, "gate1", PASSWORD)
    page = open_module(qtbot, window, "parcels")
    assert page.currentWidget() is page.desk
    desk = page.desk
    qtbot.waitUntil(lambda: desk.settings is not None)
    desk.scan.setFocus()
    return desk


def _receipt_dialog(qtbot, desk) -> ReceiptDialog:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.recipient.hasFocus())
    return dialog


def _prisoner_number(db, prisoner_id: str) -> str:
    from prisondesk.db.models import Prisoner

    with db.read() as session:
        return session.get(Prisoner, prisoner_id).number


def _decode(pdf: bytes) -> list[str]:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=203 / 72).to_pil()
    return [found.text for found in zxingcpp.read_barcodes(image)]


def _fill_the_form(qtbot, dialog: ReceiptDialog, number: str, layout: str) -> None:
    scan(qtbot, dialog.recipient, number, layout)  # the prisoner's ID card
    qtbot.waitUntil(lambda: number in dialog.chosen.text())
    qtbot.waitUntil(lambda: "Left this month: 2 of 2 parcels" in dialog.quota.text())
    assert dialog.channel.hasFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)
    assert dialog.sender_name.hasFocus()
    type_slowly(qtbot, dialog.sender_name, "Асанова Г")
    qtbot.keyClick(dialog.sender_name, Qt.Key.Key_Return)  # finds her in the registry
    qtbot.waitUntil(lambda: dialog.senders.count() == 1 and dialog.senders.hasFocus())
    qtbot.keyClick(dialog.senders, Qt.Key.Key_Return)
    assert dialog.sender is not None and dialog.sender_document.text() == "passport ID1000001"
    assert dialog.weight.hasFocus()
    keys(qtbot, dialog.weight, "4.2")
    qtbot.keyClick(dialog.weight, Qt.Key.Key_Tab)
    assert dialog.seal.hasFocus()
    scan(qtbot, dialog.seal, "A-000123", layout)  # a tag with a barcode: read, not a stray
    qtbot.waitUntil(lambda: dialog.items.rows[0].category.hasFocus())
    first = dialog.items.rows[0]
    qtbot.keyClick(first.category, Qt.Key.Key_Tab)
    keys(qtbot, first.description, "Печенье")
    qtbot.keyClick(first.description, Qt.Key.Key_Return)  # on to the quantity
    assert first.quantity.hasFocus()
    qtbot.keyClick(first.quantity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, first.quantity, "3")
    qtbot.keyClick(first.quantity, Qt.Key.Key_Return)  # the next item
    qtbot.waitUntil(lambda: len(dialog.items.rows) == 2)
    qtbot.waitUntil(dialog.items.rows[1].category.hasFocus)
    second = dialog.items.rows[1]
    qtbot.keyClick(second.category, Qt.Key.Key_Tab)
    keys(qtbot, second.description, "Телефон")


@pytest.mark.parametrize("layout", ["latin", "russian"])
def test_receipt_inspection_and_handover_by_keys_and_scans(
    qtbot, desk, db, officer, world, printed, layout
):
    number = _prisoner_number(db, world.prisoner_id)
    dialog = _receipt_dialog(qtbot, desk)
    _fill_the_form(qtbot, dialog, number, layout)
    qtbot.keyClick(
        dialog.items.rows[1].description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: desk.parcel is not None)
    assert "Parcel received" in desk.message.text()
    tracking = desk.parcel.row.tracking
    assert desk.title.text().startswith(tracking)
    assert "Awaiting inspection" in desk.facts.text()
    assert [desk.items.item(r, 1).text() for r in range(2)] == ["Печенье", "Телефон"]
    qtbot.waitUntil(lambda: desk.inspection_queue.count() == 1)

    click(qtbot, desk.receipt_button)  # the sender's receipt, its barcode the tracking number
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert _decode(printed[0][1]) == [tracking]
    qtbot.mouseClick(desk.receipt_size, Qt.MouseButton.LeftButton)  # the sender wants A4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert desk.receipt_size.currentData() == "a4"
    click(qtbot, desk.receipt_button)
    qtbot.waitUntil(lambda: len(printed) == 2)
    width, height = pypdfium2.PdfDocument(printed[1][1])[0].get_size()
    assert (round(width), round(height)) == (595, 842) and _decode(printed[1][1]) == [tracking]

    qtbot.waitUntil(desk.scan.hasFocus)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)  # Enter: the next step, the inspection
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), InspectionDialog))
    inspection = QApplication.activeModalWidget()
    qtbot.waitUntil(inspection.method.hasFocus)
    assert inspection.method.currentText() == "X-ray"
    biscuits, phone = inspection.results.values()
    qtbot.keyClick(inspection.method, Qt.Key.Key_Tab)
    assert biscuits.hasFocus()  # passed, as it is
    qtbot.keyClick(biscuits, Qt.Key.Key_Tab)  # their note
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert phone.hasFocus()
    keys(qtbot, phone, "Mob")
    assert phone.currentText() == "Mobile phones and SIM cards: confiscated"
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    type_slowly(qtbot, QApplication.focusWidget(), "в коробке")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: "Recorded: Awaiting handover" in desk.message.text())
    assert [desk.items.item(r, 3).text() for r in range(2)] == ["Passed", "Confiscated"]
    qtbot.waitUntil(lambda: desk.handover_queue.count() == 1)

    desk.scan._last_code_at -= 5000  # later, at the handover
    scan(qtbot, QApplication.focusWidget(), tracking, layout)  # the parcel's label
    qtbot.waitUntil(lambda: "Print the handover sheet" in desk.message.text())
    click(qtbot, desk.sheet_button)
    qtbot.waitUntil(lambda: len(printed) == 3)
    assert _decode(printed[2][1]) == [tracking]
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Recorded: Handed over" in desk.message.text())
    assert tracking in asked[0]
    assert views.parcel_detail(db, officer, desk.parcel.row.id).row.status == Status.HANDED_OVER
    qtbot.waitUntil(lambda: desk.handover_queue.count() == 0)


def test_an_empty_form_says_every_problem_and_writes_nothing(qtbot, desk, db, officer):
    dialog = _receipt_dialog(qtbot, desk)
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: dialog.errors.fields["prisoner"].isVisible())
    for field in ("prisoner", "sender", "weight", "seal", "items"):
        assert dialog.errors.fields[field].isVisible(), field
        assert dialog.errors.fields[field].text()
    assert dialog.isVisible()
    assert views.waiting(db, officer, Status.AWAITING_INSPECTION) == []


def _over_the_quota(qtbot, desk, db, officer, world) -> tuple[ReceiptDialog, SupervisorDialog]:
    """This month's two parcels already received, a third typed in and accepted: the form
    asks for a supervisor."""
    for seal in ("S-1", "S-2"):
        receipt.receive_parcel(
            db,
            officer,
            ParcelEntry(
                world.prisoner_id,
                "post",
                sender_name="Почта",
                weight_grams=1000,
                seal=seal,
                items=(ItemEntry("Food", "Чай", 1, "pack"),),
            ),
        )
    dialog = _receipt_dialog(qtbot, desk)
    scan(qtbot, dialog.recipient, _prisoner_number(db, world.prisoner_id))
    qtbot.waitUntil(lambda: "Left this month: 0 of 2 parcels" in dialog.quota.text())
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)
    type_slowly(qtbot, dialog.sender_name, "Почта России")
    qtbot.keyClick(dialog.sender_name, Qt.Key.Key_Return)  # nobody registered: as written
    qtbot.waitUntil(dialog.sender_document.hasFocus)
    qtbot.keyClick(dialog.sender_document, Qt.Key.Key_Tab)
    assert dialog.weight.hasFocus()
    keys(qtbot, dialog.weight, "2")
    keys(qtbot, dialog.seal, "S-3")
    keys(qtbot, dialog.items.rows[0].description, "Чай")
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SupervisorDialog))
    supervisor = QApplication.activeModalWidget()
    assert "Over the quota: 0 parcels and 18 kg left" in supervisor.why.text()
    return dialog, supervisor


def _sign_in(qtbot, supervisor: SupervisorDialog, username: str, reason: str) -> None:
    type_slowly(qtbot, supervisor.username, username)
    qtbot.keyClick(supervisor.username, Qt.Key.Key_Tab)
    type_slowly(qtbot, supervisor.password, PASSWORD)
    qtbot.keyClick(supervisor.password, Qt.Key.Key_Return)
    assert supervisor.reason.hasFocus()
    type_slowly(qtbot, supervisor.reason, reason)
    qtbot.keyClick(supervisor.reason, Qt.Key.Key_Return)


def test_over_the_quota_a_supervisor_signs_in_with_a_reason(qtbot, desk, db, officer, chief, world):
    _, supervisor = _over_the_quota(qtbot, desk, db, officer, world)
    qtbot.keyClick(supervisor.username, Qt.Key.Key_Tab)
    scan(qtbot, supervisor.password, "BSH-1-PK7Q-00001")  # a scan is never a password
    assert "a scan, not a password" in supervisor.error_text()
    qtbot.keyClick(supervisor.password, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    click(qtbot, supervisor.buttons.button(supervisor.buttons.StandardButton.Ok))  # no reason
    assert "Say why the parcel is accepted" in supervisor.error_text()
    assert supervisor.reason.hasFocus() and supervisor.override is None
    qtbot.mouseClick(supervisor.username, Qt.MouseButton.LeftButton)
    _sign_in(qtbot, supervisor, "chief", "Лекарства по назначению врача")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: desk.parcel is not None)
    assert "Over the quota, accepted by Начальник смены: Лекарства" in desk.facts.text()


def test_a_gate_officer_cannot_approve_over_the_quota(qtbot, desk, db, officer, world, staff):
    staff("gate2", "gate_officer", "Другой Офицер")
    dialog, supervisor = _over_the_quota(qtbot, desk, db, officer, world)
    _sign_in(qtbot, supervisor, "gate2", "просто так")
    qtbot.waitUntil(lambda: "Only a supervisor" in supervisor.error_text())
    assert supervisor.isVisible() and supervisor.override is None
    click(qtbot, supervisor.buttons.button(supervisor.buttons.StandardButton.Cancel))
    assert dialog.isVisible()  # the form as typed: hand the parcel back, or ask another
    assert len(views.waiting(db, officer, Status.AWAITING_INSPECTION)) == 2


@pytest.mark.parametrize("layout", ["latin", "russian"])
def test_a_visit_pass_scanned_at_the_parcel_desk_is_refused_with_its_message(
    qtbot, desk, today_pass, layout
):
    scan(qtbot, desk.scan, today_pass.barcode, layout)
    qtbot.waitUntil(lambda: "visit pass" in desk.message.text())
    assert "scan it at the visits gate" in desk.message.text()
    assert desk.parcel is None
