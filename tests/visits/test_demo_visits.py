"""The demo fills visits as the services allow: rooms, slots, approved families, bookings
for today and the coming days, and today's gate up to this hour."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from prisondesk.db.models import GateEvent, PrisonerVisitor, VisitBooking
from prisondesk.domain.clock import local, zone
from prisondesk.domain.wire import utc_now
from prisondesk.services.demo import fill_demo, visits
from tests.visits.fixtures import facility_today


def test_demo_visits_follow_the_rules_and_today_stops_at_now(db):
    report = fill_demo(db, prisoners=60, seed=5)
    assert report.bookings_created > 10
    assert visits.fill_visits(db, random.Random(1)) == 0  # once only
    today = facility_today()
    now = local(utc_now(), zone("Asia/Bishkek"))
    with db.read() as session:
        days = set(session.scalars(select(VisitBooking.day).distinct()))
        assert today in days and max(days) <= today + timedelta(days=6)
        assert (
            session.scalar(
                select(func.count()).select_from(PrisonerVisitor).where(~PrisonerVisitor.approved)
            )
            == 0
        )
        for event in session.scalars(select(GateEvent)):
            assert local(event.occurred_at, zone("Asia/Bishkek")) <= now + timedelta(minutes=1)
