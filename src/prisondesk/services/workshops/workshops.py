"""Workshops, as an instructor or a supervisor sets them up: a workshop has a name, the
enterprise that employs its workers and a capacity; its instructors (accounts of instructors
or supervisors of this facility); its weekly sessions (``schedule``); its training
programmes (``programmes``). The form and its checks are ``workshop_form``'s. The
instructor's home page is :func:`sessions_on` today: the sessions of their own workshops,
each with how many are allocated."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Allocation,
    Programme,
    UserAccount,
    Workshop,
    WorkshopInstructor,
    WorkshopSession,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.facility import facility_today
from prisondesk.services.workshops.schedule import (
    WeeklySession,
    add_session,
    change_pattern,
    held_on,
    part_order,
    session_order,
    session_rows,
    wire_pattern,
)
from prisondesk.services.workshops.workshop_form import (
    INSTRUCTING_ROLES,
    WorkshopEntry,
    checked_workshop,
)

# who sets workshops up and runs their lists (the shared matrix's writers of these tables)
MANAGING = (Permission.MANAGE_WORKSHOPS, Permission.APPROVE)
# who may look at workshops: those who run them or mark their registers, and the social
# workers who propose places
VIEWING = (
    Permission.MANAGE_WORKSHOPS,
    Permission.APPROVE,
    Permission.RECORD_ATTENDANCE,
    Permission.EDIT_ASSESSMENTS,
    Permission.VIEW_ASSESSMENTS,
)


@dataclass(frozen=True)
class InstructorView:
    user_id: str
    full_name: str


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    name: str
    length_days: int
    description: str


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    name: str
    enterprise: str
    capacity: int
    allocated: int  # active today
    instructors: tuple[str, ...]  # full names


@dataclass(frozen=True)
class WorkshopDetail:
    id: str
    name: str
    enterprise: str
    capacity: int
    note: str
    allocated: int  # active today
    instructors: tuple[InstructorView, ...]
    sessions: tuple[WeeklySession, ...]  # by weekday, then morning, afternoon, full
    programmes: tuple[ProgrammeView, ...]
    session_minutes: int  # a half-day session's length


@dataclass(frozen=True)
class DaySession:
    """One session of a day: the instructor's home page lists these."""

    workshop_id: str
    workshop_name: str
    day: date
    part: str
    allocated: int
    capacity: int


# -- writes -------------------------------------------------------------------------------


def create_workshop(db: Database, actor: Actor, entry: WorkshopEntry) -> str:
    """A new workshop with its instructors and weekly sessions; its id. Every problem of the
    form is reported at once."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        values, instructors, sessions = checked_workshop(session, actor, entry, None)
        workshop = Workshop(facility_id=actor.facility_id, deleted=False, **values)
        session.add(workshop)
        session.flush()
        for user_id in instructors:
            _add_instructor(session, workshop, user_id)
        for weekly in sessions:
            add_session(session, workshop, weekly)
        session.flush()
        after = {**values, "instructors": sorted(instructors), "sessions": wire_pattern(sessions)}
        audit.record(session, db, actor, "create", "workshop", workshop.id, after=after)
        return workshop.id


def edit_workshop(db: Database, actor: Actor, workshop_id: str, entry: WorkshopEntry) -> None:
    """Change a workshop: its name, enterprise, capacity and note, and the whole set of its
    instructors and weekly sessions (those left out are removed). A lower capacity takes no
    one's place away; it only stops new allocations while the workshop is over it."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        workshop = workshop_here(session, actor, workshop_id)
        values, instructors, sessions = checked_workshop(session, actor, entry, workshop.id)
        before = {name: getattr(workshop, name) for name in values}
        for name, value in values.items():
            if getattr(workshop, name) != value:
                setattr(workshop, name, value)
        held = {i.user_id: i for i in _instructor_rows(session, workshop.id)}
        for user_id, row in held.items():
            if user_id not in instructors:
                row.deleted = True
        for user_id in instructors - held.keys():
            _add_instructor(session, workshop, user_id)
        today = facility_today(session, actor.facility_id)
        pattern = change_pattern(session, workshop, sessions, today)
        session.flush()
        old, new = audit.changes(
            {**before, "instructors": sorted(held), "sessions": wire_pattern(pattern)},
            {**values, "instructors": sorted(instructors), "sessions": wire_pattern(sessions)},
        )
        audit.record(session, db, actor, "update", "workshop", workshop.id, before=old, after=new)


# -- views --------------------------------------------------------------------------------


def list_workshops(db: Database, actor: Actor) -> list[WorkshopSummary]:
    """The facility's workshops by name, with how many hold a place today."""
    with db.read() as session:
        verify_any(session, actor, *VIEWING)
        workshops = session.scalars(
            select(Workshop)
            .where(Workshop.facility_id == actor.facility_id, ~Workshop.deleted)
            .order_by(Workshop.name)
        ).all()
        ids = [w.id for w in workshops]
        counts = active_counts(session, ids, facility_today(session, actor.facility_id))
        names = _instructor_names(session, ids)
        return [
            WorkshopSummary(
                w.id,
                w.name,
                w.enterprise,
                w.capacity,
                counts.get(w.id, 0),
                tuple(v.full_name for v in names.get(w.id, ())),
            )
            for w in workshops
        ]


