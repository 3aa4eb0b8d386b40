from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp
from sqlalchemy import update

from prisondesk.db.models import Prisoner
from prisondesk.services.core import facility
from prisondesk.services.intake import admissions
from prisondesk.services.intake.admissions import ContactEntry, Placement, PropertyEntry
from prisondesk.sync import state
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.intake.registry_page import RegistryPage
from prisondesk.ui.operations import Operations
from tests.intake.fixtures import LEGAL, identity


@pytest.fixture
def admitted(db, registrar):
    wing = facility.current_facility(db).wings[0].id
    view = admissions.start_admission(db, registrar, identity())
    admissions.save_legal(db, registrar, view.id, LEGAL)
    admissions.save_placement(db, registrar, view.id, Placement("general", wing, "12"))
    admissions.record_injuries(db, registrar, view.id, [])
    admissions.save_property(db, registrar, view.id, [PropertyEntry("Часы", 1, "", "сейф 3")])
    admissions.save_contacts(db, registrar, view.id, [ContactEntry("Асанова Гүлнара", "мать")])
    admissions.record_rights_explained(db, registrar, view.id, "ky")
    return admissions.complete_admission(db, registrar, view.id)


@pytest.fixture
def opened(qtbot, db, registrar, admitted) -> PrisonerFile:
    ops = Operations()
    page = RegistryPage(db, ops, registrar)
    qtbot.addWidget(page)
    page.show()
    page.query.setText("Asanov")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 1")
    with qtbot.waitSignal(page.file_opened) as signal:
        page.open_current()
    file = signal.args[0]
    qtbot.waitUntil(lambda: file.movements_tab.rowCount() == 1)
    yield file
    ops.wait()


def _movement_dialog(qtbot, opened: PrisonerFile) -> MovementDialog:
    opened.record_movement()  # the destinations are read first, in the background
    qtbot.waitUntil(lambda: bool(opened.findChildren(MovementDialog)))
    return opened.findChildren(MovementDialog)[-1]


def test_the_file_shows_the_admission(opened, admitted):
    assert opened.title.text() == "Асанов Бакыт Нурланович"
    assert admitted.number in opened.summary.text() and "In custody" in opened.summary.text()
    assert opened.movements_tab.item(0, 1).text() == "Admission"


