"""The demo's workshops, made through the services: two workshops of the enterprise with the
demo's instructor, places given through the waiting lists (at work, in training, a few still
waiting), registers over the last two months with absences and a correction, the month before
last paid (its posted ledger equal to its lines, the deposit accounts holding the wages) and
last month computed, waiting for approval."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import AttendanceMark, LedgerEntry
from prisondesk.domain.roles import Role
from prisondesk.domain.workshops import Outcome
from prisondesk.services.demo import fill_demo
from prisondesk.services.demo import workshops as demo_workshops
from prisondesk.services.demo.core import actor_with_role
from prisondesk.services.workshops import (
    allocations,
    attendance,
    ledger,
    pay_views,
    waiting,
    workshops,
)
from prisondesk.services.workshops.periods import APPROVED, COMPUTED
from tests.workshops.fixtures import today


def _months(db, actor):
    this_month = today(db, actor).replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    before_last = (last_month - timedelta(days=1)).replace(day=1)
    return before_last, last_month, this_month


def test_the_demo_has_workshops_places_and_two_months_of_registers(db):
    report = fill_demo(db, prisoners=60, seed=5)
    assert report.allocations_created >= 10
    assert demo_workshops.fill_workshops(db, random.Random(1)) is None  # once only
    chief = actor_with_role(db, Role.SUPERVISOR)
    instructor = actor_with_role(db, Role.INSTRUCTOR)
    found = workshops.list_workshops(db, chief)
    assert {w.name for w in found} == {"Кожевенный цех", "Войлочный цех"}
    assert {w.enterprise for w in found} == {demo_workshops.ENTERPRISE}
    assert all(w.instructors == (instructor.full_name,) for w in found)
    day = today(db, chief)
    before_last, last_month, _ = _months(db, chief)

    lists = []
    for shop in found:
        detail = workshops.workshop_detail(db, chief, shop.id)
        assert [p.length_days for p in detail.programmes] == [30] and detail.sessions
        lists += waiting.waiting_list(db, chief, shop.id)
    placed = {e.prisoner_id for e in lists if e.allocation_id}
    places = [p for who in sorted(placed) for p in allocations.allocations_of(db, chief, who)]
    assert len(places) == report.allocations_created
    assert Counter(e.status for e in lists).keys() >= {"pending", "approved", "allocated"}
    active = [p for p in places if p.ends_on is None]
    assert any(p.programme_id for p in active) and any(not p.programme_id for p in active)
    completed = [p for p in places if p.end_reason == "completed"]
    assert completed and all(p.programme_id and p.ends_on < day for p in completed)

    with db.read() as session:
        marks = list(session.scalars(select(AttendanceMark)))
    assert {m.day.replace(day=1) for m in marks} == {before_last, last_month}
    outcomes = Counter(m.outcome for m in marks)
    assert outcomes[Outcome.ATTENDED] > 0.8 * len(marks)
    assert {Outcome.SICK, Outcome.REST_DAY, Outcome.REFUSED} <= outcomes.keys()
    assert all(m.note for m in marks if m.outcome in (Outcome.REFUSED, Outcome.OTHER))
    (correction,) = [m for m in marks if m.supersedes]
    history = attendance.history(
        db, chief, correction.allocation_id, correction.day, correction.part
    )
    assert [(m.outcome, m.current) for m in history] == [
        (Outcome.REFUSED, False),
        (Outcome.SICK, True),
    ]


def test_the_month_before_last_is_paid_into_the_deposit_accounts(db):
    fill_demo(db, prisoners=60, seed=5)
    chief = actor_with_role(db, Role.SUPERVISOR)
    before_last, last_month, this_month = _months(db, chief)
    periods = {p.first_day: p for p in pay_views.periods(db, chief)}
    assert periods.keys() == {before_last, last_month}
    closed, open_one = periods[before_last], periods[last_month]
    assert (closed.status, open_one.status) == (APPROVED, COMPUTED)
    assert closed.last_day == last_month - timedelta(days=1) and closed.total > 0
    assert open_one.last_day == this_month - timedelta(days=1) and open_one.total > 0

    view = pay_views.period_view(db, chief, closed.id)
    with db.read() as session:
        posted = ledger.posted_for(session, closed.id)
        assert ledger.posted_for(session, open_one.id).total == 0  # not approved yet
        entries = session.scalar(select(func.count()).select_from(LedgerEntry))
    assert (posted.spendable, posted.held) == (view.spendable, view.held)
    assert entries == sum(bool(line.spendable) + bool(line.held) for line in view.lines)

    wages = defaultdict(lambda: [0, 0])
    for line in view.lines:
        wages[line.prisoner_id][0] += line.spendable
        wages[line.prisoner_id][1] += line.held
    assert len(wages) >= 5
    for prisoner_id, (spendable, held) in wages.items():
        balance = ledger.balance(db, chief, prisoner_id)
        assert (balance.spendable, balance.held) == (spendable, held) and balance.total > 0


def test_a_demo_stopped_in_its_registers_is_taken_up_the_next_time(db, monkeypatch):
    real_mark, made = attendance.mark, []

    def killed_after_some(*args, **kwargs):
        if len(made) == 40:
            raise KeyboardInterrupt  # Ctrl+C in the middle of the registers
        made.append(1)
        return real_mark(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(attendance, "mark", killed_after_some)
        with pytest.raises(KeyboardInterrupt):
            fill_demo(db, prisoners=40, seed=5)
    report = fill_demo(db, prisoners=40, seed=5)
    assert report.allocations_created >= 8
    chief = actor_with_role(db, Role.SUPERVISOR)
    with db.read() as session:
        sessions = Counter(
            (m.allocation_id, m.day, m.part)
            for m in session.scalars(
                select(AttendanceMark).where(AttendanceMark.supersedes.is_(None))
            )
        )
    assert len(sessions) > 40 and set(sessions.values()) == {1}  # none marked twice
    statuses = sorted(p.status for p in pay_views.periods(db, chief))
    assert statuses == [APPROVED, COMPUTED]
    assert fill_demo(db, prisoners=40, seed=5).allocations_created is None
