"""The visits calendar, reached as the registry officer and the supervisor reach it: logged in,
Visits, the Calendar tab. A week of visiting times, booking at a time clicked in the grid for a
prisoner found by name, cancelling, and the supervisor's report of visits booked beyond the
rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from prisondesk.domain.visits import VisitKind
from prisondesk.services.core import users
from prisondesk.services.visits import bookings, schedule
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.calendar_page import FULL, CalendarPage
from tests.gui.flows import (
    choose_item,
    click,
    click_cell,
    click_row,
    click_tab,
    double_click_cell,
    keys,
    log_in,
    open_module,
    type_slowly,
)
from tests.visits.fixtures import facility_today

PASSWORD = "second-pass2"


def open_calendar(qtbot, shell, db, actor, world, language="en") -> CalendarPage:
    """Log in, Visits, the Calendar tab; on to the week of the world's Tuesday (a week on when
    today is a Tuesday)."""
    users.set_language(db, actor, language)
    window = log_in(qtbot, shell, actor.username, PASSWORD)
    visits = open_module(qtbot, window, "visits")
    click_tab(qtbot, visits, visits.calendar)
    page = visits.calendar
    qtbot.waitUntil(lambda: page.week is not None)
    if world.tuesday not in page.week.days:
        click(qtbot, page.next_button)
        qtbot.waitUntil(lambda: world.tuesday in page.week.days)
    return page


def cell_place(page: CalendarPage, slot_id: str, day) -> tuple[int, int]:
    return next(
        place for place, cell in page.cells.items() if cell.slot_id == slot_id and cell.day == day
    )


def choose_time(qtbot, page: CalendarPage, slot_id: str, day) -> tuple[int, int]:
    """Click the visiting time in the grid; returns its row and column."""
    row, column = cell_place(page, slot_id, day)
    click_cell(qtbot, page.grid, row, column)
    return row, column


def book(db, clerk, world, people, slot_id=None, day=None):
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot_id or world.short_slot,
        day=day or world.tuesday,
        visitor_ids=people,
        lead_id=people[0],
    )


def open_picker(qtbot, page: CalendarPage) -> PrisonerPicker:
    click(qtbot, page.book_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrisonerPicker))
    picker = QApplication.activeModalWidget()
    qtbot.waitUntil(picker.query.hasFocus)  # the officer types the name at once
    return picker


def test_book_at_a_chosen_time_then_cancel(qtbot, shell, db, clerk, world):
    page = open_calendar(qtbot, shell, db, clerk, world)
    assert page.grid.rowCount() == 3  # three visiting times, all on Tuesdays
    row, column = cell_place(page, world.short_slot, world.tuesday)
    assert page.grid.item(row, column).text() == "0 of 2"
    header = page.grid.verticalHeaderItem(row).text()
    assert header == "10:00–12:00 · Short visit · Комната свиданий 1"
    assert page.grid.verticalHeaderItem(row).toolTip() == header
    assert not page.book_button.isEnabled()  # no time chosen yet
    choose_time(qtbot, page, world.short_slot, world.tuesday)
    assert page.book_button.isEnabled()
    picker = open_picker(qtbot, page)
    type_slowly(qtbot, picker.query, "asanov bak")  # Latin letters find the Cyrillic name
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    click(qtbot, picker.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BookingDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.slot.currentData() == world.short_slot)
    assert dialog.day.value() == world.tuesday  # the day clicked in the calendar
    choose_item(qtbot, dialog.lead, "Асанова Гүлнара")  # the mother leads
    click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: dialog.result is not None)
    number = dialog.result.number
    assert dialog.outcome.text() == f"Booked: pass {number}."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed: the calendar shows the visit
    qtbot.waitUntil(lambda: page.grid.item(row, column).text() == "1 of 2")
    assert page.booked.rowCount() == 1
    assert page.booked.item(0, 0).text() == number
    # cancelling needs a visit chosen and a reason
    assert not page.cancel_button.isEnabled()
    click_row(qtbot, page.booked, 0)
    assert page.cancel_button.isEnabled()
    click(qtbot, page.cancel_button)
    assert page.errors.general.text() == "Write the reason for cancelling."
    # the keyboard is put where the reason is written (the window's own focus: offscreen, no
    # window manager gives the window the keyboard back when the booking dialog closes)
    assert page.window().focusWidget() is page.cancel_reason
    keys(qtbot, page.cancel_reason, "Заболела")
    click(qtbot, page.cancel_button)
    qtbot.waitUntil(lambda: page.grid.item(row, column).text() == "0 of 2")
    assert page.booked.rowCount() == 0
    assert bookings.upcoming(db, clerk, world.prisoner_id) == []


def test_a_full_time_cannot_be_booked_and_a_blocked_day_says_so(
    qtbot, shell, db, clerk, chief, world
):
    next_tuesday = world.tuesday + timedelta(days=7)
    book(db, clerk, world, [world.mother], world.long_slot, next_tuesday)
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, shell, db, clerk, world)
    row, column = choose_time(qtbot, page, world.short_slot, world.tuesday)
    item = page.grid.item(row, column)
    assert item.text() == "no visits" and item.toolTip() == "Карантин"
    assert item.background().color() == FULL
    assert not page.book_button.isEnabled()
    double_click_cell(qtbot, page.grid, row, column)
    assert not page.findChildren(PrisonerPicker)  # a double click books nothing there either
    # the long slot of the next Tuesday is full (one place)
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: next_tuesday in page.week.days)
    row, column = choose_time(qtbot, page, world.long_slot, next_tuesday)
    assert page.grid.item(row, column).text() == "1 of 1"
    assert not page.book_button.isEnabled()


def test_a_supervisor_settles_visits_booked_on_a_blocked_day(qtbot, shell, db, clerk, chief, world):
    booked = book(db, clerk, world, [world.mother])
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, shell, db, chief, world)
    qtbot.waitUntil(lambda: page.problem_table.rowCount() == 1)
    assert page.problems_box.isVisible()
    text = page.problem_table.item(0, 1).text()
    assert "on a day without visits (Карантин)" in text
    assert page.problem_table.item(0, 2).text().startswith(booked.number)
    assert not page.problem_cancel.isEnabled()  # no visit chosen yet
    click_row(qtbot, page.problem_table, 0)
    click(qtbot, page.problem_cancel)
    assert page.errors.general.text() == "Write the reason for cancelling."
    assert page.problem_reason.hasFocus()  # where the reason is written
    keys(qtbot, page.problem_reason, "Карантин")
    click(qtbot, page.problem_cancel)
    qtbot.waitUntil(lambda: page.problem_table.rowCount() == 0)
    assert page.problems_box.isHidden()


def test_registry_staff_do_not_see_the_report(qtbot, shell, db, clerk, chief, world):
    book(db, clerk, world, [world.mother])
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, shell, db, clerk, world)
    qtbot.waitUntil(lambda: shell.ops.idle)  # everything the page asked for has come
    assert page.problems_box.isHidden() and page.problems == []


def test_the_picker_asks_for_a_choice(qtbot, shell, db, clerk, world):
    page = open_calendar(qtbot, shell, db, clerk, world)
    choose_time(qtbot, page, world.short_slot, world.tuesday)
    picker = open_picker(qtbot, page)
    keys(qtbot, picker.query, "Несуществующий")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)  # Enter: the search, and OK at once
    assert picker.chosen is None and picker.isVisible()
    assert picker.errors.general.text() == "Find the prisoner and choose them in the list."
    shell.ops.wait()  # the search found no one: still nothing to choose
    assert picker.results.count() == 0
    click(qtbot, picker.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert picker.chosen is None and picker.result() == 0 and picker.isVisible()
    click(qtbot, picker.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not picker.isVisible() and not page.findChildren(BookingDialog)


def test_a_visit_chosen_in_one_time_is_not_cancelled_from_another(qtbot, shell, db, clerk, world):
    book(db, clerk, world, [world.mother])
    book(db, clerk, world, [world.lawyer], world.lawyer_slot)
    page = open_calendar(qtbot, shell, db, clerk, world)
    choose_time(qtbot, page, world.short_slot, world.tuesday)
    click_row(qtbot, page.booked, 0)
    qtbot.mouseClick(page.cancel_reason, Qt.MouseButton.LeftButton)
    keys(qtbot, page.cancel_reason, "ошибка")
    assert page.cancel_button.isEnabled()
    choose_time(qtbot, page, world.lawyer_slot, world.tuesday)
    assert page.booked.rowCount() == 1 and not page.cancel_button.isEnabled()
    assert page.booked.selectionModel().selectedRows() == []


def test_two_alike_visiting_times_get_a_row_each(qtbot, shell, db, clerk, chief, world):
    twin = schedule.add_slot(  # the same time, room and kind, added again
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.SHORT, 1, "10:00", "12:00", 3, facility_today()),
    )
    book(db, clerk, world, [world.mother])
    page = open_calendar(qtbot, shell, db, clerk, world)
    first = page.grid.item(*cell_place(page, world.short_slot, world.tuesday)).text()
    second = page.grid.item(*cell_place(page, twin, world.tuesday)).text()
    assert (first, second) == ("1 of 2", "0 of 3")
    assert page.grid.rowCount() == 4
    choose_time(qtbot, page, twin, world.tuesday)  # each row is a time of its own
    assert page.cell_label.text().endswith(": 0 of 3 booked")
    assert page.booked.rowCount() == 0 and page.book_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "ky"])
def test_the_whole_week_is_in_sight(qtbot, shell, db, clerk, world, language):
    """All seven days fit the window, in a language's longest words too: the headings of the
    times are cut instead (their tooltips have them whole), so any day takes a click."""
    page = open_calendar(qtbot, shell, db, clerk, world, language)
    grid = page.grid
    last_day = grid.visualRect(grid.model().index(0, grid.columnCount() - 1))
    assert grid.viewport().rect().contains(last_day)
    assert grid.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    heading = grid.verticalHeaderItem(0)
    assert heading.toolTip() == heading.text() and "10:00" in heading.text()
    assert grid.verticalHeader().width() < grid.verticalHeader().sizeHint().width()  # cut
