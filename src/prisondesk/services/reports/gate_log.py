"""The gate log for a range of days (issue 19): who came to the gate. Each visit of each day,
one line per visitor: when they went in and came out (the facility's clock), their document,
the prisoner they came to, the kind of visit and how it ended. Visits nobody came to are
listed as the daily gate log lists them ("Did not arrive", "Cancelled"). Totals: the visits,
the visitors listed, how many went in and came out; a chart of the visitors in, day by day.

A visit counts on the day it was booked for, a day of the facility's calendar. A week at a
time, two reads of plain columns through the index of a facility's days: the gate events of
the visits, grouped in SQL into each visitor's first time in and last time out and each
visit's outcome; then the visits with their prisoner and booked visitors. A year is some
150,000 lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, DateTime, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from prisondesk.db.models import BookingVisitor, GateEvent, Prisoner, VisitBooking, Visitor
from prisondesk.domain.names import full_name
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.visits import LOG_LABELS, VisitKind
from prisondesk.runtime import bulk_work
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
from prisondesk.services.reports.visits import CANCELLED, visits_of
from prisondesk.services.visits.bookings import BOOKED
from prisondesk.services.visits.gate_day import NO_SHOW

GATE_LOG = "gate_log"
# the kinds as the gate names them (the same strings, translated once, in the "gate" context)
KIND_LABELS = {
    VisitKind.SHORT: QT_TRANSLATE_NOOP("gate", "Short visit"),
    VisitKind.LONG: QT_TRANSLATE_NOOP("gate", "Long family visit"),
    VisitKind.LAWYER: QT_TRANSLATE_NOOP("gate", "Lawyer visit"),
    VisitKind.OFFICIAL: QT_TRANSLATE_NOOP("gate", "Official visit"),
}
GATE_LOG_TITLE = QT_TRANSLATE_NOOP("reports", "Gate log")
GATE_LOG_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("reports", "Day"), Kind.DATE),
    Column("pass", QT_TRANSLATE_NOOP("reports", "Pass")),
    Column("time_in", QT_TRANSLATE_NOOP("reports", "In")),
    Column("time_out", QT_TRANSLATE_NOOP("reports", "Out")),
    Column("visitor", QT_TRANSLATE_NOOP("reports", "Visitor")),
    Column("document", QT_TRANSLATE_NOOP("reports", "Document")),
    Column("prisoner_number", QT_TRANSLATE_NOOP("reports", "Prisoner no.")),
    Column("prisoner", QT_TRANSLATE_NOOP("reports", "Prisoner")),
    Column("kind", QT_TRANSLATE_NOOP("reports", "Kind of visit")),
    Column("outcome", QT_TRANSLATE_NOOP("reports", "Outcome")),
)
# the kinds and outcomes as cells: the gate's words, translated where they are shown
KIND_CELLS = {code: Label("gate", text) for code, text in KIND_LABELS.items()}
OUTCOME_CELLS = {code: Label("gate", text) for code, text in LOG_LABELS.items()}

Moment = datetime | None  # naive UTC (``_naive``)
Passages = dict[str, dict[str, tuple[Moment, Moment]]]  # visit -> visitor -> (in, out)


@dataclass
class _Ends:
    """How the visits of some days ended, as their gate events tell."""

    last: dict[str, str]  # visit -> the last outcome recorded but "did not arrive"
    unattended: set[str]  # visits recorded as "did not arrive"

    def outcome(self, visit_id: str, anyone_in: bool, booked: bool) -> str:
        """As services/visits/gate.py reads it: "did not arrive", which a desk apart may
        have recorded for a visit another desk let in, only when nobody went in."""
        if visit_id in self.last:
            return self.last[visit_id]
        if visit_id in self.unattended and not anyone_in:
            return NO_SHOW
        return "" if booked else CANCELLED


def build_gate_log(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    facility_id: str | None,
    job: Job,
) -> Report:
    names, tz = facility_of(session, facility_id)
    every = days(first, last)
    connection = session.connection()  # plain rows: a year is some 150,000 lines
    rows: list[tuple[object, ...]] = []
    with bulk_work():  # as many small objects as a sync round: the collector waits longer
        for done, start, end in weeks(first, last):
            job.step(done, len(every))
            passages, ends = _gate_events(connection, facility_id, start, end)
            rows += _lines(connection, facility_id, start, end, passages, ends, tz)
    job.step(len(every), len(every))
    came_in = dict.fromkeys(every, 0)
    for row in rows:
        if row[2]:
            came_in[row[0]] += 1
    visits = len({row[1] for row in rows})
    went_out = sum(1 for row in rows if row[3])
    # under the pass: the visits; under in and out: the visitors who did; under the visitor:
    # the visitors listed
    totals = (None, visits, sum(came_in.values()), went_out, len(rows), *(None,) * 5)
    chart = Chart(
        QT_TRANSLATE_NOOP("reports", "Visitors in per day"),
        "bar",
        tuple(every),
        (Series(QT_TRANSLATE_NOOP("reports", "Visitors in"), tuple(map(float, came_in.values()))),),
    )
    return Report(
        GATE_LOG,
        GATE_LOG_TITLE,
        first,
        last,
        names,
        GATE_LOG_COLUMNS,
        tuple(rows),
        totals,
        (chart,),
    )


def _gate_events(
    connection: Connection, facility_id: str | None, first: date, last: date
) -> tuple[Passages, _Ends]:
    """Each visitor's first time in and last time out, and each visit's outcome, from one
    pass over the gate events of the days' visits (outcomes are the visit's, no visitor's)."""
    ending = and_(GateEvent.action == "outcome", GateEvent.outcome != NO_SHOW)
    passages: Passages = {}
    ends = _Ends({}, set())
    disputed = []  # two desks apart recorded different outcomes: rare
    for (
        visit_id,
        visitor_id,
        went_in,
        came_out,
        outcome,
        outcomes,
        unattended,
    ) in connection.execute(
        select(
            GateEvent.booking_id,
            GateEvent.visitor_id,
            _naive(func.min(case((GateEvent.action == "check_in", GateEvent.occurred_at)))),
            _naive(func.max(case((GateEvent.action == "check_out", GateEvent.occurred_at)))),
            func.max(case((ending, GateEvent.outcome))),
            func.count(case((ending, GateEvent.outcome)).distinct()),
            func.max(case((GateEvent.outcome == NO_SHOW, 1), else_=0)),
        )
        .join(VisitBooking, VisitBooking.id == GateEvent.booking_id)
        .where(visits_of(facility_id, first, last))
        .group_by(GateEvent.booking_id, GateEvent.visitor_id)
    ).all():
        if visitor_id is not None:
            passages.setdefault(visit_id, {})[visitor_id] = (went_in, came_out)
            continue
        if unattended:
            ends.unattended.add(visit_id)
        if outcomes > 1:
            disputed.append(visit_id)
        elif outcome:
            ends.last[visit_id] = outcome
    for start in range(0, len(disputed), 500):
        for visit_id, outcome in connection.execute(
            select(GateEvent.booking_id, GateEvent.outcome)
            .where(GateEvent.booking_id.in_(disputed[start : start + 500]), ending)
            .order_by(GateEvent.occurred_at, GateEvent.hlc)  # the last one recorded wins
        ):
            ends.last[visit_id] = outcome
    return passages, ends


