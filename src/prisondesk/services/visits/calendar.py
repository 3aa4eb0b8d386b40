"""The visits calendar: a week of visiting times with their booked places, and the report a
supervisor needs after desks that were apart have synced.

Each desk checks capacity, allowances and the prisoner's other visits against what it knows;
two desks out of touch can both take the last place. Nothing is lost, so the excess shows up
after sync: ``overbooked`` lists it from today on, for a supervisor to settle by cancelling.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    BlockedDate,
    BookingVisitor,
    GateEvent,
    Prisoner,
    VisitBooking,
    VisitRoom,
    VisitSlot,
)
from prisondesk.domain.names import numbered_name
from prisondesk.domain.roles import Permission
from prisondesk.domain.visits import COUNTED, VisitKind, month_of
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.facility import facility_today
from prisondesk.services.visits.bookings import BOOKED, visit_span
from prisondesk.services.visits.schedule import allowances, slot_open_on

WEEK = 7


@dataclass(frozen=True)
class CalendarBooking:
    id: str
    number: str
    prisoner: str  # number and name
    visitors: int


@dataclass(frozen=True)
class CalendarCell:
    day: date
    slot_id: str
    kind: str
    starts: str
    ends: str
    room: str
    capacity: int
    blocked: str  # the reason, "" when the day is open
    bookings: tuple[CalendarBooking, ...]

    @property
    def taken(self) -> int:
        return len(self.bookings)

    @property
    def free(self) -> int:
        return 0 if self.blocked else max(self.capacity - self.taken, 0)


@dataclass(frozen=True)
class CalendarWeek:
    today: date
    days: tuple[date, ...]
    cells: tuple[CalendarCell, ...]


def facility_day(db: Database, actor: Actor) -> date:
    """Today by the facility's calendar (dialogs start there, not at the desk's clock)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        return facility_today(session, actor.facility_id)


def week(db: Database, actor: Actor, first: date, days: int = WEEK) -> CalendarWeek:
    """Every visiting time open from ``first`` for ``days`` days, with what is booked."""
    last = first + timedelta(days=days - 1)
    with db.read() as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        rooms = _rooms(session, actor.facility_id)
        slots = list(
            session.scalars(
                select(VisitSlot)
                .where(VisitSlot.facility_id == actor.facility_id, ~VisitSlot.deleted)
                .order_by(VisitSlot.starts, VisitSlot.ends)
            )
        )
        blocked = _blocked(session, actor.facility_id, first, last)
        booked = _bookings(session, actor.facility_id, first, last)
        cells = []
        for offset in range(days):
            day = first + timedelta(days=offset)
            for slot in slots:
                if not slot_open_on(slot, day):
                    continue
                reason = blocked.get((day, slot.room_id)) or blocked.get((day, None), "")
                cells.append(
                    CalendarCell(
                        day,
                        slot.id,
                        slot.kind,
                        slot.starts,
                        slot.ends,
                        rooms.get(slot.room_id, ""),
                        slot.capacity,
                        reason,
                        tuple(booked.get((slot.id, day), ())),
                    )
                )
        today = facility_today(session, actor.facility_id)
        return CalendarWeek(
            today, tuple(first + timedelta(days=i) for i in range(days)), tuple(cells)
        )


def _rooms(session: Session, facility_id: str | None) -> dict[str, str]:
    return dict(
        session.execute(
            select(VisitRoom.id, VisitRoom.name).where(VisitRoom.facility_id == facility_id)
        ).all()
    )


def _blocked(
    session: Session, facility_id: str | None, first: date, last: date
) -> dict[tuple[date, str | None], str]:
    rows = session.execute(
        select(BlockedDate.day, BlockedDate.room_id, BlockedDate.reason).where(
            BlockedDate.facility_id == facility_id,
            ~BlockedDate.deleted,
            BlockedDate.day.between(first, last),
        )
    )
    return {(day, room_id): reason for day, room_id, reason in rows}


