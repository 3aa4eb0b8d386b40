"""The state of one push while its ops are applied: the rows they touch, held in memory and
written back at the end (see ``push.py``), the unique values claimed and the receipts owed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.jsonbytes import dumps, loads
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
    seq: int | None = None  # the stored row's, as read
    # what the digest's totals hold of the stored row: its facility, and its hash while live
    stored_facility: str | None = None
    stored_hash: str | None = None

    @classmethod
    def stored(cls, stored: ServerRow | Row[Any]) -> RowState:
        row = loads(stored.row)
        return cls(
            stored.table_name,
            stored.row_id,
            stored.facility_id,
            row,
            unpacked(stored.hlc, row),
            stored.deleted,
            exists=True,
            writers=unpacked(stored.writers or "{}", row),
            seq=stored.seq,
            stored_facility=stored.facility_id,
            stored_hash=None if stored.deleted else stored.row_hash,
        )


MISSING = object()


def sent_value(op: dict[str, Any], column: str) -> Any:
    """One column's value as the op sends it, in either form (``fields``, or ``values`` with
    one ``hlc``); ``MISSING`` if it sends none, or is malformed (its own checks refuse it)."""
    values = op.get("values")
    if type(values) is dict:
        return values.get(column, MISSING)
    fields = op.get("fields")
    item = fields.get(column) if type(fields) is dict else None
    return item.get("value", MISSING) if type(item) is dict else MISSING


def sent_stamp(op: dict[str, Any], column: str) -> Any:
    """The HLC the op sends for one column, in either form, or ``None``."""
    if type(op.get("values")) is dict:
        return op.get("hlc") if column in op["values"] else None
    fields = op.get("fields")
    item = fields.get(column) if type(fields) is dict else None
    return item.get("hlc") if type(item) is dict else None


def packed(per_column: dict[str, Any], row: dict[str, Any]) -> bytes:
    """A map of the row's columns (their HLCs, their writers) as stored: one JSON value when
    every column has the same one — an insert's, an event's — else the object. An insert's
    map said once is some 2 KB less to write, and to read back."""
    if per_column.keys() == row.keys():
        same = set(per_column.values())
        if len(same) == 1:
            return dumps(same.pop())
    return dumps(per_column)


def unpacked(text: str, row: dict[str, Any]) -> dict[str, Any]:
    value = loads(text)
    return value if isinstance(value, dict) else dict.fromkeys(row, value)


@dataclass
class Device:
    id: str
    facility_id: str | None
    audit_user: str | None = None  # the user of the latest audit entry it pushed (authorise.py)


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
    lock: Callable[[], SeqCounter]  # takes the push lock and gives the seq counter (held to commit)
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
    overlapping: bool = False  # other pushes may write while this one decides (PostgreSQL)
    left: list[LeftEntry] = field(default_factory=list)  # transfers made by this push
    facilities: set[str] | None = None  # ids of facilities with data, read when first needed
    audited_users: set[str] = field(default_factory=set)  # with an audit entry in this push
    setting_up: bool | None = None  # no user of the facility known yet (authorise.py; lazy)
    # the hashes of audit entries stored or pushed, by (device, device_seq) (audit_chain.py)
    chain: dict[tuple[str, int], str] = field(default_factory=dict)
    # what was read of other devices' data, looked at again under the push lock (push.py):
    # each row's seq (None: not stored) and each unique value's holder (None: free)
    read_rows: dict[tuple[str, str], int | None] = field(default_factory=dict)
    read_keys: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def touch(self, state: RowState) -> None:
        self.rows[(state.table, state.row_id)] = state
        self.dirty.setdefault((state.table, state.row_id), state)


def unique_key_text(row: dict[str, Any], columns: tuple[str, ...]) -> str:
    """The stored text of a unique value: ``json.dumps(values, ensure_ascii=False)`` (keys
    already stored are in that form). Texts, integers and nulls are written the same way by
    orjson, which is quicker; anything else goes through the standard library."""
    values = [row.get(c) for c in columns]
    if all(value is None or type(value) in _ORJSON_SAME for value in values):
        try:
            return "[" + ", ".join(dumps(value).decode() for value in values) + "]"
        except TypeError:  # an integer beyond 64 bits
            pass
    return json.dumps(values, ensure_ascii=False)


_ORJSON_SAME = (str, int, bool)
