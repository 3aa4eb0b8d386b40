"""The gate desk as a gate officer works it, from a real login and by scans and keys alone:
what a scan shows (the family, their faces, a ban in red), what a damaged code or a bouncing
trigger says, a lost pass found by name, a scan that lands in a dialog, and the end of the
day: who never came, who is still inside, the day's log. (test_gate_shift.py has the rest of
the shift: Enter checking in and out on either layout, the printed code typed, the lock
screen, the question "Close the day?", the locker reminder, a child alone, the next day.)"""

from __future__ import annotations

import io
from datetime import datetime, time, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from prisondesk.db.models import GateEvent
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core import users
from prisondesk.services.visits import bookings, gate, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.ui.password_dialog import ChangePasswordDialog
from prisondesk.ui.visits.gate_desk import GateDeskPage
from tests.gui.flows import (
    activate_again,
    keys,
    log_in,
    open_module,
    press_alt,
    press_in_next_question,
    scan,
    tab_to,
    type_slowly,
)
from tests.visits.fixtures import facility_today

PASSWORD = "second-pass2"  # what the staff fixture leaves
RED = Qt.GlobalColor.red


@pytest.fixture
def gate_desk(qtbot, shell, db, officer, today_pass) -> GateDeskPage:
    """As test_gate_shift.py's: the officer logs in and lands on the gate desk, whose scan
    field has the keyboard."""
    users.set_language(db, officer, "en")
    window = log_in(qtbot, shell, "gate1", PASSWORD)
    visits = window.pages.currentWidget()
    assert visits.currentWidget() is visits.gate
    desk = visits.gate
    qtbot.waitUntil(desk.scan.hasFocus)
    return desk


def visitor_rows(desk: GateDeskPage) -> list[str]:
    return [desk.visitors.item(i).text() for i in range(desk.visitors.count())]


@pytest.fixture
def mother_with_photo(db, clerk, world) -> None:
    picture = io.BytesIO()
    Image.new("RGB", (300, 400), (90, 120, 150)).save(picture, "JPEG")
    visitors.set_visitor_photo(db, clerk, world.mother, picture.getvalue())


def test_a_scan_shows_the_family_with_their_faces_and_a_bounce_is_ignored(
    qtbot, mother_with_photo, gate_desk, today_pass, db, officer
):
    desk = gate_desk
    scan(qtbot, desk.scan, today_pass.barcode)
    scan(qtbot, desk.scan, today_pass.barcode)  # the trigger bounced: the same code again
    assert "scanned twice: the second scan was ignored" in desk.message.text()
    qtbot.waitUntil(lambda: desk.visitors.count() == 2)
    assert "Check the documents, then press Check in." in desk.message.text()
    assert desk.visit_title.text() == f"{today_pass.number} · {desk.visit.prisoner}"
    mother, son = visitor_rows(desk)
    assert mother.startswith("Асанова Гүлнара — ")
    assert son.startswith("Асанов Нурсултан — ") and son.endswith("(child)")
    faces = [not desk.visitors.item(i).icon().isNull() for i in range(2)]
    assert faces == [True, False]  # her photo beside her document; the boy has none
    press_alt(qtbot, Qt.Key.Key_K)  # Loc&ker
    assert desk.locker.hasFocus()
    type_slowly(qtbot, desk.locker, "12")
    press_alt(qtbot, Qt.Key.Key_I)  # Check &in
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 2 visitor(s)")
    assert "Checked in." in desk.message.text()
    assert desk.inside.count() == 1 and desk.inside.item(0).text().startswith(today_pass.number)
    assert all(row.endswith("· inside") for row in visitor_rows(desk))
    qtbot.waitUntil(desk.scan.hasFocus)  # the keys are back in the scan field
    desk.scan._last_code_at -= 5000  # they leave later
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: "finished" in desk.message.text())
    assert "Hand back: locker 12." in desk.message.text()
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 0 visitor(s)")
    assert desk.inside.count() == 0 and desk.visitors.count() == 0
    assert gate.inside_now(db, officer) == []
    assert desk.scan.hasFocus()


@pytest.fixture
def son_banned(db, chief, world, today_pass) -> None:
    """Banned after the visit was booked."""
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.child,
        starts_on=facility_today() - timedelta(days=1),
        ends_on=None,
    )


