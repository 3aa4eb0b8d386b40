"""Assessments and reviews due (issue 19): for each week of the range (by its first day), how
many first assessments, assessment reviews and plan reviews fell due, and how they were
done: on time, late, or not yet — overdue, or not overdue yet. A first row carries what was
already overdue when the range began; a totals row and two charts (what fell due each week,
and how it was done) follow. The due lists' rules (``services/assessments/due.py``):

- A **first assessment** falls due the facility's number of days (its assessment settings)
  after the day of admission; it is done by the prisoner's first approved assessment.
- An **assessment review** falls due on the review date of an approved assessment; it is
  done by the prisoner's next approved assessment. A **plan review** falls due on the date
  the last review of the plan set; it is done by the next review of the plan.
- Done **on time**: on or before the day it fell due (the facility's calendar); **late**:
  after it. Not done by the end of the range (or by now, for a range not over yet) it is
  **overdue** once its day has passed — as the due lists count, the day after — else **not
  overdue yet**.
- A prisoner who left the facility on or before the day, with it not done, owed nothing.
  **Overdue before the range**: fell due within ``CARRIED_DAYS`` (90) days before the first
  day and was neither done nor owed by a prisoner gone when the range began; "done late"
  there is what was done during the range, "overdue" what was not. (Older arrears are left
  to the due lists: reading them all would make a month's report as slow as years'.)

Each kind is read in one SQL query over the items that fell due (with an index lookup for
the step that did it, and for a departure where one matters), and counted there by day and
outcome. A month of a facility of 100,000 prisoners reads some 150,000 items."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from prisondesk.db.base import UtcDateTime
from prisondesk.db.models import Assessment, Movement, PlanNote, Prisoner
from prisondesk.domain.assessments import Status
from prisondesk.domain.clock import from_local, local_today
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.assessments.settings import settings_in
from prisondesk.services.core.actor import Actor
from prisondesk.services.reports.days import facility_of, weeks
from prisondesk.services.reports.population import DEPARTURES, _constant_offsets, _offset
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

NAME = "assessments_due"
TITLE = QT_TRANSLATE_NOOP("reports", "Assessments and reviews due")
CARRIED_DAYS = 90  # how far back "overdue before the range" looks (a month stays quick)
FIRST, REVIEW, PLAN = "first", "review", "plan"
KINDS = (FIRST, REVIEW, PLAN)
ON_TIME, LATE, OVERDUE, NOT_YET = "on_time", "late", "overdue", "not_yet"
OUTCOMES = (ON_TIME, LATE, OVERDUE, NOT_YET)
KIND_TITLES = {
    FIRST: QT_TRANSLATE_NOOP("reports", "First assessments due"),
    REVIEW: QT_TRANSLATE_NOOP("reports", "Assessment reviews due"),
    PLAN: QT_TRANSLATE_NOOP("reports", "Plan reviews due"),
}
OUTCOME_TITLES = {
    ON_TIME: QT_TRANSLATE_NOOP("reports", "Done on time"),
    LATE: QT_TRANSLATE_NOOP("reports", "Done late"),
    OVERDUE: QT_TRANSLATE_NOOP("reports", "Overdue"),
    NOT_YET: QT_TRANSLATE_NOOP("reports", "Not overdue yet"),
}
COLUMNS = (
    Column("week", QT_TRANSLATE_NOOP("reports", "Week"), Kind.DATE),
    *(Column(kind, KIND_TITLES[kind], Kind.COUNT) for kind in KINDS),
    *(Column(outcome, OUTCOME_TITLES[outcome], Kind.COUNT) for outcome in OUTCOMES),
)
CARRIED = QT_TRANSLATE_NOOP("reports", "Overdue before the range")
DUE_CHART = QT_TRANSLATE_NOOP("reports", "Assessments and reviews due per week")
DONE_CHART = QT_TRANSLATE_NOOP("reports", "How they were done, per week")

# (kind, day due, outcome: on_time | late | open | carried_late | carried_open) -> how many
Tally = Counter[tuple[str, date, str]]


def build(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, tz = facility_of(session, facility_id)
    within = settings_in(session, facility_id).first_within_days
    read = _Reading(facility_id, first, last, tz)
    tally: Tally = Counter()
    queries = (read.first_assessments(within), read.reviews(), read.plan_reviews())
    for n, (kind, query) in enumerate(zip(KINDS, queries, strict=True)):
        job.step(n, len(KINDS))
        for due, outcome, count in session.execute(read.counted(query)):
            tally[kind, date.fromisoformat(due), outcome] += count
    job.step(len(KINDS), len(KINDS))
    return _report(first, last, names, tally, read.as_of_day)


class _Reading:
    """The queries of one facility and range: the items due, and their outcomes."""

    def __init__(self, facility_id: str | None, first: date, last: date, tz: ZoneInfo) -> None:
        self.facility_id = facility_id
        self.first, self.last, self.tz = first, last, tz
        self.begins = _midnight(first, tz)
        ends = _midnight(last + timedelta(days=1), tz)
        now = datetime.now(UTC)
        self.as_of = min(ends, now)  # what is done by then is done
        self.as_of_day = last if ends <= now else local_today(tz)
        self.since = first - timedelta(days=CARRIED_DAYS)
        self.window = (_midnight(self.since - timedelta(days=1), tz), max(ends, now))

    def local_day(self, moment: ColumnElement[datetime]) -> ColumnElement[str]:
        """SQL: the facility's day of a stored UTC moment, as text (summer time cut as the
        population report cuts it; outside the window, the offset at its edge)."""
        begins, ends = self.window
        parts = _constant_offsets(begins, ends, self.tz) or [(ends, _offset(begins, self.tz))]
        if len(parts) == 1:  # a zone without summer time (Asia/Bishkek)
            return func.date(moment, f"{parts[0][1]:+d} seconds")
        return case(
            *(
                (moment < literal(end, UtcDateTime()), func.date(moment, f"{offset:+d} seconds"))
                for end, offset in parts[:-1]
            ),
            else_=func.date(moment, f"{parts[-1][1]:+d} seconds"),
        )

    def _departed(
        self, prisoner: ColumnElement[str], after: ColumnElement[datetime]
    ) -> ColumnElement[datetime]:
        """The prisoner's first departure from this facility after ``after``."""
        return (
            select(Movement.occurred_at)
            .where(
                Movement.prisoner_id == prisoner,
                Movement.facility_id == self.facility_id,
                Movement.kind.in_(tuple(DEPARTURES)),
                Movement.occurred_at > after,
            )
            .order_by(Movement.occurred_at)
            .limit(1)
            .scalar_subquery()
        )

    def _approvals(self, prisoner: ColumnElement[str]) -> ColumnElement[bool]:
        return and_(
            Assessment.prisoner_id == prisoner,
            Assessment.facility_id == self.facility_id,
            Assessment.status == Status.APPROVED,
            ~Assessment.deleted,
        )

    def first_assessments(self, within: int) -> Select:
        """(due, done at, prisoner, admitted at) of each prisoner admitted so that a first
        assessment fell due in the range or the carried days."""
        later = aliased(Assessment)
        done = select(func.min(func.coalesce(later.approved_at, later.started_at))).where(
            and_(
                later.prisoner_id == Prisoner.id,
                later.facility_id == self.facility_id,
                later.status == Status.APPROVED,
                ~later.deleted,
            )
        )
        return select(
            func.date(self.local_day(Prisoner.admitted_at), f"+{within} days").label("due"),
            done.scalar_subquery().label("done_at"),
            Prisoner.id.label("prisoner"),
            Prisoner.admitted_at.label("since"),
        ).where(
            Prisoner.facility_id == self.facility_id,
            ~Prisoner.deleted,
            Prisoner.status != "draft",
            Prisoner.admitted_at >= _midnight(self.since - timedelta(days=within), self.tz),
            Prisoner.admitted_at < _midnight(self.last - timedelta(days=within - 1), self.tz),
        )

    def reviews(self) -> Select:
        """(due, done at, prisoner, approved at) of each approved assessment's review."""
        approved_at = func.coalesce(Assessment.approved_at, Assessment.started_at)
        later = aliased(Assessment)
        later_at = func.coalesce(later.approved_at, later.started_at)
        done = select(func.min(later_at)).where(
            later.prisoner_id == Assessment.prisoner_id,
            later.facility_id == self.facility_id,
            later.status == Status.APPROVED,
            ~later.deleted,
            later_at > approved_at,
        )
        return (
            select(
                type_coerce(Assessment.next_review_on, String).label("due"),
                done.scalar_subquery().label("done_at"),
                Assessment.prisoner_id.label("prisoner"),
                approved_at.label("since"),
            )
            .join(Prisoner, Prisoner.id == Assessment.prisoner_id)
            .where(
                Assessment.facility_id == self.facility_id,
                Assessment.status == Status.APPROVED,
                ~Assessment.deleted,
                Assessment.next_review_on.between(self.since, self.last),
                ~Prisoner.deleted,
            )
        )

    def plan_reviews(self) -> Select:
        """(due, done at, prisoner, written at) of each plan review's next review."""
        later = aliased(PlanNote)
        done = (  # the first in the order of the index that stops there
            select(later.written_at)
            .where(
                later.prisoner_id == PlanNote.prisoner_id,
                later.action_id.is_(None),
                later.written_at > PlanNote.written_at,
            )
            .order_by(later.written_at)
            .limit(1)
        )
        return (
            select(
                type_coerce(PlanNote.next_review_on, String).label("due"),
                done.scalar_subquery().label("done_at"),
                PlanNote.prisoner_id.label("prisoner"),
                PlanNote.written_at.label("since"),
            )
            .join(Prisoner, Prisoner.id == PlanNote.prisoner_id)
            .where(
                PlanNote.facility_id == self.facility_id,
                PlanNote.action_id.is_(None),
                PlanNote.next_review_on.between(self.since, self.last),
                ~Prisoner.deleted,
            )
        )

    def counted(self, items: Select) -> Select:
        """The items counted by day due and outcome (see the module's rules)."""
        item = items.offset(0).subquery()  # kept whole: each lookup made once per item
        # a departure matters only for what was not done on time: looked up for those only
        late = or_(item.c.done_at.is_(None), self.local_day(item.c.done_at) > item.c.due)
        departed = case((late, self._departed(item.c.prisoner, item.c.since)), else_=None)
        read = (
            select(item.c.due, item.c.done_at, departed.label("departed_at")).offset(0).subquery()
        )
        due, done_at, departed_at = read.c.due, read.c.done_at, read.c.departed_at
        done = and_(done_at.is_not(None), done_at < literal(self.as_of, UtcDateTime()))
        begins = literal(self.begins, UtcDateTime())
        left_owing = and_(
            departed_at.is_not(None),
            self.local_day(departed_at) <= due,
            or_(done_at.is_(None), done_at > departed_at),  # not done before leaving
        )
        outcome = case(
            (left_owing, ""),
            (
                due < self.first.isoformat(),
                case(
                    (and_(done_at.is_not(None), done_at < begins), ""),  # done before it
                    (and_(departed_at.is_not(None), departed_at < begins), ""),  # gone
                    (done, "carried_late"),
                    else_="carried_open",
                ),
            ),
            (and_(done, self.local_day(done_at) <= due), ON_TIME),
            (done, LATE),
            else_="open",
        )
        return (
            select(due, outcome, func.count())
            .where(due.between(self.since.isoformat(), self.last.isoformat()))
            .group_by(due, outcome)
        )


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return from_local(datetime.combine(day, time()), tz)


