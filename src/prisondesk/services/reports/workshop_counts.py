"""What the workshop attendance report counts (``workshops.py``), as the supervisor's
attendance rates count it (``services/workshops/attendance_rates.py``), in SQL.

Each workshop's days are read once: the parts of the day its weekly pattern holds each day,
and how many held a place that day (the places counted in SQL by their first and last day).
Then each week's marks, through the index of a workshop's days: a session's current mark is
the one no correction supersedes — most sessions have just one, counted without sorting —
and where desks working apart left two standing, that workshop's day and part is counted
again, each session's mark picked as ``marks.settle`` picks it. A mark by a place not held
that day, or of a session the pattern does not hold, adds a place expected: the rates count
the sessions of the pattern and any session marked besides."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, distinct, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from prisondesk.db.models import Allocation, AttendanceMark, WorkshopSession
from prisondesk.domain.workshops import Outcome
from prisondesk.services.reports.days import days
from prisondesk.services.workshops.attendance_rates import AttendanceRate


@dataclass
class Tally:
    """One workshop's counts over some days (the week's, or the range's)."""

    scheduled: int = 0  # places at the sessions of the pattern
    unscheduled: int = 0  # sessions marked besides
    marked: int = 0
    attended: int = 0
    paid: int = 0

    def add(self, other: Tally) -> None:
        for name in ("scheduled", "unscheduled", "marked", "attended", "paid"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def rate(self, workshop_id: str = "", name: str = "") -> AttendanceRate:
        """As the attendance rates count it: paid absences are the paid marks but present."""
        expected = self.scheduled + self.unscheduled
        return AttendanceRate(
            workshop_id,
            name,
            expected=expected,
            attended=self.attended,
            paid_absences=self.paid - self.attended,
            unpaid_absences=self.marked - self.paid,
            unmarked=expected - self.marked,
        )


@dataclass
class WorkshopDays:
    """A workshop's days up to the last one read: the parts held by its weekly pattern and
    how many held a place, each day; the sessions that count as held."""

    parts: dict[date, frozenset[str]]
    places: dict[date, int]
    held: set[tuple[date, str]] = field(default_factory=set)

    def scheduled(self, day: date, part: str) -> bool:
        return part in self.parts.get(day, ())


def workshop_days(
    session: Session, workshop_ids: list[str], first: date, last: date
) -> dict[str, WorkshopDays]:
    """Each workshop's parts of the day held and places held, day by day from ``first`` to
    ``last``."""
    every = days(first, last) if first <= last else []
    weekly = _weekly_sessions(session, workshop_ids)
    changes = _place_changes(session, workshop_ids, first, last) if every else {}
    found = {}
    for workshop_id in workshop_ids:
        known = WorkshopDays({}, {})
        held, by_weekday, changed = 0, weekly.get(workshop_id, {}), changes.get(workshop_id)
        for day in every:
            held += changed[day] if changed else 0
            known.places[day] = held
            parts = frozenset(
                part
                for part, since, until in by_weekday.get(day.weekday(), ())
                if since <= day <= until
            )
            if parts:
                known.parts[day] = parts
                if held:
                    known.held.update((day, part) for part in parts)
        found[workshop_id] = known
    return found


def _weekly_sessions(
    session: Session, workshop_ids: list[str]
) -> dict[str, dict[int, list[tuple[str, date, date]]]]:
    """Workshop -> weekday -> (part, held from, held until) of its weekly sessions."""
    weekly: dict[str, dict[int, list[tuple[str, date, date]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    if not workshop_ids:
        return weekly
    for workshop_id, weekday, part, since, until in session.execute(
        select(
            WorkshopSession.workshop_id,
            WorkshopSession.weekday,
            WorkshopSession.part,
            WorkshopSession.first_day,
            WorkshopSession.last_day,
        ).where(WorkshopSession.workshop_id.in_(workshop_ids), ~WorkshopSession.deleted)
    ):
        weekly[workshop_id][weekday].append((part, since or date.min, until or date.max))
    return weekly


def _place_changes(
    session: Session, workshop_ids: list[str], first: date, last: date
) -> dict[str, Counter[date]]:
    """Workshop -> day -> places begun (+) and ended the day before (-), counted in SQL by
    their first and last day (those held before ``first`` begin on it)."""
    changes: dict[str, Counter[date]] = defaultdict(Counter)
    if not workshop_ids:
        return changes
    for workshop_id, starts, ends, count in session.execute(
        select(Allocation.workshop_id, Allocation.starts_on, Allocation.ends_on, func.count())
        .where(
            Allocation.workshop_id.in_(workshop_ids),
            ~Allocation.deleted,
            Allocation.starts_on <= last,
            or_(Allocation.ends_on.is_(None), Allocation.ends_on >= first),
        )
        .group_by(Allocation.workshop_id, Allocation.starts_on, Allocation.ends_on)
    ):
        changes[workshop_id][max(starts, first)] += count
        if ends is not None and ends < last:
            changes[workshop_id][ends + timedelta(days=1)] -= count
    return changes


def week_tallies(
    session: Session,
    workshop_ids: list[str],
    known: dict[str, WorkshopDays],
    start: date,
    end: date,
) -> dict[str, Tally]:
    """A week's tally of each workshop: its places at the sessions of its pattern, and its
    current marks counted in SQL by session."""
    tallies = {workshop_id: Tally() for workshop_id in workshop_ids}
    if not workshop_ids:
        return tallies
    for workshop_id, its in known.items():
        tallies[workshop_id].scheduled = sum(
            its.places[day] * len(its.parts.get(day, ())) for day in days(start, end)
        )
    for workshop_id, day, part, *counts in _sessions_marked(session, workshop_ids, start, end):
        tally, its = tallies[workshop_id], known[workshop_id]
        its.held.add((day, part))
        marked, attended, paid, unplaced = counts
        # a session marked besides the pattern, or by a place not held that day
        tally.unscheduled += unplaced if its.scheduled(day, part) else marked
        tally.marked += marked
        tally.attended += attended
        tally.paid += paid
    return tallies


def _sessions_marked(
    session: Session, workshop_ids: list[str], start: date, end: date
) -> list[tuple[str, date, str, int, int, int, int]]:
    """The current marks of the workshops' days, counted by workshop, day and part: how
    many, present, paid, and by places not held that day.

    Most sessions have one mark not superseded by a correction: it is the current one, and
    it is counted without sorting. Where desks working apart left two (more marks left
    standing than places marked), that workshop's day and part is counted again, each
    session's mark picked as ``marks.settle`` picks it."""
    mark = AttendanceMark
    counted = session.execute(
        select(
            mark.workshop_id,
            mark.day,
            mark.part,
            func.count(),
            func.count(distinct(mark.allocation_id)),
            *_counts(mark, _placed(mark, workshop_ids, start, end)),
        )
        .where(mark.workshop_id.in_(workshop_ids), mark.day.between(start, end))
        .where(~_superseded(mark))
        .group_by(mark.workshop_id, mark.day, mark.part)
    ).all()
    found = []
    for workshop_id, day, part, marks, places, *counts in counted:
        if marks > places:  # desks apart left more than one standing
            found.append(_settled(session, workshop_id, day, part))
        else:
            found.append((workshop_id, day, part, marks, *counts))
    return found


def _settled(
    session: Session, workshop_id: str, day: date, part: str
) -> tuple[str, date, str, int, int, int, int]:
    """One workshop's day and part counted by each session's current mark, ranked as
    ``marks.settle`` ranks them: not superseded first, then the latest, then the greatest
    id (a session whose marks all stand superseded is read by its latest)."""
    mark = AttendanceMark
    ranked = (
        select(
            mark.allocation_id,
            mark.workshop_id,
            mark.day,
            mark.outcome,
            mark.paid,
            func.row_number()
            .over(
                partition_by=mark.allocation_id,
                order_by=(
                    case((_superseded(mark), 1), else_=0),
                    mark.marked_at.desc(),
                    mark.id.desc(),
                ),
            )
            .label("rank"),
        )
        .where(mark.workshop_id == workshop_id, mark.day == day, mark.part == part)
        .subquery()
    )
    current = aliased(AttendanceMark, ranked)
    placed = _placed(current, [workshop_id], day, day)
    marks, *counts = session.execute(
        select(func.count(), *_counts(current, placed)).where(ranked.c.rank == 1)
    ).one()
    return workshop_id, day, part, marks, *(n or 0 for n in counts)


def _superseded(mark: type[AttendanceMark]) -> ColumnElement[bool]:
    """A correction supersedes the mark (through the index of what marks supersede)."""
    later = aliased(AttendanceMark)
    return exists().where(later.supersedes == mark.id)


def _counts(mark: type[AttendanceMark], placed: ColumnElement[bool]) -> list[ColumnElement[int]]:
    """Of the marks counted: present, paid, and by places not held that day."""
    return [
        func.sum(case((mark.outcome == Outcome.ATTENDED.value, 1), else_=0)),
        func.sum(case((mark.paid, 1), else_=0)),
        func.sum(case((placed, 0), else_=1)),
    ]


def _placed(
    mark: type[AttendanceMark], workshop_ids: list[str], start: date, end: date
) -> ColumnElement[bool]:
    """The mark's place, in its workshop, was held on its day (``workshops.active_on``).
    The places held all week are read once for the week's marks; the others (begun or
    ended within it) are looked up for each of their marks."""
    all_week = select(Allocation.id, Allocation.workshop_id).where(
        Allocation.workshop_id.in_(workshop_ids),
        Allocation.starts_on <= start,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on >= end),
        ~Allocation.deleted,
    )
    on_the_day = exists().where(
        Allocation.id == mark.allocation_id,
        Allocation.workshop_id == mark.workshop_id,
        Allocation.starts_on <= mark.day,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on >= mark.day),
        ~Allocation.deleted,
    )
    return case(
        (tuple_(mark.allocation_id, mark.workshop_id).in_(all_week), True), else_=on_the_day
    )
