"""``GET /sync/pull`` and ``GET /sync/digest`` (SYNC.md, Pull and Digest).

Both read one consistent snapshot (REPEATABLE READ on PostgreSQL, a read transaction on
SQLite) holding the last ``seq`` handed out and the rows, so a final page can move the cursor
over changes this device may not see, and the digest's ``as_of`` is exactly what it covers.
Rows are stored as the JSON pull delivers, so a page is assembled from stored text.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.domain.jsonbytes import canonical, dumps, loads
from prisondesk.domain.write_rules import SECRET_COLUMNS
from prisondesk.server import digest_totals
from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import LeftRow, ServerRow
from prisondesk.server.tables import table_specs
from prisondesk.sync.digest import EMPTY, row_hash

MAX_PULL = 1000


@contextmanager
def snapshot(db: ServerDatabase) -> Iterator[Session]:
    with db.read() as session:
        if db.is_postgres:
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        yield session


def _visible(query: Any, facility_id: str | None) -> Any:
    if facility_id is None:  # headquarters sees every facility
        return query
    return query.where(or_(ServerRow.facility_id == facility_id, ServerRow.facility_id.is_(None)))


def pull_page(
    db: ServerDatabase, facility_id: str | None, after: int, limit: int, table: str | None = None
) -> bytes:
    """The JSON body of one pull page, built from the stored row text."""
    with snapshot(db) as session:
        last = db.last_seq(session)
        query = (
            select(
                ServerRow.seq,
                ServerRow.table_name,
                ServerRow.row_id,
                ServerRow.deleted,
                ServerRow.row,
                ServerRow.hlc,
            )
            .where(ServerRow.seq > after)
            .order_by(ServerRow.seq)
            .limit(limit + 1)
        )
        if table is not None:
            query = query.where(ServerRow.table_name == table)
        rows = session.execute(_visible(query, facility_id)).all()
        if facility_id is not None:
            kept = _left_query(facility_id, table).where(LeftRow.seq > after).limit(limit + 1)
            left = session.execute(kept)
            rows = list(heapq.merge(rows, left.all(), key=lambda row: row.seq))[: limit + 1]
    more = len(rows) > limit
    rows = rows[:limit]
    if facility_id is None:  # headquarters never receives a facility's secrets
        changes = [
            _change(seq, table, row_id, deleted, _without_secrets(table, row), hlc)
            for seq, table, row_id, deleted, row, hlc in rows
        ]
    else:
        changes = [_change(*row) for row in rows]
    # a final page moves the cursor past everything this device cannot see, too
    next_seq = rows[-1].seq if more else max(last, after, rows[-1].seq if rows else 0)
    return (
        b'{"changes":['
        + b",".join(changes)
        + b'],"next":'
        + str(next_seq).encode()
        + b',"more":'
        + (b"true" if more else b"false")
        + b"}"
    )


def _without_secrets(table: str, row: str | None) -> str | None:
    """A stored row with its secret columns (password hashes, pass keys) emptied: what a
    headquarters device gets, stores and hashes in its digest."""
    secret = SECRET_COLUMNS.get(table)
    if row is None or secret is None:
        return row
    values = loads(row)
    values.update((column, "") for column in secret if column in values)
    return canonical(values).decode()


def _left_query(facility_id: str, table: str | None) -> Any:
    """What the facility keeps and loses of prisoners transferred away (transfers.py)."""
    query = (
        select(
            LeftRow.seq,
            LeftRow.table_name,
            LeftRow.row_id,
            LeftRow.row.is_(None).label("deleted"),
            LeftRow.row,
            LeftRow.hlc,
        )
        .where(LeftRow.facility_id == facility_id)
        .order_by(LeftRow.seq)
    )
    return query if table is None else query.where(LeftRow.table_name == table)


def _change(seq: int, table: str, row_id: str, deleted: bool, row: str | None, hlc: str) -> bytes:
    head = dumps({"seq": seq, "table": table, "row_id": row_id, "deleted": deleted})
    if row is None:  # revoked: the row goes, and with it what it said
        return head[:-1] + b',"revoked":true,"row":' + dumps({"id": row_id}) + b',"hlc":{}}'
    # not an object: one HLC for every column (an event, a record as inserted)
    stamps = hlc.encode() if hlc.startswith("{") else _one_for_all(table, row, hlc)
    return head[:-1] + b',"row":' + row.encode() + b',"hlc":' + stamps + b"}"


def _one_for_all(table: str, row: str, hlc: str) -> bytes:
    """``{column: hlc}`` for every column of the row. A stored row holds its table's columns
    (a migration that adds one adds it to the stored rows), so the object is assembled from
    the table's column names around the HLC's JSON text, without reading the row."""
    pieces = _column_pieces(table)
    if pieces is None:
        return dumps(dict.fromkeys(loads(row), loads(hlc)))
    return hlc.encode().join(pieces)


@cache
def _column_pieces(table: str) -> tuple[bytes, ...] | None:
    """``('{"id":', ',"name":', …, '}')``: joined with an HLC's JSON text, the object
    ``{column: hlc}`` (column names are plain identifiers: nothing to escape)."""
    spec = table_specs().get(table)
    if spec is None:
        return None
    names = [name.encode() for name in spec.columns]
    return (b'{"' + names[0] + b'":', *(b',"' + name + b'":' for name in names[1:]), b"}")


def digest(db: ServerDatabase, facility_id: str | None) -> dict[str, Any]:
    """The digest from the totals the pushes keep (digest_totals.py), read in the same
    snapshot as ``as_of``; headquarters hashes the few rows with secrets as it stores them."""
    tables: dict[str, tuple[int, int]] = {name: (0, 0) for name in table_specs()}
    with snapshot(db) as session:
        as_of = db.last_seq(session)
        plain = set(tables) - set(SECRET_COLUMNS) if facility_id is None else set(tables)
        tables.update(digest_totals.read(session.connection(), facility_id, plain))
        if facility_id is None:
            for name, hashed in _hashed_without_secrets(session):
                count, combined = tables.get(name, (0, 0))
                tables[name] = (count + 1, combined ^ int(hashed, 16))
    return {
        "as_of": as_of,
        "tables": {
            name: {"count": count, "xor": f"{combined:032x}" if count else EMPTY}
            for name, (count, combined) in sorted(tables.items())
        },
    }


def _hashed_without_secrets(session: Session) -> Iterator[tuple[str, str]]:
    """(table, hash) of every live row of a table with secret columns, as headquarters
    stores it (a few thousand accounts and pass keys across the service)."""
    rows = session.execute(
        select(ServerRow.table_name, ServerRow.row).where(
            ~ServerRow.deleted, ServerRow.table_name.in_(SECRET_COLUMNS)
        )
    )
    for table, row in rows:
        hidden = _without_secrets(table, row)
        yield table, f"{row_hash(loads(hidden)):032x}"