def _naive(moment: ColumnElement[datetime]) -> ColumnElement[datetime]:
    """A stored UTC time read as it is stored, naive: a year holds some 150,000 of them, and
    ``_clock`` sets their zone only to show them."""
    return type_coerce(moment, DateTime())


# a visitor on a visit: name, document, lead, visitor id
Person = tuple[str, str, bool, str]


@dataclass(frozen=True)
class _Visit:
    day: date
    number: str
    kind: str
    booked: bool
    prisoner_number: str
    prisoner: str


def _lines(
    connection: Connection,
    facility_id: str | None,
    first: date,
    last: date,
    passages: Passages,
    ends: _Ends,
    tz: ZoneInfo,
) -> list[tuple[object, ...]]:
    """The days' lines: the visits in the order of the day, one line per visitor of each."""
    visits, people = _visits(connection, facility_id, first, last)
    _add_unlinked(connection, passages, people)
    lines: list[tuple[object, ...]] = []
    for visit_id, visit in visits.items():
        seen = passages.get(visit_id, {})
        anyone_in = any(went_in for went_in, _ in seen.values())
        outcome = ends.outcome(visit_id, anyone_in, visit.booked)
        lines += _visit_lines(visit, people[visit_id], seen, outcome, tz)
    return lines


def _visits(
    connection: Connection, facility_id: str | None, first: date, last: date
) -> tuple[dict[str, _Visit], dict[str, list[Person]]]:
    """The days' visits in the order of the day, and the visitors booked on each."""
    found = connection.execute(
        select(
            VisitBooking.id,
            VisitBooking.day,
            VisitBooking.number,
            VisitBooking.kind,
            VisitBooking.status,
            Prisoner.number,
            Prisoner.surname,
            Prisoner.given_name,
            Prisoner.patronymic,
            BookingVisitor.visitor_id,
            BookingVisitor.lead,
            *_WHO,
        )
        .outerjoin(Prisoner, Prisoner.id == VisitBooking.prisoner_id)
        .outerjoin(
            BookingVisitor,
            and_(BookingVisitor.booking_id == VisitBooking.id, ~BookingVisitor.deleted),
        )
        .outerjoin(Visitor, Visitor.id == BookingVisitor.visitor_id)
        .where(visits_of(facility_id, first, last))
        .order_by(VisitBooking.day, VisitBooking.starts, VisitBooking.number)
    ).all()
    visits: dict[str, _Visit] = {}
    people: dict[str, list[Person]] = {}
    prisoners: dict[str | None, str] = {}  # a prisoner has many visits in a year
    for row in found:
        visit_id, day, number, kind, status, p_number = row[:6]
        named, (visitor_id, lead), who = row[6:9], row[9:11], row[11:]
        if visit_id not in visits:
            if p_number not in prisoners:
                prisoners[p_number] = full_name(*(part or "" for part in named))
            visit = _Visit(day, number, kind, status == BOOKED, p_number or "", prisoners[p_number])
            visits[visit_id], people[visit_id] = visit, []
        if visitor_id is not None:
            people[visit_id].append(_person(visitor_id, lead, *who))
    return visits, people


