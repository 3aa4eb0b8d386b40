"""Booking visits: every refusal says precisely why (DOMAIN.md, Visits), a visitor who may not
come is left out unless it is the lead, and each booking gets a pass number the gate scans.

Checks, in the order an officer would explain them: the prisoner is held here, the slot is
open that day and not blocked, it has room, the prisoner has no other visit then, the monthly
allowance is not used up, no restriction forbids it; then each visitor: approved for this
prisoner (not needed for lawyers and officials) and not banned; then the party: an adult with
the children (unless the facility lets children come alone), and its size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    BookingVisitor,
    GateEvent,
    Prisoner,
    PrisonerVisitor,
    VisitBooking,
    Visitor,
    VisitPassKey,
    VisitRoom,
    VisitSlot,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import barcode_text, new_pass_key
from prisondesk.domain.visits import (
    CHILD_UNDER,
    COUNTED,
    VisitKind,
    is_child,
    limit_problem,
    month_of,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Conflict, NotFound, ServiceError, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.numbering import next_desk_number
from prisondesk.services.core.validate import required_text
from prisondesk.services.visits.schedule import (
    allowances,
    blocked_on,
    children_may_come_alone,
    slot_open_on,
    visitor_limits,
)
from prisondesk.services.visits.visitors import restrictions_on

PASS_SEQUENCE_KEY = "visit_pass_sequence"
BOOKED, CANCELLED = "booked", "cancelled"
PRESENT = {"in_custody", "at_court"}


class BookingRefused(ServiceError):
    """The booking cannot be made; ``reason`` is a code the tests and screens rely on."""

    def __init__(self, code: str, message: str, /, **params: object) -> None:
        field = params.pop("field", None)
        super().__init__(message, field=field, **params)  # type: ignore[arg-type]
        self.reason = code


@dataclass(frozen=True)
class RefusedVisitor:
    visitor_id: str
    reason: str  # not_approved | banned


@dataclass(frozen=True)
class BookingResult:
    booking_id: str
    number: str
    barcode: str
    visitors: tuple[str, ...]
    refused: tuple[RefusedVisitor, ...]


def book_visit(
    db: Database,
    actor: Actor,
    *,
    prisoner_id: str,
    slot_id: str,
    day: date,
    visitor_ids: list[str],
    lead_id: str,
) -> BookingResult:
    if lead_id not in visitor_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the lead visitor among the visitors."),
            field="lead",
        )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        prisoner = session.get(Prisoner, prisoner_id)
        slot = session.get(VisitSlot, slot_id)
        if slot is None or slot.deleted or slot.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Choose a visiting time."))
        kind = VisitKind(slot.kind)
        _check_prisoner(session, actor, prisoner, day)
        _check_slot(session, slot, day)
        _check_prisoner_free(session, prisoner, slot, day)
        _check_allowance(session, prisoner, kind, day)
        _check_prisoner_restrictions(session, prisoner, kind, day)
        accepted, refused = _sort_visitors(session, prisoner, kind, day, visitor_ids, lead_id)
        _check_party(session, actor, accepted, day)
        booking = VisitBooking(
            facility_id=actor.facility_id,
            number=next_desk_number(session, db, actor.facility_id, PASS_SEQUENCE_KEY, "V"),
            prisoner_id=prisoner.id,
            slot_id=slot.id,
            room_id=slot.room_id,
            kind=kind.value,
            day=day,
            starts=slot.starts,
            ends=slot.ends,
            status=BOOKED,
            deleted=False,
        )
        session.add(booking)
        session.flush()
        for visitor in accepted:
            session.add(
                BookingVisitor(
                    facility_id=actor.facility_id,
                    booking_id=booking.id,
                    visitor_id=visitor.id,
                    lead=visitor.id == lead_id,
                    deleted=False,
                )
            )
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "visit_booking",
            booking.id,
            after={
                **audit.snapshot(booking),
                "visitors": [v.id for v in accepted],
                "refused": {r.visitor_id: r.reason for r in refused},
            },
        )
        return BookingResult(
            booking.id,
            booking.number,
            pass_barcode(session, booking),
            tuple(v.id for v in accepted),
            tuple(refused),
        )


def _check_prisoner(session: Session, actor: Actor, prisoner: Prisoner | None, day: date) -> None:
    if (
        prisoner is None
        or prisoner.deleted
        or prisoner.facility_id != actor.facility_id
        or prisoner.status not in PRESENT
    ):
        raise BookingRefused(
            "prisoner_not_here",
            QT_TRANSLATE_NOOP("errors", "The prisoner is not held in this facility."),
        )
    if day < facility_today(session, actor.facility_id):
        raise BookingRefused(
            "past",
            QT_TRANSLATE_NOOP("errors", "A visit cannot be booked in the past."),
            field="day",
        )


def _check_slot(session: Session, slot: VisitSlot, day: date) -> None:
    if not slot_open_on(slot, day):
        raise BookingRefused(
            "no_slot",
            QT_TRANSLATE_NOOP("errors", "There is no such visiting time on {day}."),
            day=day.isoformat(),
            field="day",
        )
    blocked = blocked_on(session, day, slot.room_id)
    if blocked is not None:
        raise BookingRefused(
            "date_blocked",
            QT_TRANSLATE_NOOP("errors", "No visits on {day}: {reason}."),
            day=day.isoformat(),
            reason=blocked.reason,
            field="day",
        )
    taken = _taken(session, slot.id, day)
    if taken >= slot.capacity:
        raise BookingRefused(
            "slot_full", QT_TRANSLATE_NOOP("errors", "This visiting time is full."), field="slot"
        )


def visit_span(day: date, starts: str, ends: str) -> tuple[datetime, datetime]:
    """A visit's wall-clock span; a long visit whose end is not after its start ends the
    next day (a 10:00–10:00 family visit lasts a day)."""
    begin = datetime.combine(day, time.fromisoformat(starts))
    end = datetime.combine(day, time.fromisoformat(ends))
    return begin, end if end > begin else end + timedelta(days=1)


def _taken(session: Session, slot_id: str, day: date) -> int:
    """Visits booked into a slot on a day (cancelled ones free their place)."""
    return session.scalar(
        select(func.count())
        .select_from(VisitBooking)
        .where(
            VisitBooking.slot_id == slot_id,
            VisitBooking.day == day,
            VisitBooking.status == BOOKED,
            ~VisitBooking.deleted,
        )
    )


def _check_prisoner_free(session: Session, prisoner: Prisoner, slot: VisitSlot, day: date) -> None:
    wanted = visit_span(day, slot.starts, slot.ends)
    nearby = session.execute(
        select(VisitBooking.number, VisitBooking.day, VisitBooking.starts, VisitBooking.ends).where(
            VisitBooking.prisoner_id == prisoner.id,
            VisitBooking.day.between(day - timedelta(days=1), day + timedelta(days=1)),
            VisitBooking.status == BOOKED,
            ~VisitBooking.deleted,
        )
    )
    for number, other_day, starts, ends in nearby:
        begin, end = visit_span(other_day, starts, ends)
        if begin < wanted[1] and wanted[0] < end:
            raise BookingRefused(
                "already_booked",
                QT_TRANSLATE_NOOP("errors", "The prisoner already has a visit then ({number})."),
                number=number,
            )


def _check_allowance(session: Session, prisoner: Prisoner, kind: VisitKind, day: date) -> None:
    if kind not in COUNTED:
        return  # lawyers and officials are not counted against the allowance
    allowance = allowances(session, prisoner.facility_id).get(prisoner.regime)
    if allowance is None:  # no regime, or one the settings do not know: never unlimited
        raise BookingRefused(
            "no_allowance",
            QT_TRANSLATE_NOOP(
                "errors",
                "No visit allowance is set for the prisoner's regime: record the regime in "
                "the file, or ask the administrator to set its allowance.",
            ),
        )
    limit = allowance.of(kind)
    if limit is None:
        return
    first, last = month_of(day)
    used = session.scalar(
        select(func.count())
        .select_from(VisitBooking)
        .where(
            VisitBooking.prisoner_id == prisoner.id,
            VisitBooking.kind == kind.value,
            VisitBooking.status == BOOKED,
            ~VisitBooking.deleted,
            VisitBooking.day.between(first, last),
        )
    )
    if used >= limit:
        raise BookingRefused(
            "allowance_used",
            QT_TRANSLATE_NOOP(
                "errors", "The allowance for this kind of visit in {month} is used up ({n})."
            ),
            month=f"{day:%m.%Y}",
            n=limit,
        )


def _check_prisoner_restrictions(
    session: Session, prisoner: Prisoner, kind: VisitKind, day: date
) -> None:
    for restriction in restrictions_on(session, day, prisoner_id=prisoner.id):
        if restriction.kind == "ban" and kind in COUNTED:
            raise BookingRefused(
                "prisoner_restricted",
                QT_TRANSLATE_NOOP("errors", "The prisoner may not receive visits then: {reason}."),
                reason=restriction.reason,
            )
        if restriction.kind == "closed_only" and kind == VisitKind.LONG:
            raise BookingRefused(
                "prisoner_restricted",
                QT_TRANSLATE_NOOP(
                    "errors", "The prisoner may receive closed visits only: {reason}."
                ),
                reason=restriction.reason,
            )


def _sort_visitors(
    session: Session,
    prisoner: Prisoner,
    kind: VisitKind,
    day: date,
    visitor_ids: list[str],
    lead_id: str,
) -> tuple[list[Visitor], list[RefusedVisitor]]:
    visitors = [session.get(Visitor, vid) for vid in dict.fromkeys(visitor_ids)]
    if any(v is None or v.deleted for v in visitors):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The prisoner or the visitor was not found."))
    approved = set(
        session.scalars(
            select(PrisonerVisitor.visitor_id).where(
                PrisonerVisitor.prisoner_id == prisoner.id,
                PrisonerVisitor.approved,
                ~PrisonerVisitor.deleted,
            )
        )
    )
    banned = {
        r.visitor_id
        for r in restrictions_on(session, day, visitor_ids=[v.id for v in visitors])
        if r.kind == "ban" or (r.kind == "closed_only" and kind == VisitKind.LONG)
    }
    accepted, refused = [], []
    for visitor in visitors:
        if visitor.id in banned:
            refused.append(RefusedVisitor(visitor.id, "banned"))
        elif kind in COUNTED and visitor.id not in approved:
            refused.append(RefusedVisitor(visitor.id, "not_approved"))
        else:
            accepted.append(visitor)
    lead_refused = next((r for r in refused if r.visitor_id == lead_id), None)
    if lead_refused is not None:
        if lead_refused.reason == "banned":
            raise BookingRefused(
                "visitor_banned",
                QT_TRANSLATE_NOOP("errors", "The lead visitor is banned from visiting then."),
                field="lead",
            )
        raise BookingRefused(
            "visitor_not_approved",
            QT_TRANSLATE_NOOP("errors", "The lead visitor is not on the prisoner's approved list."),
            field="lead",
        )
    return accepted, refused


def _check_party(session: Session, actor: Actor, accepted: list[Visitor], day: date) -> None:
    """An adult comes with the children, and the party fits the limits. Who is a child is
    judged on the day of the visit; a visitor with no date of birth counts as an adult, as
    for the limits (``is_child``). Visitors left out do not count: a child whose adult is
    banned is alone."""
    children = sum(is_child(v.date_of_birth, day) for v in accepted)
    if children == len(accepted) and not children_may_come_alone(session, actor.facility_id):
        raise BookingRefused(
            "no_adult",
            QT_TRANSLATE_NOOP(
                "errors",
                "Children may not visit without an adult: add a visitor who is {age} or older "
                "on the day of the visit.",
            ),
            age=CHILD_UNDER,
            field="visitors",
        )
    limits = visitor_limits(session, actor.facility_id)
    broken = limit_problem(limits, len(accepted) - children, children)
    if broken is not None:
        raise BookingRefused(
            "too_many_visitors",
            QT_TRANSLATE_NOOP(
                "errors",
                "Too many visitors: at most {total} people, {adults} adults and {children} "
                "children.",
            ),
            total=limits.total,
            adults=limits.adults,
            children=limits.children,
            field="visitors",
        )


def pass_key(session: Session, facility_id: str | None) -> VisitPassKey:
    """The facility's key that signs passes, made here the first time one is needed (keys
    are events: two desks making one each while apart is harmless, each pass names its key)."""
    key = session.scalar(
        select(VisitPassKey)
        .where(VisitPassKey.facility_id == facility_id)
        .order_by(VisitPassKey.hlc)
        .limit(1)
    )
    if key is None:
        key_id, secret = new_pass_key()
        key = VisitPassKey(facility_id=facility_id, key_id=key_id, secret=secret)
        session.add(key)
        session.flush()
    return key


def pass_barcode(session: Session, booking: VisitBooking) -> str:
    key = pass_key(session, booking.facility_id)
    return barcode_text(key.secret, key.key_id, booking.facility_id or "", booking.number)


def cancel_booking(db: Database, actor: Actor, booking_id: str, reason: str) -> None:
    reason = required_text(reason, "reason", 300)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        booking = session.get(VisitBooking, booking_id)
        if booking is None or booking.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This booking no longer exists."))
        if booking.status != BOOKED:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This booking is cancelled already."))
        if _at_the_gate(session, booking):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The gate has recorded this visit already: its outcome is set at the gate.",
                )
            )
        _cancel(session, db, actor, booking, reason)


def _cancel(
    session: Session, db: Database, actor: Actor, booking: VisitBooking, reason: str
) -> None:
    booking.status, booking.cancel_reason = CANCELLED, reason
    session.flush()
    audit.record(
        session, db, actor, "cancel", "visit_booking", booking.id, after={"reason": reason}
    )


def cancel_pending_for(
    session: Session, db: Database, actor: Actor, prisoner_id: str, reason: str
) -> int:
    """Bookings still ahead are cancelled when the prisoner leaves (release, transfer), in the
    movement's own transaction."""
    today = facility_today(session, actor.facility_id)
    pending = session.scalars(
        select(VisitBooking).where(
            VisitBooking.prisoner_id == prisoner_id,
            VisitBooking.status == BOOKED,
            ~VisitBooking.deleted,
            VisitBooking.day >= today,
        )
    )
    count = 0
    for booking in pending:
        if _at_the_gate(session, booking):
            continue  # under way or over: the gate records how it ends
        _cancel(session, db, actor, booking, reason)
        count += 1
    return count


