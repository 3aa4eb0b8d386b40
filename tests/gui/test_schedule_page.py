"""The visiting schedule, reached as a person reaches it: logged in, Visits, the Schedule tab.
Supervisors set up rooms, visiting times and blocked days by clicks and keys; registry staff
see it without the forms to change it."""

from __future__ import annotations

from datetime import timedelta

from prisondesk.services.core import users
from prisondesk.services.visits import schedule as visit_schedule
from tests.gui.flows import (
    choose_item,
    click,
    click_tab,
    log_in,
    open_module,
    retype,
    type_date,
)
from tests.visits.fixtures import facility_today

PASSWORD = "second-pass2"


def open_visits(qtbot, shell, db, actor):
    users.set_language(db, actor, "en")
    window = log_in(qtbot, shell, actor.username, PASSWORD)
    return open_module(qtbot, window, "visits")


def test_a_supervisor_sets_up_rooms_times_and_blocked_days(qtbot, shell, db, chief):
    visits = open_visits(qtbot, shell, db, chief)
    assert [visits.tabText(i) for i in range(visits.count())] == [
        "Gate",
        "Calendar",
        "Visitors",
        "Schedule",
    ]
    schedule = visits.schedule
    click_tab(qtbot, visits, schedule)
    retype(qtbot, schedule.room_name, "Комната свиданий 2")
    click(qtbot, schedule.add_room_button)
    qtbot.waitUntil(lambda: schedule.slot_room.count() == 1)
    assert schedule.slot_room.currentText() == "Комната свиданий 2"
    assert schedule.room_name.text() == ""  # emptied for the next room
    choose_item(qtbot, schedule.slot_kind, "Long family visit")
    choose_item(qtbot, schedule.slot_weekday, "Saturday")
    retype(qtbot, schedule.starts, "9:00")  # not HH:MM
    click(qtbot, schedule.add_slot_button)
    qtbot.waitUntil(lambda: schedule.errors.fields["starts"].isVisible())
    assert "HH:MM" in schedule.errors.fields["starts"].text()
    assert schedule.slots.rowCount() == 0
    retype(qtbot, schedule.starts, "09:00")
    retype(qtbot, schedule.ends, "18:00")
    click(qtbot, schedule.add_slot_button)
    qtbot.waitUntil(lambda: schedule.slots.rowCount() == 1)
    assert schedule.slots.item(0, 0).text() == "Saturday"
    assert schedule.slots.item(0, 2).text() == "Long family visit"
    assert schedule.errors.fields["starts"].isHidden()
    type_date(qtbot, schedule.block_day, facility_today() + timedelta(days=3))
    retype(qtbot, schedule.block_reason, "санобработка")
    click(qtbot, schedule.block_button)
    qtbot.waitUntil(lambda: schedule.blocked.rowCount() == 1)
    assert schedule.blocked.item(0, 1).text() == "all rooms"
    assert schedule.blocked.item(0, 2).text() == "санобработка"
    plan = visit_schedule.schedule(db, chief, facility_today())
    assert [s.starts for s in plan.slots] == ["09:00"]
    assert [d.day for d in plan.blocked] == [facility_today() + timedelta(days=3)]


def test_registry_staff_see_the_schedule_without_changing_it(qtbot, shell, db, clerk):
    visits = open_visits(qtbot, shell, db, clerk)
    assert visits.gate is None
    assert [visits.tabText(i) for i in range(visits.count())] == [
        "Calendar",
        "Visitors",
        "Schedule",
    ]
    schedule = visits.schedule
    click_tab(qtbot, visits, schedule)
    assert schedule.isVisible() and schedule.slots.isVisible()
    assert schedule.slot_box.isHidden() and schedule.rooms_box.isHidden()
    assert schedule.block_box.isHidden()
