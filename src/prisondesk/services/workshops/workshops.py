"""Workshops and their training programmes, as an instructor or a supervisor sets them up: a
workshop has a name, the enterprise that employs its workers and a capacity; its instructors
(accounts of instructors or supervisors of this facility); its weekly sessions (a weekday and
the morning, the afternoon or the full day); its training programmes, each a number of days
long and followed by work. The instructor's home page is :func:`sessions_on` today: the
sessions of their own workshops, each with how many are allocated.

A day's sessions are read from the weekly pattern, not stored: changing the pattern changes
the days ahead (a session added is held from that day, one taken out until that day, so the
registers of the days it was held stay open), and attendance already marked keeps its own
day and part."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

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
from prisondesk.domain.roles import Permission, Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import (
    DEFAULT_SESSION_MINUTES,
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    Part,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text, required_text

MAX_CAPACITY = 500
MAX_PROGRAMME_DAYS = 366
INSTRUCTING_ROLES = (Role.INSTRUCTOR, Role.SUPERVISOR)
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


class WeeklySession(NamedTuple):
    weekday: int  # 0 Monday … 6 Sunday
    part: str  # morning | afternoon | full


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


@dataclass(frozen=True)
class ProgrammeEntry:
    name: str
    length_days: int
    description: str = ""


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
        values, instructors, sessions = _checked(session, actor, entry, None)
        workshop = Workshop(facility_id=actor.facility_id, deleted=False, **values)
        session.add(workshop)
        session.flush()
        for user_id in instructors:
            _add_instructor(session, workshop, user_id)
        for weekly in sessions:
            _add_session(session, workshop, weekly)
        session.flush()
        after = {**values, "instructors": sorted(instructors), "sessions": _wire(sessions)}
        audit.record(session, db, actor, "create", "workshop", workshop.id, after=after)
        return workshop.id


def edit_workshop(db: Database, actor: Actor, workshop_id: str, entry: WorkshopEntry) -> None:
    """Change a workshop: its name, enterprise, capacity and note, and the whole set of its
    instructors and weekly sessions (those left out are removed). A lower capacity takes no
    one's place away; it only stops new allocations while the workshop is over it."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        workshop = workshop_here(session, actor, workshop_id)
        values, instructors, sessions = _checked(session, actor, entry, workshop.id)
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
        pattern = {WeeklySession(s.weekday, s.part): s for s in _session_rows(session, workshop.id)}
        today = facility_today(session, actor.facility_id)
        for weekly, row in pattern.items():
            if weekly not in sessions:
                row.last_day = today  # held until today: its registers stay open
        ended_today = {
            WeeklySession(s.weekday, s.part): s
            for s in _session_rows(session, workshop.id, ended_since=today)
        }
        for weekly in sessions - pattern.keys():
            if weekly in ended_today:  # taken out and put back today: held as before
                ended_today[weekly].last_day = None
            else:
                _add_session(session, workshop, weekly, first_day=today)
        session.flush()
        old, new = audit.changes(
            {**before, "instructors": sorted(held), "sessions": _wire(set(pattern))},
            {**values, "instructors": sorted(instructors), "sessions": _wire(sessions)},
        )
        audit.record(session, db, actor, "update", "workshop", workshop.id, before=old, after=new)


def add_programme(db: Database, actor: Actor, workshop_id: str, entry: ProgrammeEntry) -> str:
    """A training programme of the workshop; its id."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        workshop = workshop_here(session, actor, workshop_id)
        values = _checked_programme(session, workshop.id, entry, None)
        programme = Programme(
            facility_id=workshop.facility_id, workshop_id=workshop.id, deleted=False, **values
        )
        session.add(programme)
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "workshop_programme",
            programme.id,
            after={"workshop_id": workshop.id, **values},
        )
        return programme.id


def edit_programme(db: Database, actor: Actor, programme_id: str, entry: ProgrammeEntry) -> None:
    """Change a programme's name, length or description (allocations keep following it)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        programme = programme_here(session, actor, programme_id)
        values = _checked_programme(session, programme.workshop_id, entry, programme.id)
        before = {name: getattr(programme, name) for name in values}
        for name, value in values.items():
            if getattr(programme, name) != value:
                setattr(programme, name, value)
        session.flush()
        old, new = audit.changes(before, values)
        audit.record(
            session, db, actor, "update", "workshop_programme", programme.id, before=old, after=new
        )


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
                    (WeeklySession(s.weekday, s.part) for s in _session_rows(session, workshop.id)),
                    key=_session_order,
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
        return sorted(found, key=lambda s: (s.workshop_name, _PART_ORDER.get(s.part, 9)))


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