def _bookings(
    session: Session, facility_id: str | None, first: date, last: date
) -> dict[tuple[str, date], list[CalendarBooking]]:
    rows = session.execute(
        select(
            VisitBooking.id,
            VisitBooking.number.label("pass_number"),
            VisitBooking.slot_id,
            VisitBooking.day,
            # columns, not the entity (a week's list is read often): the row has the names
            Prisoner.number,
            Prisoner.surname,
            Prisoner.given_name,
            Prisoner.patronymic,
        )
        .join(Prisoner, Prisoner.id == VisitBooking.prisoner_id)
        .where(
            VisitBooking.facility_id == facility_id,
            VisitBooking.day.between(first, last),
            VisitBooking.status == BOOKED,
            ~VisitBooking.deleted,
        )
        .order_by(VisitBooking.number)
    ).all()
    # party sizes of these bookings only: a count over the whole table grows with the years
    people = _party_sizes(session, [row[0] for row in rows])
    found: dict[tuple[str, date], list[CalendarBooking]] = defaultdict(list)
    for row in rows:
        found[(row.slot_id, row.day)].append(
            CalendarBooking(
                row.id,
                row.pass_number,
                numbered_name(row),
                people.get(row.id, 0),
            )
        )
    return found


# --- what desks apart booked twice ---------------------------------------------------------

SLOT_FULL, PRISONER_TWICE, ALLOWANCE, DAY_BLOCKED = (
    "slot_over_capacity",
    "prisoner_twice",
    "allowance_exceeded",
    "day_blocked",
)


@dataclass(frozen=True)
class Overbooking:
    kind: str  # one of the four codes above
    day: date  # the visiting day, or the first day of the month for an allowance
    subject: str  # the visiting time or the prisoner
    count: int  # visits booked
    limit: int  # visits allowed (0 for a blocked day)
    bookings: tuple[CalendarBooking, ...]
    detail: str = ""  # the visit kind for an allowance, the reason for a blocked day


def overbooked(db: Database, actor: Actor) -> list[Overbooking]:
    """Visits from today on that break a rule nobody could check while desks were apart,
    each with the visits a supervisor may still cancel to settle it (not those the gate has
    recorded already; a problem with none left is not listed)."""
    with db.read() as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        today = facility_today(session, actor.facility_id)
        rows = session.execute(
            select(VisitBooking, Prisoner)
            .join(Prisoner, Prisoner.id == VisitBooking.prisoner_id)
            .where(
                VisitBooking.facility_id == actor.facility_id,
                # from yesterday: a long visit begun then may clash with one of today
                VisitBooking.day >= today - timedelta(days=1),
                VisitBooking.status == BOOKED,
                ~VisitBooking.deleted,
            )
            .order_by(VisitBooking.day, VisitBooking.starts, VisitBooking.number)
        ).all()
        ahead = [(booking, p) for booking, p in rows if booking.day >= today]
        if not ahead:
            return []
        last = max(booking.day for booking, _ in ahead)
        people = _party_sizes(session, [booking.id for booking, _ in rows])
        refs = {
            booking.id: CalendarBooking(
                booking.id,
                booking.number,
                numbered_name(p),
                people.get(booking.id, 0),
            )
            for booking, p in rows
        }
        rooms = _rooms(session, actor.facility_id)
        found = _over_capacity(session, rooms, ahead, refs)
        found += _prisoners_twice(rows, refs, today)
        found += _over_allowance(session, actor.facility_id, ahead, refs)
        found += _on_blocked_days(session, actor.facility_id, rooms, ahead, refs, today, last)
        open_ = _not_at_the_gate(session, list(refs))
        settleable = []
        for problem in found:
            cancellable = tuple(b for b in problem.bookings if b.id in open_)
            if cancellable:
                settleable.append(replace(problem, bookings=cancellable))
        return sorted(settleable, key=lambda o: (o.day, o.kind, o.subject))


def _not_at_the_gate(session: Session, booking_ids: list[str]) -> set[str]:
    """The bookings the gate has recorded nothing for (those alone can still be cancelled)."""
    seen: set[str] = set()
    for start in range(0, len(booking_ids), 500):
        seen.update(
            session.scalars(
                select(GateEvent.booking_id)
                .where(GateEvent.booking_id.in_(booking_ids[start : start + 500]))
                .distinct()
            )
        )
    return set(booking_ids) - seen


