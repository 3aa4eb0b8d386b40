"""The workshops' reports (issue 19): attendance per workshop, and the pay periods.

**Workshop attendance** follows the supervisor's attendance rates (``services/workshops/
attendance_rates.py``), for the days of the range up to the facility's today: the places
expected at a workshop are each session of its weekly pattern in force that day times those
holding a place that day, and any session marked besides; of them, those marked present,
absent with pay (sick, rest day: excused), absent without (refused, elsewhere, other: not
excused) and not marked. The current mark of each session counts, picked as
``marks.settle`` picks it (not superseded; then the latest, then the greatest id). A session
is held on a day when someone had a place at it, or someone was marked at it. The rate is
present of expected, in whole per cent rounded half up (``AttendanceRate.percent``); the
totals row gives the facility's rate. Every workshop of the facility has its row, by name.
The chart is the rate week by week (weeks counted from the range's first day, each shown
by its first day; a week with nothing expected anywhere is left out): the whole facility's,
then the seven workshops with the most places expected (a workshop with nobody expected in
a week shows 0 there).

**Pay periods**: the runs, computed or approved (a discarded run is not counted), that END
within the range — so that reports of consecutive months count each period once — one row
per period and workshop: the workers on its lines, the half-day sessions paid (a paid
absence counts, as the pay run counts it), the hours and pieces recorded, the wages and
their spendable part and the part held until release (tyiyn), and the period's status. A
period with no lines has one row of zeros. The totals row sums the columns, but for the
workers: those are the prisoners paid in any of the periods, each counted once. The chart:
the wages of each period, by its first day.

Marks are read a week at a time, settled and counted in SQL (``workshop_counts.py``); the
pay lines are summed in SQL by period and workshop."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import ColumnElement, and_, distinct, func, select
from sqlalchemy.orm import Session

from prisondesk.db.models import PayLine, PayPeriod, Workshop
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.workshops import PeriodStatus, round_half_up
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import facility_today
from prisondesk.services.reports.days import days, facility_of, weeks
from prisondesk.services.reports.report import (
    REPORTS_CONTEXT,
    Chart,
    Column,
    Job,
    Kind,
    Report,
    ReportSpec,
    Series,
    register,
)
from prisondesk.services.reports.workshop_counts import Tally, week_tallies, workshop_days
from prisondesk.services.workshops.attendance_rates import AttendanceRate

WORKSHOP_ATTENDANCE = "workshop_attendance"
ATTENDANCE_TITLE = QT_TRANSLATE_NOOP("reports", "Workshop attendance")
ATTENDANCE_COLUMNS = (
    Column("workshop", QT_TRANSLATE_NOOP("reports", "Workshop")),
    Column("sessions", QT_TRANSLATE_NOOP("reports", "Sessions held"), Kind.COUNT),
    Column("expected", QT_TRANSLATE_NOOP("reports", "Attendances expected"), Kind.COUNT),
    Column("present", QT_TRANSLATE_NOOP("reports", "Present"), Kind.COUNT),
    Column("excused", QT_TRANSLATE_NOOP("reports", "Absent, excused"), Kind.COUNT),
    Column("unexcused", QT_TRANSLATE_NOOP("reports", "Absent, not excused"), Kind.COUNT),
    Column("unmarked", QT_TRANSLATE_NOOP("reports", "Not marked"), Kind.COUNT),
    Column("rate", QT_TRANSLATE_NOOP("reports", "Attendance rate"), Kind.PERCENT),
)
RATE_BY_WEEK = QT_TRANSLATE_NOOP("reports", "Attendance rate by week")
ALL_WORKSHOPS = QT_TRANSLATE_NOOP("reports", "All workshops")
CHARTED = 7  # workshops charted beside the whole facility: eight lines at most

PAY_PERIODS = "pay_periods"
PAY_TITLE = QT_TRANSLATE_NOOP("reports", "Pay periods")
PAY_COLUMNS = (
    Column("first_day", QT_TRANSLATE_NOOP("reports", "Period from"), Kind.DATE),
    Column("last_day", QT_TRANSLATE_NOOP("reports", "Period to"), Kind.DATE),
    Column("workshop", QT_TRANSLATE_NOOP("reports", "Workshop")),
    Column("status", QT_TRANSLATE_NOOP("reports", "Status")),
    Column("workers", QT_TRANSLATE_NOOP("reports", "Workers paid"), Kind.COUNT),
    Column("half_sessions", QT_TRANSLATE_NOOP("reports", "Half-day sessions paid"), Kind.COUNT),
    Column("hours", QT_TRANSLATE_NOOP("reports", "Hours worked"), Kind.COUNT),
    Column("pieces", QT_TRANSLATE_NOOP("reports", "Pieces made"), Kind.COUNT),
    Column("wages", QT_TRANSLATE_NOOP("reports", "Wages"), Kind.SOM),
    Column("spendable", QT_TRANSLATE_NOOP("reports", "Spendable"), Kind.SOM),
    Column("held", QT_TRANSLATE_NOOP("reports", "Held until release"), Kind.SOM),
)
PAY_FIGURES = [column.key for column in PAY_COLUMNS[4:]]  # a row's figures, after its status
STATUS_CELLS = {
    PeriodStatus.COMPUTED: Label(
        REPORTS_CONTEXT, QT_TRANSLATE_NOOP("reports", "Awaiting approval")
    ),
    PeriodStatus.APPROVED: Label(
        REPORTS_CONTEXT, QT_TRANSLATE_NOOP("reports", "Approved, wages posted")
    ),
}
WAGES_PER_PERIOD = QT_TRANSLATE_NOOP("reports", "Wages per pay period")
WAGES = QT_TRANSLATE_NOOP("reports", "Wages")


# --- attendance ----------------------------------------------------------------------------


def build_attendance(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, _ = facility_of(session, facility_id)
    every = days(first, last)
    job.step(0, len(every))
    upto = min(last, facility_today(session, facility_id))  # sessions to come expect nobody
    shops = session.execute(
        select(Workshop.id, Workshop.name)
        .where(Workshop.facility_id == facility_id, ~Workshop.deleted)
        .order_by(Workshop.name)
    ).all()
    ids = [shop.id for shop in shops]
    days_of = workshop_days(session, ids, first, upto)
    weekly: list[tuple[date, dict[str, Tally]]] = []
    for done, start, end in weeks(first, upto):
        job.step(done, len(every))
        weekly.append((start, week_tallies(session, ids, days_of, start, end)))
    job.step(len(every), len(every))
    whole = {shop.id: Tally() for shop in shops}
    for _, tallies in weekly:
        for workshop_id, tally in tallies.items():
            whole[workshop_id].add(tally)
    rates = [whole[shop.id].rate(shop.id, shop.name) for shop in shops]
    rows = tuple(
        (rate.workshop_name, len(days_of[rate.workshop_id].held), *_figures(rate)) for rate in rates
    )
    facility = Tally()
    for tally in whole.values():
        facility.add(tally)
    totals = (None, sum(int(row[1]) for row in rows), *_figures(facility.rate()))
    return Report(
        WORKSHOP_ATTENDANCE,
        ATTENDANCE_TITLE,
        first,
        last,
        names,
        ATTENDANCE_COLUMNS,
        rows,
        totals,
        (_rate_chart(weekly, rates),),
    )


def _figures(rate: AttendanceRate) -> tuple[int, ...]:
    return (
        rate.expected,
        rate.attended,
        rate.paid_absences,
        rate.unpaid_absences,
        rate.unmarked,
        rate.percent,
    )


def _rate_chart(weekly: list[tuple[date, dict[str, Tally]]], rates: list[AttendanceRate]) -> Chart:
    """The rate of each week with anything expected: the facility's, then the workshops
    with the most places expected (when there is more than one)."""
    shown = [
        (start, tallies)
        for start, tallies in weekly
        if any(t.scheduled + t.unscheduled for t in tallies.values())
    ]
    charted = sorted((r for r in rates if r.expected), key=lambda r: (-r.expected, r.workshop_name))
    charted = charted[:CHARTED] if len(charted) > 1 else []

    def facility_rate(tallies: dict[str, Tally]) -> float:
        week = Tally()
        for tally in tallies.values():
            week.add(tally)
        return float(week.rate().percent)

    series = [Series(ALL_WORKSHOPS, tuple(facility_rate(t) for _, t in shown))]
    series += [
        Series(r.workshop_name, tuple(float(t[r.workshop_id].rate().percent) for _, t in shown))
        for r in charted
    ]
    return Chart(
        RATE_BY_WEEK, "line", tuple(start for start, _ in shown), tuple(series), Kind.PERCENT
    )


# --- pay periods ---------------------------------------------------------------------------

# a line of a period, as ``pay_views`` counts them: one that an earlier, discarded run of the
# period left with no half-session is no longer the period's
_LINES = (~PayLine.deleted) & (PayLine.half_sessions > 0)


def build_pay_periods(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, _ = facility_of(session, facility_id)
    job.step(0, 2)
    ending = and_(
        PayPeriod.facility_id == facility_id,
        ~PayPeriod.deleted,
        PayPeriod.status != PeriodStatus.DISCARDED.value,
        PayPeriod.last_day.between(first, last),
    )
    periods = session.execute(
        select(PayPeriod.id, PayPeriod.first_day, PayPeriod.last_day, PayPeriod.status)
        .where(ending)
        .order_by(PayPeriod.first_day)
    ).all()
    lines, workers = _lines(session, ending)
    job.step(1, 2)
    rows: list[tuple[object, ...]] = []
    sums, wages = [0] * len(PAY_FIGURES), []
    for period in periods:
        status = STATUS_CELLS.get(period.status, period.status)
        found = lines.get(period.id, [])
        for workshop, figures in found or [("", (0,) * len(PAY_FIGURES))]:
            rows.append((period.first_day, period.last_day, workshop, status, *figures))
            sums = [total + n for total, n in zip(sums, figures, strict=True)]
        paid = sum(figures[PAY_FIGURES.index("wages")] for _, figures in found)
        wages.append(paid / 100)  # a chart's money is in som: its axis reads as people say it
    # the workers: those paid in any of the periods, each once; the other figures add up
    totals = (None, None, None, None, workers, *sums[1:])
    chart = Chart(
        WAGES_PER_PERIOD,
        "bar",
        tuple(p.first_day for p in periods),
        (Series(WAGES, tuple(wages)),),
        Kind.SOM,
    )
    job.step(2, 2)
    return Report(
        PAY_PERIODS, PAY_TITLE, first, last, names, PAY_COLUMNS, tuple(rows), totals, (chart,)
    )


def _lines(
    session: Session, ending: ColumnElement[bool]
) -> tuple[dict[str, list[tuple[str, tuple[int, ...]]]], int]:
    """The lines of the periods, summed in SQL by period and workshop (its name, and the
    row's figures, by workshop name); and the prisoners paid in any of them."""
    counted = session.execute(
        select(
            PayLine.pay_period_id,
            Workshop.name,
            func.count(distinct(PayLine.prisoner_id)),
            func.sum(PayLine.half_sessions),
            func.sum(PayLine.minutes),
            func.sum(PayLine.pieces),
            func.sum(PayLine.amount),
            func.sum(PayLine.spendable),
            func.sum(PayLine.held),
        )
        .join(PayPeriod, PayPeriod.id == PayLine.pay_period_id)
        .outerjoin(Workshop, Workshop.id == PayLine.workshop_id)  # a line is never left out
        .where(ending, _LINES)
        .group_by(PayLine.pay_period_id, PayLine.workshop_id, Workshop.name)
    )
    lines: dict[str, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
    for period_id, workshop, paid, halves, minutes, pieces, *money in counted:
        figures = (paid, halves, round_half_up(minutes, 60), pieces, *money)
        lines[period_id].append((workshop or "", figures))
    for found in lines.values():
        found.sort(key=lambda line: line[0].casefold())
    workers = session.scalar(
        select(func.count(distinct(PayLine.prisoner_id)))
        .join(PayPeriod, PayPeriod.id == PayLine.pay_period_id)
        .where(ending, _LINES)
    )
    return lines, workers or 0


register(ReportSpec(WORKSHOP_ATTENDANCE, ATTENDANCE_TITLE, build_attendance))
register(ReportSpec(PAY_PERIODS, PAY_TITLE, build_pay_periods))
