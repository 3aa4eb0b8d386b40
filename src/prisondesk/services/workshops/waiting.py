"""A workshop's waiting list, as staff work it: an instructor or a supervisor puts a prisoner
held here on the list (or a social worker, for a place the rehabilitation plan proposes); the
entry is approved or declined with a reason; an approved entry is allocated a place when the
workshop has room, which starts the prisoner's ``Allocation``. The prisoner may withdraw, and
staff may take an entry off the list with a reason; when the prisoner leaves the facility
their open entries are removed by themselves (``allocations.end_for``).

An entry moves only along ``WAITING_MOVES`` (pending → approved or declined → allocated, or
removed or withdrawn); a prisoner has at most one open (pending or approved) entry per
workshop. Each refusal says why and writes nothing (``waiting_checks`` holds the checks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, Prisoner, Programme, WaitingEntry, Workshop
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import WaitingStatus
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.proposals import Offered
from prisondesk.services.core.validate import Checks, optional_text
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.workshops.waiting_checks import (
    OPEN,
    WaitingRefused,
    checked_band,
    checked_reason,
    checked_source,
    checked_start,
    prisoner_held_here,
    programme_chosen,
    verify_move,
    verify_no_place,
    verify_not_waiting,
    why_declined,
    workshop_chosen,
)
from prisondesk.services.workshops.workshops import MANAGING, VIEWING, active_counts, workshop_here

# who may put a prisoner on a list: those who run workshops, and social workers for a plan
ADDING = (*MANAGING, Permission.EDIT_ASSESSMENTS)


@dataclass(frozen=True)
class WaitingView:
    id: str
    prisoner_id: str
    prisoner_number: str
    prisoner_name: str
    workshop_id: str
    workshop_name: str
    programme_id: str | None
    programme_name: str
    status: str
    source: str
    requested_at: datetime
    decided_at: datetime | None
    reason: str
    allocation_id: str | None


# -- writes -------------------------------------------------------------------------------


def add(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    workshop_id: str,
    *,
    programme_id: str | None = None,
    source: str = "staff",
    note: str = "",
) -> str:
    """Put a prisoner held here on a workshop's list (pending), for one of its programmes or
    for work; the entry's id. ``source`` is "staff", or "assessment" for a place proposed by
    the rehabilitation plan. The form's problems are reported at once."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *ADDING)
        return add_in(session, db, actor, prisoner_id, workshop_id, programme_id, source, note)


def add_in(
    session: Session,
    db: Database,
    actor: Actor,
    prisoner_id: str,
    workshop_id: str,
    programme_id: str | None = None,
    source: str = "staff",
    note: str = "",
) -> str:
    """As :func:`add`, in the caller's transaction (a rehabilitation plan's workshop place)."""
    check = Checks()
    prisoner = check(prisoner_held_here, session, actor, prisoner_id)
    workshop = check(workshop_chosen, session, actor, workshop_id)
    programme = check(programme_chosen, session, actor, workshop, programme_id)
    kind = check(checked_source, source)
    reason = check(optional_text, note, "note", 2000)
    check.done()
    assert prisoner is not None and workshop is not None and kind is not None
    verify_not_waiting(session, prisoner, workshop)
    verify_no_place(session, prisoner, workshop, facility_today(session, actor.facility_id))
    entry = WaitingEntry(
        facility_id=actor.facility_id,
        prisoner_id=prisoner.id,
        workshop_id=workshop.id,
        programme_id=programme.id if programme else None,
        status=WaitingStatus.PENDING.value,
        source=kind,
        requested_at=utc_now(),
        requested_by=actor.user_id,
        reason=reason or "",
        deleted=False,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        db,
        actor,
        "create",
        "workshop_waiting",
        entry.id,
        after={
            "prisoner_id": prisoner.id,
            "workshop_id": workshop.id,
            "programme_id": entry.programme_id,
            "source": kind,
            "status": entry.status,
        },
    )
    return entry.id


