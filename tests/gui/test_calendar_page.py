"""The visits calendar: a week of visiting times, booking at a chosen time for a prisoner
found by name, cancelling, and the supervisor's report of visits booked beyond the rules."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from prisondesk.domain.visits import VisitKind
from prisondesk.services.visits import bookings, schedule
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.visits.calendar_page import FULL, CalendarPage
from tests.visits.fixtures import facility_today


def open_calendar(qtbot, db, ops, actor, world) -> CalendarPage:
    page = CalendarPage(db, ops, actor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.week is not None)
    if world.tuesday not in page.week.days:  # today is a Tuesday: the next one is a week on
        page.next_button.click()
        qtbot.waitUntil(lambda: world.tuesday in page.week.days)
    return page


def cell_place(page: CalendarPage, slot_id: str, day) -> tuple[int, int]:
    return next(
        place for place, cell in page.cells.items() if cell.slot_id == slot_id and cell.day == day
    )


def book(db, clerk, world, people):
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.short_slot,
        day=world.tuesday,
        visitor_ids=people,
        lead_id=people[0],
    )


def test_book_at_a_chosen_time_then_cancel(qtbot, db, ops, clerk, world):
    page = open_calendar(qtbot, db, ops, clerk, world)
    assert page.grid.rowCount() == 3  # three visiting times, all on Tuesdays
    row, column = cell_place(page, world.short_slot, world.tuesday)
    assert page.grid.item(row, column).text() == "0 of 2"
    header = page.grid.verticalHeaderItem(row).text()
    assert header == "10:00–12:00 · Short visit · Комната свиданий 1"
    assert page.grid.verticalHeaderItem(row).toolTip() == header
    page.grid.setCurrentCell(row, column)
    assert page.book_button.isEnabled()
    picker = page.book_here()
    assert isinstance(picker, PrisonerPicker)
    picker.query.setText("asanov bak")  # Latin letters find the Cyrillic name
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    picker.accept()
    qtbot.waitUntil(lambda: getattr(page, "booking_dialog", None) is not None)
    dialog = page.booking_dialog
    qtbot.waitUntil(lambda: dialog.slot.currentData() == world.short_slot)
    assert dialog.day.date().toPython() == world.tuesday
    dialog.lead.setCurrentIndex(dialog.lead.findData(world.mother))
    dialog.book_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    dialog.accept()
    qtbot.waitUntil(lambda: page.grid.item(row, column).text() == "1 of 2")
    assert page.booked.rowCount() == 1
    assert page.booked.item(0, 0).text() == dialog.result.number
    # cancelling needs a visit chosen and a reason
    assert not page.cancel_button.isEnabled()
    page.booked.selectRow(0)
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    assert page.errors.general.text() == "Write the reason for cancelling."
    page.cancel_reason.setText("Заболела")
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.grid.item(row, column).text() == "0 of 2")
    assert bookings.upcoming(db, clerk, world.prisoner_id) == []


def test_a_full_time_cannot_be_booked_and_a_blocked_day_says_so(
    qtbot, db, ops, clerk, chief, world
):
    next_tuesday = world.tuesday + timedelta(days=7)
    bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.long_slot,
        day=next_tuesday,
        visitor_ids=[world.mother],
        lead_id=world.mother,
    )
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, db, ops, clerk, world)
    row, column = cell_place(page, world.short_slot, world.tuesday)
    item = page.grid.item(row, column)
    assert item.text() == "no visits" and item.toolTip() == "Карантин"
    assert item.background().color() == FULL
    page.grid.setCurrentCell(row, column)
    assert not page.book_button.isEnabled() and page.book_here() is None
    # the long slot of the next Tuesday is full (one place)
    page.next_button.click()
    qtbot.waitUntil(lambda: next_tuesday in page.week.days)
    row, column = cell_place(page, world.long_slot, next_tuesday)
    assert page.grid.item(row, column).text() == "1 of 1"
    page.grid.setCurrentCell(row, column)
    assert not page.book_button.isEnabled()


def test_a_supervisor_settles_visits_booked_on_a_blocked_day(qtbot, db, ops, clerk, chief, world):
    booked = book(db, clerk, world, [world.mother])
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, db, ops, chief, world)
    qtbot.waitUntil(lambda: page.problem_table.rowCount() == 1)
    assert page.problems_box.isVisible()
    text = page.problem_table.item(0, 1).text()
    assert "on a day without visits (Карантин)" in text
    assert page.problem_table.item(0, 2).text().startswith(booked.number)
    page.problem_table.selectRow(0)
    page.problem_reason.setText("Карантин")
    page.problem_cancel.click()
    qtbot.waitUntil(lambda: page.problem_table.rowCount() == 0)
    assert page.problems_box.isHidden()


def test_registry_staff_do_not_see_the_report(qtbot, db, ops, clerk, chief, world):
    book(db, clerk, world, [world.mother])
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    page = open_calendar(qtbot, db, ops, clerk, world)
    assert page.problems_box.isHidden() and page.problems == []


def test_the_picker_asks_for_a_choice(qtbot, db, ops, clerk, world):
    picker = PrisonerPicker(db, ops, clerk)
    qtbot.addWidget(picker)
    picker.query.setText("Несуществующий")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    ops.wait()
    picker.accept()
    assert picker.chosen is None and picker.result() == 0
    assert picker.errors.general.text() == "Find the prisoner and choose them in the list."


def test_a_visit_chosen_in_one_time_is_not_cancelled_from_another(qtbot, db, ops, clerk, world):
    book(db, clerk, world, [world.mother])
    bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.lawyer_slot,
        day=world.tuesday,
        visitor_ids=[world.lawyer],
        lead_id=world.lawyer,
    )
    page = open_calendar(qtbot, db, ops, clerk, world)
    page.grid.setCurrentCell(*cell_place(page, world.short_slot, world.tuesday))
    page.booked.selectRow(0)
    page.cancel_reason.setText("ошибка")
    assert page.cancel_button.isEnabled()
    page.grid.setCurrentCell(*cell_place(page, world.lawyer_slot, world.tuesday))
    assert page.booked.rowCount() == 1 and not page.cancel_button.isEnabled()
    assert page.booked.selectionModel().selectedRows() == []


def test_two_alike_visiting_times_get_a_row_each(qtbot, db, ops, clerk, chief, world):
    twin = schedule.add_slot(  # the same time, room and kind, added again
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.SHORT, 1, "10:00", "12:00", 3, facility_today()),
    )
    book(db, clerk, world, [world.mother])
    page = open_calendar(qtbot, db, ops, clerk, world)
    first = page.grid.item(*cell_place(page, world.short_slot, world.tuesday)).text()
    second = page.grid.item(*cell_place(page, twin, world.tuesday)).text()
    assert (first, second) == ("1 of 2", "0 of 3")
    assert page.grid.rowCount() == 4
