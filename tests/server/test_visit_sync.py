"""Visits across desks: what two desks book while apart all arrives, and what breaks a rule
is reported to the supervisor; visitors registered elsewhere are found by name."""

from __future__ import annotations

from datetime import date, timedelta

from prisondesk.services.core import users
from prisondesk.services.sync import syncing
from prisondesk.services.visits import bookings, calendar, search, visitors
from prisondesk.services.visits.calendar import ALLOWANCE, PRISONER_TWICE, SLOT_FULL
from tests.server.desks import Desk, joining_desk
from tests.visits.fixtures import facility_today, person


def tuesdays_of_one_month() -> list[date]:
    """Three Tuesdays of the month after next (always ahead, always in one month)."""
    first = (facility_today().replace(day=1) + timedelta(days=62)).replace(day=1)
    tuesdays = [
        first + timedelta(days=i)
        for i in range(31)
        if (first + timedelta(days=i)).month == first.month
    ]
    return [day for day in tuesdays if day.weekday() == 1][:3]


def test_desks_apart_overbook_and_the_supervisor_sees_it(
    tmp_path, db, admin, clerk, chief, world, complete, server, enrolment_code
):
    # a second prisoner with an approved visitor, then desk B joins and both go offline
    other = complete(surname="Токтогулов", pin="21505199000045", document_number="ID7654321")
    link = visitors.link_visitor(db, clerk, other.id, world.stranger, "брат")
    visitors.approve_visitor(db, chief, link)
    syncing.enrol(db, admin, server.url, enrolment_code())
    Desk(db, admin).sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    clerk_b = users.authenticate(second.db, "visits1", "second-pass2")

    def book(desk_db, actor, prisoner, slot, day, person_id):
        return bookings.book_visit(
            desk_db,
            actor,
            prisoner_id=prisoner,
            slot_id=slot,
            day=day,
            visitor_ids=[person_id],
            lead_id=person_id,
        ).number

    first_tue, second_tue, third_tue = tuesdays_of_one_month()
    # the long slot has one place: each desk gives it away
    a_long = book(db, clerk, world.prisoner_id, world.long_slot, first_tue, world.mother)
    b_long = book(second.db, clerk_b, other.id, world.long_slot, first_tue, world.stranger)
    # the same prisoner at the same time, from both desks
    a_short = book(db, clerk, world.prisoner_id, world.short_slot, second_tue, world.mother)
    b_short = book(
        second.db, clerk_b, world.prisoner_id, world.short_slot, second_tue, world.sister
    )
    # a third short visit in a month that allows two
    b_third = book(second.db, clerk_b, world.prisoner_id, world.short_slot, third_tue, world.sister)
    assert calendar.overbooked(db, chief) == []  # each desk alone broke nothing

    second.sync()
    Desk(db, admin).sync()
    report = calendar.overbooked(db, chief)
    found = {(p.kind, p.day): sorted(b.number for b in p.bookings) for p in report}
    assert found == {
        (SLOT_FULL, first_tue): sorted([a_long, b_long]),
        (PRISONER_TWICE, second_tue): sorted([a_short, b_short]),
        (ALLOWANCE, first_tue.replace(day=1)): sorted([a_short, b_short, b_third]),
    }
    full = next(p for p in report if p.kind == SLOT_FULL)
    assert (full.count, full.limit, full.subject) == (2, 1, "13:00–18:00 Комната свиданий 1")
    allowance = next(p for p in report if p.kind == ALLOWANCE)
    assert (allowance.count, allowance.limit, allowance.detail) == (3, 2, "short")

    # the supervisor cancels one of each pair; the report is empty on both desks after sync
    for number in (b_long, b_short):
        booking_id = next(b.id for p in report for b in p.bookings if b.number == number)
        bookings.cancel_booking(db, chief, booking_id, "Двойная запись")
    Desk(db, admin).sync()
    second.sync()
    assert calendar.overbooked(db, chief) == []
    chief_b = users.authenticate(second.db, "chief", "second-pass2")
    assert calendar.overbooked(second.db, chief_b) == []


def test_a_visitor_registered_at_another_desk_is_found_by_name(
    tmp_path, db, admin, clerk, world, server, enrolment_code
):
    syncing.enrol(db, admin, server.url, enrolment_code())
    Desk(db, admin).sync()
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    clerk_b = users.authenticate(second.db, "visits1", "second-pass2")
    # pulled in the first round: found in any script
    [mother] = search.search_visitors(second.db, clerk_b, "asanova gul")
    assert mother.id == world.mother
    # registered at A later, pulled in a later round
    newcomer = person(db, clerk, "Жумабекова", "Салтанат", date(1990, 2, 2), "ID7000001")
    Desk(db, admin).sync()
    second.sync()
    hits = search.search_visitors(second.db, clerk_b, "Zhumabekova")
    assert [hit.id for hit in hits] == [newcomer]