def workshop_detail(db: Database, actor: Actor, workshop_id: str) -> WorkshopDetail:
    """A workshop with its instructors, weekly sessions, programmes and places taken today."""
    with db.read() as session:
        verify_any(session, actor, *VIEWING)
        workshop = workshop_here(session, actor, workshop_id)
        today = facility_today(session, actor.facility_id)
        programmes = session.scalars(
            select(Programme)
            .where(Programme.workshop_id == workshop.id, ~Programme.deleted)
            .order_by(Programme.name)
        )
        return WorkshopDetail(
            workshop.id,
            workshop.name,
            workshop.enterprise,
            workshop.capacity,
            workshop.note,
            active_counts(session, [workshop.id], today).get(workshop.id, 0),
            tuple(_instructor_names(session, [workshop.id]).get(workshop.id, ())),
            tuple(
                sorted(
                    (WeeklySession(s.weekday, s.part) for s in session_rows(session, workshop.id)),
                    key=session_order,
                )
            ),
            tuple(ProgrammeView(p.id, p.name, p.length_days, p.description) for p in programmes),
            workshop.session_minutes,
        )


def sessions_on(db: Database, actor: Actor, day: date) -> list[DaySession]:
    """The sessions of ``day`` by the weekly pattern: of the workshops the actor instructs, or
    of every workshop for those who approve (supervisors); by workshop name, then morning,
    afternoon, full day."""
    with db.read() as session:
        verify_any(session, actor, Permission.RECORD_ATTENDANCE, *MANAGING)
        query = (
            select(Workshop, WorkshopSession.part)
            .join(WorkshopSession, WorkshopSession.workshop_id == Workshop.id)
            .where(
                Workshop.facility_id == actor.facility_id,
                ~Workshop.deleted,
                held_on(day),
            )
        )
        if not actor.can(Permission.APPROVE):
            query = query.where(
                Workshop.id.in_(
                    select(WorkshopInstructor.workshop_id).where(
                        WorkshopInstructor.user_id == actor.user_id, ~WorkshopInstructor.deleted
                    )
                )
            )
        rows = session.execute(query).all()
        counts = active_counts(session, list({w.id for w, _ in rows}), day)
        found = [
            DaySession(w.id, w.name, day, part, counts.get(w.id, 0), w.capacity) for w, part in rows
        ]
        return sorted(found, key=lambda s: (s.workshop_name, part_order(s.part)))


def instructors_available(db: Database, actor: Actor) -> list[InstructorView]:
    """The accounts that may instruct a workshop: instructors and supervisors of this
    facility, enabled, by name (for the workshop form)."""
    with db.read() as session:
        verify_any(session, actor, *MANAGING)
        users = session.scalars(
            select(UserAccount)
            .where(
                UserAccount.facility_id == actor.facility_id,
                UserAccount.role.in_([r.value for r in INSTRUCTING_ROLES]),
                UserAccount.active,
                ~UserAccount.deleted,
            )
            .order_by(UserAccount.full_name)
        )
        return [InstructorView(u.id, u.full_name) for u in users]


# -- helpers shared by the waiting list and allocations -------------------------------------


def workshop_here(session: Session, actor: Actor, workshop_id: str) -> Workshop:
    """A workshop of the actor's facility."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted or workshop.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such workshop here."), field="workshop")
    return workshop


def active_on(day: date) -> ColumnElement[bool]:
    """An allocation that holds its place on ``day``: begun, and not ended before it."""
    return and_(
        Allocation.starts_on <= day,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on >= day),
        ~Allocation.deleted,
    )


def active_counts(session: Session, workshop_ids: list[str], day: date) -> dict[str, int]:
    """How many hold a place in each workshop on ``day``."""
    if not workshop_ids:
        return {}
    rows = session.execute(
        select(Allocation.workshop_id, func.count())
        .where(Allocation.workshop_id.in_(workshop_ids), active_on(day))
        .group_by(Allocation.workshop_id)
    )
    return {workshop_id: count for workshop_id, count in rows}


# -- rows ---------------------------------------------------------------------------------


def _add_instructor(session: Session, workshop: Workshop, user_id: str) -> None:
    session.add(
        WorkshopInstructor(
            facility_id=workshop.facility_id,
            workshop_id=workshop.id,
            user_id=user_id,
            deleted=False,
        )
    )


def _instructor_rows(session: Session, workshop_id: str) -> list[WorkshopInstructor]:
    return list(
        session.scalars(
            select(WorkshopInstructor).where(
                WorkshopInstructor.workshop_id == workshop_id, ~WorkshopInstructor.deleted
            )
        )
    )


def _instructor_names(session: Session, workshop_ids: list[str]) -> dict[str, list[InstructorView]]:
    if not workshop_ids:
        return {}
    rows = session.execute(
        select(WorkshopInstructor.workshop_id, UserAccount.id, UserAccount.full_name)
        .join(UserAccount, UserAccount.id == WorkshopInstructor.user_id)
        .where(WorkshopInstructor.workshop_id.in_(workshop_ids), ~WorkshopInstructor.deleted)
        .order_by(UserAccount.full_name)
    )
    found: dict[str, list[InstructorView]] = defaultdict(list)
    for workshop_id, user_id, full_name in rows:
        found[workshop_id].append(InstructorView(user_id, full_name))
    return found
