"""A workshop's weekly pattern: its sessions, each a weekday and the morning, the afternoon or
the full day. A day's sessions are read from the pattern, not stored: changing the pattern
changes the days ahead (a session added is held from that day, one taken out until that
day, so the registers of the days it was held stay open), and attendance already marked
keeps its own day and part."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from prisondesk.db.models import Workshop, WorkshopSession
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import Part
from prisondesk.services.core.errors import ValidationError

_PART_ORDER = {Part.MORNING.value: 0, Part.AFTERNOON.value: 1, Part.FULL.value: 2}


class WeeklySession(NamedTuple):
    weekday: int  # 0 Monday … 6 Sunday
    part: str  # morning | afternoon | full


def part_order(part: str) -> int:
    """Morning, afternoon, full day: the order a day's sessions are listed in."""
    return _PART_ORDER.get(part, 9)


def session_order(weekly: WeeklySession) -> tuple[int, int]:
    return weekly.weekday, part_order(weekly.part)


def wire_pattern(sessions: set[WeeklySession] | frozenset[WeeklySession]) -> list[list[object]]:
    """The pattern as the audit records it: [weekday, part] pairs in the week's order."""
    return [[s.weekday, s.part] for s in sorted(sessions, key=session_order)]


def held_on(day: date) -> ColumnElement[bool]:
    """A weekly session held on ``day``: of its weekday, and neither added after ``day`` nor
    taken out before it."""
    return and_(
        WorkshopSession.weekday == day.weekday(),
        ~WorkshopSession.deleted,
        or_(WorkshopSession.first_day.is_(None), WorkshopSession.first_day <= day),
        or_(WorkshopSession.last_day.is_(None), WorkshopSession.last_day >= day),
    )


def checked_pattern(given: tuple[WeeklySession, ...]) -> frozenset[WeeklySession]:
    """The sessions of the workshop form: each a weekday and a part, none listed twice, and
    no half-day beside a full day."""
    sessions: list[WeeklySession] = []
    for item in given:
        weekday, part = item if len(item) == 2 else (None, None)
        if type(weekday) is not int or not 0 <= weekday <= 6 or part not in _PART_ORDER:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A session is a day of the week and a morning, afternoon or full day."
                ),
                field="sessions",
            )
        sessions.append(WeeklySession(weekday, Part(part).value))
    if len(set(sessions)) != len(sessions):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The same session is listed twice."), field="sessions"
        )
    full_days = {s.weekday for s in sessions if s.part == Part.FULL}
    if any(s.weekday in full_days and s.part != Part.FULL for s in sessions):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A full-day session takes the whole day: no morning or afternoon session "
                "on the same day.",
            ),
            field="sessions",
        )
    return frozenset(sessions)


def change_pattern(
    session: Session, workshop: Workshop, sessions: frozenset[WeeklySession], today: date
) -> set[WeeklySession]:
    """Make ``sessions`` the workshop's pattern from ``today``; the pattern before. A session
    taken out is held until today, one added from today, and one taken out and put back the
    same day is held as before."""
    pattern = {WeeklySession(s.weekday, s.part): s for s in session_rows(session, workshop.id)}
    for weekly, row in pattern.items():
        if weekly not in sessions:
            row.last_day = today  # held until today: its registers stay open
    ended_today = {
        WeeklySession(s.weekday, s.part): s
        for s in session_rows(session, workshop.id, ended_since=today)
    }
    for weekly in sessions - pattern.keys():
        if weekly in ended_today:  # taken out and put back today: held as before
            ended_today[weekly].last_day = None
        else:
            add_session(session, workshop, weekly, first_day=today)
    return set(pattern)


def add_session(
    session: Session, workshop: Workshop, weekly: WeeklySession, first_day: date | None = None
) -> None:
    session.add(
        WorkshopSession(
            facility_id=workshop.facility_id,
            workshop_id=workshop.id,
            weekday=weekly.weekday,
            part=weekly.part,
            first_day=first_day,
            last_day=None,
            deleted=False,
        )
    )


def session_rows(
    session: Session, workshop_id: str, ended_since: date | None = None
) -> list[WorkshopSession]:
    """The workshop's weekly sessions held now; or, given ``ended_since``, those taken out
    on that day or later."""
    query = select(WorkshopSession).where(
        WorkshopSession.workshop_id == workshop_id, ~WorkshopSession.deleted
    )
    if ended_since is None:
        query = query.where(WorkshopSession.last_day.is_(None))
    else:
        query = query.where(WorkshopSession.last_day >= ended_since)
    return list(session.scalars(query))
