"""A workshop's waiting list, as staff work it: an instructor or a supervisor puts a prisoner
held here on the list (or a social worker, for a place the rehabilitation plan proposes); the
entry is approved or declined with a reason; an approved entry is allocated a place when the
workshop has room, which starts the prisoner's ``Allocation``. The prisoner may withdraw, and
staff may take an entry off the list with a reason; when the prisoner leaves the facility
their open entries are removed by themselves (``allocations.end_for``).

An entry moves only along ``WAITING_MOVES`` (pending → approved or declined → allocated, or
removed or withdrawn); a prisoner has at most one open (pending or approved) entry per
workshop. Each refusal says why and writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, Prisoner, Programme, WaitingEntry, Workshop
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.wire import utc_now
from prisondesk.domain.workshops import WAITING_LABELS, WAITING_MOVES, WORKSHOPS, WaitingStatus
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.workshops.workshops import (
    MANAGING,
    VIEWING,
    active_counts,
    programme_here,
    workshop_here,
)

SOURCES = ("staff", "assessment")  # put on the list by staff, or proposed by a plan
OPEN = (WaitingStatus.PENDING.value, WaitingStatus.APPROVED.value)
HELD_HERE = ("in_custody", "at_court")  # at court for the day is still held here
# who may put a prisoner on a list: those who run workshops, and social workers for a plan
ADDING = (*MANAGING, Permission.EDIT_ASSESSMENTS)


class WaitingRefused(Refused):
    """The entry cannot take this step where it stands; ``reason`` is a stable code:
    ``already_waiting``, ``already_placed``, ``not_now``, ``full``, ``not_held``."""


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
        check = Checks()
        prisoner = check(_held_here, session, actor, prisoner_id)
        workshop = check(_workshop, session, actor, workshop_id)
        programme = check(_programme, session, actor, workshop, programme_id)
        kind = check(_source, source)
        reason = check(optional_text, note, "note", 2000)
        check.done()
        assert prisoner is not None and workshop is not None and kind is not None
        _not_waiting(session, prisoner, workshop)
        _no_place(session, prisoner, workshop, facility_today(session, actor.facility_id))
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


def decide(db: Database, actor: Actor, entry_id: str, approve: bool, reason: str = "") -> str:
    """Approve a pending entry, or decline it (a reason is needed to decline); the new
    status."""
    target = WaitingStatus.APPROVED if approve else WaitingStatus.DECLINED
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        entry = _entry_here(session, actor, entry_id)
        _may_move(entry, target)
        text = _note(reason) if approve else _why_declined(reason)
        return _move(session, db, actor, entry, target, text, "decide")


def withdraw(db: Database, actor: Actor, entry_id: str, reason: str = "") -> str:
    """The prisoner asked to come off the list (the social worker may record it too)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *ADDING)
        entry = _entry_here(session, actor, entry_id)
        _may_move(entry, WaitingStatus.WITHDRAWN)
        return _move(session, db, actor, entry, WaitingStatus.WITHDRAWN, _note(reason), "withdraw")


def remove(db: Database, actor: Actor, entry_id: str, reason: str) -> str:
    """Staff take an open entry off the list, saying why."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *MANAGING)
        entry = _entry_here(session, actor, entry_id)
        _may_move(entry, WaitingStatus.REMOVED)
        text = _note(reason)
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
        _may_move(entry, WaitingStatus.ALLOCATED)
        workshop = workshop_here(session, actor, entry.workshop_id)
        today = facility_today(session, actor.facility_id)
        check = Checks()
        prisoner = check(_held_here, session, actor, entry.prisoner_id)
        programme = check(_programme, session, actor, workshop, programme_id or entry.programme_id)
        day = check(_start, starts_on or today)
        band = check(_band, pay_band)
        check.done()
        assert prisoner is not None and day is not None and band is not None
        _no_place(session, prisoner, workshop, day)
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
    _may_move(entry, WaitingStatus.REMOVED)
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


def _may_move(entry: WaitingEntry, target: WaitingStatus) -> None:
    status = WaitingStatus(entry.status)
    if target not in WAITING_MOVES[status]:
        raise WaitingRefused(
            "not_now",
            QT_TRANSLATE_NOOP("errors", "This entry is {status}: it cannot be made {target} now."),
            status=Label(WORKSHOPS, WAITING_LABELS[status]),
            target=Label(WORKSHOPS, WAITING_LABELS[target]),
        )


def _entry_here(session: Session, actor: Actor, entry_id: str) -> WaitingEntry:
    entry = session.get(WaitingEntry, entry_id)
    if entry is None or entry.deleted or entry.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such entry on a waiting list here."))
    return entry


def _held_here(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    try:
        prisoner = get_prisoner(session, prisoner_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="prisoner") from None
    if prisoner.facility_id != actor.facility_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No such prisoner here."), field="prisoner"
        )
    if prisoner.status not in HELD_HERE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not held here: a workshop place is only for those who are."
            ),
            field="prisoner",
            name=name_of(prisoner),
        )
    return prisoner


def _workshop(session: Session, actor: Actor, workshop_id: str) -> Workshop:
    try:
        return workshop_here(session, actor, workshop_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="workshop") from None


def _programme(
    session: Session, actor: Actor, workshop: Workshop | None, programme_id: str | None
) -> Programme | None:
    """One of the workshop's programmes, or none (a place at work)."""
    if not programme_id or workshop is None:
        return None
    try:
        programme = programme_here(session, actor, programme_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="programme") from None
    if programme.workshop_id != workshop.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one of this workshop's programmes."),
            field="programme",
        )
    return programme


def _source(value: str) -> str:
    if value not in SOURCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who proposes the place: staff or the assessment."),
            field="source",
        )
    return value


def _start(day: date) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the day the place starts."), field="starts_on"
        )
    return day


def _band(value: str) -> str:
    band = required_text(value, "pay_band", 16)
    return band.upper()


def _why_declined(value: str) -> str:
    reason = _note(value)
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the place is declined."), field="reason"
        )
    return reason


def _note(value: str) -> str:
    return optional_text(value, "reason", 2000)


def _not_waiting(session: Session, prisoner: Prisoner, workshop: Workshop) -> None:
    open_one = session.scalar(
        select(WaitingEntry.id).where(
            WaitingEntry.prisoner_id == prisoner.id,
            WaitingEntry.workshop_id == workshop.id,
            WaitingEntry.status.in_(OPEN),
            ~WaitingEntry.deleted,
        )
    )
    if open_one is not None:
        raise WaitingRefused(
            "already_waiting",
            QT_TRANSLATE_NOOP(
                "errors", "{name} is already on the list of {workshop}: decide that entry."
            ),
            field="prisoner",
            name=name_of(prisoner),
            workshop=workshop.name,
        )


def _no_place(session: Session, prisoner: Prisoner, workshop: Workshop, day: date) -> None:
    """No place in the workshop that is held on ``day`` or begins after it."""
    held = session.scalar(
        select(Allocation.id).where(
            Allocation.prisoner_id == prisoner.id,
            Allocation.workshop_id == workshop.id,
            or_(Allocation.ends_on.is_(None), Allocation.ends_on >= day),
            ~Allocation.deleted,
        )
    )
    if held is not None:
        raise WaitingRefused(
            "already_placed",
            QT_TRANSLATE_NOOP("errors", "{name} already has a place in {workshop}."),
            field="prisoner",
            name=name_of(prisoner),
            workshop=workshop.name,
        )
