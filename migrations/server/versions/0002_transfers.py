"""transfers: what a facility keeps of a prisoner who left; prisoner files gain the
transfer columns

Revision ID: 0002_transfers
Revises: 0001_server
Create Date: 2026-11-29 04:20:00
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base
from prisondesk.domain.jsonbytes import canonical, loads

revision = "0002_transfers"
down_revision = "0001_server"
branch_labels = None
depends_on = None

NEW_PRISONER_COLUMNS = ("transfer_from", "transfer_to")
BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "server_left_row",
        sa.Column("facility_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("row", sa.Text(), nullable=True),
        sa.Column("hlc", sa.Text(), nullable=False),
        sa.Column("row_hash", sa.String(length=32), nullable=True),
        sa.Column("left_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            "facility_id", "table_name", "row_id", name=op.f("pk_server_left_row")
        ),
        sa.UniqueConstraint("seq", name=op.f("uq_server_left_row_seq")),
    )
    with op.batch_alter_table("server_left_row", schema=None) as batch_op:
        batch_op.create_index(
            "ix_server_left_row_facility_seq", ["facility_id", "seq"], unique=False
        )
    with op.batch_alter_table("server_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prisoner_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            "ix_server_row_prisoner",
            ["prisoner_id"],
            unique=False,
            sqlite_where=sa.text("prisoner_id IS NOT NULL"),
            postgresql_where=sa.text("prisoner_id IS NOT NULL"),
        )
    _add_prisoner_columns()
    _note_prisoners()


ROWS = sa.table(
    "server_row",
    sa.column("table_name", sa.String),
    sa.column("row_id", sa.String),
    sa.column("row", sa.Text),
    sa.column("row_hash", sa.String),
    sa.column("prisoner_id", sa.String),
)
FOLLOWERS = ("contact", "injury", "prisoner_photo", "property_item")  # as of this revision


def _stored(table: str) -> Iterator[list[tuple[str, str]]]:
    """The stored ``(row_id, row)`` of a table, a batch at a time, in id order."""
    connection, last = op.get_bind(), ""
    while True:
        batch = connection.execute(
            sa.select(ROWS.c.row_id, ROWS.c.row)
            .where(ROWS.c.table_name == table, ROWS.c.row_id > last)
            .order_by(ROWS.c.row_id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        yield [tuple(found) for found in batch]
        last = batch[-1][0]


def _set(table: str, changes: list[dict[str, str | None]], **values: Any) -> None:
    """Set ``values`` (bind parameter names) on rows of ``table`` keyed by ``key``."""
    if changes:
        op.get_bind().execute(
            ROWS.update()
            .where(ROWS.c.table_name == table, ROWS.c.row_id == sa.bindparam("key"))
            .values(**{column: sa.bindparam(name) for column, name in values.items()}),
            changes,
        )


def _add_prisoner_columns() -> None:
    """Stored prisoner files gain the new columns as null, as the workstations' migration
    adds them, so both sides hash the same rows (SYNC.md, Digest). Their ``seq`` stays: the
    workstations already hold these values."""
    for batch in _stored("prisoner"):
        changed = []
        for row_id, text in batch:
            row = loads(text)
            if all(name in row for name in NEW_PRISONER_COLUMNS):
                continue
            for name in NEW_PRISONER_COLUMNS:
                row.setdefault(name, None)
            encoded = canonical(row)
            changed.append(
                {
                    "key": row_id,
                    "new_row": encoded.decode("utf-8"),
                    "new_hash": hashlib.sha256(encoded).hexdigest()[:32],
                }
            )
        _set("prisoner", changed, row="new_row", row_hash="new_hash")


def _note_prisoners() -> None:
    """Rows that follow a prisoner name them in ``prisoner_id``, for transfers."""
    for table in FOLLOWERS:
        for batch in _stored(table):
            noted = [{"key": key, "prisoner": loads(row).get("prisoner_id")} for key, row in batch]
            _set(table, noted, prisoner_id="prisoner")


def downgrade() -> None:
    with op.batch_alter_table("server_row", schema=None) as batch_op:
        batch_op.drop_index("ix_server_row_prisoner")
        batch_op.drop_column("prisoner_id")
    with op.batch_alter_table("server_left_row", schema=None) as batch_op:
        batch_op.drop_index("ix_server_left_row_facility_seq")
    op.drop_table("server_left_row")