def proposed_by_plan(
    session: Session, db: Database, actor: Actor, prisoner_id: str, workshop_id: str, note: str
) -> str:
    """A place a rehabilitation plan asks for: the prisoner joins the workshop's list."""
    return add_in(session, db, actor, prisoner_id, workshop_id, source="assessment", note=note)


def offered_to_plans(session: Session, actor: Actor) -> list[Offered]:
    """The workshops of the facility a plan may ask a place in, by name."""
    rows = session.execute(
        select(Workshop.id, Workshop.name)
        .where(Workshop.facility_id == actor.facility_id, ~Workshop.deleted)
        .order_by(Workshop.name)
    )
    return [Offered(workshop_id, name) for workshop_id, name in rows]


def decide(db: Database, actor: Actor, entry_id: str, approve: bool, reason: str = "") -> str:
    """Approve a pending entry, or decline it (a reason is needed to decline); the new
    status."""
    target = WaitingStatus.APPROVED if approve else WaitingStatus.DECLINED
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        entry = _entry_here(session, actor, entry_id)
        verify_move(entry, target)
        text = checked_reason(reason) if approve else why_declined(reason)
        return _move(session, db, actor, entry, target, text, "decide")


def withdraw(db: Database, actor: Actor, entry_id: str, reason: str = "") -> str:
    """The prisoner asked to come off the list (the social worker may record it too)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *ADDING)
        entry = _entry_here(session, actor, entry_id)
        verify_move(entry, WaitingStatus.WITHDRAWN)
        return _move(
            session, db, actor, entry, WaitingStatus.WITHDRAWN, checked_reason(reason), "withdraw"
        )


def remove(db: Database, actor: Actor, entry_id: str, reason: str) -> str:
    """Staff take an open entry off the list, saying why."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        entry = _entry_here(session, actor, entry_id)
        verify_move(entry, WaitingStatus.REMOVED)
        text = checked_reason(reason)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say why the entry is taken off the list."),
                field="reason",
            )
        return _move(session, db, actor, entry, WaitingStatus.REMOVED, text, "remove")


