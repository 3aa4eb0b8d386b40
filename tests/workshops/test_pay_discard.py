"""A computed pay period is discarded before its approval (wrong days, a mark to put right)
and run again from the same first day; an approved one stays. Marks that desks working apart
left in disagreement are corrected before a period runs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from prisondesk.db.models import LedgerEntry, PayLine, PayPeriod
from prisondesk.services.core.errors import NotFound, PermissionDenied
from prisondesk.services.workshops import attendance, ledger, pay, pay_views, rates
from prisondesk.services.workshops.mark_checks import AttendanceRefused
from prisondesk.services.workshops.periods import PayRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, mark_apart, today
from tests.workshops.test_attendance import workdays_before
from tests.workshops.test_pay import _rows


@pytest.fixture
def days(db, supervisor) -> list[date]:
    return workdays_before(today(db, supervisor), 5)


@pytest.fixture
def two_paid(db, instructor, supervisor, workshop, days, prisoner, another):
    """Two places, each marked present on the first day, at 10 000 a full day: their ids."""
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_000, days[0]))
    start = days[0] - timedelta(days=7)
    first, second = (
        allocated(db, supervisor, who, workshop_id=workshop, starts_on=start)[1]
        for who in (prisoner, another("Садыков"))
    )
    marks = [
        attendance.mark(db, instructor, allocation, days[0], "full", "attended")
        for allocation in (first, second)
    ]
    return first, second, marks


def test_a_computed_period_is_discarded_and_its_days_open_again(
    db,
    instructor,
    supervisor,
    days,
    two_paid,
):
    first, _, marks = two_paid
    period = pay.compute_period(db, supervisor, days[0], days[2])
    with pytest.raises(AttendanceRefused) as frozen:
        attendance.correct(db, instructor, marks[1].id, "refused", note="Не вышел")
    assert frozen.value.reason == "period_run" and "discards" in frozen.value.render()

    before = audit_count(db)
    pay.discard_period(db, supervisor, period.id)
    assert audit_count(db) == before + 1
    assert pay_views.periods(db, supervisor) == []
    with pytest.raises(NotFound):
        pay_views.period_view(db, supervisor, period.id)

    attendance.correct(db, instructor, marks[1].id, "refused", note="Не вышел")  # open again
    again = pay.compute_period(db, supervisor, days[0], days[-1])
    assert again.id == period.id and (again.first_day, again.last_day) == (days[0], days[-1])
    assert [line.allocation_id for line in again.lines] == [first]  # the refusal is unpaid
    assert [(p.lines, p.total, p.status) for p in pay_views.periods(db, supervisor)] == [
        (1, 10_000, "computed")
    ]
    approved = pay.approve_period(db, supervisor, again.id)
    assert approved.total == 10_000
    assert ledger.balance(db, supervisor, approved.lines[0].prisoner_id).total == 10_000
    assert (_rows(db, PayPeriod), _rows(db, PayLine), _rows(db, LedgerEntry)) == (1, 2, 2)


def test_an_approved_period_is_not_discarded(db, supervisor, days, two_paid):
    period = pay.approve_period(
        db, supervisor, pay.compute_period(db, supervisor, days[0], days[0]).id
    )
    before = audit_count(db)
    with pytest.raises(PayRefused) as refused:
        pay.discard_period(db, supervisor, period.id)
    assert refused.value.reason == "approved" and refused.value.render()
    assert audit_count(db) == before
    assert pay_views.periods(db, supervisor)[0].status == "approved"


def test_an_approved_period_freezes_its_days_for_good(
    db,
    instructor,
    supervisor,
    days,
    two_paid,
):
    _, _, marks = two_paid
    pay.approve_period(db, supervisor, pay.compute_period(db, supervisor, days[0], days[0]).id)
    with pytest.raises(AttendanceRefused) as refused:
        attendance.correct(db, instructor, marks[0].id, "sick")
    assert refused.value.reason == "period_run" and "approved" in refused.value.render()


def test_who_may_discard(db, instructor, social_worker, supervisor, days, two_paid):
    period = pay.compute_period(db, supervisor, days[0], days[0])
    with pytest.raises(PermissionDenied):
        pay.discard_period(db, social_worker, period.id)
    pay.discard_period(db, instructor, period.id)  # who runs the workshops runs their pay
    assert pay_views.periods(db, supervisor) == []


def test_marks_that_disagree_are_corrected_before_the_period_runs(
    db,
    instructor,
    supervisor,
    days,
    two_paid,
):
    _, _, marks = two_paid
    theirs = mark_apart(db, marks[1].id, outcome="sick", minutes=0)
    before = audit_count(db)
    with pytest.raises(PayRefused) as refused:
        pay.compute_period(db, supervisor, days[0], days[-1])
    message = refused.value.render()
    assert refused.value.reason == "clash" and refused.value.params["count"] == 1
    assert "Садыков" in message and "Кожевенный цех" in message
    assert days[0].strftime("%d.%m.%Y") in message
    assert audit_count(db) == before
    assert (_rows(db, PayPeriod), _rows(db, PayLine)) == (0, 0)

    attendance.correct(db, instructor, theirs, "attended")
    assert pay.compute_period(db, supervisor, days[0], days[-1]).total == 20_000
