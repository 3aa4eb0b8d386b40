"""The visiting schedule for supervisors: rooms, visiting times, blocked days; registry staff
see it without the forms to change it."""

from __future__ import annotations

from PySide6.QtCore import QDate

from prisondesk.services.visits import schedule as visit_schedule
from prisondesk.ui.visits.visits_page import VisitsPage


def test_a_supervisor_sets_up_rooms_times_and_blocked_days(qtbot, db, ops, chief):
    page = VisitsPage(db, ops, chief)
    qtbot.addWidget(page)
    page.show()
    schedule = page.schedule
    assert [page.tabText(i) for i in range(page.count())] == [
        "Gate",
        "Calendar",
        "Visitors",
        "Schedule",
    ]
    page.setCurrentWidget(schedule)
    schedule.room_name.setText("Комната свиданий 2")
    schedule.add_room_button.click()
    qtbot.waitUntil(lambda: schedule.slot_room.count() == 1)
    schedule.slot_kind.setCurrentIndex(schedule.slot_kind.findData("long"))
    schedule.slot_weekday.setCurrentIndex(5)
    schedule.starts.setText("9:00")  # not HH:MM
    schedule.add_slot_button.click()
    qtbot.waitUntil(lambda: schedule.errors.fields["starts"].isVisible())
    assert "HH:MM" in schedule.errors.fields["starts"].text()
    schedule.starts.setText("09:00")
    schedule.ends.setText("18:00")
    schedule.add_slot_button.click()
    qtbot.waitUntil(lambda: schedule.slots.rowCount() == 1)
    assert schedule.slots.item(0, 0).text() == "Saturday"
    assert schedule.slots.item(0, 2).text() == "Long family visit"
    schedule.block_day.setDate(QDate.currentDate().addDays(3))
    schedule.block_reason.setText("санобработка")
    schedule.block_button.click()
    qtbot.waitUntil(lambda: schedule.blocked.rowCount() == 1)
    assert schedule.blocked.item(0, 1).text() == "all rooms"
    plan = visit_schedule.schedule(db, chief, QDate.currentDate().toPython())
    assert [s.starts for s in plan.slots] == ["09:00"]


def test_registry_staff_see_the_schedule_without_changing_it(qtbot, db, ops, clerk):
    page = VisitsPage(db, ops, clerk)
    qtbot.addWidget(page)
    page.show()
    assert page.gate is None and page.count() == 3
    schedule = page.schedule
    page.setCurrentWidget(schedule)
    assert schedule.isVisible() and schedule.slots.isVisible()
    assert schedule.slot_box.isHidden() and schedule.rooms_box.isHidden()