def _at_the_gate(session: Session, booking: VisitBooking) -> bool:
    found = session.scalar(select(GateEvent.id).where(GateEvent.booking_id == booking.id).limit(1))
    return found is not None


@dataclass(frozen=True)
class OpenSlot:
    slot_id: str
    kind: str
    starts: str
    ends: str
    room: str
    free: int


def open_slots(db: Database, actor: Actor, day: date) -> list[OpenSlot]:
    """The visiting times of ``day`` that still have room (blocked rooms left out)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        slots = session.scalars(
            select(VisitSlot)
            .where(VisitSlot.facility_id == actor.facility_id, ~VisitSlot.deleted)
            .order_by(VisitSlot.starts)
        )
        found = []
        for slot in slots:
            if not slot_open_on(slot, day) or blocked_on(session, day, slot.room_id):
                continue
            taken = _taken(session, slot.id, day)
            room = session.get(VisitRoom, slot.room_id)
            if taken < slot.capacity:
                found.append(
                    OpenSlot(
                        slot.id,
                        slot.kind,
                        slot.starts,
                        slot.ends,
                        room.name if room else "",
                        slot.capacity - taken,
                    )
                )
        return found


@dataclass(frozen=True)
class BookingView:
    id: str
    number: str
    day: date
    starts: str
    ends: str
    kind: str
    visitors: str


def upcoming(db: Database, actor: Actor, prisoner_id: str) -> list[BookingView]:
    """The prisoner's visits booked from today on."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        today = facility_today(session, actor.facility_id)
        found = []
        for booking in session.scalars(
            select(VisitBooking)
            .where(
                VisitBooking.prisoner_id == prisoner_id,
                VisitBooking.status == BOOKED,
                ~VisitBooking.deleted,
                VisitBooking.day >= today,
            )
            .order_by(VisitBooking.day, VisitBooking.starts)
        ):
            names = session.execute(
                select(Visitor.surname, Visitor.given_name)
                .join(BookingVisitor, BookingVisitor.visitor_id == Visitor.id)
                .where(BookingVisitor.booking_id == booking.id)
                .order_by(BookingVisitor.lead.desc(), Visitor.surname)
            ).all()
            found.append(
                BookingView(
                    booking.id,
                    booking.number,
                    booking.day,
                    booking.starts,
                    booking.ends,
                    booking.kind,
                    ", ".join(f"{s} {g}" for s, g in names),
                )
            )
        return found
