"""Visits: who may visit whom, when rooms are open, bookings with their printed passes, and
what happened at the gate (DOMAIN.md, Visits; Mandela Rule 58)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent, ReplicatedRecord


class FacilitySetting(ReplicatedRecord, Base):
    """A facility-wide setting (visit allowances, visitor limits), replicated to its desks."""

    __tablename__ = "facility_setting"
    __table_args__ = (UniqueConstraint("facility_id", "key"),)

    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)


class Visitor(ReplicatedRecord, Base):
    """A person who visits. Registered once: matched by document and by name and birth date."""

    __tablename__ = "visitor"
    __table_args__ = (
        Index("ix_visitor_document_key", "document_key"),
        Index("ix_visitor_birth", "date_of_birth"),
        Index("ix_visitor_surname", "surname", "given_name"),
    )

    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None]
    document_type: Mapped[str] = mapped_column(String(50), default="")
    document_number: Mapped[str] = mapped_column(String(50), default="")
    document_key: Mapped[str] = mapped_column(String(50), default="")  # as any desk types it
    document_country: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")


class VisitorSearchKey(Base):
    """Local, derived: a visitor's name keys (``domain/names.py``), so the registry is searched
    by name in any script through an index; rebuilt from the records."""

    __tablename__ = "visitor_search_key"

    visitor_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class VisitorPhoto(ReplicatedRecord, Base):
    __tablename__ = "visitor_photo"

    visitor_id: Mapped[str] = mapped_column(ForeignKey("visitor.id"), index=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)


class PrisonerVisitor(ReplicatedRecord, Base):
    """A visitor's relationship to a prisoner; approved by a supervisor to be on the list."""

    __tablename__ = "prisoner_visitor"
    __table_args__ = (Index("ix_prisoner_visitor_pair", "prisoner_id", "visitor_id"),)

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    visitor_id: Mapped[str] = mapped_column(ForeignKey("visitor.id"), index=True)
    relationship: Mapped[str] = mapped_column(String(50))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    approved_at: Mapped[datetime | None]


class VisitRestriction(ReplicatedRecord, Base):
    """A ban or a limit on a visitor or a prisoner, from a day to an (optional) end day."""

    __tablename__ = "visit_restriction"

    visitor_id: Mapped[str | None] = mapped_column(Uuid, nullable=True, index=True)
    prisoner_id: Mapped[str | None] = mapped_column(Uuid, nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # ban | closed_only
    reason: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]


class VisitRoom(ReplicatedRecord, Base):
    __tablename__ = "visit_room"

    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VisitSlot(ReplicatedRecord, Base):
    """A weekly opening of a room for one kind of visit: weekday, times, how many visits."""

    __tablename__ = "visit_slot"

    room_id: Mapped[str] = mapped_column(ForeignKey("visit_room.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday … 6 Sunday
    starts: Mapped[str] = mapped_column(String(5))  # HH:MM, facility time
    ends: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]


class BlockedDate(ReplicatedRecord, Base):
    """No visits that day (in one room, or anywhere when ``room_id`` is empty)."""

    __tablename__ = "visit_blocked_date"

    day: Mapped[date] = mapped_column(index=True)
    room_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    reason: Mapped[str] = mapped_column(String(200))


class VisitBooking(ReplicatedRecord, Base):
    """A booked visit; ``number`` is printed on its pass."""

    __tablename__ = "visit_booking"
    __table_args__ = (
        Index("ix_visit_booking_day", "day", "status"),
        # a facility's days: SQLite would otherwise pick the facility index and scan years
        Index("ix_visit_booking_facility_day", "facility_id", "day"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    slot_id: Mapped[str] = mapped_column(ForeignKey("visit_slot.id"))
    room_id: Mapped[str] = mapped_column(ForeignKey("visit_room.id"))
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[date]
    starts: Mapped[str] = mapped_column(String(5))
    ends: Mapped[str] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(16), default="booked")  # booked | cancelled
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")


class BookingVisitor(ReplicatedRecord, Base):
    __tablename__ = "visit_booking_visitor"

    booking_id: Mapped[str] = mapped_column(ForeignKey("visit_booking.id"), index=True)
    visitor_id: Mapped[str] = mapped_column(ForeignKey("visitor.id"), index=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=False)


class GateEvent(ReplicatedEvent, Base):
    """A fact at the gate: a check-in, a check-out or an outcome. Insert-only, so desks that
    record them at once never conflict; the state of a visit is read from its events."""

    __tablename__ = "visit_gate_event"
    __table_args__ = (Index("ix_visit_gate_event_booking", "booking_id", "occurred_at"),)

    booking_id: Mapped[str] = mapped_column(ForeignKey("visit_booking.id"))
    visitor_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    action: Mapped[str] = mapped_column(String(16))  # check_in | check_out | outcome
    outcome: Mapped[str] = mapped_column(String(24), default="")
    locker: Mapped[str] = mapped_column(String(20), default="")
    items: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime]
    officer_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)


class VisitPassKey(ReplicatedEvent, Base):
    """A facility's secret that signs visit passes (see domain/visit_pass.py)."""

    __tablename__ = "visit_pass_key"

    key_id: Mapped[str] = mapped_column(String(8))
    secret: Mapped[str] = mapped_column(String(64))
