"""The gate desk driven as at the gate: a scanner's burst of characters ending in Enter opens
the visit, Check in lets the family in, the next scan of the same pass lets them out."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from prisondesk.db.models import GateEvent
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.visits import bookings, gate, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.ui.visits.gate_desk import GateDeskPage
from tests.visits.fixtures import facility_today


@pytest.fixture
def officer(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")


@pytest.fixture
def booked(db, clerk, chief, world):
    today = facility_today()
    slot = schedule.add_slot(
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.SHORT, today.weekday(), "00:00", "23:59", 5, today),
    )
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot,
        day=today,
        visitor_ids=[world.mother, world.child],
        lead_id=world.mother,
    )


@pytest.fixture
def desk(qtbot, db, ops, officer):
    page = GateDeskPage(db, ops, officer)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def scan(qtbot, desk, code: str) -> None:
    qtbot.keyClicks(desk.scan, code)  # as fast as a scanner
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)


def test_a_scan_burst_checks_in_and_the_next_scan_checks_out(
    qtbot, db, desk, officer, booked, world
):
    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    assert desk.visitors.count() == 2 and "Асанов Нурсултан" in desk.visitors.item(1).text()
    assert "documents" in desk.message.text()
    qtbot.keyClicks(desk.locker, "12")
    desk.check_in_button.click()
    qtbot.waitUntil(lambda: desk.visit is not None and desk.visit.state == "inside")
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 2 visitor(s)")
    assert desk.inside.count() == 1
    scan(qtbot, desk, booked.barcode)  # a second scan within a second: ignored
    assert "twice" in desk.message.text()
    desk.scan._last_code_at -= 5000  # …and later, on the way out
    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: "finished" in desk.message.text())
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 0 visitor(s)")
    assert gate.inside_now(db, officer) == []
    assert desk.scan.hasFocus() or not desk.isActiveWindow()


def test_typing_damaged_codes_and_bans_give_clear_messages(qtbot, db, desk, chief, booked, world):
    qtbot.keyClicks(desk.scan, "BSH-1-V", delay=80)  # a person typing
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "not a pass code" in desk.message.text()
    scan(qtbot, desk, booked.barcode[:-1] + ("A" if booked.barcode[-1] != "A" else "B"))
    qtbot.waitUntil(lambda: "not genuine" in desk.message.text())
    assert desk.visit is None and not desk.check_in_button.isEnabled()
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.child,
        starts_on=facility_today() - timedelta(days=1),
        ends_on=None,
    )
    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: "BANNED" in desk.message.text())
    assert desk.chosen_visitors() == [world.mother]  # the banned child is unticked
    desk.check_in_button.click()
    qtbot.waitUntil(lambda: desk.visit is not None and desk.visit.state == "inside")


def test_a_lost_pass_is_found_by_name(qtbot, desk, booked, world):
    desk.name_search.setText("Асанова")
    qtbot.keyClick(desk.name_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.matches.count() == 1)
    desk.matches.itemActivated.emit(desk.matches.item(0))
    assert desk.visit is not None and desk.visit.number == booked.number
    desk.check_in_button.click()
    qtbot.waitUntil(lambda: desk.visit is not None and desk.visit.state == "inside")
    desk.name_search.setText("Никого")
    qtbot.keyClick(desk.name_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No visit today" in desk.message.text())


def test_a_scan_into_an_open_dialog_presses_nothing(qtbot, desk, booked):
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    field, ok = QLineEdit(), QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(ok)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.keyClicks(field, booked.barcode)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # the dialog was not confirmed
    assert "another field or window" in desk.message.text()
    qtbot.keyClicks(field, "ok", delay=80)  # a person typing and pressing Enter still works
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_scan_guard_sleeps_while_the_gate_desk_is_not_shown(qtbot, desk):
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    desk.hide()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field, ok = QLineEdit(), QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(ok)
    dialog.show()
    qtbot.keyClicks(field, "a-fast-typed-password")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_days_gate_log_from_the_desk(qtbot, desk, booked, world, tmp_path):
    import pypdfium2
    from openpyxl import load_workbook

    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    desk.check_in_button.click()
    qtbot.waitUntil(lambda: desk.visit is not None and desk.visit.state == "inside")
    xlsx, pdf = tmp_path / "log.xlsx", tmp_path / "log.pdf"
    desk.write_log(xlsx)
    qtbot.waitUntil(lambda: "Gate log saved" in desk.message.text())
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[1][0] == booked.number and rows[1][5]  # checked in, with its time
    desk.write_log(pdf)
    qtbot.waitUntil(pdf.exists)
    text = pypdfium2.PdfDocument(pdf.read_bytes())[0].get_textpage().get_text_range()
    assert booked.number in text


def test_the_desk_shows_the_faces(qtbot, db, desk, clerk, booked, world):
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (300, 400), (90, 120, 150)).save(picture, "JPEG")
    visitors.set_visitor_photo(db, clerk, world.mother, picture.getvalue())
    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    icons = {
        desk.visitors.item(i).text().split(" —")[0]: not desk.visitors.item(i).icon().isNull()
        for i in range(desk.visitors.count())
    }
    assert icons == {"Асанова Гүлнара": True, "Асанов Нурсултан": False}


def confirm(monkeypatch, answer=QMessageBox.StandardButton.Yes):
    monkeypatch.setattr(
        "prisondesk.ui.visits.gate_desk.QMessageBox.question", lambda *args, **kwargs: answer
    )


def test_closing_the_day_records_who_never_came(qtbot, db, desk, clerk, chief, world, monkeypatch):
    today = facility_today()
    # the desk closes the day at noon, the facility's time: the 00:00–00:01 visit is over
    noon = from_local(datetime.combine(today, time(12)), zone("Asia/Bishkek"))
    monkeypatch.setattr("prisondesk.services.visits.gate_day.utc_now", lambda: noon)
    early = schedule.add_slot(
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.SHORT, today.weekday(), "00:00", "00:01", 5, today),
    )
    missed = bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=early,
        day=today,
        visitor_ids=[world.mother],
        lead_id=world.mother,
    )
    confirm(monkeypatch, QMessageBox.StandardButton.No)
    desk.close_day_button.click()
    assert outcomes(db) == []  # declined: nothing written
    confirm(monkeypatch)
    desk.close_day_button.click()
    qtbot.waitUntil(lambda: "1 visit(s) recorded as not arrived." in desk.message.text())
    assert outcomes(db) == [(missed.booking_id, "did_not_arrive")]


def test_closing_the_day_lists_who_is_inside_to_let_them_out(
    qtbot, db, desk, booked, world, monkeypatch
):
    scan(qtbot, desk, booked.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    desk.check_in_button.click()
    qtbot.waitUntil(lambda: desk.visit is not None and desk.visit.state == "inside")
    desk._show_visit(None)
    confirm(monkeypatch)
    desk.close_day_button.click()
    qtbot.waitUntil(lambda: "Still inside: 2 visitor(s)" in desk.message.text())
    assert "No visit had to be recorded as not arrived." in desk.message.text()
    assert desk.inside.count() == 1
    desk.inside.setCurrentRow(0)
    desk.inside.itemActivated.emit(desk.inside.item(0))  # the pass is not at hand
    assert desk.visit is not None and desk.visit.booking_id == booked.booking_id
    desk.check_out_button.click()
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 0 visitor(s)")
    assert outcomes(db) == [(booked.booking_id, "completed")]


def outcomes(db) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(GateEvent.booking_id, GateEvent.outcome).where(GateEvent.action == "outcome")
        )
        return [tuple(row) for row in rows]


def test_the_gate_log_is_of_the_facility_day_not_the_desk_clock(
    qtbot, desk, booked, tmp_path, monkeypatch
):
    """A desk whose clock is still on yesterday (wrong time zone) saves the facility's day."""
    from openpyxl import load_workbook

    tomorrow = facility_today() + timedelta(days=1)
    monkeypatch.setattr(
        "prisondesk.ui.visits.gate_desk.calendar.facility_day", lambda db, actor: tomorrow
    )
    xlsx = tmp_path / "log.xlsx"
    desk.write_log(xlsx)
    qtbot.waitUntil(lambda: "Gate log saved" in desk.message.text())
    assert load_workbook(xlsx).active.title == tomorrow.isoformat()  # a day with no visits
    assert "0 visit(s)" in desk.message.text()
