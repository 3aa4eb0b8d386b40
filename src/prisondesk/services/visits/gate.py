"""The gate desk: a scanned pass → the visit, who comes, what is in force against them → check
in (time, locker, deposited items) → check out, or another outcome. Every step is an
insert-only ``GateEvent``, so two gate desks never conflict; what a visit's state is, and
who is inside now, is read from its events. A child inside with none of the visit's adults
is not refused (the adult may be a step behind in the queue) but named in
``GateVisit.children_alone`` for the desk to warn, unless the facility lets children visit
without an adult."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    BookingVisitor,
    GateEvent,
    Prisoner,
    VisitBooking,
    Visitor,
    VisitPassKey,
)
from prisondesk.domain.names import fold, initial_prefixes, name_of, numbered_name, words
from prisondesk.domain.parcels import looks_like_tracking
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.visit_pass import genuine, parse_scan
from prisondesk.domain.visits import OUTCOME_LABELS, is_child
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Refused, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import optional_text
from prisondesk.services.visits.schedule import blocked_on, children_may_come_alone
from prisondesk.services.visits.visitors import document_of, photos_of, restrictions_on

OUTCOMES = (
    "completed",
    "did_not_arrive",
    "failed_security",
    "declined_entry",
    "terminated",
    "prisoner_refused",
)
EXPECTED, INSIDE, FINISHED = "expected", "inside", "finished"
RECENT_DAYS = 14  # a long visit spans days; a check-out forgotten for two weeks is rare


class GateRefused(Refused):
    """The scan or the step cannot go ahead at the gate."""


@dataclass(frozen=True)
class GateVisitor:
    id: str
    full_name: str
    document: str
    child: bool
    banned: str  # the reason of a ban in force today, or ""
    inside: bool
    photo: bytes | None = None  # a small JPEG, when the visit is opened at the gate


@dataclass(frozen=True)
class GateVisit:
    booking_id: str
    number: str
    kind: str
    day: date
    starts: str
    ends: str
    prisoner: str
    visitors: tuple[GateVisitor, ...]
    state: str  # expected | inside | finished
    checked_in_at: datetime | None
    outcome: str
    refusal: str = ""  # why nobody may enter today (a prisoner ban, a blocked day)
    # the children inside now while none of the visit's adults is (checked in alone, or
    # the adults let out first), by name; () when the facility lets children come alone
    children_alone: tuple[str, ...] = ()
    # what those inside left at the gate, to be handed back when they leave
    lockers: tuple[str, ...] = ()
    items_left: tuple[str, ...] = ()
    # someone is inside, but the pass is for another day ("other_day") or its visit was
    # cancelled ("cancelled"): it only lets out those inside, never lets anyone else in
    out_only: str = ""


def open_scan(db: Database, actor: Actor, scanned: str) -> GateVisit:
    """The visit of a scanned pass, or a refusal that says what to do."""
    parsed = parse_scan(scanned)
    if parsed is None and looks_like_tracking(scanned):
        raise GateRefused(
            "parcel",
            QT_TRANSLATE_NOOP(
                "errors", "This is a parcel's barcode: open it in Parcels, not at the visits gate."
            ),
        )
    if parsed is None:
        raise GateRefused(
            "not_a_pass",
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a visit pass. Scan the barcode on the pass, or find the visitor "
                "by name.",
            ),
        )
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        keys = session.scalars(
            select(VisitPassKey).where(
                VisitPassKey.facility_id == actor.facility_id, VisitPassKey.key_id == parsed.key_id
            )
        ).all()
        if not keys:
            raise GateRefused(
                "unknown_key",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This desk cannot check this pass yet: sync, then scan again. If it still "
                    "fails, find the visitor by name.",
                ),
            )
        # two desks apart may have made keys with the same short id: any of them may sign
        if not any(genuine(parsed, key.secret, actor.facility_id or "") for key in keys):
            raise GateRefused(
                "forged",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This pass is not genuine or was misread. Scan it once more; if it fails "
                    "again, keep the pass and call the supervisor.",
                ),
            )
        booking = session.scalar(
            select(VisitBooking).where(VisitBooking.number == parsed.pass_number)
        )
        if booking is None or booking.deleted:
            raise GateRefused(
                "unknown_pass",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The booking of this pass is not on this desk yet: sync, then scan again.",
                ),
            )
        today = facility_today(session, actor.facility_id)
        visit = visit_of(session, booking, today, True)
        if visit.state != INSIDE:  # a pass always opens for letting out those inside
            _check_usable(visit, today, booking.status)
        return visit


def _check_usable(visit: GateVisit, today: date, status: str) -> None:
    """May this visit still let people in?"""
    if visit.out_only:
        if visit.out_only == "cancelled":
            raise GateRefused(
                "out_only",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This visit was cancelled: its pass only lets out those still inside.",
                ),
            )
        raise GateRefused(
            "out_only",
            QT_TRANSLATE_NOOP(
                "errors", "This pass is for {day}: it only lets out those still inside."
            ),
            day=visit.day,
        )
    if visit.state == INSIDE:
        return  # the rest of the party may follow the first who came in, the same day
    if status != "booked":
        raise GateRefused(
            "cancelled", QT_TRANSLATE_NOOP("errors", "This visit was cancelled. Entry is refused.")
        )
    if visit.day != today:
        raise GateRefused(
            "wrong_day",
            QT_TRANSLATE_NOOP("errors", "This pass is for {day}, not for today."),
            day=visit.day,  # written as the language writes dates
        )
    if visit.state == FINISHED:
        if visit.outcome not in OUTCOME_LABELS:  # recorded by a newer desk: no label here
            raise GateRefused(
                "used", QT_TRANSLATE_NOOP("errors", "This pass has been used already.")
            )
        raise GateRefused(
            "used",
            QT_TRANSLATE_NOOP("errors", "This pass has been used already ({outcome})."),
            outcome=Label("gate", OUTCOME_LABELS[visit.outcome]),
        )


NEEDS_ENTRY = {"completed", "terminated", "prisoner_refused"}


def _booking_at_the_gate(
    session: Session, actor: Actor, booking_id: str
) -> tuple[VisitBooking, date]:
    """The live booking of this facility, and today at the facility."""
    booking = session.get(VisitBooking, booking_id)
    if booking is None or booking.deleted or booking.facility_id != actor.facility_id:
        raise GateRefused(
            "unknown_pass", QT_TRANSLATE_NOOP("errors", "This booking no longer exists.")
        )
    return booking, facility_today(session, actor.facility_id)


def _check_outcome(visit: GateVisit, today: date, status: str, outcome: str) -> None:
    """An outcome must fit what happened: a visit completed, ended by staff or refused by
    the prisoner had someone in; nobody may be inside for the others. Someone inside may
    always be let out, also on a later day or after a cancellation elsewhere."""
    if visit.state == INSIDE:
        if outcome not in NEEDS_ENTRY:
            raise GateRefused(
                "still_inside",
                QT_TRANSLATE_NOOP(
                    "errors", "Visitors are inside: let them out with Completed or Terminated."
                ),
            )
        return
    _check_usable(visit, today, status)
    if outcome in NEEDS_ENTRY:
        raise GateRefused(
            "nobody_came",
            QT_TRANSLATE_NOOP(
                "errors", "Nobody of this visit was checked in: choose what happened instead."
            ),
        )


def _events(session: Session, booking_id: str) -> list[GateEvent]:
    return list(
        session.scalars(
            select(GateEvent)
            .where(GateEvent.booking_id == booking_id)
            .order_by(GateEvent.occurred_at, GateEvent.hlc)
        )
    )


def visit_of(
    session: Session, booking: VisitBooking, today: date, photos: bool = False
) -> GateVisit:
    events = _events(session, booking.id)
    inside: set[str] = set()
    left_at_gate: dict[str, tuple[str, str]] = {}  # visitor -> (locker, items)
    checked_in_at, outcome, unattended = None, "", False
    for event in events:
        if event.action == "check_in" and event.visitor_id:
            inside.add(event.visitor_id)
            left_at_gate[event.visitor_id] = (event.locker or "", event.items or "")
            checked_in_at = checked_in_at or event.occurred_at
        elif event.action == "check_out" and event.visitor_id:
            inside.discard(event.visitor_id)
        elif event.outcome == "did_not_arrive":
            unattended = True
        elif event.action == "outcome":
            outcome = event.outcome
    if not outcome and unattended and checked_in_at is None:
        # "did not arrive" never outweighs a check-in: a desk apart may have closed the day
        # on a visit another desk attended
        outcome = "did_not_arrive"
    # someone inside is inside, whatever another desk recorded meanwhile (an outcome, a
    # cancellation): the live count never loses a person
    state = INSIDE if inside else (FINISHED if outcome else EXPECTED)
    prisoner = session.get(Prisoner, booking.prisoner_id)
    links = session.scalars(
        select(BookingVisitor).where(
            BookingVisitor.booking_id == booking.id, ~BookingVisitor.deleted
        )
    )
    ids = [link.visitor_id for link in links]
    bans: dict[str, str] = {}
    for restriction in restrictions_on(session, today, visitor_ids=ids):
        if restriction.kind == "ban" or (
            restriction.kind == "closed_only" and booking.kind == "long"
        ):
            bans[restriction.visitor_id] = restriction.reason
    pictures = photos_of(session, ids) if photos else {}
    people = []
    for visitor_id in ids:
        visitor = session.get(Visitor, visitor_id)
        people.append(
            GateVisitor(
                visitor.id,
                name_of(visitor),
                document_of(visitor),
                is_child(visitor.date_of_birth, today),
                bans.get(visitor.id, ""),
                visitor.id in inside,
                pictures.get(visitor.id),
            )
        )
    return GateVisit(
        booking.id,
        booking.number,
        booking.kind,
        booking.day,
        booking.starts,
        booking.ends,
        numbered_name(prisoner) if prisoner else "",
        tuple(people),
        state,
        checked_in_at,
        outcome,
        _refusal(session, booking, today),
        _children_alone(session, booking, people),
        *_left_at_gate(left_at_gate, inside),
        out_only=_out_only(booking, today, bool(inside)),
    )


def _out_only(booking: VisitBooking, today: date, anyone_inside: bool) -> str:
    if not anyone_inside:
        return ""
    if booking.status != "booked":
        return "cancelled"
    return "other_day" if booking.day != today else ""


def _left_at_gate(
    left: dict[str, tuple[str, str]], inside: set[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lockers and items of those still inside, each once, in the order recorded."""
    still = [left[visitor_id] for visitor_id in left if visitor_id in inside]
    lockers = dict.fromkeys(locker for locker, _ in still if locker)
    items = dict.fromkeys(things for _, things in still if things)
    return tuple(lockers), tuple(items)


