"""For the server's migrations: stored rows gain a replicated table's new columns.

A workstation's migration adds a nullable column as null to every row it holds. The server
keeps rows as canonical JSON (``server_row``, and ``server_left_row`` for what a facility
keeps of a prisoner who left), so its migration adds the same nulls there and recomputes
each row's hash, or both sides would hash the same rows differently (SYNC.md, Digest). The
``seq`` stays: the workstations already hold these values."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

import sqlalchemy as sa
from alembic import op

from prisondesk.domain.jsonbytes import canonical, loads

BATCH = 1000


def _rows_table(name: str, *keys: str) -> sa.TableClause:
    return sa.table(
        name,
        *(sa.column(key, sa.String) for key in keys),
        sa.column("table_name", sa.String),
        sa.column("row_id", sa.String),
        sa.column("row", sa.Text),
        sa.column("row_hash", sa.String),
    )


SERVER_ROW = _rows_table("server_row", "prisoner_id")
LEFT_ROW = _rows_table("server_left_row", "facility_id")


def stored(rows: sa.TableClause, table: str) -> Iterator[list[sa.Row]]:
    """The stored rows of ``table`` that have a value (revocations have none), a batch at a
    time, in key order."""
    keys = [rows.c.row_id] + ([rows.c.facility_id] if "facility_id" in rows.c else [])
    connection, last = op.get_bind(), None
    while True:
        query = sa.select(*keys, rows.c.row).where(
            rows.c.table_name == table, rows.c.row.is_not(None)
        )
        if last is not None:
            query = query.where(sa.tuple_(*keys) > sa.tuple_(*last))
        batch = connection.execute(query.order_by(*keys).limit(BATCH)).all()
        if not batch:
            return
        yield batch
        last = tuple(batch[-1][: len(keys)])


def add_null_columns(table: str, names: tuple[str, ...]) -> None:
    """Every stored row of ``table`` gains ``names`` as null, with its hash recomputed."""

    def add(row: dict) -> None:
        for name in names:
            row.setdefault(name, None)

    _rewrite(table, add)


def drop_columns(table: str, names: tuple[str, ...]) -> None:
    """Every stored row of ``table`` loses ``names`` (a downgrade), with its hash recomputed."""

    def drop(row: dict) -> None:
        for name in names:
            row.pop(name, None)

    _rewrite(table, drop)


def _rewrite(table: str, change: Callable[[dict], None]) -> None:
    for rows in (SERVER_ROW, LEFT_ROW):
        keyed = "facility_id" in rows.c
        for batch in stored(rows, table):
            changed = []
            for found in batch:
                row = loads(found.row)
                change(row)
                encoded = canonical(row)
                if encoded.decode("utf-8") == found.row:
                    continue
                changed.append(
                    {
                        "key": found.row_id,
                        "owner": found.facility_id if keyed else None,
                        "new_row": encoded.decode("utf-8"),
                        "new_hash": hashlib.sha256(encoded).hexdigest()[:32],
                    }
                )
            if changed:
                where = [rows.c.table_name == table, rows.c.row_id == sa.bindparam("key")]
                if keyed:
                    where.append(rows.c.facility_id == sa.bindparam("owner"))
                op.get_bind().execute(
                    rows.update()
                    .where(*where)
                    .values(row=sa.bindparam("new_row"), row_hash=sa.bindparam("new_hash")),
                    changed,
                )
