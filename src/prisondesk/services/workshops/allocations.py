"""Places in workshops after they are given (``waiting.allocate``): the instructor or the
supervisor ends a place on a day with its reason (a training programme ``completed`` is what
prints its certificate); the register of a session lists the places held that day; the
prisoner's file shows their places. When the prisoner leaves the facility (release, transfer),
:func:`end_for` ends their places today and takes their open entries off the waiting lists,
in the movement's own transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, AttendanceMark, Prisoner, Programme, Workshop
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import EndReason
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.workshops import waiting
from prisondesk.services.workshops.workshops import MANAGING, VIEWING, active_on, workshop_here

# the movement that took the prisoner away (services/intake/movements.py passes its kind as
# "auto:<kind>") -> why their places ended
LEFT_BECAUSE = {"release": EndReason.RELEASED, "transfer_out": EndReason.TRANSFERRED}
REGISTER = (Permission.RECORD_ATTENDANCE, *MANAGING)


class AllocationRefused(Refused):
    """The place cannot be ended so; ``reason`` is a stable code: ``ended``, ``marked``."""


@dataclass(frozen=True)
class AllocationView:
    id: str
    prisoner_id: str
    prisoner_number: str
    prisoner_name: str
    workshop_id: str
    workshop_name: str
    programme_id: str | None
    programme_name: str
    programme_days: int | None
    pay_band: str
    starts_on: date
    ends_on: date | None
    end_reason: str
    end_note: str


def end_allocation(
    db: Database,
    actor: Actor,
    allocation_id: str,
    ends_on: date,
    reason: str,
    note: str = "",
) -> None:
    """End a place on ``ends_on`` (its last day: on or after its start, not after today, nor
    before a day already marked in the register) for an ``EndReason``. Every problem of the
    form is reported at once."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        allocation = _allocation_here(session, actor, allocation_id)
        today = facility_today(session, actor.facility_id)
        if allocation.ends_on is not None:
            raise AllocationRefused(
                "ended",
                QT_TRANSLATE_NOOP("errors", "This place already ended on {day}."),
                day=allocation.ends_on,
            )
        check = Checks()
        day = check(_last_day, allocation, ends_on, today)
        why = check(_end_reason, reason)
        text = check(optional_text, note, "note", 2000)
        check.done()
        assert day is not None and why is not None
        marked = session.scalar(
            select(func.max(AttendanceMark.day)).where(
                AttendanceMark.allocation_id == allocation.id
            )
        )
        if marked is not None and marked > day:
            raise AllocationRefused(
                "marked",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Attendance is already recorded for {marked}: the place ends on that day "
                    "or later.",
                ),
                field="ends_on",
                marked=marked,
            )
        _end(allocation, day, why, text or "")
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "end",
            "workshop_allocation",
            allocation.id,
            after={"ends_on": day.isoformat(), "end_reason": why.value, "end_note": text},
        )


def active_in(db: Database, actor: Actor, workshop_id: str, day: date) -> list[AllocationView]:
    """The places held in a workshop on ``day`` (the people of its register), by name."""
    with db.read() as session:
        verify_any(session, actor, *REGISTER)
        workshop = workshop_here(session, actor, workshop_id)
        rows = _rows(session, Allocation.workshop_id == workshop.id, active_on(day))
        return sorted(rows, key=lambda v: (v.prisoner_name, v.prisoner_number))


def allocations_of(db: Database, actor: Actor, prisoner_id: str) -> list[AllocationView]:
    """A prisoner's places in every workshop, newest first (the file's Workshops tab)."""
    with db.read() as session:
        verify_any(session, actor, *VIEWING, Permission.READ_FILES)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        rows = _rows(session, Allocation.prisoner_id == prisoner.id)
        return sorted(rows, key=lambda v: v.starts_on, reverse=True)


def end_for(session: Session, db: Database, actor: Actor, prisoner_id: str, reason: str) -> int:
    """The departures hook (``services/modules.py``): the prisoner left (``reason`` is
    "auto:release" or "auto:transfer_out"). Their open waiting entries are removed with that
    reason and their places end today, released or transferred; one audit entry says what
    ended. How many records changed."""
    today = facility_today(session, actor.facility_id)
    kind = reason.removeprefix("auto:")
    why = LEFT_BECAUSE.get(kind, EndReason.TRANSFERRED)
    entries = waiting.open_entries(session, prisoner_id)
    for entry in entries:
        waiting.take_off(entry, actor, reason)
    places = session.scalars(
        select(Allocation).where(
            Allocation.prisoner_id == prisoner_id,
            or_(Allocation.ends_on.is_(None), Allocation.ends_on > today),
            ~Allocation.deleted,
        )
    ).all()
    for allocation in places:
        # one that was to begin later ends today too: it is then held on no day at all
        _end(allocation, today, why, "")
    if entries or places:
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "prisoner_left",
            "workshop_place",
            prisoner_id,
            after={
                "reason": reason,
                "waiting_removed": sorted(e.id for e in entries),
                "allocations_ended": sorted(a.id for a in places),
                "ends_on": today.isoformat(),
                "end_reason": why.value,
            },
        )
    return len(entries) + len(places)


# -- helpers ------------------------------------------------------------------------------


def _end(allocation: Allocation, day: date, why: EndReason, note: str) -> None:
    allocation.ends_on = day
    allocation.end_reason = why.value
    allocation.end_note = note


def _allocation_here(session: Session, actor: Actor, allocation_id: str) -> Allocation:
    allocation = session.get(Allocation, allocation_id)
    if allocation is None or allocation.deleted or allocation.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such workshop place here."))
    return allocation


def _last_day(allocation: Allocation, day: date, today: date) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the place's last day."), field="ends_on"
        )
    if day < allocation.starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The place began on {start}: it cannot end before that day."
            ),
            field="ends_on",
            start=allocation.starts_on,
        )
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A place ends today or on a day gone by, not in the future."
            ),
            field="ends_on",
        )
    return day


def _end_reason(value: str) -> EndReason:
    try:
        return EndReason(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose why the place ends."), field="end_reason"
        ) from None


def _rows(session: Session, *where: object) -> list[AllocationView]:
    found = session.execute(
        select(Allocation, Prisoner, Workshop.name, Programme)
        .join(Prisoner, Prisoner.id == Allocation.prisoner_id)
        .join(Workshop, Workshop.id == Allocation.workshop_id)
        .outerjoin(Programme, Programme.id == Allocation.programme_id)
        .where(~Allocation.deleted, *where)  # type: ignore[arg-type]
    ).all()
    return [
        AllocationView(
            a.id,
            p.id,
            p.number,
            name_of(p),
            a.workshop_id,
            workshop_name,
            a.programme_id,
            programme.name if programme else "",
            programme.length_days if programme else None,
            a.pay_band,
            a.starts_on,
            a.ends_on,
            a.end_reason,
            a.end_note,
        )
        for a, p, workshop_name, programme in found
    ]
