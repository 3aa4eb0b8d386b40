"""Workshops: vocational training and work (DOMAIN.md, Workshops and pay; Mandela Rules
96–103). A workshop has its instructors, capacity and weekly sessions, its training
programmes, a waiting list and allocations; the instructor's register is a list of attendance
marks (events: a correction is a new mark that supersedes the old one); pay rates are
effective-dated; a pay period computes each prisoner's pay from the marks, a supervisor
approves it, and its wages are posted to the prisoner's deposit ledger (events, the balance a
sum; money in integer tyiyn, never floats)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent, ReplicatedRecord


class Workshop(ReplicatedRecord, Base):
    """A workshop (leather craft, felt craft) and the enterprise that employs its workers."""

    __tablename__ = "workshop"

    name: Mapped[str] = mapped_column(String(100))
    enterprise: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # a half-day session's length: what a scan marks as worked (a full day counts twice)
    session_minutes: Mapped[int] = mapped_column(Integer, default=240)


class WorkshopInstructor(ReplicatedRecord, Base):
    """An instructor of a workshop (a user account); removed as a tombstone."""

    __tablename__ = "workshop_instructor"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    user_id: Mapped[str] = mapped_column(Uuid, index=True)


class WorkshopSession(ReplicatedRecord, Base):
    """A weekly session of a workshop: a weekday (0 Monday) and its part of the day
    (morning, afternoon, or the full day). A day's sessions are these, not rows of their own.
    A session added to a running workshop is held from the day it was added, and one taken out
    until the day it was taken out: the registers of the days it was held stay open."""

    __tablename__ = "workshop_session"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    part: Mapped[str] = mapped_column(String(16))  # morning | afternoon | full
    first_day: Mapped[date | None] = mapped_column(nullable=True)  # None: since the start
    last_day: Mapped[date | None] = mapped_column(nullable=True)  # None: still held


class Programme(ReplicatedRecord, Base):
    """A training programme of a workshop, of a length in days, followed by work."""

    __tablename__ = "workshop_programme"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    length_days: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class WaitingEntry(ReplicatedRecord, Base):
    """A prisoner on a workshop's waiting list: pending, then approved or declined, then
    allocated; or removed, or withdrawn by the prisoner. Pending entries end by themselves
    when the prisoner leaves."""

    __tablename__ = "workshop_waiting"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    programme_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16), default="staff")  # staff | assessment
    requested_at: Mapped[datetime]
    requested_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    allocation_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)


class Allocation(ReplicatedRecord, Base):
    """A prisoner's place in a workshop, in training (with its programme) or at work, from a
    day to a day with the reason it ended."""

    __tablename__ = "workshop_allocation"
    __table_args__ = (Index("ix_workshop_allocation_workshop", "workshop_id", "starts_on"),)

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"))
    programme_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    pay_band: Mapped[str] = mapped_column(String(16), default="A")
    starts_on: Mapped[date]
    ends_on: Mapped[date | None] = mapped_column(nullable=True)
    end_reason: Mapped[str] = mapped_column(String(16), default="")
    end_note: Mapped[str] = mapped_column(Text, default="")


class AttendanceMark(ReplicatedEvent, Base):
    """One prisoner at one session: attended, or absent with a reason (paid or not, as the
    reason says), the minutes worked and the pieces made. Insert-only: a correction is a new
    mark that ``supersedes`` the one it corrects."""

    __tablename__ = "attendance_mark"
    __table_args__ = (
        Index("ix_attendance_mark_workshop_day", "workshop_id", "day"),
        Index("ix_attendance_mark_prisoner_day", "prisoner_id", "day"),
    )

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"))
    allocation_id: Mapped[str] = mapped_column(ForeignKey("workshop_allocation.id"), index=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    day: Mapped[date]
    part: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))  # attended | sick | rest_day | refused | …
    paid: Mapped[bool] = mapped_column(Boolean)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    pieces: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    supersedes: Mapped[str | None] = mapped_column(Uuid, nullable=True, index=True)
    marked_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    marked_at: Mapped[datetime]


class PayRate(ReplicatedRecord, Base):
    """What a workshop pays a pay band, per session, per hour or per piece, in tyiyn, from a
    day (to a day, or on). Rates of one band never overlap."""

    __tablename__ = "pay_rate"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    band: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(String(16))  # session | hour | piece
    amount: Mapped[int] = mapped_column(Integer)  # tyiyn per full session, hour or piece
    effective_from: Mapped[date]
    effective_to: Mapped[date | None] = mapped_column(nullable=True)


class PayPeriod(ReplicatedRecord, Base):
    """A pay period run: computed from the marks (its lines), approved by a supervisor, its
    wages then posted to the deposit ledger. One run per facility and first day."""

    __tablename__ = "pay_period"
    __table_args__ = (UniqueConstraint("facility_id", "first_day"),)

    first_day: Mapped[date]
    last_day: Mapped[date]
    status: Mapped[str] = mapped_column(String(16))  # computed | approved | discarded
    computed_at: Mapped[datetime]
    computed_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    held_percent: Mapped[int] = mapped_column(Integer)  # the split in force when computed


class PayLine(ReplicatedRecord, Base):
    """One prisoner's pay for one allocation in a pay period: what it counts and what it
    comes to (the wage, its spendable part and the part held until release)."""

    __tablename__ = "pay_line"

    pay_period_id: Mapped[str] = mapped_column(ForeignKey("pay_period.id"), index=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    allocation_id: Mapped[str] = mapped_column(Uuid)
    workshop_id: Mapped[str] = mapped_column(Uuid)
    half_sessions: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    pieces: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[int] = mapped_column(Integer)
    spendable: Mapped[int] = mapped_column(Integer)
    held: Mapped[int] = mapped_column(Integer)


class LedgerEntry(ReplicatedEvent, Base):
    """A movement on a prisoner's deposit account, in tyiyn (positive in, negative out), on
    its spendable part or the part held until release (Rule 103). Insert-only; the balance is
    the sum. It goes with the prisoner on a transfer."""

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_prisoner", "prisoner_id", "occurred_at"),)

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    account: Mapped[str] = mapped_column(String(16))  # spendable | held
    kind: Mapped[str] = mapped_column(String(16))  # wage | payout
    amount: Mapped[int] = mapped_column(Integer)
    pay_period_id: Mapped[str | None] = mapped_column(Uuid, nullable=True, index=True)
    occurred_at: Mapped[datetime]
    recorded_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
