"""Closing the gate's day: visits over and never attended become "did not arrive", whoever
is still inside is listed, visits not over yet are left open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AuditEntry, GateEvent, VisitBooking
from prisondesk.domain.clock import from_local, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.visits import bookings, gate, gate_day, gate_log, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec

BISHKEK = zone("Asia/Bishkek")


def at(hour: int, minute: int = 0, day: date | None = None) -> datetime:
    """A moment at the facility on ``day`` (the pass's day: the fixture's pass is valid
    00:00–23:59)."""
    return from_local(datetime.combine(day or PASS_DAY[0], time(hour, minute)), BISHKEK)


PASS_DAY: list[date] = []


@pytest.fixture(autouse=True)
def pass_day(db, today_pass):
    """The day the pass was booked for, read once: a run crossing midnight stays on it."""
    with db.read() as session:
        PASS_DAY[:] = [session.get(VisitBooking, today_pass.booking_id).day]


def outcomes(db) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(GateEvent.outcome).where(GateEvent.action == "outcome")))


def test_a_visit_nobody_came_to_is_closed_as_not_arrived_once(db, officer, today_pass):
    closing = gate_day.close_day(db, officer, at=at(23, 59))
    assert closing.no_shows == (today_pass.number,)
    assert closing.still_inside == () and closing.later == 0
    assert outcomes(db) == ["did_not_arrive"]
    with db.read() as session:
        audited = session.scalar(
            select(func.count()).where(
                AuditEntry.action == "close_day", AuditEntry.entity_id == today_pass.booking_id
            )
        )
    assert audited == 1
    [row] = gate_log.gate_log(db, officer, PASS_DAY[0])
    assert row.outcome == "did_not_arrive"
    # closing again records nothing twice
    again = gate_day.close_day(db, officer, at=at(23, 59))
    assert again.no_shows == () and outcomes(db) == ["did_not_arrive"]


def test_a_visit_not_over_yet_is_left_open(db, officer, today_pass):
    closing = gate_day.close_day(db, officer, at=at(23, 0))
    assert closing.no_shows == () and closing.later == 1
    assert outcomes(db) == []
    # it can still be attended
    visit = gate.check_in(db, officer, today_pass.booking_id, [today_pass.visitors[0]])
    assert visit.state == gate.INSIDE


def test_whoever_is_inside_is_listed_and_nothing_is_written_for_them(
    db, officer, world, today_pass
):
    gate.check_in(db, officer, today_pass.booking_id, [world.mother])
    closing = gate_day.close_day(db, officer, at=at(23, 59))
    assert closing.no_shows == ()
    [inside] = closing.still_inside
    assert inside.number == today_pass.number
    assert [v.full_name for v in inside.visitors if v.inside] == ["Асанова Гүлнара"]
    assert outcomes(db) == []
    gate.check_out(db, officer, today_pass.booking_id)
    assert gate_day.close_day(db, officer, at=at(23, 59)).still_inside == ()


def test_only_the_gate_closes_its_day(db, clerk, today_pass):
    with pytest.raises(PermissionDenied):
        gate_day.close_day(db, clerk, at=at(23, 59))
    assert outcomes(db) == []


def test_a_day_left_unclosed_is_closed_the_next_day(db, officer, today_pass):
    next_day = PASS_DAY[0] + timedelta(days=1)
    closing = gate_day.close_day(db, officer, at=at(8, day=next_day))
    assert closing.no_shows == (today_pass.number,)


def test_a_long_visit_over_midnight_is_closed_once_it_has_ended(
    db, clerk, chief, officer, world, complete, today_pass
):
    other = complete(surname="Токтогулов", pin="21505199000045", document_number="ID7654321")
    link = visitors.link_visitor(db, clerk, other.id, world.stranger, "брат")
    visitors.approve_visitor(db, chief, link)
    day = PASS_DAY[0]
    slot = schedule.add_slot(
        db, chief, SlotSpec(world.room_id, VisitKind.LONG, day.weekday(), "10:00", "10:00", 1, day)
    )
    long_visit = bookings.book_visit(
        db,
        clerk,
        prisoner_id=other.id,
        slot_id=slot,
        day=day,
        visitor_ids=[world.stranger],
        lead_id=world.stranger,
    )
    evening = gate_day.close_day(db, officer, at=at(23, 59))
    assert evening.no_shows == (today_pass.number,) and evening.later == 1
    morning = gate_day.close_day(db, officer, at=at(10, 30, day=day + timedelta(days=1)))
    assert morning.no_shows == (long_visit.number,) and morning.later == 0


def record_elsewhere(db, booking_id: str, outcome: str, when: datetime) -> None:
    """An outcome another desk recorded while apart, arriving by sync."""
    with db.apply_remote() as session:
        session.add(
            GateEvent(
                facility_id=session.get(VisitBooking, booking_id).facility_id,
                booking_id=booking_id,
                visitor_id=None,
                action="outcome",
                outcome=outcome,
                occurred_at=when,
                hlc=f"{int(when.timestamp() * 1000):015d}-00000-{'e' * 36}",
                origin_device="e" * 36,
            )
        )
        session.flush()  # while the pull's gate is open


def test_not_arrived_from_a_desk_apart_never_outweighs_a_visit_that_happened(
    db, officer, world, today_pass
):
    gate.check_in(db, officer, today_pass.booking_id, [world.mother], at=at(10))
    gate.check_out(db, officer, today_pass.booking_id, at=at(11))
    record_elsewhere(db, today_pass.booking_id, "did_not_arrive", at(18))
    with db.read() as session:
        booking = session.get(VisitBooking, today_pass.booking_id)
        visit = gate.visit_of(session, booking, PASS_DAY[0])
    assert (visit.state, visit.outcome) == (gate.FINISHED, "completed")
    [row] = gate_log.gate_log(db, officer, PASS_DAY[0])
    assert row.outcome == "completed"