def _children_alone(
    session: Session, booking: VisitBooking, people: list[GateVisitor]
) -> tuple[str, ...]:
    """The children inside with no adult of their visit inside (the facility's setting is
    read only then: most visits have an adult inside or nobody)."""
    inside = [person for person in people if person.inside]
    if not inside or not all(person.child for person in inside):
        return ()
    if children_may_come_alone(session, booking.facility_id):
        return ()
    return tuple(person.full_name for person in inside)


def _refusal(session: Session, booking: VisitBooking, today: date) -> str:
    """What forbids the whole visit today, decided since it was booked."""
    blocked = blocked_on(session, today, booking.room_id)
    if blocked is not None:
        return blocked.reason
    for restriction in restrictions_on(session, today, prisoner_id=booking.prisoner_id):
        counted = booking.kind in ("short", "long")
        if (restriction.kind == "ban" and counted) or (
            restriction.kind == "closed_only" and booking.kind == "long"
        ):
            return restriction.reason
    return ""


def check_in(
    db: Database,
    actor: Actor,
    booking_id: str,
    visitor_ids: list[str],
    locker: str = "",
    items: str = "",
    at: datetime | None = None,
) -> GateVisit:
    """Let in the visitors whose identity was checked. A visitor banned since the booking is
    refused; one already inside is not recorded twice (a second scan)."""
    locker = optional_text(locker, "locker", 20)
    items = optional_text(items, "items", 2000)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        booking, today = _booking_at_the_gate(session, actor, booking_id)
        visit = visit_of(session, booking, today)
        _check_usable(visit, today, booking.status)
        expected = {v.id: v for v in visit.visitors}
        chosen = [vid for vid in dict.fromkeys(visitor_ids) if vid in expected]
        if not chosen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Tick the visitors whose documents were checked."),
                field="visitors",
            )
        if visit.refusal:
            raise GateRefused(
                "restricted",
                QT_TRANSLATE_NOOP("errors", "Entry refused today: {reason}."),
                reason=visit.refusal,
            )
        banned = [expected[vid].full_name for vid in chosen if expected[vid].banned]
        if banned:
            raise GateRefused(
                "visitor_banned",
                QT_TRANSLATE_NOOP(
                    "errors", "Entry refused: {names} banned since the booking. Untick them."
                ),
                names=", ".join(banned),
            )
        now = at or utc_now()  # ``at``: demo data and benchmarks replay a day
        new = [vid for vid in chosen if not expected[vid].inside]
        for visitor_id in new:
            session.add(
                GateEvent(
                    facility_id=booking.facility_id,
                    booking_id=booking.id,
                    visitor_id=visitor_id,
                    action="check_in",
                    locker=locker,
                    items=items,
                    occurred_at=now,
                    officer_id=actor.user_id,
                )
            )
        if new:
            session.flush()
            audit.record(
                session,
                db,
                actor,
                "check_in",
                "visit_booking",
                booking.id,
                after={"visitors": new, "locker": locker},
            )
        return visit_of(session, booking, today, photos=True)


