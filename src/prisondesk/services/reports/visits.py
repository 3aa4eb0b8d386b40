"""Visits per day by kind (issue 19): every day of the range, the visits held (someone of
the visit went in) of each kind, and those cancelled, not attended, or refused entry at the
gate; a totals row, and a chart of the visits held per day, one series per kind. Also what
the reports from the visits module share (the gate log is ``gate_log.py``).

A visit counts on the day it was booked for, a day of the facility's calendar: a visitor let
in at 23:30 there, or at 05:30 (23:30 UTC the day before), counts on that day. The visits are
read a week at a time through the index of a facility's days, each visit's state decided in
SQL through the index of its gate events, and counted there by day, kind and state."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from prisondesk.db.models import GateEvent, VisitBooking
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core.actor import Actor
from prisondesk.services.reports.days import days, facility_of, weeks
from prisondesk.services.reports.report import (
    Chart,
    Column,
    Job,
    Kind,
    Report,
    ReportSpec,
    Series,
    register,
)
from prisondesk.services.visits.bookings import BOOKED
from prisondesk.services.visits.gate_day import NO_SHOW

VISITS_PER_DAY = "visits_per_day"
CANCELLED = "cancelled"
REFUSED_ENTRY = ("failed_security", "declined_entry")  # they came, and were not let in


def visits_of(facility_id: str | None, first: date, last: date) -> ColumnElement[bool]:
    """A facility's live visits of some days: the (facility, day) index reads them."""
    return and_(
        VisitBooking.facility_id == facility_id,
        VisitBooking.day.between(first, last),
        ~VisitBooking.deleted,
    )


KIND_COLUMNS = {
    VisitKind.SHORT: QT_TRANSLATE_NOOP("reports", "Short visits"),
    VisitKind.LONG: QT_TRANSLATE_NOOP("reports", "Long family visits"),
    VisitKind.LAWYER: QT_TRANSLATE_NOOP("reports", "Lawyer visits"),
    VisitKind.OFFICIAL: QT_TRANSLATE_NOOP("reports", "Official visits"),
}
VISITS_PER_DAY_TITLE = QT_TRANSLATE_NOOP("reports", "Visits per day by kind")
HELD, NOT_YET = "held", "open"
# the states counted beside the kinds held, in their columns' order
NOT_HELD = (CANCELLED, NO_SHOW, "refused")
VISITS_PER_DAY_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("reports", "Day"), Kind.DATE),
    *(Column(kind.value, KIND_COLUMNS[kind], Kind.COUNT) for kind in VisitKind),
    Column("held", QT_TRANSLATE_NOOP("reports", "Visits held"), Kind.COUNT),
    Column(CANCELLED, QT_TRANSLATE_NOOP("reports", "Cancelled"), Kind.COUNT),
    Column(NO_SHOW, QT_TRANSLATE_NOOP("reports", "Did not arrive"), Kind.COUNT),
    Column("refused", QT_TRANSLATE_NOOP("reports", "Refused entry"), Kind.COUNT),
)


def _ended_with(*outcomes: str) -> ColumnElement[bool]:
    return exists().where(
        GateEvent.booking_id == VisitBooking.id,
        GateEvent.action == "outcome",
        GateEvent.outcome.in_(outcomes),
    )


def _state() -> ColumnElement[str]:
    """What became of a visit: held once anyone of it went in, whatever was recorded after."""
    went_in = exists().where(
        GateEvent.booking_id == VisitBooking.id, GateEvent.action == "check_in"
    )
    return case(
        (went_in, HELD),
        (VisitBooking.status != BOOKED, CANCELLED),
        (_ended_with(*REFUSED_ENTRY), "refused"),
        (_ended_with(NO_SHOW), NO_SHOW),
        else_=NOT_YET,
    )


def build_visits_per_day(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, _ = facility_of(session, facility_id)
    every = days(first, last)
    kinds = [kind.value for kind in VisitKind]
    held = {day: dict.fromkeys(kinds, 0) for day in every}
    other = {day: dict.fromkeys(NOT_HELD, 0) for day in every}
    state = _state().label("state")
    for done, start, end in weeks(first, last):
        job.step(done, len(every))
        counted = session.execute(
            select(VisitBooking.day, VisitBooking.kind, state, func.count())
            .where(visits_of(facility_id, start, end))
            .group_by(VisitBooking.day, VisitBooking.kind, state)
        )
        for day, kind, what, n in counted:
            if what == HELD:
                held[day][kind] = held[day].get(kind, 0) + n  # a kind unknown here: in "held"
            elif what in other[day]:
                other[day][what] += n
    job.step(len(every), len(every))
    rows = tuple(
        (
            day,
            *(held[day][kind] for kind in kinds),
            sum(held[day].values()),
            *(other[day][what] for what in NOT_HELD),
        )
        for day in every
    )
    totals = (None, *(sum(row[n] for row in rows) for n in range(1, len(VISITS_PER_DAY_COLUMNS))))
    chart = Chart(
        QT_TRANSLATE_NOOP("reports", "Visits held per day by kind"),
        "bar",
        tuple(every),
        tuple(
            Series(KIND_COLUMNS[kind], tuple(float(held[day][kind.value]) for day in every))
            for kind in VisitKind
        ),
        stacked=True,  # the kinds make up the day's visits held
    )
    return Report(
        VISITS_PER_DAY,
        VISITS_PER_DAY_TITLE,
        first,
        last,
        names,
        VISITS_PER_DAY_COLUMNS,
        rows,
        totals,
        (chart,),
    )


register(ReportSpec(VISITS_PER_DAY, VISITS_PER_DAY_TITLE, build_visits_per_day))