def _report(
    first: date, last: date, names: tuple[str, ...], tally: Tally, as_of_day: date
) -> Report:
    starts = [start for _, start, _ in weeks(first, last)]
    rows: dict[object, Counter[str]] = {Label(REPORTS_CONTEXT, CARRIED): Counter()}
    rows.update((start, Counter()) for start in starts)
    carried = next(iter(rows))
    for (kind, due, outcome), n in tally.items():
        if outcome == "":
            continue
        if outcome.startswith("carried_"):
            row = rows[carried]
            row[kind] += n
            row[LATE if outcome == "carried_late" else OVERDUE] += n
            continue
        row = rows[starts[(due - first).days // 7]]
        row[kind] += n
        if outcome == "open":
            outcome = OVERDUE if due < as_of_day else NOT_YET
        row[outcome] += n
    table = tuple((key, *(counts[c.key] for c in COLUMNS[1:])) for key, counts in rows.items())
    totals = (None, *(sum(row[n] for row in table) for n in range(1, len(COLUMNS))))
    weekly = [rows[start] for start in starts]
    charts = (
        Chart(
            DUE_CHART,
            "bar",
            tuple(starts),
            tuple(
                Series(KIND_TITLES[kind], tuple(float(row[kind]) for row in weekly))
                for kind in KINDS
            ),
        ),
        Chart(
            DONE_CHART,
            "bar",
            tuple(starts),
            tuple(
                Series(OUTCOME_TITLES[outcome], tuple(float(row[outcome]) for row in weekly))
                for outcome in OUTCOMES
            ),
        ),
    )
    return Report(NAME, TITLE, first, last, names, COLUMNS, table, totals, charts)


register(ReportSpec(NAME, TITLE, build))
