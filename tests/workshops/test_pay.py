"""Pay periods: computed from the current marks by the rates in force on each day (the
domain's rounding: halves of a session rate, minutes of an hour rate rounded once per line,
pieces exactly; paid absences count), split by the facility's share held until release,
approved by a supervisor who posts the ledger. And the runs that must be refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import LedgerEntry, PayLine, PayPeriod
from prisondesk.domain.workshops import EXAMPLE_HELD_PERCENT
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.workshops import attendance, pay, pay_views, rates, settings
from prisondesk.services.workshops.periods import PayRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today
from tests.workshops.test_attendance import workdays_before

HALF_DAYS = tuple((day, part) for day in range(5) for part in ("morning", "afternoon"))


def _rows(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _nothing_written(db, before: int) -> None:
    assert audit_count(db) == before
    assert (_rows(db, PayPeriod), _rows(db, PayLine), _rows(db, LedgerEntry)) == (0, 0, 0)


@pytest.fixture
def days(db, supervisor) -> list[date]:
    """The last five workdays before today."""
    return workdays_before(today(db, supervisor), 5)


@pytest.fixture
def place(db, supervisor, days):
    """Place a prisoner in a workshop from a week before ``days``: the allocation id."""

    def make(prisoner_id: str, workshop_id: str, band: str = "A") -> str:
        start = days[0] - timedelta(days=7)
        return allocated(
            db, supervisor, prisoner_id, workshop_id=workshop_id, starts_on=start, pay_band=band
        )[1]

    return make


def _line(view: pay_views.PeriodView, allocation_id: str) -> pay_views.PayLineView:
    [line] = [line for line in view.lines if line.allocation_id == allocation_id]
    return line


def test_session_pay_counts_halves_and_paid_absences(
    db, instructor, supervisor, workshop, days, place, prisoner, another
):
    felt = make_workshop(db, supervisor, name="Войлочный цех", sessions=HALF_DAYS)
    halves = place(prisoner, felt)
    full = place(another("Садыков"), workshop)
    for w in (workshop, felt):
        rates.add_rate(db, supervisor, RateEntry(w, "A", "session", 15_001, days[0]))
    mark = attendance.mark
    mark(db, instructor, halves, days[0], "morning", "attended")
    mark(db, instructor, halves, days[0], "afternoon", "attended")
    mark(db, instructor, halves, days[1], "morning", "sick")  # paid: counts as worked
    mark(db, instructor, halves, days[2], "morning", "refused", note="Не вышел")  # unpaid
    mark(db, instructor, halves, days[3], "morning", "clash")  # unpaid
    mark(db, instructor, full, days[0], "full", "attended")

    view = pay.compute_period(db, supervisor, days[0], days[-1])
    assert view.status == "computed" and view.held_percent == EXAMPLE_HELD_PERCENT
    three = _line(view, halves)
    # 15 001 × 3 / 2 = 22 501.5 → 22 502 (half up, once for the line)
    assert (three.half_sessions, three.amount) == (3, 22_502)
    assert (three.spendable, three.held) == (11_251, 11_251)
    one_day = _line(view, full)
    assert (one_day.half_sessions, one_day.amount) == (2, 15_001)  # a morning and an afternoon
    assert (one_day.held, one_day.spendable) == (7_500, 7_501)  # held rounded down
    assert view.total == 22_502 + 15_001
    assert one_day.name == "Садыков Бакыт Нурланович" and one_day.workshop_name == "Кожевенный цех"


def test_hour_pay_is_rounded_once_per_line(
    db, instructor, supervisor, workshop, days, place, prisoner
):
    allocation = place(prisoner, workshop, band="B")
    rates.add_rate(db, supervisor, RateEntry(workshop, "B", "hour", 100, days[0]))
    for day in days[:3]:
        attendance.mark(db, instructor, allocation, day, "full", "attended", minutes=1)
    attendance.mark(db, instructor, allocation, days[3], "full", "sick", minutes=0)
    line = _line(pay.compute_period(db, supervisor, days[0], days[-1]), allocation)
    # 100 × 3 / 60 = 5 (rounding each minute first would make 2 + 2 + 2 = 6)
    assert (line.minutes, line.amount) == (3, 5)


def test_piece_pay_is_exact_and_a_rate_change_within_the_period_is_summed(
    db, instructor, supervisor, workshop, days, place, prisoner, another
):
    pieces = place(prisoner, workshop, band="P")
    changed = place(another("Садыков"), workshop)
    rates.add_rate(db, supervisor, RateEntry(workshop, "P", "piece", 250, days[0]))
    first = rates.add_rate(
        db, supervisor, RateEntry(workshop, "A", "session", 10_001, days[0], days[0])
    )
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 20_000, days[1]))
    attendance.mark(db, instructor, pieces, days[0], "full", "attended", pieces=7)
    attendance.mark(db, instructor, pieces, days[1], "full", "attended", pieces=3)
    attendance.mark(db, instructor, pieces, days[2], "full", "sick")  # makes no pieces
    attendance.mark(db, instructor, changed, days[0], "full", "attended")
    attendance.mark(db, instructor, changed, days[1], "full", "attended")
    view = pay.compute_period(db, supervisor, days[0], days[-1])
    assert (_line(view, pieces).pieces, _line(view, pieces).amount) == (10, 2_500)
    assert _line(view, changed).amount == 10_001 + 20_000
    assert first.effective_to == days[0]


def test_only_current_marks_count(db, instructor, supervisor, workshop, days, place, prisoner):
    allocation = place(prisoner, workshop)
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_000, days[0]))
    wrong = attendance.mark(db, instructor, allocation, days[0], "full", "refused", note="ошибка")
    attendance.correct(db, instructor, wrong.id, "attended")
    line = _line(pay.compute_period(db, supervisor, days[0], days[0]), allocation)
    assert (line.half_sessions, line.amount) == (2, 10_000)


def test_the_held_share_is_the_facilitys_and_stays_with_the_period(
    db, admin, instructor, supervisor, workshop, days, place, prisoner
):
    allocation = place(prisoner, workshop)
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_001, days[0]))
    attendance.mark(db, instructor, allocation, days[0], "full", "attended")
    settings.save_pay_settings(db, admin, 30)
    view = pay.compute_period(db, supervisor, days[0], days[0])
    assert view.held_percent == 30
    assert (_line(view, allocation).held, _line(view, allocation).spendable) == (3_000, 7_001)
    settings.save_pay_settings(db, admin, 80)
    assert pay_views.period_view(db, supervisor, view.id).held_percent == 30


def test_pay_settings_examples_bounds_and_who_saves_them(db, admin, supervisor):
    shipped = settings.pay_settings(db, supervisor)
    assert shipped.example and shipped.held_percent == EXAMPLE_HELD_PERCENT
    assert settings.save_pay_settings(db, admin, 0) == settings.PaySettings(0, example=False)
    for bad in (-1, 101, 12.5, True, "50"):
        with pytest.raises(ValidationError) as refused:
            settings.save_pay_settings(db, admin, bad)
        assert refused.value.field == "held_percent"
    with pytest.raises(PermissionDenied):
        settings.save_pay_settings(db, supervisor, 40)
    assert settings.pay_settings(db, supervisor).held_percent == 0


def test_approval_posts_each_wage_in_two_parts(
    db, instructor, supervisor, workshop, days, place, prisoner, another
):
    paid = place(prisoner, workshop)
    idle = place(another("Садыков"), workshop, band="P")
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_001, days[0]))
    rates.add_rate(db, supervisor, RateEntry(workshop, "P", "piece", 100, days[0]))
    attendance.mark(db, instructor, paid, days[0], "full", "attended")
    attendance.mark(db, instructor, idle, days[0], "full", "attended", pieces=0)
    computed = pay.compute_period(db, instructor, days[0], days[-1])  # MANAGE_WORKSHOPS
    assert _line(computed, idle).amount == 0
    with pytest.raises(PermissionDenied):
        pay.approve_period(db, instructor, computed.id)
    approved = pay.approve_period(db, supervisor, computed.id)
    assert approved.status == "approved" and approved.approved_by == "Касымова Динара"
    with db.read() as session:
        entries = session.scalars(select(LedgerEntry)).all()
    assert sorted((e.prisoner_id, e.account, e.kind, e.amount) for e in entries) == sorted(
        [(prisoner, "spendable", "wage", 5_001), (prisoner, "held", "wage", 5_000)]
    )
    assert {e.pay_period_id for e in entries} == {computed.id}
    line = _line(approved, paid)
    assert {e.id for e in entries} == {
        pay.wage_entry_id(line.id, "spendable"),
        pay.wage_entry_id(line.id, "held"),
    }
    before = audit_count(db)
    with pytest.raises(PayRefused) as refused:
        pay.approve_period(db, supervisor, computed.id)
    assert refused.value.reason == "approved" and audit_count(db) == before
    assert _rows(db, LedgerEntry) == 2
    [summary] = pay_views.periods(db, supervisor)
    assert (summary.status, summary.lines, summary.total) == ("approved", 2, 10_001)


def test_running_a_pay_period_twice_is_refused(
    db, instructor, supervisor, workshop, days, place, prisoner
):
    allocation = place(prisoner, workshop)
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_000, days[0]))
    attendance.mark(db, instructor, allocation, days[0], "full", "attended")
    pay.compute_period(db, supervisor, days[0], days[2])
    before = (audit_count(db), _rows(db, PayPeriod), _rows(db, PayLine))
    for first, last in ((days[0], days[2]), (days[2], days[4]), (days[0] - timedelta(1), days[0])):
        with pytest.raises(PayRefused) as refused:
            pay.compute_period(db, supervisor, first, last)
        assert refused.value.reason == "twice" and refused.value.render()
    assert (audit_count(db), _rows(db, PayPeriod), _rows(db, PayLine)) == before
    pay.compute_period(db, supervisor, days[3], days[4])  # the days after: fine


def test_a_paid_mark_without_a_rate_is_refused_naming_it(
    db, instructor, supervisor, workshop, days, place, prisoner
):
    allocation = place(prisoner, workshop, band="C")
    rates.add_rate(db, supervisor, RateEntry(workshop, "C", "session", 10_000, days[1]))
    attendance.mark(db, instructor, allocation, days[0], "full", "attended")
    attendance.mark(db, instructor, allocation, days[1], "full", "attended")
    before = audit_count(db)
    with pytest.raises(PayRefused) as refused:
        pay.compute_period(db, supervisor, days[0], days[-1])
    message = refused.value.render()
    assert refused.value.reason == "no_rate"
    assert "Кожевенный цех" in message and "band C" in message
    assert days[0].strftime("%d.%m.%Y") in message
    _nothing_written(db, before)


def test_unpaid_marks_need_no_rate(db, instructor, supervisor, workshop, days, place, prisoner):
    allocation = place(prisoner, workshop)
    attendance.mark(db, instructor, allocation, days[0], "full", "clash")
    assert pay.compute_period(db, supervisor, days[0], days[0]).lines == ()


def test_a_period_in_the_future_or_backwards_is_refused(db, supervisor):
    now, before = today(db, supervisor), audit_count(db)
    with pytest.raises(PayRefused) as refused:
        pay.compute_period(db, supervisor, now - timedelta(days=5), now + timedelta(days=1))
    assert refused.value.reason == "future"
    with pytest.raises(ValidationError) as backwards:
        pay.compute_period(db, supervisor, now - timedelta(days=1), now - timedelta(days=2))
    assert backwards.value.field == "last_day"
    with pytest.raises(ValidationError):
        pay.compute_period(db, supervisor, now - timedelta(days=200), now)
    _nothing_written(db, before)


def test_a_social_worker_does_not_run_pay(db, social_worker):
    now = today(db, social_worker)
    with pytest.raises(PermissionDenied):
        pay.compute_period(db, social_worker, now, now)
    with pytest.raises(PermissionDenied):
        pay_views.periods(db, social_worker)
