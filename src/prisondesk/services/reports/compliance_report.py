"""The Nelson Mandela Rules compliance of a facility over a range of days (issue 19): one row
per kind of finding, with how many there were, out of how many, and the per cent. Counts
only: the files themselves are listed, one by one, by the compliance list
(``compliance.py``) and the assessments' due lists.

- **Admission** (Rules 7–8, 7(e), 54–55): of the prisoners admitted in the range (an
  ``admission`` movement recorded at this facility on one of its days, as the population
  report counts them; a person admitted twice counts once), those whose file has no injury
  examination, no family or next of kin listed nor a reason why not, or no record that
  their rights were explained. The same rules as the compliance list.
- **Family visits** (Rule 58): of the prisoners held at the end of the range's last day
  who were held through the ``NO_VISIT_DAYS`` days ending on it (30: a module constant, as
  the visits module has no setting of the kind), those with no family visit (short or long;
  a lawyer's or an official's is no family contact) held in those days. A visit is held
  once someone of it went in, as the visit reports count it (``visits.py``).
- **Assessment and review** (Rules 89, 93–94): of the prisoners held at the end of the last
  day, those still without an approved assessment the facility's number of days after
  admission, those whose latest approved assessment's review date had passed, and those
  whose plan's latest review date had passed — the due lists' rules
  (``services/assessments/due.py``), read as they stood that day.
- **The gate**: of the visitors who went in on a visit due to end on a day of the range,
  those still inside — let in and not let out — at the end of that day, midnight of the
  facility's calendar (a long family visit ends the day after it starts). A person left
  inside counts once, on the day their visit ended.

Who is held at the end of a day follows the population report: the latest arrival or
departure recorded at this facility before that moment is an arrival; a file imported
without an admission date, held here now, counts as held all along. Everything is counted
in SQL: the prisoners held are read once, each through the indexes of their movements,
assessments and plan reviews (the family visits of the 30 days are read once for all), and
the gate a week at a time."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session, aliased

from prisondesk.db.base import UtcDateTime
from prisondesk.db.models import Assessment, GateEvent, Movement, PlanNote, Prisoner, VisitBooking
from prisondesk.domain.assessments import Status
from prisondesk.domain.clock import from_local
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.visits import COUNTED
from prisondesk.services.assessments.settings import settings_in
from prisondesk.services.core.actor import Actor
from prisondesk.services.reports.compliance import has_family_record
from prisondesk.services.reports.days import days, facility_of, weeks
from prisondesk.services.reports.population import ARRIVALS, DEPARTURES, HELD_NOW
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
from prisondesk.services.reports.visits import visits_of

NAME = "mandela_compliance"
TITLE = QT_TRANSLATE_NOOP("reports", "Nelson Mandela Rules compliance")
NO_VISIT_DAYS = 30  # Rule 58: "regular intervals"; the finding's words below say 30 too

COLUMNS = (
    Column("section", QT_TRANSLATE_NOOP("reports", "Section")),
    Column("finding", QT_TRANSLATE_NOOP("reports", "Finding")),
    Column("count", QT_TRANSLATE_NOOP("reports", "Count"), Kind.COUNT),
    Column("base", QT_TRANSLATE_NOOP("reports", "Out of"), Kind.COUNT),
    Column("percent", QT_TRANSLATE_NOOP("reports", "Per cent"), Kind.PERCENT),
)
ADMISSION = QT_TRANSLATE_NOOP("reports", "Admission")
FAMILY = QT_TRANSLATE_NOOP("reports", "Family visits")
ASSESSMENT = QT_TRANSLATE_NOOP("reports", "Assessment and review")
GATE = QT_TRANSLATE_NOOP("reports", "The gate")
# (key, section, finding), in the order of the table
FINDINGS = (
    (
        "no_injury_examination",
        ADMISSION,
        QT_TRANSLATE_NOOP("reports", "No injury examination (Rules 7–8)"),
    ),
    (
        "no_family_record",
        ADMISSION,
        QT_TRANSLATE_NOOP("reports", "No family or next of kin recorded (Rule 7(e))"),
    ),
    (
        "rights_not_explained",
        ADMISSION,
        QT_TRANSLATE_NOOP("reports", "Rights not explained (Rules 54–55)"),
    ),
    (
        "no_family_visit",
        FAMILY,
        QT_TRANSLATE_NOOP("reports", "No family visit for 30 days (Rule 58)"),
    ),
    (
        "first_assessment_overdue",
        ASSESSMENT,
        QT_TRANSLATE_NOOP("reports", "First assessment overdue"),
    ),
    (
        "review_overdue",
        ASSESSMENT,
        QT_TRANSLATE_NOOP("reports", "Assessment review overdue"),
    ),
    (
        "plan_review_overdue",
        ASSESSMENT,
        QT_TRANSLATE_NOOP("reports", "Plan review overdue"),
    ),
    (
        "left_inside",
        GATE,
        QT_TRANSLATE_NOOP("reports", "Visitors left inside at the close of the day"),
    ),
)
CHART = QT_TRANSLATE_NOOP("reports", "Findings")
CHART_SERIES = QT_TRANSLATE_NOOP("reports", "Count")
PREPARED = 2  # steps before the gate's weeks: the admissions, the prisoners held

Counts = dict[str, tuple[int, int]]  # finding -> (count, out of)


def build(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, tz = facility_of(session, facility_id)
    steps = PREPARED + len(list(weeks(first, last)))
    job.step(0, steps)
    counts: Counts = _admissions(session, facility_id, first, last, tz)
    job.step(1, steps)
    within = settings_in(session, facility_id).first_within_days
    counts |= _held(session, facility_id, last, tz, within)
    left = went_in = 0
    for n, (_, start, end) in enumerate(weeks(first, last)):
        job.step(PREPARED + n, steps)
        found = _left_inside(session, facility_id, start, end, tz)
        left, went_in = left + found[0], went_in + found[1]
    counts["left_inside"] = (left, went_in)
    job.step(steps, steps)
    rows = tuple(
        (
            Label(REPORTS_CONTEXT, section),
            Label(REPORTS_CONTEXT, finding),
            counts[key][0],
            counts[key][1],
            _percent(*counts[key]),
        )
        for key, section, finding in FINDINGS
    )
    chart = Chart(
        CHART,
        "bar",
        tuple(Label(REPORTS_CONTEXT, finding) for _, _, finding in FINDINGS),
        (Series(CHART_SERIES, tuple(float(counts[key][0]) for key, _, _ in FINDINGS)),),
    )
    # no totals: findings of different kinds do not add up
    return Report(NAME, TITLE, first, last, names, COLUMNS, rows, None, (chart,))


def _percent(count: int, base: int) -> int | None:
    """A whole per cent, halves rounded up; none of nothing."""
    return (200 * count + base) // (2 * base) if base else None


def midnight(day: date, tz: ZoneInfo) -> datetime:
    """The UTC moment a day of the facility's calendar begins."""
    return from_local(datetime.combine(day, time()), tz)


