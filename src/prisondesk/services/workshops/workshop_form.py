"""The workshop form, as an instructor or a supervisor fills it in, and its checks: a name no
other workshop here has, the enterprise, a capacity, a note, the instructors (accounts of
instructors or supervisors of this facility, enabled), the weekly sessions and a half-day
session's length. Every problem of the form is reported at once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import UserAccount, Workshop
from prisondesk.domain.roles import Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import (
    DEFAULT_SESSION_MINUTES,
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
)
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.workshops.schedule import WeeklySession, checked_pattern

MAX_CAPACITY = 500
INSTRUCTING_ROLES = (Role.INSTRUCTOR, Role.SUPERVISOR)


@dataclass(frozen=True)
class WorkshopEntry:
    """The workshop form: ``instructor_ids`` and ``sessions`` are the whole set (an edit
    replaces them)."""

    name: str
    capacity: int
    enterprise: str = ""
    note: str = ""
    instructor_ids: tuple[str, ...] = ()
    sessions: tuple[WeeklySession, ...] = ()
    session_minutes: int = DEFAULT_SESSION_MINUTES  # a half-day session's length


def checked_workshop(
    session: Session, actor: Actor, entry: WorkshopEntry, own_id: str | None
) -> tuple[dict[str, object], set[str], frozenset[WeeklySession]]:
    """The form's values for the workshop's columns, its instructors and its sessions; the
    workshop's own id, when it is edited, so that it keeps its name."""
    check = Checks()
    name = check(_free_name, session, actor, entry.name, own_id)
    capacity = check(_capacity, entry.capacity)
    enterprise = check(optional_text, entry.enterprise, "enterprise", 200)
    note = check(optional_text, entry.note, "note", 2000)
    instructors = check(_instructors, session, actor, entry.instructor_ids)
    sessions = check(checked_pattern, entry.sessions)
    minutes = check(_session_minutes, entry.session_minutes)
    check.done()
    assert instructors is not None and sessions is not None
    values = {
        "name": name,
        "capacity": capacity,
        "enterprise": enterprise,
        "note": note,
        "session_minutes": minutes,
    }
    return values, instructors, sessions


def _free_name(session: Session, actor: Actor, value: str, own_id: str | None) -> str:
    name = required_text(value, "name", 100)
    others = session.scalars(
        select(Workshop.name).where(
            Workshop.facility_id == actor.facility_id,
            ~Workshop.deleted,
            Workshop.id != (own_id or ""),
        )
    )
    # compared in Python: SQLite's lower() folds only ASCII, and the names are Cyrillic
    if name.casefold() in {other.casefold() for other in others}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is already a workshop called “{name}”."),
            field="name",
            name=name,
        )
    return name


def _capacity(value: int) -> int:
    if type(value) is not int or not 1 <= value <= MAX_CAPACITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A workshop takes from 1 to {n} people."),
            field="capacity",
            n=MAX_CAPACITY,
        )
    return value


def _session_minutes(value: int) -> int:
    if type(value) is not int or not MIN_SESSION_MINUTES <= value <= MAX_SESSION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A half-day session lasts from {least} minutes to {most} hours."
            ),
            field="session_minutes",
            least=MIN_SESSION_MINUTES,
            most=MAX_SESSION_MINUTES // 60,
        )
    return value


def _instructors(session: Session, actor: Actor, user_ids: tuple[str, ...]) -> set[str]:
    chosen = set(user_ids)
    for user_id in chosen:
        user = session.get(UserAccount, user_id)
        if (
            user is None
            or user.deleted
            or not user.active
            or user.facility_id != actor.facility_id
            or user.role not in INSTRUCTING_ROLES
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An instructor is an instructor's or a supervisor's account of this "
                    "facility: choose from the list.",
                ),
                field="instructors",
            )
    return chosen
