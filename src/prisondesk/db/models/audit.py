from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent


class AuditEntry(ReplicatedEvent, Base):
    """Who did what to which record, and when. Each device keeps its own hash chain:
    ``entry_hash`` covers the entry and ``prev_hash``, the hash of the device's previous entry,
    so a changed or removed entry breaks every hash after it."""

    __tablename__ = "audit_entry"
    __table_args__ = (UniqueConstraint("origin_device", "device_seq"),)

    device_seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
