"""Attendance rates, as a supervisor reads them over some days: per workshop, the sessions
expected of those holding a place (by the weekly pattern in force each day, and any session
marked besides), and how many were attended, excused with pay, missed without, or left
unmarked. The current mark of each session counts (``marks.settle``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, AttendanceMark, Workshop, WorkshopSession
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import Outcome
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops.attendance import READING
from prisondesk.services.workshops.marks import MARK_COLUMNS, settle_all

MAX_RATE_DAYS = 366


@dataclass(frozen=True)
class AttendanceRate:
    workshop_id: str
    workshop_name: str
    expected: int  # sessions of people with a place, up to today
    attended: int
    paid_absences: int
    unpaid_absences: int
    unmarked: int

    @property
    def percent(self) -> int:
        """Attended of expected, in whole per cent (rounded half up); 0 when none expected."""
        return (200 * self.attended + self.expected) // (2 * self.expected) if self.expected else 0


def attendance_rates(
    db: Database, actor: Actor, first_day: date, last_day: date
) -> list[AttendanceRate]:
    """Per workshop over the days given (up to today): the sessions expected of those with a
    place (by the weekly pattern, and any session marked besides), how many were attended,
    excused with pay, missed without, or not marked."""
    if last_day < first_day or (last_day - first_day).days >= MAX_RATE_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose a period of up to a year, its end after its start."
            ),
            field="last_day",
        )
    with db.read() as session:
        verify_any(session, actor, *READING)
        last_day = min(last_day, facility_today(session, actor.facility_id))
        workshops = session.execute(
            select(Workshop.id, Workshop.name)
            .where(Workshop.facility_id == actor.facility_id, ~Workshop.deleted)
            .order_by(Workshop.name)
        ).all()
        return [_rate(session, w.id, w.name, first_day, last_day) for w in workshops]


def _rate(
    session: Session, workshop_id: str, name: str, first_day: date, last_day: date
) -> AttendanceRate:
    weekly: dict[int, list[tuple[str, date, date]]] = defaultdict(list)
    for weekday, part, since, until in session.execute(
        select(
            WorkshopSession.weekday,
            WorkshopSession.part,
            WorkshopSession.first_day,
            WorkshopSession.last_day,
        ).where(WorkshopSession.workshop_id == workshop_id, ~WorkshopSession.deleted)
    ):
        weekly[weekday].append((part, since or date.min, until or date.max))
    places = session.execute(
        select(Allocation.id, Allocation.starts_on, Allocation.ends_on).where(
            Allocation.workshop_id == workshop_id,
            ~Allocation.deleted,
            Allocation.starts_on <= last_day,
        )
    ).all()
    slots: set[tuple[str, date, str]] = set()
    day = first_day
    while day <= last_day:
        for part, since, until in weekly.get(day.weekday(), ()):
            if not since <= day <= until:
                continue
            slots.update(
                (p.id, day, part)
                for p in places
                if p.starts_on <= day and (p.ends_on is None or p.ends_on >= day)
            )
        day += timedelta(days=1)
    marks = session.execute(
        select(*MARK_COLUMNS).where(
            AttendanceMark.workshop_id == workshop_id,
            AttendanceMark.day >= first_day,
            AttendanceMark.day <= last_day,
        )
    ).all()
    settled = settle_all(marks)  # type: ignore[arg-type]
    slots.update(settled)
    outcomes = [s.mark.outcome for s in settled.values()]
    paid = sum(1 for s in settled.values() if s.mark.paid)
    attended = outcomes.count(Outcome.ATTENDED.value)
    return AttendanceRate(
        workshop_id,
        name,
        expected=len(slots),
        attended=attended,
        paid_absences=paid - attended,
        unpaid_absences=len(outcomes) - paid,
        unmarked=len(slots) - len(outcomes),
    )