def test_a_damaged_code_is_refused_and_a_banned_visitor_is_left_out(
    qtbot, son_banned, gate_desk, today_pass, db, officer
):
    desk = gate_desk
    type_slowly(qtbot, desk.scan, "BSH-1-V")  # a person typing part of the code
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "This is not a pass code." in desk.message.text()
    last = today_pass.barcode[-1]
    scan(qtbot, desk.scan, today_pass.barcode[:-1] + ("A" if last != "A" else "B"))
    qtbot.waitUntil(lambda: "not genuine" in desk.message.text())
    assert desk.visit_title.text() == "" and desk.visitors.count() == 0
    assert not desk.check_in_button.isEnabled() and not desk.check_out_button.isEnabled()
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: desk.visitors.count() == 2)
    assert desk.message.text() == "BANNED: Асанов Нурсултан. Do not let them in."
    mother, son = (desk.visitors.item(i) for i in range(2))
    assert son.text().endswith("BANNED: нарушение") and son.foreground().color() == RED
    assert son.checkState() == Qt.CheckState.Unchecked  # left out unless the officer ticks him
    assert mother.checkState() == Qt.CheckState.Checked
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: she goes in alone
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 1 visitor(s)")
    assert [v.full_name for v in gate.inside_now(db, officer)[0].visitors if v.inside] == [
        "Асанова Гүлнара"
    ]


