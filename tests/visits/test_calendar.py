"""The visits calendar and the supervisor's report of what desks apart booked twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prisondesk.db.models import Prisoner, VisitBooking
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.visits import bookings, calendar, gate, schedule
from prisondesk.services.visits.calendar import DAY_BLOCKED, PRISONER_TWICE
from tests.visits.fixtures import facility_today


def book(db, clerk, world, slot, day, people):
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot,
        day=day,
        visitor_ids=people,
        lead_id=people[0],
    )


def test_a_week_shows_each_open_time_with_its_bookings(db, clerk, world):
    booked = book(db, clerk, world, world.short_slot, world.tuesday, [world.mother, world.child])
    week = calendar.week(db, clerk, world.tuesday - timedelta(days=1))
    assert week.today == facility_today()
    assert week.days[0] == world.tuesday - timedelta(days=1) and len(week.days) == 7
    # the fixture's three slots are all on Tuesdays, so only Tuesday has cells
    assert {cell.day for cell in week.cells} == {world.tuesday}
    short = next(cell for cell in week.cells if cell.slot_id == world.short_slot)
    assert (short.starts, short.ends, short.room) == ("10:00", "12:00", "Комната свиданий 1")
    assert (short.capacity, short.taken, short.free, short.blocked) == (2, 1, 1, "")
    [entry] = short.bookings
    assert entry.number == booked.number and entry.visitors == 2
    assert entry.prisoner.endswith("Асанов Бакыт Нурланович")
    others = [cell for cell in week.cells if cell.slot_id != world.short_slot]
    assert [cell.taken for cell in others] == [0, 0]


def test_a_blocked_day_has_no_free_places_and_says_why(db, clerk, chief, world):
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    week = calendar.week(db, clerk, world.tuesday)
    assert {cell.blocked for cell in week.cells} == {"Карантин"}
    assert {cell.free for cell in week.cells} == {0}


def test_a_day_blocked_after_booking_is_reported_with_its_visits(db, clerk, chief, world):
    booked = book(db, clerk, world, world.short_slot, world.tuesday, [world.mother])
    assert calendar.overbooked(db, chief) == []
    schedule.block_date(db, chief, world.tuesday, "Карантин", world.room_id)
    [problem] = calendar.overbooked(db, chief)
    assert (problem.kind, problem.day, problem.count, problem.detail) == (
        DAY_BLOCKED,
        world.tuesday,
        1,
        "Карантин",
    )
    assert [b.number for b in problem.bookings] == [booked.number]
    # cancelling the visit settles it
    bookings.cancel_booking(db, clerk, booked.booking_id, "Карантин")
    assert calendar.overbooked(db, chief) == []


def test_past_days_are_not_reported(db, clerk, chief, world):
    book(db, clerk, world, world.short_slot, world.tuesday, [world.mother])
    schedule.block_date(db, chief, world.tuesday, "Карантин")
    assert len(calendar.overbooked(db, chief)) == 1
    later = world.tuesday + timedelta(days=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(calendar, "facility_today", lambda session, facility_id: later)
        assert calendar.overbooked(db, chief) == []


def test_the_facility_day_is_the_facility_calendar(db, clerk):
    assert calendar.facility_day(db, clerk) == facility_today()


def test_a_gate_officer_cannot_read_the_calendar(db, staff, world):
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        calendar.week(db, gate, world.tuesday)
    with pytest.raises(PermissionDenied):
        calendar.overbooked(db, gate)


def pulled_booking(db, world, slot_id, day, starts, ends, number, kind="short"):
    """A booking another desk made while apart, arriving by sync (its checks were that
    desk's, against what it knew)."""
    with db.apply_remote() as session:
        facility_id = session.get(Prisoner, world.prisoner_id).facility_id
        booking = VisitBooking(
            facility_id=facility_id,
            number=number,
            prisoner_id=world.prisoner_id,
            slot_id=slot_id,
            room_id=world.room_id,
            kind=kind,
            day=day,
            starts=starts,
            ends=ends,
            status="booked",
            deleted=False,
            origin_device="e" * 36,
            field_hlc={},
        )
        session.add(booking)
        session.flush()
        return booking.id


def test_overlapping_visits_of_a_prisoner_are_one_problem(db, clerk, chief, world):
    first = book(db, clerk, world, world.short_slot, world.tuesday, [world.mother])
    pulled_booking(db, world, world.short_slot, world.tuesday, "10:00", "12:00", "B-1")
    pulled_booking(db, world, world.lawyer_slot, world.tuesday, "11:30", "13:00", "B-2")
    pulled_booking(db, world, world.lawyer_slot, world.tuesday, "14:00", "15:00", "B-3")
    [problem] = [p for p in calendar.overbooked(db, chief) if p.kind == PRISONER_TWICE]
    assert problem.count == 3
    assert sorted(b.number for b in problem.bookings) == sorted([first.number, "B-1", "B-2"])


def test_a_long_visit_begun_yesterday_clashes_with_one_today(db, clerk, chief, world):
    today = facility_today()
    pulled_booking(
        db, world, world.long_slot, today - timedelta(days=1), "10:00", "10:00", "L-1", "long"
    )
    pulled_booking(db, world, world.short_slot, today, "09:00", "11:00", "S-1")
    [problem] = [p for p in calendar.overbooked(db, chief) if p.kind == PRISONER_TWICE]
    assert sorted(b.number for b in problem.bookings) == ["L-1", "S-1"]


def test_visits_the_gate_has_recorded_are_not_offered_for_cancelling(
    db, clerk, chief, officer, world, today_pass
):
    pulled_booking(db, world, world.short_slot, facility_today(), "10:00", "11:00", "S-2")
    gate.check_in(db, officer, today_pass.booking_id, [world.mother])
    [problem] = calendar.overbooked(db, chief)
    assert problem.kind == PRISONER_TWICE and [b.number for b in problem.bookings] == ["S-2"]
    bookings.cancel_booking(db, chief, problem.bookings[0].id, "Двойная запись")
    assert calendar.overbooked(db, chief) == []