def check_out(
    db: Database,
    actor: Actor,
    booking_id: str,
    outcome: str = "completed",
    at: datetime | None = None,
) -> GateVisit:
    """Everyone of the visit out, and the visit ends with ``outcome``."""
    if outcome not in OUTCOMES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose an outcome."), field="outcome")
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        booking, today = _booking_at_the_gate(session, actor, booking_id)
        visit = visit_of(session, booking, today)
        _check_outcome(visit, today, booking.status, outcome)
        now = at or utc_now()
        for visitor in visit.visitors:
            if visitor.inside:
                session.add(
                    GateEvent(
                        facility_id=booking.facility_id,
                        booking_id=booking.id,
                        visitor_id=visitor.id,
                        action="check_out",
                        occurred_at=now,
                        officer_id=actor.user_id,
                    )
                )
        session.add(outcome_event(booking, outcome, now, actor.user_id))
        session.flush()
        audit.record(
            session, db, actor, "check_out", "visit_booking", booking.id, after={"outcome": outcome}
        )
        return visit_of(session, booking, today)


def outcome_event(
    booking: VisitBooking, outcome: str, at: datetime, officer_id: str | None
) -> GateEvent:
    """How a visit ended, as the insert-only event the gate records."""
    return GateEvent(
        facility_id=booking.facility_id,
        booking_id=booking.id,
        visitor_id=None,
        action="outcome",
        outcome=outcome,
        occurred_at=at,
        officer_id=officer_id,
    )