def _visit_lines(
    visit: _Visit,
    party: list[Person],
    seen: dict[str, tuple[Moment, Moment]],
    outcome: str,
    tz: ZoneInfo,
) -> list[tuple[object, ...]]:
    """A visit's lines, one per visitor: those who went in first, by time, the lead first
    of those who went in together, then those who did not."""
    if len(party) > 1:
        party.sort(key=lambda person: _order(person, seen))
    head = (visit.day, visit.number)
    tail = (
        visit.prisoner_number,
        visit.prisoner,
        KIND_CELLS.get(visit.kind, visit.kind),
        OUTCOME_CELLS.get(outcome, outcome),
    )
    lines = []
    for name, document, _, visitor_id in party:
        went_in, came_out = seen.get(visitor_id, (None, None))
        in_at, out_at = _clock(went_in, visit.day, tz), _clock(came_out, visit.day, tz)
        lines.append((*head, in_at, out_at, name, document, *tail))
    return lines


_WHO = (
    Visitor.surname,
    Visitor.given_name,
    Visitor.patronymic,
    Visitor.document_type,
    Visitor.document_number,
)


def _person(
    visitor_id: str,
    lead: bool,
    surname: str,
    given: str,
    patronymic: str,
    document_type: str,
    document_number: str,
) -> Person:
    document = f"{document_type} {document_number}" if document_type else document_number
    return full_name(surname, given, patronymic), document.strip(), bool(lead), visitor_id


def _order(person: Person, seen: dict[str, tuple[Moment, Moment]]) -> tuple[bool, str, bool, str]:
    went_in = seen.get(person[3], (None, None))[0]
    return went_in is None, f"{went_in}", not person[2], person[0]


def _add_unlinked(
    connection: Connection, passages: Passages, people: dict[str, list[Person]]
) -> None:
    """Visitors let in and taken off the booking since: rare, listed all the same."""
    missing = []
    for visit_id, seen in passages.items():
        party = people.get(visit_id)
        if party is None or (len(seen) == len(party) == 1 and party[0][3] in seen):
            continue  # not a visit of these days; or its one visitor, booked
        linked = {person[3] for person in party}
        missing += [(visit_id, visitor_id) for visitor_id in seen if visitor_id not in linked]
    ids = sorted({visitor_id for _, visitor_id in missing})
    found: dict[str, Person] = {}
    for start in range(0, len(ids), 500):
        for visitor_id, *identity in connection.execute(
            select(Visitor.id, *_WHO).where(Visitor.id.in_(ids[start : start + 500]))
        ):
            found[visitor_id] = _person(visitor_id, False, *identity)
    for visit_id, visitor_id in missing:
        people[visit_id].append(found.get(visitor_id, ("", "", False, visitor_id)))


def _clock(moment: Moment, day: date, tz: ZoneInfo) -> str:
    """A time at the gate on the facility's clock; with its date when not the visit's day
    (a long family visit ends the next day)."""
    if moment is None:
        return ""
    wall = moment.replace(tzinfo=UTC).astimezone(tz)
    if wall.date() == day:
        return f"{wall.hour:02d}:{wall.minute:02d}"
    return f"{wall.day:02d}.{wall.month:02d} {wall.hour:02d}:{wall.minute:02d}"


# visitors by name and document: who reads them is recorded
register(ReportSpec(GATE_LOG, GATE_LOG_TITLE, build_gate_log, sensitive=True))