def programme_here(session: Session, actor: Actor, programme_id: str) -> Programme:
    """A training programme of a workshop of the actor's facility."""
    programme = session.get(Programme, programme_id)
    if programme is None or programme.deleted or programme.facility_id != actor.facility_id:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No such training programme here."), field="programme"
        )
    return programme


def active_on(day: date) -> ColumnElement[bool]:
    """An allocation that holds its place on ``day``: begun, and not ended before it."""
    return and_(
        Allocation.starts_on <= day,
        or_(Allocation.ends_on.is_(None), Allocation.ends_on >= day),
        ~Allocation.deleted,
    )


def held_on(day: date) -> ColumnElement[bool]:
    """A weekly session held on ``day``: of its weekday, and neither added after ``day`` nor
    taken out before it."""
    return and_(
        WorkshopSession.weekday == day.weekday(),
        ~WorkshopSession.deleted,
        or_(WorkshopSession.first_day.is_(None), WorkshopSession.first_day <= day),
        or_(WorkshopSession.last_day.is_(None), WorkshopSession.last_day >= day),
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


# -- checks -------------------------------------------------------------------------------

_PART_ORDER = {Part.MORNING.value: 0, Part.AFTERNOON.value: 1, Part.FULL.value: 2}


def _session_order(weekly: WeeklySession) -> tuple[int, int]:
    return weekly.weekday, _PART_ORDER.get(weekly.part, 9)


def _wire(sessions: set[WeeklySession] | frozenset[WeeklySession]) -> list[list[object]]:
    return [[s.weekday, s.part] for s in sorted(sessions, key=_session_order)]


def _checked(
    session: Session, actor: Actor, entry: WorkshopEntry, own_id: str | None
) -> tuple[dict[str, object], set[str], frozenset[WeeklySession]]:
    check = Checks()
    name = check(_free_name, session, actor, entry.name, own_id)
    capacity = check(_capacity, entry.capacity)
    enterprise = check(optional_text, entry.enterprise, "enterprise", 200)
    note = check(optional_text, entry.note, "note", 2000)
    instructors = check(_instructors, session, actor, entry.instructor_ids)
    sessions = check(_sessions, entry.sessions)
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


def _sessions(given: tuple[WeeklySession, ...]) -> frozenset[WeeklySession]:
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


def _checked_programme(
    session: Session, workshop_id: str, entry: ProgrammeEntry, own_id: str | None
) -> dict[str, object]:
    check = Checks()
    name = check(required_text, entry.name, "name", 200)
    length = check(_length, entry.length_days)
    description = check(optional_text, entry.description, "description", 2000)
    if name is not None:
        others = session.scalars(
            select(Programme.name).where(
                Programme.workshop_id == workshop_id,
                ~Programme.deleted,
                Programme.id != (own_id or ""),
            )
        )
        if name.casefold() in {other.casefold() for other in others}:
            check.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This workshop already has a programme called “{name}”."
                    ),
                    field="name",
                    name=name,
                )
            )
    check.done()
    return {"name": name, "length_days": length, "description": description}


def _length(value: int) -> int:
    if type(value) is not int or not 1 <= value <= MAX_PROGRAMME_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A programme lasts from 1 to {n} days."),
            field="length_days",
            n=MAX_PROGRAMME_DAYS,
        )
    return value


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


def _add_session(
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


def _instructor_rows(session: Session, workshop_id: str) -> list[WorkshopInstructor]:
    return list(
        session.scalars(
            select(WorkshopInstructor).where(
                WorkshopInstructor.workshop_id == workshop_id, ~WorkshopInstructor.deleted
            )
        )
    )


def _session_rows(
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
