"""What sync leaves for people to look at: conflicts (born on the server, pulled like any
event), the supervisors' decisions on them, and the changes the server refused."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent


class SyncConflict(ReplicatedEvent, Base):
    """Two devices changed one field concurrently: ``kept`` won everywhere (higher HLC),
    ``lost`` is what the other side wrote. Each is ``{"value": ..., "hlc": ...}``; the HLC
    names the device and the moment. Written by the server only."""

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept: Mapped[dict[str, Any]] = mapped_column(JSON)
    kept_user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    lost: Mapped[dict[str, Any]] = mapped_column(JSON)
    lost_user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    lost_device_time: Mapped[datetime | None]
    detected_at: Mapped[datetime]


class ConflictDecision(ReplicatedEvent, Base):
    """A supervisor looked at a conflict and kept the winner or switched to the loser."""

    __tablename__ = "sync_conflict_decision"

    conflict_id: Mapped[str] = mapped_column(Uuid, index=True)
    decision: Mapped[str] = mapped_column(String(8))  # keep | switch
    user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    decided_at: Mapped[datetime]


class RejectedChange(Base):
    """A local change the server refused (with its reason code): out of the outbox, kept here
    for supervisors. Local to this workstation, never replicated."""

    __tablename__ = "sync_rejected"

    op_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    device_time: Mapped[datetime]
    rejected_at: Mapped[datetime]
