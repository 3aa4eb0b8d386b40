"""The workshops' reports against two weeks with known answers, made through the workshop
services as the desks make them: three workshops (leather craft full days Monday to Friday;
felt craft mornings and afternoons, its pattern changed on the second Monday; a sewing
workshop nobody holds a place in), four prisoners, a fortnight of marks with absences paid
and unpaid, a correction and sessions left unmarked; a week's pay period approved, the next
two days computed, a third run discarded.

The facility's today is the second Wednesday, as Bishkek's clock (UTC+6) makes it: at 20:30
UTC on the Tuesday it is already Wednesday there, and Wednesday's sessions are expected.
An empty range, a stopped report and a role that may not read reports are shown too."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import AttendanceMark
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.reports import run
from prisondesk.services.reports.report import Cancelled, Job, Kind
from prisondesk.services.workshops import attendance, pay, rates, workshops
from prisondesk.services.workshops.attendance_rates import attendance_rates
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, entry_of, make_workshop, mark_apart

FELT, LEATHER, SEWING = "Войлочный цех", "Кожевенный цех", "Швейный цех"
HALF_DAYS = ((0, "morning"), (0, "afternoon"), (2, "morning"), (2, "afternoon"))


@pytest.fixture
def instructor(staff):
    return staff("instructor1", "instructor", "Жумабеков Эрлан")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def another(complete):
    """Admit one more prisoner (no PIN, so none clashes); their id."""
    numbers = itertools.count(7_000_001)

    def admit(surname: str) -> str:
        return complete(surname=surname, pin="", document_number=f"ID{next(numbers)}").id

    return admit


@dataclass
class Fortnight:
    d0: date  # the first Monday
    today: date  # the second Wednesday


def _real_today_plus_a_week() -> date:
    day = datetime.now(UTC).date() + timedelta(days=7)
    return day - timedelta(days=day.weekday())  # a Monday, after any admission of the tests


@pytest.fixture
def fortnight(db, monkeypatch, instructor, supervisor, another) -> Fortnight:
    d0 = _real_today_plus_a_week()
    d = [d0 + timedelta(days=n) for n in range(14)]

    def today_is(day: date) -> None:  # the facility's calendar, as the services read it
        monkeypatch.setattr("prisondesk.services.core.facility.local_today", lambda tz: day)

    today_is(d0)
    leather = make_workshop(db, supervisor, name=LEATHER, instructor_ids=[instructor.user_id])
    felt = make_workshop(db, supervisor, name=FELT, sessions=HALF_DAYS)
    make_workshop(db, supervisor, name=SEWING)
    rates.add_rate(db, supervisor, RateEntry(leather, "A", "session", 20_000, d0))
    rates.add_rate(db, supervisor, RateEntry(felt, "A", "hour", 3_000, d0))
    p1 = allocated(db, supervisor, another("Асанов"), workshop_id=leather, starts_on=d0)[1]
    p2 = allocated(db, supervisor, another("Бекиев"), workshop_id=leather, starts_on=d0)[1]
    p3 = allocated(db, supervisor, another("Садыков"), workshop_id=felt, starts_on=d0)[1]

    def mark(place, day, part, outcome, minutes=0, pieces=0):
        note = "Не вышел на работу" if outcome in ("refused", "other") else ""
        return attendance.mark(db, supervisor, place, day, part, outcome, minutes, pieces, note)

    today_is(d[4])  # the first Friday: the first week marked
    first_week = (
        ("attended", "attended"),
        ("attended", "rest_day"),
        ("sick", "attended"),
        ("refused", "clash"),
        ("attended", "attended"),
    )
    for day, (one, two) in zip(d[:5], first_week, strict=True):
        pieces = {d[0]: (3, 2), d[1]: (2, 0), d[2]: (0, 2), d[4]: (4, 2)}.get(day, (0, 0))
        for place, outcome, made in ((p1, one, pieces[0]), (p2, two, pieces[1])):
            worked = 480 if outcome == "attended" else 0
            mark(place, day, "full", outcome, worked, made)
    mark(p3, d[0], "morning", "attended", 250, 1)
    mark(p3, d[0], "afternoon", "attended", 240, 1)
    mark(p3, d[2], "morning", "sick", 240)  # paid: its minutes count for an hourly rate
    mark(p3, d[2], "afternoon", "attended", 240, 1)

    today_is(d[7])  # the second Monday: felt drops Wednesday afternoons, adds Tuesday mornings
    pattern = ((0, "morning"), (0, "afternoon"), (1, "morning"), (2, "morning"))
    workshops.edit_workshop(db, supervisor, felt, entry_of(db, supervisor, felt, sessions=pattern))
    p4 = allocated(db, supervisor, another("Токтогулов"), workshop_id=felt, starts_on=d[7])[1]

    today_is(d[9])  # the second Wednesday: the second week marked, as far as it has come
    mark(p1, d[7], "full", "attended", 480, 1)
    wrong = mark(p1, d[8], "full", "attended", 480, 5)
    attendance.correct(db, supervisor, wrong.id, "other", note="Вызван к следователю")
    for day, outcome in ((d[7], "attended"), (d[8], "attended"), (d[9], "sick")):
        mark(p2, day, "full", outcome, 480 if outcome == "attended" else 0, 3 if day < d[9] else 0)
    mark(p3, d[7], "morning", "attended", 240, 1)
    mark(p3, d[7], "afternoon", "refused")
    mark(p3, d[8], "morning", "attended", 240, 1)
    mark(p4, d[7], "morning", "attended", 240, 1)
    mark(p4, d[7], "afternoon", "attended", 240, 1)
    mark(p4, d[8], "morning", "clash")
    mark(p4, d[9], "morning", "attended", 240)

    first = pay.compute_period(db, supervisor, d[0], d[6])
    pay.approve_period(db, supervisor, first.id)
    pay.compute_period(db, supervisor, d[7], d[8])
    third = pay.compute_period(db, supervisor, d[9], d[9])
    pay.discard_period(db, supervisor, third.id)

    # from here the facility's today is Bishkek's date of a moment: 20:30 UTC on the second
    # Tuesday is 02:30 on the Wednesday there
    at_utc(monkeypatch, datetime.combine(d[8], datetime.min.time(), UTC) + timedelta(hours=20.5))
    return Fortnight(d0, d[9])


def at_utc(monkeypatch, moment: datetime) -> None:
    monkeypatch.setattr(
        "prisondesk.services.core.facility.local_today", lambda tz: moment.astimezone(tz).date()
    )


# --- workshop attendance -------------------------------------------------------------------


def test_attendance_per_workshop_with_the_facilitys_rate(db, supervisor, fortnight):
    d0 = fortnight.d0
    made = run.run_report(db, supervisor, "workshop_attendance", d0, d0 + timedelta(days=13))
    assert made.facilities == ("Исправительная колония №1",)
    assert [(c.key, c.kind) for c in made.columns] == [
        ("workshop", Kind.TEXT),
        ("sessions", Kind.COUNT),
        ("expected", Kind.COUNT),
        ("present", Kind.COUNT),
        ("excused", Kind.COUNT),
        ("unexcused", Kind.COUNT),
        ("unmarked", Kind.COUNT),
        ("rate", Kind.PERCENT),
    ]
    # felt: 4 sessions the first week (Mon, Wed × morning, afternoon), 4 the second (Mon ×2,
    # the new Tuesday morning, Wednesday morning only); one place, then two: 4 + 8 expected.
    # leather: 8 full days × 2 places; the corrected Tuesday counts as its correction (other)
    assert made.rows == (
        (FELT, 8, 12, 8, 1, 2, 1, 67),  # 8 of 12 = 66.7 %
        (LEATHER, 8, 16, 9, 3, 3, 1, 56),  # 9 of 16 = 56.25 %
        (SEWING, 0, 0, 0, 0, 0, 0, 0),  # its sessions held nobody
    )
    assert made.totals == (None, 16, 28, 17, 4, 5, 2, 61)  # 17 of 28 = 60.7 %
    (chart,) = made.charts
    assert (chart.kind, chart.unit) == ("line", Kind.PERCENT)
    # the weeks counted from the first day, shown by their first day; none after today
    assert chart.categories == (d0, d0 + timedelta(days=7))
    assert [(s.title, s.values) for s in chart.series] == [
        ("All workshops", (64.0, 57.0)),  # 9 of 14, 8 of 14
        (LEATHER, (60.0, 50.0)),  # the most places expected first: 6 of 10, 3 of 6
        (FELT, (75.0, 63.0)),  # 3 of 4, 5 of 8
    ]


def test_the_figures_are_the_supervisors_attendance_rates(db, supervisor, fortnight):
    d0 = fortnight.d0
    made = run.run_report(db, supervisor, "workshop_attendance", d0, d0 + timedelta(days=13))
    rates_now = attendance_rates(db, supervisor, d0, d0 + timedelta(days=13))
    assert [row[0] for row in made.rows] == [r.workshop_name for r in rates_now]
    assert [row[2:] for row in made.rows] == [
        (r.expected, r.attended, r.paid_absences, r.unpaid_absences, r.unmarked, r.percent)
        for r in rates_now
    ]


def test_the_facilitys_today_ends_what_is_expected(db, supervisor, fortnight, monkeypatch):
    d0, today = fortnight.d0, fortnight.today
    # 17:30 UTC on the Tuesday is 23:30 there: Wednesday has not come, its sessions and its
    # marks are not counted
    tuesday = datetime.combine(today - timedelta(days=1), datetime.min.time(), UTC)
    at_utc(monkeypatch, tuesday + timedelta(hours=17.5))
    made = run.run_report(db, supervisor, "workshop_attendance", d0, d0 + timedelta(days=13))
    assert made.rows[:2] == (
        (FELT, 7, 10, 7, 1, 2, 0, 70),
        (LEATHER, 7, 14, 9, 2, 3, 0, 64),
    )
    assert made.totals == (None, 14, 24, 16, 3, 5, 0, 67)
    assert made.charts[0].series[0].values == (64.0, 70.0)  # 7 of 10 the second week


def test_one_week_and_a_range_before_anyone_had_a_place(db, supervisor, fortnight):
    d0 = fortnight.d0
    week = run.run_report(db, supervisor, "workshop_attendance", d0, d0 + timedelta(days=6))
    assert week.rows[:2] == ((FELT, 4, 4, 3, 1, 0, 0, 75), (LEATHER, 5, 10, 6, 2, 2, 0, 60))
    assert week.totals == (None, 9, 14, 9, 3, 2, 0, 64)
    before = run.run_report(
        db, supervisor, "workshop_attendance", d0 - timedelta(days=30), d0 - timedelta(days=1)
    )
    assert before.rows == tuple((name, *(0,) * 7) for name in (FELT, LEATHER, SEWING))
    assert before.totals == (None, *(0,) * 7)
    assert before.charts[0].categories == () and before.charts[0].series[0].values == ()
    # days still to come expect nobody
    ahead = run.run_report(
        db, supervisor, "workshop_attendance", d0 + timedelta(days=10), d0 + timedelta(days=40)
    )
    assert ahead.totals == (None, *(0,) * 7) and ahead.charts[0].categories == ()


# --- pay periods ---------------------------------------------------------------------------


def test_pay_periods_ending_in_the_range_per_workshop(db, supervisor, fortnight):
    d0 = fortnight.d0
    d6, d7, d8 = (d0 + timedelta(days=n) for n in (6, 7, 8))
    made = run.run_report(db, supervisor, "pay_periods", d0, d0 + timedelta(days=13))
    assert [(c.key, c.kind) for c in made.columns] == [
        ("first_day", Kind.DATE),
        ("last_day", Kind.DATE),
        ("workshop", Kind.TEXT),
        ("status", Kind.TEXT),
        ("workers", Kind.COUNT),
        ("half_sessions", Kind.COUNT),
        ("hours", Kind.COUNT),
        ("pieces", Kind.COUNT),
        ("wages", Kind.SOM),
        ("spendable", Kind.SOM),
        ("held", Kind.SOM),
    ]
    approved, awaiting = "Approved, wages posted", "Awaiting approval"
    # felt pays 30 som an hour: 970 minutes (the sick morning's 240 count) = 485 som, 16 h;
    # leather 200 som a full day, the sick and rest days paid: 2 × 4 days = 1 600 som
    assert made.rows == (
        (d0, d6, FELT, approved, 1, 4, 16, 3, 48_500, 24_250, 24_250),
        (d0, d6, LEATHER, approved, 2, 16, 48, 15, 160_000, 80_000, 80_000),
        (d7, d8, FELT, awaiting, 2, 4, 16, 4, 48_000, 24_000, 24_000),
        (d7, d8, LEATHER, awaiting, 2, 6, 24, 7, 60_000, 30_000, 30_000),
    )
    assert {row[3].context for row in made.rows} == {"reports"}
    # four prisoners were paid; the discarded run of the second Wednesday counts nowhere
    assert made.totals == (None, None, None, None, 4, 30, 104, 29, 316_500, 158_250, 158_250)
    (chart,) = made.charts
    assert (chart.kind, chart.unit, chart.categories) == ("bar", Kind.SOM, (d0, d7))
    assert [(s.title, s.values) for s in chart.series] == [("Wages", (2_085.0, 1_080.0))]  # som


def test_a_period_counts_in_the_range_it_ends_in(db, supervisor, fortnight):
    d0 = fortnight.d0
    d6, d7 = d0 + timedelta(days=6), d0 + timedelta(days=7)
    made = run.run_report(db, supervisor, "pay_periods", d0 + timedelta(days=5), d7)
    assert [row[:3] for row in made.rows] == [(d0, d6, FELT), (d0, d6, LEATHER)]
    assert made.totals == (None, None, None, None, 3, 20, 64, 18, 208_500, 104_250, 104_250)
    empty = run.run_report(db, supervisor, "pay_periods", d7, d7)
    assert empty.rows == () and empty.totals == (None, None, None, None, *(0,) * 7)
    assert empty.charts[0].categories == () and empty.charts[0].series[0].values == ()


# --- both ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["workshop_attendance", "pay_periods"])
def test_a_year_reports_its_progress_and_stops_when_asked(db, supervisor, fortnight, name):
    first = fortnight.d0 - timedelta(days=300)
    last = first + timedelta(days=364)
    seen: list[tuple[int, int]] = []
    run.run_report(db, supervisor, name, first, last, Job(lambda done, of: seen.append((done, of))))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) >= 3
    if name == "workshop_attendance":  # a week at a time, up to today
        assert len(seen) == 2 + (fortnight.today - first).days // 7 + 1
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, supervisor, name, first, last, job)


@pytest.mark.parametrize("name", ["workshop_attendance", "pay_periods"])
def test_refused_to_a_role_that_may_not_read_reports(db, instructor, fortnight, name):
    with pytest.raises(PermissionDenied):
        run.run_report(db, instructor, name, fortnight.d0, fortnight.today)


def test_the_current_mark_of_a_session_counts_as_the_register_picks_it(db, supervisor, fortnight):
    """Desks working apart left two marks of one session: the latest counts (as
    ``marks.settle`` picks it), whatever order they arrived in; an earlier one changes nothing."""
    d0, today = fortnight.d0, fortnight.today
    with db.read() as session:
        ours = session.scalars(
            select(AttendanceMark).where(
                AttendanceMark.day == today, AttendanceMark.part == "morning"
            )
        ).one()
        at = ours.marked_at
    mark_apart(db, ours.id, outcome="clash", paid=False, marked_at=at - timedelta(minutes=5))
    last = d0 + timedelta(days=13)
    made = run.run_report(db, supervisor, "workshop_attendance", d0, last)
    assert made.rows[0] == (FELT, 8, 12, 8, 1, 2, 1, 67)  # the earlier mark apart: no change
    mark_apart(db, ours.id, outcome="refused", paid=False, marked_at=at + timedelta(minutes=5))
    made = run.run_report(db, supervisor, "workshop_attendance", d0, last)
    assert made.rows[0] == (FELT, 8, 12, 7, 1, 3, 1, 58)  # 7 of 12
    [felt] = [
        r
        for r in attendance_rates(db, supervisor, d0, last)
        if r.workshop_id and r.workshop_name == FELT
    ]
    assert (felt.attended, felt.unpaid_absences, felt.percent) == (7, 3, 58)
