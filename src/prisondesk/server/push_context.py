"""The state of one push while its ops are applied: the rows they touch, held in memory and
written back at the end (see ``push.py``), the unique values claimed and the receipts owed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.jsonbytes import loads
from prisondesk.server.database import SeqCounter, among_sqlite
from prisondesk.server.models import ServerRow


class Rejected(Exception):
    """An op refused, with SYNC.md's reason code; the push goes on with the next op."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason, self.detail = reason, detail


@dataclass
class RowState:
    table: str
    row_id: str
    facility_id: str | None
    row: dict[str, Any]
    hlc: dict[str, str]
    deleted: bool
    exists: bool  # already stored before this push
    writers: dict[str, str | None] = field(default_factory=dict)  # who wrote each field

    @classmethod
    def stored(cls, stored: ServerRow) -> RowState:
        hlc = loads(stored.hlc)
        return cls(
            stored.table_name,
            stored.row_id,
            stored.facility_id,
            loads(stored.row),
            hlc if isinstance(hlc, dict) else {},
            stored.deleted,
            exists=True,
            writers=loads(stored.writers or "{}"),
        )


@dataclass
class Device:
    id: str
    facility_id: str | None


@dataclass(frozen=True)
class LeftEntry:
    """A row a facility keeps of a prisoner who left (``row`` set), or loses (``row`` None)."""

    facility_id: str
    table: str
    row_id: str
    row: dict[str, Any] | None
    hlc: dict[str, str]


@dataclass
class PushContext:
    session: Session
    seqs: SeqCounter
    device: Device
    clock: HybridClock
    now: datetime
    rows: dict[tuple[str, str], RowState | None] = field(default_factory=dict)
    dirty: dict[tuple[str, str], RowState] = field(default_factory=dict)  # first-touch order
    receipts: set[str] = field(default_factory=set)
    new_receipts: list[dict[str, Any]] = field(default_factory=list)
    keys: dict[tuple[str, str], str | None] = field(default_factory=dict)
    keys_changed: set[tuple[str, str]] = field(default_factory=set)
    stored_keys: set[tuple[str, str]] = field(default_factory=set)  # found in the database
    among: Callable[[Any, list[Any]], Any] = among_sqlite  # database.among on PostgreSQL
    left: list[LeftEntry] = field(default_factory=list)  # transfers made by this push
    facilities: set[str] | None = None  # ids of facilities with data, read when first needed

    def touch(self, state: RowState) -> None:
        self.rows[(state.table, state.row_id)] = state
        self.dirty.setdefault((state.table, state.row_id), state)
