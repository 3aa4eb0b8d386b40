"""For the server's migrations: stored rows gain a replicated table's new columns.

A workstation's migration adds a nullable column as null to every row it holds. The server
keeps rows as canonical JSON (``server_row``, and ``server_left_row`` for what a facility
keeps of a prisoner who left), so its migration adds the same nulls there and recomputes
each row's hash, or both sides would hash the same rows differently (SYNC.md, Digest), and
counts the table's digest totals again. The ``seq`` stays: the workstations already hold
these values."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlalchemy as sa
from alembic import op

from prisondesk.domain.jsonbytes import canonical, loads
from prisondesk.server import digest_totals
from prisondesk.sync.digest import row_hash

BATCH = 1000


def _rows_table(name: str, *extra: str) -> sa.TableClause:
    return sa.table(
        name,
        *(sa.column(column, sa.String) for column in extra),
        sa.column("table_name", sa.String),
        sa.column("row_id", sa.String),
        sa.column("row", sa.Text),
        sa.column("row_hash", sa.String),
    )


SERVER_ROW = _rows_table("server_row", "prisoner_id")
LEFT_ROW = _rows_table("server_left_row", "facility_id")
# each table with the columns that, besides ``table_name``, name one of its rows
KEYS = {SERVER_ROW: ("row_id",), LEFT_ROW: ("row_id", "facility_id")}


def stored(rows: sa.TableClause, table: str) -> Iterator[list[sa.Row]]:
    """The stored rows of ``table`` that have a value (revocations have none), with their
    key columns, a batch at a time, in key order."""
    keys = [rows.c[name] for name in KEYS[rows]]
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
    for rows, keys in KEYS.items():
        update = (
            rows.update()
            .where(
                rows.c.table_name == table, *(rows.c[k] == sa.bindparam(f"key_{k}") for k in keys)
            )
            .values(row=sa.bindparam("new_row"), row_hash=sa.bindparam("new_hash"))
        )
        for batch in stored(rows, table):
            changed = []
            for found in batch:
                row = loads(found.row)
                change(row)
                text = canonical(row).decode("utf-8")
                if text != found.row:
                    changed.append(
                        {
                            **{f"key_{k}": getattr(found, k) for k in keys},
                            "new_row": text,
                            "new_hash": f"{row_hash(row):032x}",  # as the digest hashes it
                        }
                    )
            if changed:
                op.get_bind().execute(update, changed)
    if sa.inspect(op.get_bind()).has_table(digest_totals.TOTALS.name):  # from 0006 on
        digest_totals.recount(op.get_bind(), [table])