def _party_sizes(session: Session, booking_ids: list[str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for start in range(0, len(booking_ids), 500):
        sizes.update(
            session.execute(
                select(BookingVisitor.booking_id, func.count())
                .where(
                    BookingVisitor.booking_id.in_(booking_ids[start : start + 500]),
                    ~BookingVisitor.deleted,
                )
                .group_by(BookingVisitor.booking_id)
            ).all()
        )
    return sizes


def _slot_label(slot: VisitSlot | None, rooms: dict[str, str]) -> str:
    if slot is None:
        return ""
    return f"{slot.starts}–{slot.ends} {rooms.get(slot.room_id, '')}".strip()


def _over_capacity(
    session: Session, rooms: dict[str, str], rows: list, refs: dict
) -> list[Overbooking]:
    by_slot: dict[tuple[str, date], list[VisitBooking]] = defaultdict(list)
    for booking, _ in rows:
        by_slot[(booking.slot_id, booking.day)].append(booking)
    found = []
    for (slot_id, day), booked in by_slot.items():
        slot = session.get(VisitSlot, slot_id)
        if slot is not None and len(booked) > slot.capacity:
            found.append(
                Overbooking(
                    SLOT_FULL,
                    day,
                    _slot_label(slot, rooms),
                    len(booked),
                    slot.capacity,
                    tuple(refs[b.id] for b in booked),
                    slot.kind,
                )
            )
    return found


def _prisoners_twice(rows: list, refs: dict, today: date) -> list[Overbooking]:
    """A prisoner's visits that overlap, one problem per group of overlapping visits (found
    by a sweep over their spans), when the group reaches today."""
    by_prisoner: dict[str, list[tuple[datetime, datetime, VisitBooking]]] = defaultdict(list)
    for booking, _ in rows:
        by_prisoner[booking.prisoner_id].append(
            (*visit_span(booking.day, booking.starts, booking.ends), booking)
        )
    found = []
    for spans in by_prisoner.values():
        spans.sort(key=lambda span: span[0])
        groups: list[list[VisitBooking]] = []
        reach = None
        for begin, end, booking in spans:
            if reach is not None and begin < reach:
                groups[-1].append(booking)
                reach = max(reach, end)
            else:
                groups.append([booking])
                reach = end
        for group in groups:
            if len(group) > 1 and max(b.day for b in group) >= today:
                found.append(
                    Overbooking(
                        PRISONER_TWICE,
                        group[0].day,
                        refs[group[0].id].prisoner,
                        len(group),
                        1,
                        tuple(refs[b.id] for b in group),
                    )
                )
    return found


def _over_allowance(
    session: Session, facility_id: str | None, rows: list, refs: dict
) -> list[Overbooking]:
    settings = allowances(session, facility_id)
    by_month: dict[tuple[str, str, date], list[VisitBooking]] = defaultdict(list)
    regimes = {}
    for booking, prisoner in rows:
        if VisitKind(booking.kind) in COUNTED:
            by_month[(prisoner.id, booking.kind, month_of(booking.day)[0])].append(booking)
            regimes[prisoner.id] = prisoner.regime
    found = []
    for (prisoner_id, kind, first), ahead in by_month.items():
        allowance = settings.get(regimes[prisoner_id])
        limit = allowance.of(VisitKind(kind)) if allowance else None
        if limit is None:
            continue
        # the month's visits already past count too
        past = session.scalar(
            select(func.count())
            .select_from(VisitBooking)
            .where(
                VisitBooking.prisoner_id == prisoner_id,
                VisitBooking.kind == kind,
                VisitBooking.status == BOOKED,
                ~VisitBooking.deleted,
                VisitBooking.day.between(first, ahead[0].day - timedelta(days=1)),
            )
        )
        if past + len(ahead) > limit:
            found.append(
                Overbooking(
                    ALLOWANCE,
                    first,
                    refs[ahead[0].id].prisoner,
                    past + len(ahead),
                    limit,
                    tuple(refs[b.id] for b in ahead),
                    kind,
                )
            )
    return found


def _on_blocked_days(
    session: Session,
    facility_id: str | None,
    rooms: dict[str, str],
    rows: list,
    refs: dict,
    today: date,
    last: date,
) -> list[Overbooking]:
    blocked = _blocked(session, facility_id, today, last)
    if not blocked:
        return []
    by_day: dict[tuple[date, str], list[VisitBooking]] = defaultdict(list)
    reasons: dict[tuple[date, str], str] = {}
    for booking, _ in rows:
        reason = blocked.get((booking.day, booking.room_id)) or blocked.get((booking.day, None))
        if reason is not None:
            by_day[(booking.day, booking.room_id)].append(booking)
            reasons[(booking.day, booking.room_id)] = reason
    return [
        Overbooking(
            DAY_BLOCKED,
            day,
            rooms.get(room_id, ""),
            len(booked),
            0,
            tuple(refs[b.id] for b in booked),
            reasons[(day, room_id)],
        )
        for (day, room_id), booked in by_day.items()
    ]
