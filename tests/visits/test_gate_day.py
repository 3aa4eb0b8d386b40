"""Closing the gate's day: visits over and never attended become "did not arrive", whoever
is still inside is listed, visits not over yet are left open."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AuditEntry, GateEvent
from prisondesk.domain.clock import from_local, zone
from prisondesk.services import gate, gate_day, gate_log
from prisondesk.services.errors import PermissionDenied
from tests.visits.fixtures import facility_today

BISHKEK = zone("Asia/Bishkek")


def at(hour: int, minute: int = 0) -> datetime:
    """A moment today at the facility (the fixture's pass is valid 00:00–23:59)."""
    return from_local(datetime.combine(facility_today(), time(hour, minute)), BISHKEK)


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
    [row] = gate_log.gate_log(db, officer, facility_today())
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
