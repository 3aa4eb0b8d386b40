"""Closing the gate's day: every visit that is over and that nobody came to is recorded as
"did not arrive" (one transaction), and whoever is still inside is listed, to be let out
before the shift ends. Visits not over yet are left open. The last days are looked at too:
a long visit ends the day after it starts, and a day may have gone unclosed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, GateEvent, VisitBooking
from prisondesk.domain.clock import local, zone
from prisondesk.domain.roles import Permission
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.visits.bookings import BOOKED, visit_span
from prisondesk.services.visits.gate import RECENT_DAYS, GateVisit, inside_visits, outcome_event

NO_SHOW = "did_not_arrive"


@dataclass(frozen=True)
class DayClosing:
    no_shows: tuple[str, ...]  # pass numbers now recorded as "did not arrive"
    still_inside: tuple[GateVisit, ...]  # to be let out
    later: int  # visits not over yet: left open


def close_day(db: Database, actor: Actor, at: datetime | None = None) -> DayClosing:
    now = at or utc_now()
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        facility = session.get(Facility, actor.facility_id)
        wall = local(now, zone(facility.time_zone if facility else None)).replace(tzinfo=None)
        today = wall.date()
        # visits the gate has recorded nothing for: nobody came (yet), no outcome
        untouched = session.scalars(
            select(VisitBooking)
            .where(
                VisitBooking.facility_id == actor.facility_id,
                VisitBooking.day.between(today - timedelta(days=RECENT_DAYS), today),
                VisitBooking.status == BOOKED,
                ~VisitBooking.deleted,
                ~select(GateEvent.id).where(GateEvent.booking_id == VisitBooking.id).exists(),
            )
            .order_by(VisitBooking.day, VisitBooking.starts, VisitBooking.number)
        ).all()
        no_shows, later = [], 0
        for booking in untouched:
            if visit_span(booking.day, booking.starts, booking.ends)[1] > wall:
                later += 1
                continue
            session.add(outcome_event(booking, NO_SHOW, now, actor.user_id))
            audit.record(
                session,
                db,
                actor,
                "close_day",
                "visit_booking",
                booking.id,
                after={"outcome": NO_SHOW},
            )
            no_shows.append(booking.number)
        session.flush()
        inside = inside_visits(session, actor.facility_id, today)
        return DayClosing(tuple(no_shows), tuple(inside), later)
