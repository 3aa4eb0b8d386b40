"""A gate officer's shift as it is worked: a real login lands on the gate desk; passes are
scanned with the keyboard layout on Latin or Russian, or their printed code typed by hand;
Enter does the next step; an idle lock is not fooled by the next scan; and a scan never
answers "Close the day?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from prisondesk.services.core import users
from prisondesk.services.visits import gate
from prisondesk.ui.visits.gate_desk import GateDeskPage
from tests.gui.flows import click, log_in, scan, type_slowly

OFFICER_PASSWORD = "second-pass2"  # what the staff fixture leaves


@pytest.fixture
def gate_desk(qtbot, shell, db, officer, today_pass) -> GateDeskPage:
    users.set_language(db, officer, "en")  # the officer's own choice, kept with the account
    window = log_in(qtbot, shell, "gate1", OFFICER_PASSWORD)
    visits = window.pages.currentWidget()  # a gate officer starts at the gate desk
    assert visits.currentWidget() is visits.gate
    desk = visits.gate
    qtbot.waitUntil(lambda: desk.scan.hasFocus())
    return desk


@pytest.mark.parametrize("layout", ["latin", "russian"])
def test_scan_then_enter_checks_in_and_the_next_scan_checks_out(
    qtbot, gate_desk, today_pass, db, officer, layout
):
    desk = gate_desk
    scan(qtbot, QApplication.focusWidget(), today_pass.barcode, layout)
    qtbot.waitUntil(lambda: desk.visit is not None)
    assert desk.visit_title.text().startswith(today_pass.number)
    assert "Check the documents" in desk.message.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the next step
    qtbot.waitUntil(lambda: "Checked in" in desk.message.text())
    assert [v.number for v in gate.inside_now(db, officer)] == [today_pass.number]
    desk.scan._last_code_at -= 5000  # they leave later
    scan(qtbot, QApplication.focusWidget(), today_pass.barcode, layout)
    qtbot.waitUntil(lambda: "finished" in desk.message.text())
    assert gate.inside_now(db, officer) == []


def test_the_printed_code_typed_by_hand_opens_the_pass(qtbot, gate_desk, today_pass):
    desk = gate_desk
    type_slowly(qtbot, desk.scan, today_pass.barcode.lower())
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.visit is not None)
    assert desk.visit.number == today_pass.number
    type_slowly(qtbot, desk.scan, "Асанова")  # a name is not a code: the desk says what to do
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "not a pass code" in desk.message.text()


def test_a_scan_at_the_lock_screen_is_no_password_attempt(qtbot, shell, gate_desk, db):
    window = shell.window
    qtbot.keyClick(gate_desk.scan, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    field = window.lock_screen.password
    qtbot.waitUntil(field.hasFocus)
    for _ in range(6):  # more scans than the five wrong passwords that lock an account
        scan(qtbot, field, "DEMO-47-K7Q-00042.A3.7KQ2MX")
        assert "scan, not a password" in window.lock_screen.error.text()
        assert field.text() == ""
    type_slowly(qtbot, field, OFFICER_PASSWORD)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert users.authenticate(db, "gate1", OFFICER_PASSWORD).username == "gate1"


def test_a_scan_never_answers_close_the_day(qtbot, gate_desk):
    desk = gate_desk
    seen = []

    def scan_into_the_question() -> None:
        box = QApplication.activeModalWidget()
        try:
            # the keys go where a person's would: the box's default button has the keyboard
            target = box.focusWidget() or box.button(QMessageBox.StandardButton.Yes)
            # "Y" of a pass code is the mnemonic of "&Yes": a bare letter would press it
            scan(qtbot, target, "YES-1-NNN-00001.A3.YYYYYY")
            qtbot.wait(300)  # a mnemonic presses its button with a short animation
            seen.append(box.isVisible())
        finally:
            if box.isVisible():
                box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, scan_into_the_question)
    click(qtbot, desk.close_day_button)
    assert seen == [True]
    assert "recorded as not arrived" not in desk.message.text()
    assert "scanned into another field" in desk.message.text()


def test_check_out_reminds_of_the_locker_and_the_items(qtbot, gate_desk, today_pass):
    desk = gate_desk
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: desk.visit is not None)
    qtbot.keyClick(desk.scan, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Loc&ker
    assert desk.locker.hasFocus()
    type_slowly(qtbot, desk.locker, "12")
    qtbot.keyClick(desk.locker, Qt.Key.Key_Tab)
    type_slowly(qtbot, desk.items, "телефон, ключи")
    qtbot.keyClick(desk.items, Qt.Key.Key_Return)  # Enter checks in
    qtbot.waitUntil(lambda: "Checked in" in desk.message.text())
    desk.scan._last_code_at -= 5000
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: "finished" in desk.message.text())
    assert "Hand back: locker 12; телефон, ключи." in desk.message.text()


def test_a_child_let_in_without_the_adult_is_flagged(qtbot, gate_desk, today_pass):
    desk = gate_desk
    scan(qtbot, desk.scan, today_pass.barcode)
    qtbot.waitUntil(lambda: desk.visitors.count() == 2)
    mother = next(
        i for i in range(desk.visitors.count()) if "(child)" not in desk.visitors.item(i).text()
    )
    rect = desk.visitors.visualItemRect(desk.visitors.item(mother))
    qtbot.mouseClick(
        desk.visitors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # the officer picks the mother (a click on her name, not on her tick)…
    qtbot.keyClick(desk.visitors, Qt.Key.Key_Space)  # …and unticks her
    assert desk.visitors.item(mother).checkState() == Qt.CheckState.Unchecked
    click(qtbot, desk.check_in_button)
    qtbot.waitUntil(lambda: "without an adult" in desk.message.text())
    qtbot.waitUntil(lambda: desk.inside.count() == 1)
    assert desk.inside.item(0).text().endswith("no adult inside")
    desk.window().language_actions["ru"].trigger()  # the officer switches to Russian
    qtbot.waitUntil(lambda: desk.inside.item(0).text().endswith("взрослого внутри нет"))


def test_the_next_day_a_pass_with_someone_inside_only_lets_them_out(
    qtbot, gate_desk, today_pass, db, officer, world, monkeypatch
):
    from datetime import timedelta

    from sqlalchemy import select

    from prisondesk.db.models import GateEvent
    from tests.visits.fixtures import facility_today

    desk = gate_desk
    gate.check_in(db, officer, today_pass.booking_id, [world.mother])  # never checked out
    tomorrow = facility_today() + timedelta(days=1)
    monkeypatch.setattr(gate, "facility_today", lambda session, facility_id: tomorrow)
    scan(qtbot, QApplication.focusWidget(), today_pass.barcode, "russian")
    qtbot.waitUntil(lambda: desk.visit is not None)
    assert "only lets out those still inside" in desk.message.text()
    assert not desk.check_in_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter lets her out
    qtbot.waitUntil(lambda: "finished" in desk.message.text())
    assert gate.inside_now(db, officer) == []
    with db.read() as session:  # the child was never let in
        entries = session.scalars(
            select(GateEvent.visitor_id).where(GateEvent.action == "check_in")
        ).all()
    assert entries == [world.mother]
