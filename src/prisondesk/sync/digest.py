"""Rows as pull delivers them, and the digest of SYNC.md that proves two sides hold the same
rows: per table a count and the XOR of each row's hash (the first 16 bytes of SHA-256 of the
row in canonical JSON)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.replication import Replicated, ReplicatedRecord, replicated_models
from prisondesk.domain.jsonbytes import canonical
from prisondesk.domain.wire import to_wire

EMPTY = "0" * 32


def wire_row(row: Replicated) -> dict[str, Any]:
    """A replicated row exactly as pull delivers it: its data columns as wire values."""
    return {column: to_wire(getattr(row, column)) for column in row.data_columns()}


def row_hash(row: dict[str, Any]) -> int:
    return int.from_bytes(hashlib.sha256(canonical(row)).digest()[:16], "big")


def table_digest(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    count, combined = 0, 0
    for row in rows:
        count += 1
        combined ^= row_hash(row)
    return {"count": count, "xor": f"{combined:032x}"}


def local_digest(session: Session) -> dict[str, dict[str, Any]]:
    """The digest of every replicated table in a workstation database (tombstones left out).
    Reads plain rows, not ORM objects: this runs over every row after a sync."""
    digests = {}
    for model in replicated_models():
        table = model.__table__  # type: ignore[attr-defined]
        names = model.data_columns()
        query = select(*(table.c[name] for name in names))
        if issubclass(model, ReplicatedRecord):
            query = query.where(~table.c.deleted)
        rows = session.execute(query.execution_options(yield_per=5000))
        digests[table.name] = table_digest(
            {name: to_wire(value) for name, value in zip(names, row, strict=True)} for row in rows
        )
    return digests