def test_a_transfer_is_recorded_from_the_file(qtbot, opened, db, registrar, admitted):
    dialog = _movement_dialog(qtbot, opened)
    dialog.kind.setCurrentIndex(dialog.kind.findData("transfer_out"))
    dialog.submit()  # no destination yet
    error = dialog.errors.fields["destination"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This field is required."
    dialog.destination.setText("ИК-47, Бишкек")
    dialog.submit()
    qtbot.waitUntil(lambda: opened.view.status == "transferred_out")
    qtbot.waitUntil(lambda: opened.movements_tab.rowCount() == 2)
    assert opened.movements_tab.item(1, 1).text() == "Transfer to another facility"
    assert opened.movements_tab.item(1, 2).text() == "ИК-47, Бишкек"
    assert admissions.admission(db, registrar, admitted.id).status == "transferred_out"


def test_a_transfer_to_a_facility_of_the_server_names_it_from_the_list(
    qtbot, opened, db, registrar, admitted, monkeypatch
):
    target = "01a20000-0000-7000-8000-000000000042"
    with db.apply_remote() as session:  # as the last sync listed the server's facilities
        state.put_directory(session, [{"id": target, "code": "OSH-2", "name": "СИЗО Ош"}])
    dialog = _movement_dialog(qtbot, opened)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["cell_change", "court_out", "transfer_out", "release"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("transfer_out"))
    # nothing is chosen at first: the file goes nowhere by default
    assert dialog.facility.currentText() == "Choose the receiving facility…"
    assert not dialog.destination.isVisible()
    dialog.submit()
    error = dialog.errors.fields["to_facility_id"]
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("Choose where the prisoner goes")
    dialog.facility.setCurrentIndex(2)  # a facility outside the system: named by hand
    assert dialog.facility.currentData() is None and dialog.destination.isVisible()
    dialog.facility.setCurrentIndex(1)
    assert dialog.facility.currentText() == "СИЗО Ош (OSH-2)"
    assert not dialog.destination.isVisible()  # the facility is the destination
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_handover", lambda name: asked.append(name) or False)
    dialog.submit()  # the officer thinks again: nothing is recorded
    assert asked == ["СИЗО Ош (OSH-2)"] and dialog.buttons.isEnabled()
    monkeypatch.setattr(dialog, "confirm_handover", lambda name: True)
    dialog.submit()
    qtbot.waitUntil(lambda: opened.view.status == "transferred_out")
    qtbot.waitUntil(lambda: opened.movements_tab.rowCount() == 2)
    assert opened.movements_tab.item(1, 2).text() == "СИЗО Ош"
    assert not opened.move_button.isEnabled()  # nothing moves a prisoner who has left
    with db.read() as session:
        assert session.get(Prisoner, admitted.id).transfer_to == target


def test_a_prisoner_on_the_way_here_can_only_arrive(qtbot, opened, db, admitted):
    origin = "01a20000-0000-7000-8000-000000000042"
    with db.apply_remote() as session:  # as a transfer from another facility arrives
        session.execute(
            update(Prisoner)
            .where(Prisoner.id == admitted.id)
            .values(status="in_transit", wing_id=None, cell="", transfer_from=origin)
        )
        state.put_directory(session, [{"id": origin, "code": "OSH-2", "name": "СИЗО Ош"}])
    opened._reload()
    qtbot.waitUntil(lambda: opened.view.status == "in_transit")
    assert "Arriving by transfer from СИЗО Ош (OSH-2)" in opened.summary.text()
    dialog = _movement_dialog(qtbot, opened)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["transfer_in"]
    assert dialog.wing.isVisible() and dialog.cell.isVisible()
    assert not dialog.facility.isVisible()
    dialog.cell.setText("5")
    dialog.submit()
    qtbot.waitUntil(lambda: opened.view.status == "in_custody")
    assert opened.view.placement.cell == "5"
    qtbot.waitUntil(lambda: opened.movements_tab.rowCount() == 2)
    assert opened.movements_tab.item(1, 1).text() == "Arrival by transfer"


def test_release_asks_for_the_property_back(qtbot, opened):
    dialog = _movement_dialog(qtbot, opened)
    dialog.kind.setCurrentIndex(dialog.kind.findData("release"))
    dialog.submit()
    error = dialog.errors.fields["property"]
    qtbot.waitUntil(error.isVisible)
    assert "Часы" in error.text()
    assert opened.view.status == "in_custody"


def test_id_card_and_receipt_pdfs_carry_the_number(opened, admitted):
    for pdf in (opened.id_card_pdf(), opened.receipt_pdf()):
        page = pypdfium2.PdfDocument(pdf)[0]
        codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=5).to_pil())]
        assert codes == [admitted.number]
        assert "Асанов" in page.get_textpage().get_text_range()


def test_printing_paints_the_pdf_onto_the_printer(qapp, opened, admitted, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from prisondesk.ui.print_pdf import paint_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read back
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    painted = paint_pdf(printer, opened.id_card_pdf())
    assert abs(painted[0].width() - 85.6) < 0.5 and abs(painted[0].height() - 54) < 0.5
    page = pypdfium2.PdfDocument(tmp_path / "printed.pdf")[0]
    codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=3).to_pil())]
    assert codes == [admitted.number]


def test_editing_an_admitted_file_is_audited_and_keeps_it_admitted(qtbot, opened, db):
    from PySide6.QtWidgets import QWizard
    from sqlalchemy import select

    from prisondesk.db.models import AuditEntry

    wizard = opened.edit()
    assert wizard.identity.surname.text() == "Асанов" and wizard.rights.explained.isChecked()
    wizard.identity.surname.setText("Асанбеков")
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: opened.title.text().startswith("Асанбеков"))
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "update")
            .order_by(AuditEntry.device_seq.desc())
        ).first()
    assert entry.before == {"surname": "Асанов"} and entry.after == {"surname": "Асанбеков"}
    while wizard.currentPage() is not wizard.placement:
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.wait(50)
    wizard.placement.wing.setCurrentIndex(2)  # another wing: that is a movement, not an edit
    wizard.button(QWizard.WizardButton.NextButton).click()
    error = wizard.placement.errors.fields["wing_id"]
    qtbot.waitUntil(error.isVisible)
    assert "Record a move" in error.text()
    assert opened.view.status == "in_custody"


def test_a_registry_officer_sees_every_action(opened):
    buttons = [
        opened.edit_button,
        opened.move_button,
        opened.print_card_button,
        opened.print_receipt_button,
        opened.card_button,
        opened.receipt_button,
    ]
    assert all(b.isVisible() for b in buttons)
