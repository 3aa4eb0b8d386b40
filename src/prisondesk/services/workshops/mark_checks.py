"""What an attendance mark must pass before it is written, and the refusal it meets.

Refused, with nothing written: a prisoner without a place in the workshop that day, or no
longer held here; a day after the facility's today, or a session the workshop does not hold
on that weekday; a day whose pay period has already been run; minutes or pieces out of
bounds; an unknown reason, or a reason that needs a note without one. (The register refuses
a second mark for a session without a correction itself.)"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import Allocation, Prisoner, Workshop, WorkshopSession
from prisondesk.domain.names import name_of
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import (
    MAX_MINUTES,
    MAX_PIECES,
    OUTCOMES,
    Outcome,
    Part,
    PeriodStatus,
)
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text
from prisondesk.services.workshops.periods import run_period_covering
from prisondesk.services.workshops.schedule import held_on
from prisondesk.services.workshops.waiting_checks import HELD_HERE
from prisondesk.services.workshops.workshops import workshop_here

MAX_NOTE = 2000


class AttendanceRefused(Refused):
    """A mark that cannot be made; ``reason`` is a stable code: ``not_allocated``,
    ``not_held``, ``marked``, ``future``, ``no_session``, ``period_run``, ``unknown_card``,
    ``corrected``."""


def checked_mark(
    day: date, part: str, outcome: str, minutes: int, pieces: int, note: str
) -> dict[str, object]:
    """The form's values, every problem reported at once."""
    check = Checks()
    check(checked_day, day)
    chosen_part = check(checked_part, part)
    rule = check(_outcome, outcome)
    checked_minutes = check(_count, minutes, "minutes", MAX_MINUTES)
    checked_pieces = check(_count, pieces, "pieces", MAX_PIECES)
    text = check(optional_text, note, "note", MAX_NOTE)
    if rule is not None and text is not None and OUTCOMES[rule].needs_note and not text:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reason needs a note: say what happened."),
                field="note",
            )
        )
    if rule is not None and rule != Outcome.ATTENDED and checked_pieces:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An absence makes no pieces."), field="pieces"
            )
        )
    if rule is not None and not OUTCOMES[rule].paid and checked_minutes:
        check.fail(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "An unpaid absence has no minutes worked."),
                field="minutes",
            )
        )
    check.done()
    assert rule is not None
    return {
        "part": chosen_part,
        "outcome": rule.value,
        "paid": OUTCOMES[rule].paid,
        "minutes": checked_minutes,
        "pieces": checked_pieces,
        "note": text,
    }


def checked_day(value: date) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the day."), field="day")
    return value


def checked_part(value: str) -> str:
    try:
        return Part(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the morning, the afternoon or the full day."),
            field="part",
        ) from None


def _outcome(value: str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose present, or a reason from the list."),
            field="outcome",
        ) from None


def _count(value: int, field: str, most: int) -> int:
    if type(value) is not int or not 0 <= value <= most:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A whole number from 0 to {n}."), field=field, n=most
        )
    return value


def allocation_here(session: Session, actor: Actor, allocation_id: str) -> Allocation:
    """A workshop place of the actor's facility."""
    allocation = session.get(Allocation, allocation_id)
    if allocation is None or allocation.deleted or allocation.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such workshop place here."))
    return allocation


def verify_markable(
    session: Session, actor: Actor, allocation: Allocation, day: date, part: str
) -> Prisoner:
    """The session may be marked for this place: the day has come, the workshop holds the
    session that weekday, its pay period is not run, the place is active and the prisoner
    held here."""
    workshop = workshop_here(session, actor, allocation.workshop_id)
    prisoner = session.get(Prisoner, allocation.prisoner_id)
    assert prisoner is not None
    today = facility_today(session, actor.facility_id)
    if day > today:
        raise AttendanceRefused(
            "future",
            QT_TRANSLATE_NOOP("errors", "{day} has not come yet: mark a session once it is held."),
            field="day",
            day=day,
        )
    verify_scheduled(session, workshop, day, part)
    period = run_period_covering(session, actor.facility_id, day, day)
    if period is not None:
        raise AttendanceRefused(
            "period_run",
            QT_TRANSLATE_NOOP(
                "errors",
                "The pay period {first} – {last} has been computed: a supervisor discards it "
                "before its attendance changes, then runs it again.",
            )
            if period.status == PeriodStatus.COMPUTED
            else QT_TRANSLATE_NOOP(
                "errors",
                "The pay period {first} – {last} has been approved: its attendance can no "
                "longer change.",
            ),
            field="day",
            first=period.first_day,
            last=period.last_day,
        )
    verify_held(prisoner)
    if not (
        allocation.starts_on <= day and (allocation.ends_on is None or allocation.ends_on >= day)
    ):
        raise not_allocated(prisoner, workshop, day)
    return prisoner


def verify_held(prisoner: Prisoner) -> None:
    """The prisoner is held here: one released or transferred is marked no more."""
    if prisoner.status not in HELD_HERE:
        raise AttendanceRefused(
            "not_held",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is no longer held here (released or transferred): no attendance can "
                "be marked.",
            ),
            field="prisoner",
            name=name_of(prisoner),
        )


def verify_scheduled(session: Session, workshop: Workshop, day: date, part: str) -> None:
    """The workshop holds this session on ``day`` by its weekly pattern."""
    held = session.scalar(
        select(WorkshopSession.id).where(
            WorkshopSession.workshop_id == workshop.id, WorkshopSession.part == part, held_on(day)
        )
    )
    if held is None:
        raise AttendanceRefused(
            "no_session",
            QT_TRANSLATE_NOOP(
                "errors", "{workshop} holds no such session on {day}: check the day and part."
            ),
            field="part",
            workshop=workshop.name,
            day=day,
        )


def not_allocated(prisoner: Prisoner, workshop: Workshop, day: date) -> AttendanceRefused:
    """The refusal of a mark for someone without a place in the workshop that day."""
    return AttendanceRefused(
        "not_allocated",
        QT_TRANSLATE_NOOP("errors", "{name} ({number}) has no place in {workshop} on {day}."),
        field="prisoner",
        name=name_of(prisoner),
        number=prisoner.number,
        workshop=workshop.name,
        day=day,
    )
