"""When visits can happen: rooms, weekly slots per kind of visit with their capacity and
validity, blocked dates; and the facility's visit settings (allowances per regime, visitor
limits, whether children may visit without an adult), which start from labelled example
defaults."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import BlockedDate, FacilitySetting, VisitRoom, VisitSlot
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visits import EXAMPLE_ALLOWANCES, Allowance, VisitKind, VisitorLimits
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import required_text

CLOCK_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
ALLOWANCES_KEY = "visit_allowances"
LIMITS_KEY = "visit_visitor_limits"
# its own key, not a field of the limits: a desk still on an older version reads the limits
# with VisitorLimits(**stored), which an unknown field would break
CHILDREN_ALONE_KEY = "visit_children_without_adult"


@dataclass(frozen=True)
class SlotSpec:
    room_id: str
    kind: VisitKind
    weekday: int
    starts: str
    ends: str
    capacity: int
    valid_from: date
    valid_to: date | None = None


def _setting(session: Session, facility_id: str | None, key: str) -> object | None:
    return session.scalar(
        select(FacilitySetting.value).where(
            FacilitySetting.facility_id == facility_id,
            FacilitySetting.key == key,
            ~FacilitySetting.deleted,
        )
    )


def allowances(session: Session, facility_id: str | None) -> dict[str, Allowance]:
    stored = _setting(session, facility_id, ALLOWANCES_KEY)
    if not isinstance(stored, dict):
        return dict(EXAMPLE_ALLOWANCES)
    return {regime: Allowance(**value) for regime, value in stored.items()}


def visitor_limits(session: Session, facility_id: str | None) -> VisitorLimits:
    stored = _setting(session, facility_id, LIMITS_KEY)
    return VisitorLimits(**stored) if isinstance(stored, dict) else VisitorLimits()


def children_may_come_alone(session: Session, facility_id: str | None) -> bool:
    """May children visit with no adult in the party? Not unless the facility says so."""
    return _setting(session, facility_id, CHILDREN_ALONE_KEY) is True


@dataclass(frozen=True)
class VisitSettings:
    allowances: dict[str, Allowance]
    limits: VisitorLimits
    children_alone: bool  # children may visit without an adult


def _check_allowances(values: dict[str, Allowance]) -> None:
    if any(a.short < 0 or a.long < 0 or a.short > 100 or a.long > 100 for a in values.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An allowance is a number from 0 to 100."),
            field="allowances",
        )


def _check_limits(limits: VisitorLimits) -> None:
    if not (1 <= limits.total <= 20 and 1 <= limits.adults <= 20 and 0 <= limits.children <= 20):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Visitor limits are numbers from 1 to 20."), field="limits"
        )


def set_allowances(db: Database, actor: Actor, values: dict[str, Allowance]) -> None:
    _check_allowances(values)
    _store(db, actor, {ALLOWANCES_KEY: {k: asdict(v) for k, v in values.items()}})


def set_visitor_limits(db: Database, actor: Actor, limits: VisitorLimits) -> None:
    _check_limits(limits)
    _store(db, actor, {LIMITS_KEY: asdict(limits)})


def set_children_alone(db: Database, actor: Actor, allowed: bool) -> None:
    """Whether children may visit without an adult (refused by default)."""
    _store(db, actor, {CHILDREN_ALONE_KEY: bool(allowed)})


def set_visit_settings(
    db: Database,
    actor: Actor,
    values: dict[str, Allowance],
    limits: VisitorLimits,
    children_alone: bool,
) -> None:
    """Allowances, visitor limits and children without an adult together, in one
    transaction."""
    _check_allowances(values)
    _check_limits(limits)
    _store(
        db,
        actor,
        {
            ALLOWANCES_KEY: {k: asdict(v) for k, v in values.items()},
            LIMITS_KEY: asdict(limits),
            CHILDREN_ALONE_KEY: bool(children_alone),
        },
    )


def _store(db: Database, actor: Actor, values: dict[str, object]) -> None:
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        for key, value in values.items():
            setting = session.scalar(
                select(FacilitySetting).where(
                    FacilitySetting.facility_id == actor.facility_id, FacilitySetting.key == key
                )
            )
            before = setting.value if setting else None
            if setting is None:
                setting = FacilitySetting(facility_id=actor.facility_id, key=key, deleted=False)
                session.add(setting)
            setting.value = value
            session.flush()
            audit.record(
                session,
                db,
                actor,
                "update",
                "facility_setting",
                setting.id,
                before={key: before},
                after={key: value},
            )


def add_room(db: Database, actor: Actor, name: str) -> str:
    name = required_text(name, "name", 100)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        room = VisitRoom(facility_id=actor.facility_id, name=name, active=True, deleted=False)
        session.add(room)
        session.flush()
        audit.record(session, db, actor, "create", "visit_room", room.id, after={"name": name})
        return room.id


def add_slot(db: Database, actor: Actor, spec: SlotSpec) -> str:
    for field, value in (("starts", spec.starts), ("ends", spec.ends)):
        if not CLOCK_TIME.match(value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter a time as HH:MM, e.g. 09:30."), field=field
            )
    if spec.ends <= spec.starts and spec.kind != VisitKind.LONG:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end time is before the start time."), field="ends"
        )
    if not 0 <= spec.weekday <= 6:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a weekday."), field="weekday")
    if not 1 <= spec.capacity <= 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Capacity is a number from 1 to 200."), field="capacity"
        )
    if spec.valid_to is not None and spec.valid_to < spec.valid_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end date is before the start date."),
            field="valid_to",
        )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        room = session.get(VisitRoom, spec.room_id)
        if room is None or room.deleted or room.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Choose a visiting room."))
        slot = VisitSlot(facility_id=actor.facility_id, deleted=False, **asdict(spec))
        session.add(slot)
        session.flush()
        audit.record(
            session, db, actor, "create", "visit_slot", slot.id, after=audit.snapshot(slot)
        )
        return slot.id


def block_date(
    db: Database, actor: Actor, day: date, reason: str, room_id: str | None = None
) -> str:
    reason = required_text(reason, "reason", 200)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        blocked = BlockedDate(
            facility_id=actor.facility_id, day=day, room_id=room_id, reason=reason, deleted=False
        )
        session.add(blocked)
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "visit_blocked_date",
            blocked.id,
            after=audit.snapshot(blocked),
        )
        return blocked.id


def slot_open_on(slot: VisitSlot, day: date) -> bool:
    return (
        not slot.deleted
        and slot.weekday == day.weekday()
        and slot.valid_from <= day
        and (slot.valid_to is None or day <= slot.valid_to)
    )


def blocked_on(session: Session, day: date, room_id: str) -> BlockedDate | None:
    return session.scalar(
        select(BlockedDate).where(
            BlockedDate.day == day,
            ~BlockedDate.deleted,
            or_(BlockedDate.room_id.is_(None), BlockedDate.room_id == room_id),
        )
    )


@dataclass(frozen=True)
class RoomView:
    id: str
    name: str


@dataclass(frozen=True)
class SlotView:
    id: str
    room: str
    kind: str
    weekday: int
    starts: str
    ends: str
    capacity: int
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class BlockedView:
    id: str
    day: date
    room: str  # "" for every room
    reason: str


@dataclass(frozen=True)
class Schedule:
    rooms: tuple[RoomView, ...]
    slots: tuple[SlotView, ...]
    blocked: tuple[BlockedView, ...]


def schedule(db: Database, actor: Actor, from_day: date | None = None) -> Schedule:
    """Rooms, weekly slots still valid on or after ``from_day`` (the facility's today when
    not given), and blocked dates ahead."""
    with db.read() as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        from_day = from_day or facility_today(session, actor.facility_id)
        rooms = {
            r.id: r.name
            for r in session.scalars(
                select(VisitRoom)
                .where(VisitRoom.facility_id == actor.facility_id, ~VisitRoom.deleted)
                .order_by(VisitRoom.name)
            )
        }
        slots = session.scalars(
            select(VisitSlot)
            .where(
                VisitSlot.facility_id == actor.facility_id,
                ~VisitSlot.deleted,
                or_(VisitSlot.valid_to.is_(None), VisitSlot.valid_to >= from_day),
            )
            .order_by(VisitSlot.weekday, VisitSlot.starts)
        )
        blocked = session.scalars(
            select(BlockedDate)
            .where(
                BlockedDate.facility_id == actor.facility_id,
                ~BlockedDate.deleted,
                BlockedDate.day >= from_day,
            )
            .order_by(BlockedDate.day)
        )
        return Schedule(
            tuple(RoomView(i, n) for i, n in rooms.items()),
            tuple(
                SlotView(
                    s.id,
                    rooms.get(s.room_id, ""),
                    s.kind,
                    s.weekday,
                    s.starts,
                    s.ends,
                    s.capacity,
                    s.valid_from,
                    s.valid_to,
                )
                for s in slots
            ),
            tuple(
                BlockedView(b.id, b.day, rooms.get(b.room_id or "", ""), b.reason) for b in blocked
            ),
        )


def visit_settings(db: Database, actor: Actor) -> VisitSettings:
    """The facility's allowances per regime, visitor limits and whether children may visit
    without an adult (example defaults until set)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        return VisitSettings(
            allowances(session, actor.facility_id),
            visitor_limits(session, actor.facility_id),
            children_may_come_alone(session, actor.facility_id),
        )
