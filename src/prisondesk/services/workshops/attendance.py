"""Attendance, as the instructor keeps it: the register of a session is one screen listing
everyone who holds a place that day; a scan of a prisoner's ID card (its barcode is their
number) or a click marks them present, and an absence takes its reason — paid or not as
``OUTCOMES`` says, with a note where the reason needs one. Minutes worked and pieces made
are recorded with the mark.

Marks are events: a mistake is put right by a correction, a new mark that supersedes the
old one, and both show in the session's history. The current mark of a prisoner's session
is the one no other supersedes; should desks working apart have left two that disagree,
the latest (then the greater id) counts, every desk picking the same (``marks.settle``),
and the register flags the clash until someone corrects it.

Refused, with nothing written: a second mark for a session without a correction, a card
no prisoner here holds, a correction of a mark already corrected; and whatever
``mark_checks`` refuses (no place that day, not held here, a day to come, no such session,
a pay period run, values out of bounds)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, AttendanceMark, Prisoner
from prisondesk.domain.keyboard import typed_code
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import Outcome, worked_minutes
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.users import full_names
from prisondesk.services.workshops.mark_checks import (
    AttendanceRefused,
    allocation_here,
    checked_day,
    checked_mark,
    checked_part,
    not_allocated,
    verify_held,
    verify_markable,
    verify_scheduled,
)
from prisondesk.services.workshops.marks import settle, settle_all
from prisondesk.services.workshops.waiting_checks import HELD_HERE
from prisondesk.services.workshops.workshops import active_on, workshop_here

READING = (Permission.RECORD_ATTENDANCE, Permission.MANAGE_WORKSHOPS, Permission.APPROVE)


@dataclass(frozen=True)
class MarkView:
    id: str
    allocation_id: str
    prisoner_id: str
    workshop_id: str
    day: date
    part: str
    outcome: str
    paid: bool
    minutes: int
    pieces: int
    note: str
    supersedes: str | None
    marked_by: str  # the user's full name
    marked_at: datetime
    current: bool  # the mark that counts for the session
    clash: bool  # desks working apart left marks that disagree: correct it


@dataclass(frozen=True)
class RegisterRow:
    allocation_id: str
    prisoner_id: str
    number: str
    name: str
    pay_band: str
    held_here: bool  # may be marked (released or transferred: shown, not marked)
    mark: MarkView | None  # the current mark, or None: not marked yet
    clash: bool


@dataclass(frozen=True)
class Register:
    workshop_id: str
    workshop_name: str
    day: date
    part: str
    open: bool  # the day has come: marks may be recorded
    rows: tuple[RegisterRow, ...]  # by name
    minutes: int  # the session's length: what "present" records as worked


# -- the register ---------------------------------------------------------------------------


def register(db: Database, actor: Actor, workshop_id: str, day: date, part: str) -> Register:
    """The register of a session: everyone whose place is active that day, by name, with
    their current mark (or none yet)."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        workshop = workshop_here(session, actor, workshop_id)
        day, part = checked_day(day), checked_part(part)
        verify_scheduled(session, workshop, day, part)
        rows = session.execute(
            select(Allocation, Prisoner)
            .join(Prisoner, Prisoner.id == Allocation.prisoner_id)
            .where(Allocation.workshop_id == workshop.id, active_on(day))
        ).all()
        marks = _marks(session, [a.id for a, _ in rows], day, part)
        settled = settle_all(marks)
        users = full_names(session, (m.marked_by for m in marks))
        register_rows = []
        for allocation, prisoner in rows:
            found = settled.get((allocation.id, day, part))
            register_rows.append(
                RegisterRow(
                    allocation.id,
                    prisoner.id,
                    prisoner.number,
                    name_of(prisoner),
                    allocation.pay_band,
                    prisoner.status in HELD_HERE,
                    _view(found.mark, users, True, found.clash) if found else None,  # type: ignore[arg-type]
                    found.clash if found else False,
                )
            )
        register_rows.sort(key=lambda r: (r.name.casefold(), r.number))
        today = facility_today(session, actor.facility_id)
        return Register(
            workshop.id,
            workshop.name,
            day,
            part,
            day <= today,
            tuple(register_rows),
            worked_minutes(part, workshop.session_minutes),
        )