def test_a_lost_pass_is_found_by_name_and_enter_then_checks_in(qtbot, gate_desk, today_pass):
    desk = gate_desk
    assert tab_to(qtbot, desk.name_search) == 4  # past the visitors, locker and items
    type_slowly(qtbot, desk.name_search, "Асанова")
    qtbot.keyClick(desk.name_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.matches.count() == 1)
    assert "Choose the visit" in desk.message.text()
    assert "Асанова Гүлнара" in desk.matches.item(0).text()
    qtbot.keyClick(desk.name_search, Qt.Key.Key_Tab)
    assert desk.matches.hasFocus()
    qtbot.keyClick(desk.matches, Qt.Key.Key_Return)  # the visit chosen
    assert desk.visit_title.text().startswith(today_pass.number)
    assert desk.name_search.text() == "" and desk.matches.count() == 0
    assert desk.scan.hasFocus()  # the next scan or Enter is the desk's again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter checks them in
    qtbot.waitUntil(lambda: "Checked in." in desk.message.text())
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 2 visitor(s)")
    qtbot.keyClick(desk.scan, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert desk.name_search.hasFocus()  # Ctrl+F, as the search says, without four Tabs
    assert desk.search_label.text() == "Pass lost? Find the visitor by name (Ctrl+F):"
    type_slowly(qtbot, desk.name_search, "Никого")
    qtbot.keyClick(desk.name_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No visit today for that name." in desk.message.text())
    assert desk.matches.count() == 0


def change_password_by_keys(qtbot, window) -> ChangePasswordDialog:
    """Session → Change password…, by its Alt+S and C."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.session_menu)
    qtbot.keyClick(window.session_menu, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ChangePasswordDialog))
    dialog = QApplication.activeWindow()
    assert dialog.old.hasFocus()
    return dialog


def change_password(qtbot, dialog: ChangePasswordDialog, old: str, new: str, typing) -> None:
    """The old password, Tab, the new one twice and Enter, typed by ``typing`` (a person's
    pace or a scanner's); the dialog closes."""
    for field, text in ((dialog.old, old), (dialog.new, new), (dialog.repeat, new)):
        typing(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return if field is dialog.repeat else Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_a_scan_into_a_dialog_presses_nothing_and_elsewhere_typing_fast_is_no_scan(
    qtbot, shell, gate_desk, today_pass, db
):
    desk, window = gate_desk, shell.window
    dialog = change_password_by_keys(qtbot, window)  # over the gate desk
    scan(qtbot, dialog.old, today_pass.barcode)  # the officer scans, forgetting the dialog
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # its Enter pressed no OK
    assert "A pass was scanned into another field or window" in desk.message.text()
    assert desk.visit_title.text() == ""  # nor did the desk open the visit
    qtbot.keyClick(dialog.old, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    change_password(qtbot, dialog, PASSWORD, "gate-third-3", type_slowly)  # a person: works
    # in another module the gate desk is not on screen: its scan guard sleeps, and a
    # password typed as fast as a scanner types is a password, Enter and all
    activate_again(qtbot, window)
    open_module(qtbot, window, "intake")
    assert not desk.isVisible()
    dialog = change_password_by_keys(qtbot, window)
    change_password(qtbot, dialog, "gate-third-3", "a-fast-typed-password", keys)
    assert users.authenticate(db, "gate1", "a-fast-typed-password").username == "gate1"


@pytest.fixture
def missed(db, clerk, chief, world, complete, monkeypatch):
    """Another prisoner's visit of 00:00–00:01 that nobody came to; the day is closed at
    noon, the facility's time."""
    today = facility_today()
    noon = from_local(datetime.combine(today, time(12)), zone("Asia/Bishkek"))
    monkeypatch.setattr("prisondesk.services.visits.gate_day.utc_now", lambda: noon)
    other = complete(surname="Бекмуратов", pin="21705199000124")
    visitors.approve_visitor(
        db, chief, visitors.link_visitor(db, clerk, other.id, world.stranger, "брат")
    )
    early = schedule.add_slot(
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.SHORT, today.weekday(), "00:00", "00:01", 5, today),
    )
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=other.id,
        slot_id=early,
        day=today,
        visitor_ids=[world.stranger],
        lead_id=world.stranger,
    )


def outcomes(db) -> set[tuple[str, str]]:
    """(booking, outcome) of every visit the gate has closed."""
    with db.read() as session:
        rows = session.execute(
            select(GateEvent.booking_id, GateEvent.outcome).where(GateEvent.action == "outcome")
        )
        return {tuple(row) for row in rows}


def test_the_end_of_the_day_by_keys(
    qtbot, missed, gate_desk, today_pass, db, tmp_path, monkeypatch
):
    """Close the day (asked first), let out those still inside from the list, as their pass
    is not at hand, and save the day's log: the facility's day, whatever the desk's clock."""
    import pypdfium2
    from openpyxl import load_workbook

    desk = gate_desk
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 2 visitor(s)")
    asked: list[str] = []
    press_in_next_question(qtbot, Qt.Key.Key_Escape, asked)  # No
    press_alt(qtbot, Qt.Key.Key_D)  # Close the &day…
    qtbot.waitUntil(lambda: bool(asked) and not QApplication.activeModalWidget())
    activate_again(qtbot, desk.window())
    assert "Close the day?" in asked[0]
    assert outcomes(db) == set() and "Checked in." in desk.message.text()  # nothing written
    press_in_next_question(qtbot, Qt.Key.Key_Y, asked, Qt.KeyboardModifier.AltModifier)
    press_alt(qtbot, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "1 visit(s) recorded as not arrived." in desk.message.text())
    activate_again(qtbot, desk.window())
    assert "Still inside: 2 visitor(s)." in desk.message.text()
    assert outcomes(db) == {(missed.booking_id, "did_not_arrive")}
    press_in_next_question(qtbot, Qt.Key.Key_Y, asked, Qt.KeyboardModifier.AltModifier)
    press_alt(qtbot, Qt.Key.Key_D)  # closed again later: nobody else to record
    qtbot.waitUntil(lambda: "No visit had to be recorded as not arrived." in desk.message.text())
    activate_again(qtbot, desk.window())
    assert "Still inside: 2 visitor(s)." in desk.message.text()
    assert desk.inside.count() == 1
    tab_to(qtbot, desk.inside)
    qtbot.keyClick(desk.inside, Qt.Key.Key_Return)  # the visit chosen in the list
    assert desk.message.text() == "Inside now. Press Check out to let them out."
    assert desk.visit_title.text().startswith(today_pass.number)
    assert desk.scan.hasFocus()
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)  # Enter lets them out
    qtbot.waitUntil(lambda: desk.inside_label.text() == "Inside now: 0 visitor(s)")
    assert f"Visit {today_pass.number} finished" in desk.message.text()
    assert outcomes(db) == {
        (missed.booking_id, "did_not_arrive"),
        (today_pass.booking_id, "completed"),
    }

    chosen = [tmp_path / "log.xlsx", tmp_path / "log.pdf", tmp_path / "tomorrow.xlsx"]
    monkeypatch.setattr(
        "prisondesk.ui.visits.gate_desk.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(chosen.pop(0)), ""),
    )
    press_alt(qtbot, Qt.Key.Key_G)  # Save today's gate lo&g…
    qtbot.waitUntil(lambda: "Gate log saved: 2 visit(s)." in desk.message.text())
    rows = list(load_workbook(tmp_path / "log.xlsx").active.iter_rows(values_only=True))
    ours = next(row for row in rows if row[0] == today_pass.number)
    assert ours[5]  # checked in, with its time
    press_alt(qtbot, Qt.Key.Key_G)
    qtbot.waitUntil((tmp_path / "log.pdf").exists)
    pdf = pypdfium2.PdfDocument((tmp_path / "log.pdf").read_bytes())
    assert today_pass.number in pdf[0].get_textpage().get_text_range()
    # a desk whose clock is a day behind the facility's (a wrong time zone) saves the
    # facility's day: here the next one, with no visits yet
    tomorrow = facility_today() + timedelta(days=1)
    monkeypatch.setattr(
        "prisondesk.ui.visits.gate_desk.calendar.facility_day", lambda store, actor: tomorrow
    )
    press_alt(qtbot, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: "Gate log saved: 0 visit(s)." in desk.message.text())
    assert load_workbook(tmp_path / "tomorrow.xlsx").active.title == tomorrow.isoformat()