def inside_now(db: Database, actor: Actor) -> list[GateVisit]:
    """Visits of today with someone inside: the live list at the gate (and, at the end of
    the day, the ones to reconcile)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        return inside_visits(session, actor.facility_id, facility_today(session, actor.facility_id))


def inside_visits(session: Session, facility_id: str | None, today: date) -> list[GateVisit]:
    # visits of the last days only: a long family visit spans days, and yesterday's
    # forgotten check-out must still show; years of past visits stay unread
    booked = session.scalars(
        select(VisitBooking).where(
            VisitBooking.facility_id == facility_id,
            VisitBooking.day.between(today - timedelta(days=RECENT_DAYS), today),
            ~VisitBooking.deleted,
            select(GateEvent.id)
            .where(GateEvent.booking_id == VisitBooking.id, GateEvent.action == "check_in")
            .exists(),
        )
    )
    visits = [visit_of(session, booking, today) for booking in booked]
    return [v for v in visits if v.state == INSIDE]


def find_by_name(db: Database, actor: Actor, text: str) -> list[GateVisit]:
    """Today's visits whose visitor or prisoner matches every word typed, in any script:
    the way in when a pass is lost (the visitor's documents are checked as always)."""
    # an initial as the searches read it: "Асанова Я" is Яна, whose key drops the glide
    wanted = [initial_prefixes(word) or (fold(word),) for word in words(text)]
    wanted = [prefixes for prefixes in wanted if prefixes[0]]
    if not wanted:
        return []
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_VISITS)
        today = facility_today(session, actor.facility_id)
        booked = session.scalars(
            select(VisitBooking)
            .where(
                VisitBooking.facility_id == actor.facility_id,
                VisitBooking.day == today,
                VisitBooking.status == "booked",
                ~VisitBooking.deleted,
            )
            .order_by(VisitBooking.starts)
        )
        found = []
        for booking in booked:
            visit = visit_of(session, booking, today)
            prisoner = session.get(Prisoner, booking.prisoner_id)
            # names only: the prisoner's number ("BSH-1-SHK-00001") is no name, and its
            # random desk tag matched initials ("Асанова Щ") now and then
            names = [name_of(prisoner) if prisoner else "", *(v.full_name for v in visit.visitors)]
            keys = {fold(word) for name in names for word in words(name)}
            if all(any(key.startswith(p) for key in keys for p in word) for word in wanted):
                found.append(visit)
        return found
