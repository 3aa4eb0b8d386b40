"""A workshop day as it is worked, from real logins: the instructor lands on today's sessions,
Enter opens the register, two ID cards are scanned (Latin and Russian keyboard layouts) and
the third prisoner is marked sick by keys; then a supervisor runs the pay period and approves
it, all by clicks and keys, and the wages are on the deposit accounts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from prisondesk.db.models import Prisoner
from prisondesk.services.core import users
from prisondesk.services.workshops import attendance, ledger, rates
from prisondesk.services.workshops.mark_checks import AttendanceRefused
from prisondesk.services.workshops.rates import RateEntry
from prisondesk.ui.workshops.workshops_page import WorkshopsPage
from tests.gui.flows import answer_next_question, click, keys, log_in, log_out, open_module, scan
from tests.workshops.fixtures import allocated, make_workshop, today

PASSWORD = "second-pass2"
EVERY_DAY = tuple((day, "full") for day in range(7))  # a session today, whatever day it is


@pytest.fixture
def instructor(staff):
    return staff("instructor1", "instructor", "Жумабеков Эрлан")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def day_of_work(db, instructor, supervisor, complete):
    """A leather workshop working every day, three prisoners placed ten days ago, and a rate
    of 500 som a full session for band A."""
    workshop = make_workshop(
        db, instructor, instructor_ids=[instructor.user_id], sessions=EVERY_DAY
    )
    start = today(db, instructor) - timedelta(days=10)
    people = []
    for surname, pin, document in (
        ("Асанов", "21705199000123", "ID1234567"),
        ("Бекмуратов", "", "ID7000002"),
        ("Садыков", "", "ID7000003"),
    ):
        prisoner = complete(surname=surname, pin=pin, document_number=document).id
        allocated(db, instructor, prisoner, workshop_id=workshop, starts_on=start)
        people.append(prisoner)
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 50_000, start))
    with db.read() as session:
        numbers = [session.get(Prisoner, p).number for p in people]
    return workshop, people, numbers


def open_pay(qtbot, window, db, supervisor):
    """The supervisor's pay tab of the workshops screen, today typed as the period."""
    pay = open_module(qtbot, window, "workshops").pay
    bar = window.pages.currentWidget().tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(bar.parent().indexOf(pay)).center()
    )
    for field in (pay.first, pay.last):  # today's session only
        qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(qtbot, field.edit, today(db, supervisor).strftime("%d.%m.%Y"))
    return pay