# -- admission ------------------------------------------------------------------------------


def _admissions(
    session: Session, facility_id: str | None, first: date, last: date, tz: ZoneInfo
) -> Counts:
    """The prisoners admitted on the range's days, and those of them with each gap."""

    def of(gap: ColumnElement[bool]) -> ColumnElement[int]:
        return func.count(case((gap, Prisoner.id)).distinct())

    admitted, injuries, family, rights = session.execute(
        select(
            func.count(Prisoner.id.distinct()),
            of(~Prisoner.injuries_examined),
            of(~has_family_record()),
            of(~Prisoner.rights_explained),
        )
        .select_from(Movement)
        .join(Prisoner, Prisoner.id == Movement.prisoner_id)
        .where(
            Movement.facility_id == facility_id,
            Movement.kind == "admission",
            Movement.occurred_at >= midnight(first, tz),
            Movement.occurred_at < midnight(last + timedelta(days=1), tz),
            ~Prisoner.deleted,
        )
    ).one()
    return {
        "no_injury_examination": (injuries, admitted),
        "no_family_record": (family, admitted),
        "rights_not_explained": (rights, admitted),
    }


# -- the prisoners held on the last day -----------------------------------------------------

MOVES = (*ARRIVALS, *DEPARTURES)


def held_at(facility_id: str | None, moment: datetime) -> Select[tuple[str, datetime | None]]:
    """The prisoners held at ``moment`` (population.py's rule), their ids and admission
    moments: held here now with no arrival or departure since; or with some since, and an
    arrival the latest before."""
    since = exists().where(
        Movement.prisoner_id == Prisoner.id,
        Movement.facility_id == facility_id,
        Movement.kind.in_(MOVES),
        Movement.occurred_at >= moment,
    )
    still = select(Prisoner.id, Prisoner.admitted_at).where(
        Prisoner.facility_id == facility_id,
        Prisoner.status.in_(HELD_NOW),
        ~Prisoner.deleted,
        ~since,
    )
    earlier = aliased(Movement)
    latest = (
        select(earlier.kind)
        .where(
            earlier.prisoner_id == Prisoner.id,
            earlier.facility_id == facility_id,
            earlier.kind.in_(MOVES),
            earlier.occurred_at < moment,
        )
        .order_by(earlier.occurred_at.desc(), earlier.id.desc())
        .limit(1)
        .correlate(Prisoner)
        .scalar_subquery()
    )
    moved = select(Movement.prisoner_id).where(
        Movement.facility_id == facility_id,
        Movement.kind.in_(MOVES),
        Movement.occurred_at >= moment,
    )
    back = select(Prisoner.id, Prisoner.admitted_at).where(
        Prisoner.id.in_(moved), ~Prisoner.deleted, latest.in_(tuple(ARRIVALS))
    )
    return union(still, back)


