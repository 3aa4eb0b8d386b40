"""Steps the workshop tests share: a workshop with its weekly sessions, and a prisoner
allocated to it through the waiting list, as staff do it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, insert, select

from prisondesk.db.engine import Database
from prisondesk.db.models import AttendanceMark, AuditEntry
from prisondesk.domain.ids import new_id
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops import waiting, workshops
from prisondesk.services.workshops.schedule import WeeklySession
from prisondesk.services.workshops.workshop_form import WorkshopEntry

# Monday to Friday, full days
WEEKDAYS: tuple[WeeklySession, ...] = tuple(WeeklySession(day, "full") for day in range(5))


def make_workshop(
    db: Database,
    manager: Actor,
    *,
    name: str = "Кожевенный цех",
    capacity: int = 10,
    enterprise: str = "ГП «Кыргызпромсервис»",
    instructor_ids: Sequence[str] = (),
    sessions: Sequence[WeeklySession | tuple[int, str]] = WEEKDAYS,
    session_minutes: int = 240,
) -> str:
    """A workshop of the manager's facility (an instructor or a supervisor); its id."""
    entry = WorkshopEntry(
        name=name,
        capacity=capacity,
        enterprise=enterprise,
        instructor_ids=tuple(instructor_ids),
        sessions=tuple(WeeklySession(*s) for s in sessions),
        session_minutes=session_minutes,
    )
    return workshops.create_workshop(db, manager, entry)


def allocated(
    db: Database,
    manager: Actor,
    prisoner_id: str,
    *,
    workshop_id: str | None = None,
    starts_on: date | None = None,
    pay_band: str = "A",
    programme_id: str | None = None,
) -> tuple[str, str, str]:
    """Put the prisoner on the workshop's list, approve and allocate them (a new workshop
    with Monday-to-Friday full days when none is given); (workshop_id, allocation_id,
    prisoner_id). ``manager`` holds MANAGE_WORKSHOPS or APPROVE (instructor, supervisor)."""
    if workshop_id is None:
        workshop_id = make_workshop(db, manager)
    entry_id = waiting.add(db, manager, prisoner_id, workshop_id, programme_id=programme_id)
    waiting.decide(db, manager, entry_id, approve=True)
    allocation_id = waiting.allocate(db, manager, entry_id, starts_on=starts_on, pay_band=pay_band)
    return workshop_id, allocation_id, prisoner_id


def entry_of(db: Database, actor: Actor, workshop_id: str, **changes: object) -> WorkshopEntry:
    """The workshop's form as it stands, with ``changes`` made (an edit sends the whole form)."""
    detail = workshops.workshop_detail(db, actor, workshop_id)
    values = {
        "name": detail.name,
        "capacity": detail.capacity,
        "enterprise": detail.enterprise,
        "note": detail.note,
        "instructor_ids": tuple(i.user_id for i in detail.instructors),
        "sessions": detail.sessions,
        "session_minutes": detail.session_minutes,
    }
    return WorkshopEntry(**{**values, **changes})  # type: ignore[arg-type]


def mark_apart(db: Database, mark_id: str, **changes: object) -> str:
    """Another desk, working apart, marked the same session as ``mark_id`` (its own first
    mark, with ``changes``): the id of the mark as it arrives by sync."""
    with db.read() as session:
        row = session.get(AttendanceMark, mark_id)
        assert row is not None
        values = {c: getattr(row, c) for c in AttendanceMark.data_columns()}
    theirs = new_id()
    with db.apply_remote() as session:
        session.execute(
            insert(AttendanceMark).values(
                {**values, "id": theirs, "supersedes": None, "hlc": "remote", **changes}
            )
        )
    return theirs


def today(db: Database, actor: Actor) -> date:
    """The facility's today, as the services judge dates."""
    with db.read() as session:
        return facility_today(session, actor.facility_id)


def audit_count(db: Database) -> int:
    """How many audit entries there are: a write adds one, a refusal none."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
