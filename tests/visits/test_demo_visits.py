"""The demo fills visits as the services allow: rooms, slots, approved families, bookings
for today and the coming days, and today's gate up to this hour."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import GateEvent, PrisonerVisitor, VisitBooking
from prisondesk.domain.clock import local, zone
from prisondesk.domain.wire import utc_now
from prisondesk.services.demo import fill_demo, visits
from tests.visits.fixtures import facility_today


def test_demo_visits_follow_the_rules_and_today_stops_at_now(db):
    report = fill_demo(db, prisoners=60, seed=5)
    assert report.bookings_created > 10
    assert visits.fill_visits(db, random.Random(1)) is None  # once only
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


def test_a_demo_stopped_part_way_is_refused_the_next_time_not_called_complete(db, monkeypatch):
    """The bad case: a demo killed during its visits left rooms and no bookings, and running
    it again said "visits booked: 0"."""
    from prisondesk.services.visits import bookings

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl+C, or the process killed, in the middle of the visits

    with monkeypatch.context() as patch:
        patch.setattr(bookings, "book_visit", killed)
        with pytest.raises(KeyboardInterrupt):
            fill_demo(db, prisoners=20, seed=5)
    with pytest.raises(visits.DemoInterrupted, match="stopped part-way"):
        fill_demo(db, prisoners=20, seed=5)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(VisitBooking)) == 0