def _held(
    session: Session, facility_id: str | None, last: date, tz: ZoneInfo, within: int
) -> Counts:
    """The findings among the prisoners held at the end of the last day, counted in SQL by
    what each prisoner's file says (one pass, each fact read once through an index)."""
    ends = midnight(last + timedelta(days=1), tz)
    window = last - timedelta(days=NO_VISIT_DAYS - 1)
    held = held_at(facility_id, ends).subquery()
    prisoner = held.c.id
    stayed = ~exists().where(  # held through the window: no arrival within it
        Movement.prisoner_id == prisoner,
        Movement.facility_id == facility_id,
        Movement.kind.in_(tuple(ARRIVALS)),
        Movement.occurred_at >= midnight(window, tz),
        Movement.occurred_at < ends,
    )
    visited = prisoner.in_(  # the window's visits are read once, not each prisoner's
        select(VisitBooking.prisoner_id).where(
            visits_of(facility_id, window, last),
            VisitBooking.kind.in_(tuple(COUNTED)),
            exists().where(GateEvent.booking_id == VisitBooking.id, GateEvent.action == "check_in"),
        )
    )
    approved = and_(
        Assessment.prisoner_id == prisoner,
        Assessment.facility_id == facility_id,
        Assessment.status == Status.APPROVED,
        ~Assessment.deleted,
        func.coalesce(Assessment.approved_at, Assessment.started_at) < ends,
    )
    review = (  # the latest approved assessment's review date, "" for none set
        select(func.coalesce(type_coerce(Assessment.next_review_on, String), ""))
        .where(approved)
        .order_by(func.coalesce(Assessment.approved_at, Assessment.started_at).desc())
        .limit(1)
        .scalar_subquery()
    )
    plan = (  # the latest plan review's next date
        select(PlanNote.next_review_on)
        .where(
            PlanNote.prisoner_id == prisoner,
            PlanNote.action_id.is_(None),
            PlanNote.written_at < ends,
        )
        .order_by(PlanNote.written_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    facts = (
        select(
            stayed.label("stayed"),
            visited.label("visited"),
            review.label("review"),
            plan.label("plan"),
            # the first assessment was due: admitted ``within`` days or more before the last day
            (held.c.admitted_at < midnight(last - timedelta(days=within - 1), tz)).label("due"),
        )
        .select_from(held)
        .offset(0)  # not merged into the count below: each fact is read once
        .subquery()
    )
    on = last.isoformat()
    review_state = case(
        (facts.c.review.is_(None), "none"),
        (facts.c.review == "", "undated"),
        (facts.c.review < on, "late"),
        else_="ok",
    )
    plan_state = case((facts.c.plan.is_(None), "none"), (facts.c.plan < last, "late"), else_="ok")
    due = func.coalesce(facts.c.due, False)
    keys = (facts.c.stayed, facts.c.visited, due, review_state, plan_state)
    found: Counter[str] = Counter()
    for stayed_, visited_, due_, reviewed, planned, n in session.execute(
        select(*keys, func.count()).group_by(*keys)
    ):
        found["held"] += n
        if stayed_:
            found["stayed"] += n
            found["no_visit"] += 0 if visited_ else n
        if reviewed == "none":
            found["first_late"] += n if due_ else 0
        elif reviewed != "undated":
            found["reviewed"] += n
            found["review_late"] += n if reviewed == "late" else 0
        if planned != "none":
            found["planned"] += n
            found["plan_late"] += n if planned == "late" else 0
    return {
        "no_family_visit": (found["no_visit"], found["stayed"]),
        "first_assessment_overdue": (found["first_late"], found["held"]),
        "review_overdue": (found["review_late"], found["reviewed"]),
        "plan_review_overdue": (found["plan_late"], found["planned"]),
    }


# -- the gate -------------------------------------------------------------------------------


def _left_inside(
    session: Session, facility_id: str | None, first: date, last: date, tz: ZoneInfo
) -> tuple[int, int]:
    """Of the visitors who went in on a visit due to end on these days, those inside at the
    end of that day (their last passage through the gate by then was in); and all of them."""
    overnight = VisitBooking.ends <= VisitBooking.starts  # a long visit ends the next day
    before = first - timedelta(days=1)

    def closes(shift: int) -> ColumnElement[datetime]:
        """The end of the facility day ``shift`` days after the visit's day, in UTC."""
        return case(
            *(
                (
                    VisitBooking.day == day,
                    literal(midnight(day + timedelta(days=shift + 1), tz), UtcDateTime()),
                )
                for day in days(before, last)
            ),
        )

    close = case((overnight, closes(1)), else_=closes(0))
    ending = or_(
        and_(overnight, VisitBooking.day.between(before, last - timedelta(days=1))),
        and_(~overnight, VisitBooking.day.between(first, last)),
    )
    by_close = GateEvent.occurred_at < close
    passages = (
        select(
            func.max(
                case((and_(GateEvent.action == "check_in", by_close), GateEvent.occurred_at))
            ).label("went_in"),
            func.max(
                case((and_(GateEvent.action == "check_out", by_close), GateEvent.occurred_at))
            ).label("came_out"),
        )
        .join(VisitBooking, VisitBooking.id == GateEvent.booking_id)
        .where(visits_of(facility_id, before, last), ending, GateEvent.visitor_id.is_not(None))
        .group_by(GateEvent.booking_id, GateEvent.visitor_id)
        .subquery()
    )
    inside = or_(passages.c.came_out.is_(None), passages.c.came_out < passages.c.went_in)
    left, went_in = session.execute(
        select(func.count(case((inside, 1))), func.count()).where(passages.c.went_in.is_not(None))
    ).one()
    return left, went_in


register(ReportSpec(NAME, TITLE, build))