def test_a_register_by_scans_then_the_pay_approved(
    qtbot, shell, db, instructor, supervisor, day_of_work
):
    _, people, numbers = day_of_work
    users.set_language(db, instructor, "en")
    users.set_language(db, supervisor, "en")
    window = log_in(qtbot, shell, "instructor1", PASSWORD)
    page = window.pages.currentWidget()
    assert isinstance(page, WorkshopsPage)  # an instructor starts at today's sessions
    today_page = page.today
    qtbot.waitUntil(lambda: today_page.list.count() == 1)
    assert "Кожевенный цех" in today_page.list.item(0).text()
    qtbot.waitUntil(lambda: today_page.rates.rowCount() == 1)  # the month's attendance
    assert today_page.rates.item(0, 0).text() == "Кожевенный цех"
    assert today_page.rates.item(0, 4).text() != "0"  # ten days of nobody marked yet
    qtbot.waitUntil(today_page.list.hasFocus)
    qtbot.keyClick(today_page.list, Qt.Key.Key_Return)  # opens its register

    register = page.register
    assert page.currentWidget() is register
    qtbot.waitUntil(lambda: register.table.rowCount() == 3)
    assert register.count.text() == "Marked: 0 of 3"
    qtbot.waitUntil(register.scan.hasFocus)
    scan(qtbot, register.scan, numbers[0], "latin")
    qtbot.waitUntil(lambda: register.count.text() == "Marked: 1 of 3")
    assert "Present: Асанов" in register.message.text()
    assert register.table.item(0, 3).text() == "8:00"  # a scan: the whole full-day session
    scan(qtbot, register.scan, numbers[1], "russian")
    qtbot.waitUntil(lambda: register.count.text() == "Marked: 2 of 3")
    assert "Present: Бекмуратов" in register.message.text()
    # the one left is chosen: Alt+M to its mark, Down to "Sick", Alt+R records it
    assert register.table.item(register.table.currentRow(), 1).text().startswith("Садыков")
    qtbot.keyClick(register.scan, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert register.outcome.hasFocus() and register.minutes.value() == 8
    qtbot.keyClick(register.outcome, Qt.Key.Key_Down)
    assert register.outcome.currentData() == "sick"
    for _ in range(2):  # rest day, then refused: unpaid, no hours
        qtbot.keyClick(register.outcome, Qt.Key.Key_Down)
    assert register.outcome.currentData() == "refused" and register.minutes.value() == 0
    for _ in range(2):  # back to sick: paid, the session's hours
        qtbot.keyClick(register.outcome, Qt.Key.Key_Up)
    assert register.outcome.currentData() == "sick" and register.minutes.value() == 8
    qtbot.keyClick(register.outcome, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: register.count.text() == "Marked: 3 of 3")
    assert register.table.item(2, 2).text() == "Sick"
    log_out(qtbot, window)

    window = log_in(qtbot, shell, "supervisor1", PASSWORD)
    pay = open_pay(qtbot, window, db, supervisor)
    click(qtbot, pay.compute_button)
    qtbot.waitUntil(lambda: pay.lines.rowCount() == 3)
    assert "Computed: 3 people" in pay.message.text()
    assert {pay.lines.item(r, 6).text() for r in range(3)} == {"500.00"}  # a paid sick day too
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, pay.approve_button)
    qtbot.waitUntil(lambda: "Approved" in pay.message.text())
    assert "1,500.00" in asked[0]
    assert not pay.approve_button.isEnabled()  # approved once
    for prisoner in people:  # half spendable, half held until release (the example split)
        balance = ledger.balance(db, supervisor, prisoner)
        assert (balance.spendable, balance.held) == (25_000, 25_000)
    assert QApplication.activeModalWidget() is None


def test_a_run_discarded_opens_its_days_again(
    qtbot, shell, db, instructor, supervisor, day_of_work
):
    workshop, people, _ = day_of_work
    day = today(db, supervisor)
    register_rows = attendance.register(db, instructor, workshop, day, "full").rows
    marks = [
        attendance.mark(db, instructor, row.allocation_id, day, "full", "attended", minutes=480)
        for row in register_rows
    ]
    users.set_language(db, supervisor, "en")
    window = log_in(qtbot, shell, "supervisor1", PASSWORD)
    pay = open_pay(qtbot, window, db, supervisor)
    assert not pay.discard_button.isEnabled()  # nothing computed yet
    click(qtbot, pay.compute_button)
    qtbot.waitUntil(lambda: pay.lines.rowCount() == 3)
    assert pay.discard_button.isEnabled()
    with pytest.raises(AttendanceRefused):  # the computed days are frozen
        attendance.correct(db, instructor, marks[2].id, "refused", note="Не вышел")

    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, asked)
    click(qtbot, pay.discard_button)  # asked first; No keeps the run
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert pay.periods.rowCount() == 1 and pay.lines.rowCount() == 3
    window.activateWindow()  # as the window manager does when the question closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(pay.lines, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D
    qtbot.waitUntil(lambda: "Discarded" in pay.message.text())
    assert day.strftime("%d/%m/%Y") in asked[1]  # as English dates are shown
    qtbot.waitUntil(lambda: pay.periods.rowCount() == 0)  # the list read again
    assert pay.lines.rowCount() == 0
    assert not pay.discard_button.isEnabled() and not pay.approve_button.isEnabled()

    attendance.correct(db, instructor, marks[2].id, "refused", note="Не вышел")  # open again
    click(qtbot, pay.compute_button)
    qtbot.waitUntil(lambda: pay.lines.rowCount() == 2)
    qtbot.waitUntil(lambda: pay.periods.rowCount() == 1)
    assert "Computed: 2 people" in pay.message.text()
    assert {ledger.balance(db, supervisor, p).total for p in people} == {0}  # nothing posted