def allocate(
    db: Database,
    actor: Actor,
    entry_id: str,
    *,
    starts_on: date | None = None,
    programme_id: str | None = None,
    pay_band: str = "A",
) -> str:
    """Give an approved entry its place: an ``Allocation`` from ``starts_on`` (the facility's
    today by default), in the entry's programme unless another of the workshop's is given,
    at ``pay_band``; the allocation's id. Refused while the workshop is full that day, or
    when the prisoner already holds a place in it."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        entry = _entry_here(session, actor, entry_id)
        verify_move(entry, WaitingStatus.ALLOCATED)
        workshop = workshop_here(session, actor, entry.workshop_id)
        today = facility_today(session, actor.facility_id)
        check = Checks()
        prisoner = check(prisoner_held_here, session, actor, entry.prisoner_id)
        programme = check(
            programme_chosen, session, actor, workshop, programme_id or entry.programme_id
        )
        day = check(checked_start, starts_on or today)
        band = check(checked_band, pay_band)
        check.done()
        assert prisoner is not None and day is not None and band is not None
        verify_no_place(session, prisoner, workshop, day)
        taken = active_counts(session, [workshop.id], day).get(workshop.id, 0)
        if taken >= workshop.capacity:
            raise WaitingRefused(
                "full",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{workshop} is full on {day}: {taken} of {capacity} places are taken. "
                    "End a place first, or choose a later start.",
                ),
                field="starts_on",
                workshop=workshop.name,
                day=day,
                taken=taken,
                capacity=workshop.capacity,
            )
        allocation = Allocation(
            facility_id=actor.facility_id,
            prisoner_id=prisoner.id,
            workshop_id=workshop.id,
            programme_id=programme.id if programme else None,
            pay_band=band,
            starts_on=day,
            deleted=False,
        )
        session.add(allocation)
        session.flush()
        entry.allocation_id = allocation.id
        _set_status(entry, actor, WaitingStatus.ALLOCATED, entry.reason)
        session.flush()
        audit.record(  # one entry for the place and the list's step that gave it
            session,
            db,
            actor,
            "allocate",
            "workshop_allocation",
            allocation.id,
            after={
                "prisoner_id": prisoner.id,
                "workshop_id": workshop.id,
                "programme_id": allocation.programme_id,
                "pay_band": band,
                "starts_on": day.isoformat(),
                "waiting_id": entry.id,
            },
        )
        return allocation.id


# -- views --------------------------------------------------------------------------------


def waiting_list(db: Database, actor: Actor, workshop_id: str) -> list[WaitingView]:
    """A workshop's list: open entries first (pending and approved), oldest first, then the
    closed ones, newest first."""
    with db.read() as session:
        verify_any(session, actor, *VIEWING)
        workshop = workshop_here(session, actor, workshop_id)
        rows = _rows(session, WaitingEntry.workshop_id == workshop.id)
        rows.sort(key=lambda v: v.requested_at)
        opened = [v for v in rows if v.status in OPEN]
        closed = sorted(
            (v for v in rows if v.status not in OPEN),
            key=lambda v: v.decided_at or v.requested_at,
            reverse=True,
        )
        return opened + closed


def entries_of(db: Database, actor: Actor, prisoner_id: str) -> list[WaitingView]:
    """A prisoner's entries on every workshop's list, newest first."""
    with db.read() as session:
        verify_any(session, actor, *VIEWING, Permission.READ_FILES)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        rows = _rows(session, WaitingEntry.prisoner_id == prisoner.id)
        return sorted(rows, key=lambda v: v.requested_at, reverse=True)


def _rows(session: Session, where: object) -> list[WaitingView]:
    found = session.execute(
        select(WaitingEntry, Prisoner, Workshop.name, Programme.name)
        .join(Prisoner, Prisoner.id == WaitingEntry.prisoner_id)
        .join(Workshop, Workshop.id == WaitingEntry.workshop_id)
        .outerjoin(Programme, Programme.id == WaitingEntry.programme_id)
        .where(where, ~WaitingEntry.deleted)  # type: ignore[arg-type]
    ).all()
    return [
        WaitingView(
            e.id,
            p.id,
            p.number,
            name_of(p),
            e.workshop_id,
            workshop_name,
            e.programme_id,
            programme_name or "",
            e.status,
            e.source,
            e.requested_at,
            e.decided_at,
            e.reason,
            e.allocation_id,
        )
        for e, p, workshop_name, programme_name in found
    ]


# -- steps --------------------------------------------------------------------------------


def open_entries(session: Session, prisoner_id: str) -> list[WaitingEntry]:
    """A prisoner's pending and approved entries, on every list."""
    return list(
        session.scalars(
            select(WaitingEntry).where(
                WaitingEntry.prisoner_id == prisoner_id,
                WaitingEntry.status.in_(OPEN),
                ~WaitingEntry.deleted,
            )
        )
    )


def take_off(entry: WaitingEntry, actor: Actor, reason: str) -> None:
    """Remove an open entry from its list without an audit entry of its own (the departures
    hook records one for all that the prisoner's leaving ended)."""
    verify_move(entry, WaitingStatus.REMOVED)
    _set_status(entry, actor, WaitingStatus.REMOVED, reason)


def _move(
    session: Session,
    db: Database,
    actor: Actor,
    entry: WaitingEntry,
    target: WaitingStatus,
    reason: str,
    action: str,
) -> str:
    before = {"status": entry.status, "reason": entry.reason}
    _set_status(entry, actor, target, reason)
    session.flush()
    after = {"status": entry.status, "reason": entry.reason}
    audit.record(
        session, db, actor, action, "workshop_waiting", entry.id, before=before, after=after
    )
    return entry.status


def _set_status(entry: WaitingEntry, actor: Actor, target: WaitingStatus, reason: str) -> None:
    entry.status = target.value
    if reason:  # a step without a reason keeps the one before (the note it was added with)
        entry.reason = reason
    entry.decided_at = utc_now()
    entry.decided_by = actor.user_id


def _entry_here(session: Session, actor: Actor, entry_id: str) -> WaitingEntry:
    entry = session.get(WaitingEntry, entry_id)
    if entry is None or entry.deleted or entry.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such entry on a waiting list here."))
    return entry
