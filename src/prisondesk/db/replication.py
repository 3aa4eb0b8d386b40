"""The replication mixins of SYNC.md and the local tables that serve them.

*Record* tables (things that change) carry a per-field hybrid logical clock, the device that
created them and a tombstone. *Event* tables (facts) are insert-only: an update or delete raises,
in the ORM and, through triggers, in SQLite itself. Every local change lands in the outbox in
the same transaction (see ``capture.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.domain.ids import new_id

# Columns that describe replication, not the record: never sent as fields.
RECORD_METADATA = frozenset({"field_hlc", "origin_device", "deleted"})
EVENT_METADATA = frozenset({"origin_device", "hlc"})


class Replicated:
    """Common to both kinds: a UUIDv7 key born on the workstation and the owning facility."""

    replication_kind: ClassVar[str]
    # rows about one prisoner that go with them on a transfer to another facility and leave
    # the sending facility (SYNC.md, Transfers); such a model has a ``prisoner_id`` column
    follows_prisoner: ClassVar[bool] = False

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    origin_device: Mapped[str] = mapped_column(String(36), default="")

    @declared_attr
    def facility_id(cls) -> Mapped[str | None]:  # noqa: N805
        # Null for reference data shared by all facilities.
        return mapped_column(Uuid, index=True, nullable=True)

    @classmethod
    def data_columns(cls) -> list[str]:
        skip = RECORD_METADATA if cls.replication_kind == "record" else EVENT_METADATA
        return [c.key for c in cls.__table__.columns if c.key not in skip]  # type: ignore[attr-defined]


class ReplicatedRecord(Replicated):
    """A mutable record: last writer wins per field, by HLC; deletes are tombstones."""

    replication_kind = "record"

    field_hlc: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ReplicatedEvent(Replicated):
    """A fact that happened: inserted once, never updated or deleted."""

    replication_kind = "event"

    hlc: Mapped[str] = mapped_column(String(64), default="")


def replicated_models() -> list[type[Replicated]]:
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, Replicated)),
        key=lambda cls: cls.__tablename__,  # type: ignore[attr-defined]
    )


class OutboxEntry(Base):
    """A local change waiting to be pushed; deleted only once the server has answered for it."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(Uuid, unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    user_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    device_time: Mapped[datetime]
    # the transaction that wrote it (the outbox's last seq when it began): a transaction cut
    # by a push's size limit sends its audit entry with its first part (sync/engine.py)
    txn: Mapped[int | None] = mapped_column(Integer, nullable=True)


class LocalState(Base):
    """Key-value facts about this installation (device id, last HLC); never replicated."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
