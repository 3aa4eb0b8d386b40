"""The parcel lists as a supervisor reaches them after a real login: the daily log (shown,
saved as XLSX and PDF, printed), the confiscations (a row opens its parcel at the desk),
what desks apart left to settle, and the prisoner file's Parcels tab; and a parcel's
barcode scanned at the visits gate gets its own message."""

from __future__ import annotations

import openpyxl
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from prisondesk.db.models import Parcel
from prisondesk.services.core import users
from prisondesk.services.parcels import receipt, views
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.parcels import log_page
from prisondesk.ui.parcels.parcels_page import ParcelsPage
from tests.gui.flows import click, keys, log_in, open_module, scan, type_slowly
from tests.parcels.helpers import inspect_taking_the_phone

PASSWORD = "second-pass2"


@pytest.fixture
def parcels(db, officer, world) -> tuple[str, str]:
    """Two parcels for the prisoner today: the first inspected (its phone taken), the second
    waiting; then another desk, apart, put the first one's seal on the second."""
    made = []
    for seal in ("S-1", "S-2"):
        items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
        entry = ParcelEntry(
            world.prisoner_id, "post", "Почта", weight_grams=1500, seal=seal, items=items
        )
        made.append(receipt.receive_parcel(db, officer, entry))
    inspect_taking_the_phone(db, officer, made[0])
    with db.apply_remote() as session:
        session.execute(update(Parcel).where(Parcel.id == made[1]).values(seal="S-1"))
    return made[0], made[1]


@pytest.fixture
def page(qtbot, shell, db, chief, parcels) -> ParcelsPage:
    users.set_language(db, chief, "en")
    window = log_in(qtbot, shell, "chief", PASSWORD)
    page = open_module(qtbot, window, "parcels")
    assert isinstance(page, ParcelsPage)
    return page


def _tab(qtbot, page: ParcelsPage, widget) -> None:
    bar = page.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.indexOf(widget)).center())
    assert page.currentWidget() is widget


def test_the_daily_log_shows_saves_and_prints(qtbot, page, tmp_path, monkeypatch):
    log = page.log
    _tab(qtbot, page, log)
    qtbot.waitUntil(lambda: log.table.rowCount() == 2)
    assert "2 parcel(s) received" in log.message.text()
    assert log.table.item(0, 7).text().startswith("Mobile phones and SIM cards")
    assert log.table.item(1, 6).text() == "Awaiting inspection"
    for name in ("log.xlsx", "log.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(
            log_page.QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), "")
        )
        click(qtbot, log.save_button)
        qtbot.waitUntil(target.exists)
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert sheet.max_row == 3  # the header and two parcels
    text = pypdfium2.PdfDocument(str(tmp_path / "log.pdf"))[0].get_textpage().get_text_range()
    assert "Почта" in text
    printed = []
    monkeypatch.setattr(log_page, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    click(qtbot, log.print_button)
    assert printed and printed[0].startswith(b"%PDF")


def test_a_day_not_a_date_is_said_plainly(qtbot, page):
    log = page.log
    _tab(qtbot, page, log)
    qtbot.waitUntil(lambda: log.table.rowCount() == 2)
    qtbot.mouseClick(log.day.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(log.day.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_slowly(qtbot, log.day.edit, "31.02.2026")  # typed by a person, not scanned
    qtbot.keyClick(log.day.edit, Qt.Key.Key_Return)
    assert "31.02.2026 is not a date" in log.message.text()
    assert log.table.rowCount() == 2  # what was shown stays


def test_a_confiscation_opens_its_parcel_at_the_desk(qtbot, page, parcels):
    confiscations = page.confiscations
    _tab(qtbot, page, confiscations)
    table = confiscations.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 3).text() == "Телефон"
    assert table.item(0, 5).text() == "Confiscated"
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.currentWidget() is page.desk
    qtbot.waitUntil(lambda: page.desk.parcel is not None)
    assert page.desk.parcel.row.id == parcels[0]


def test_one_seal_on_two_parcels_is_listed_to_settle(qtbot, page, parcels):
    attention = page.attention
    _tab(qtbot, page, attention)
    qtbot.waitUntil(lambda: attention.table.rowCount() == 2)
    assert {attention.table.item(r, 2).text() for r in range(2)} == {"One seal on two parcels"}


def test_the_prisoner_file_lists_the_parcels(qtbot, shell, db, registrar, parcels, world):
    users.set_language(db, registrar, "en")
    window = log_in(qtbot, shell, "registry1", PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[0]
    index = next(i for i in range(file.tabs.count()) if file.tabs.tabText(i) == "Parcels")
    bar = file.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tab = file.module_tabs["parcels"]
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    statuses = {tab.table.item(r, 4).text() for r in range(2)}
    assert statuses == {"Awaiting handover", "Awaiting inspection"}


@pytest.mark.parametrize("layout", ["latin", "russian"])
def test_a_parcel_label_scanned_at_the_visits_gate_says_where_it_belongs(
    qtbot, shell, db, officer, parcels, layout
):
    users.set_language(db, officer, "en")
    window = log_in(qtbot, shell, "gate1", PASSWORD)
    desk = window.pages.currentWidget().gate  # a gate officer starts at the visits gate
    qtbot.waitUntil(desk.scan.hasFocus)
    tracking = views.parcel_detail(db, officer, parcels[0]).row.tracking
    scan(qtbot, desk.scan, tracking, layout)
    qtbot.waitUntil(lambda: "parcel's barcode" in desk.message.text())
    assert "open it in Parcels" in desk.message.text()


@pytest.mark.parametrize("layout", ["latin", "russian"])
def test_a_label_scanned_on_the_log_opens_its_parcel_at_the_desk(
    qtbot, page, db, officer, parcels, layout
):
    log = page.log
    _tab(qtbot, page, log)
    qtbot.waitUntil(lambda: log.table.rowCount() == 2)
    qtbot.mouseClick(log.day.edit, Qt.MouseButton.LeftButton)  # the focus in the day field
    typed_day = log.day.edit.text()
    tracking = views.parcel_detail(db, officer, parcels[1]).row.tracking
    scan(qtbot, log.day.edit, tracking, layout)
    assert page.currentWidget() is page.desk
    qtbot.waitUntil(lambda: page.desk.parcel is not None)
    assert page.desk.parcel.row.id == parcels[1]
    assert log.day.edit.text() == typed_day  # the scan did not stay in the day field


def test_a_photo_of_the_parcel_is_added_from_its_file(qtbot, page, parcels, tmp_path, monkeypatch):
    from prisondesk.ui.parcels import parcel_desk

    desk = page.desk
    queue = desk.handover_queue
    qtbot.waitUntil(lambda: queue.count() == 1)
    rect = queue.visualItemRect(queue.item(0))
    qtbot.mouseClick(queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.parcel is not None)
    photo = tmp_path / "parcel.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64)
    monkeypatch.setattr(
        parcel_desk.QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), "")
    )
    click(qtbot, desk.photo_button)
    qtbot.waitUntil(lambda: "Photo added: 1 photo(s)" in desk.message.text())
    assert "Photos: 1" in desk.facts.text()
    photo.write_bytes(b"not a picture")
    click(qtbot, desk.photo_button)
    qtbot.waitUntil(lambda: "JPEG or PNG" in desk.message.text())