def mark(
    db: Database,
    actor: Actor,
    allocation_id: str,
    day: date,
    part: str,
    outcome: str,
    minutes: int = 0,
    pieces: int = 0,
    note: str = "",
) -> MarkView:
    """Mark a prisoner's session: present, or absent with a reason (its note when the reason
    needs one), with the minutes worked and pieces made."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        allocation = allocation_here(session, actor, allocation_id)
        values = checked_mark(day, part, outcome, minutes, pieces, note)
        prisoner = verify_markable(session, actor, allocation, day, values["part"])
        _not_marked(session, allocation, prisoner, day, values["part"])
        return _record(session, db, actor, allocation, day, values, None, "create")


def mark_scanned(
    db: Database, actor: Actor, workshop_id: str, day: date, part: str, scanned_number: str
) -> MarkView:
    """Mark present the prisoner whose ID card was scanned (its barcode is the prisoner's
    number), whatever keyboard layout the desk had on, as having worked the whole session."""
    number = typed_code(scanned_number.strip()).upper()
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        workshop = workshop_here(session, actor, workshop_id)
        values = checked_mark(day, part, Outcome.ATTENDED.value, 0, 0, "")
        values["minutes"] = worked_minutes(values["part"], workshop.session_minutes)
        prisoner = session.scalar(
            select(Prisoner).where(
                Prisoner.facility_id == actor.facility_id,
                func.upper(Prisoner.number) == number,
                ~Prisoner.deleted,
            )
        )
        if prisoner is None or not number:
            raise AttendanceRefused(
                "unknown_card",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No prisoner here has this number. Scan the ID card again, or mark them "
                    "on the list.",
                ),
                field="scan",
            )
        allocation = session.scalars(
            select(Allocation)
            .where(
                Allocation.prisoner_id == prisoner.id,
                Allocation.workshop_id == workshop.id,
                active_on(day),
            )
            .order_by(Allocation.starts_on.desc())
            .limit(1)
        ).first()
        if allocation is None:
            verify_held(prisoner)
            raise not_allocated(prisoner, workshop, day)
        verify_markable(session, actor, allocation, day, values["part"])
        _not_marked(session, allocation, prisoner, day, values["part"])
        return _record(session, db, actor, allocation, day, values, None, "create")


def correct(
    db: Database,
    actor: Actor,
    mark_id: str,
    outcome: str,
    minutes: int = 0,
    pieces: int = 0,
    note: str = "",
) -> MarkView:
    """Put a mark right: a new mark that supersedes it (the old one stays in the history).
    A clash left by desks working apart is settled too: each mark left standing beside the
    one corrected is superseded by the same correction."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.RECORD_ATTENDANCE)
        old = session.get(AttendanceMark, mark_id)
        if old is None or old.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such attendance mark here."))
        allocation = allocation_here(session, actor, old.allocation_id)
        values = checked_mark(old.day, old.part, outcome, minutes, pieces, note)
        verify_markable(session, actor, allocation, old.day, old.part)
        marks = _marks(session, [allocation.id], old.day, old.part)
        superseded = {m.supersedes for m in marks if m.supersedes}
        if old.id in superseded:
            raise AttendanceRefused(
                "corrected",
                QT_TRANSLATE_NOOP(
                    "errors", "This mark has been corrected already: correct the current one."
                ),
            )
        standing = [m for m in marks if m.id not in superseded and m.id != old.id]
        view = _record(session, db, actor, allocation, old.day, values, old.id, "correct")
        for other in standing:
            _record(session, db, actor, allocation, old.day, values, other.id, "correct")
        return view


def history(db: Database, actor: Actor, allocation_id: str, day: date, part: str) -> list[MarkView]:
    """Every mark of a prisoner's session, oldest first: the first, its corrections, and
    which counts now."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        allocation = allocation_here(session, actor, allocation_id)
        marks = _marks(session, [allocation.id], day, part)
        settled = settle(marks)
        users = full_names(session, (m.marked_by for m in marks))
        clash = settled.clash if settled else False
        chosen = settled.mark.id if settled else None
        ordered = sorted(marks, key=lambda m: (m.marked_at, m.id))
        return [_view(m, users, m.id == chosen, clash) for m in ordered]


# -- checks ---------------------------------------------------------------------------------


def _not_marked(
    session: Session, allocation: Allocation, prisoner: Prisoner, day: date, part: str
) -> None:
    if _marks(session, [allocation.id], day, part):
        raise AttendanceRefused(
            "marked",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is already marked for this session: correct the mark to change it.",
            ),
            field="prisoner",
            name=name_of(prisoner),
        )


# -- rows -----------------------------------------------------------------------------------


def _record(
    session: Session,
    db: Database,
    actor: Actor,
    allocation: Allocation,
    day: date,
    values: dict[str, object],
    supersedes: str | None,
    action: str,
) -> MarkView:
    row = AttendanceMark(
        facility_id=allocation.facility_id,
        workshop_id=allocation.workshop_id,
        allocation_id=allocation.id,
        prisoner_id=allocation.prisoner_id,
        day=day,
        supersedes=supersedes,
        marked_by=actor.user_id,
        marked_at=utc_now(),
        **values,
    )
    session.add(row)
    session.flush()
    after = {
        "allocation_id": allocation.id,
        "prisoner_id": allocation.prisoner_id,
        "day": day.isoformat(),
        **values,
        "supersedes": supersedes,
    }
    audit.record(session, db, actor, action, "attendance_mark", row.id, after=after)
    return _view(row, {actor.user_id: actor.full_name}, True, False)


def _marks(
    session: Session, allocation_ids: list[str], day: date, part: str
) -> list[AttendanceMark]:
    if not allocation_ids:
        return []
    return list(
        session.scalars(
            select(AttendanceMark).where(
                AttendanceMark.allocation_id.in_(allocation_ids),
                AttendanceMark.day == day,
                AttendanceMark.part == part,
            )
        )
    )


def _view(m: AttendanceMark, users: dict[str, str], current: bool, clash: bool) -> MarkView:
    return MarkView(
        m.id,
        m.allocation_id,
        m.prisoner_id,
        m.workshop_id,
        m.day,
        m.part,
        m.outcome,
        m.paid,
        m.minutes,
        m.pieces,
        m.note,
        m.supersedes,
        users.get(m.marked_by or "", ""),
        m.marked_at,
        current,
        clash,
    )
