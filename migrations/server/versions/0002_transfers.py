"""transfers: what a facility keeps of a prisoner who left; prisoner files gain the
transfer columns

Revision ID: 0002_transfers
Revises: 0001_server
Create Date: 2026-11-29 04:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base
from prisondesk.domain.jsonbytes import loads
from prisondesk.server import stored_rows

revision = "0002_transfers"
down_revision = "0001_server"
branch_labels = None
depends_on = None

NEW_PRISONER_COLUMNS = ("transfer_from", "transfer_to")


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
    # stored prisoner files gain the new columns as null, as the workstations' migration adds them
    stored_rows.add_null_columns("prisoner", NEW_PRISONER_COLUMNS)
    _note_prisoners()


FOLLOWERS = ("contact", "injury", "prisoner_photo", "property_item")  # as of this revision


def _note_prisoners() -> None:
    """Rows that follow a prisoner name them in ``prisoner_id``, for transfers."""
    rows = stored_rows.SERVER_ROW
    for table in FOLLOWERS:
        for batch in stored_rows.stored(rows, table):
            noted = [
                {"key": found.row_id, "prisoner": loads(found.row).get("prisoner_id")}
                for found in batch
            ]
            op.get_bind().execute(
                rows.update()
                .where(rows.c.table_name == table, rows.c.row_id == sa.bindparam("key"))
                .values(prisoner_id=sa.bindparam("prisoner")),
                noted,
            )


def downgrade() -> None:
    with op.batch_alter_table("server_row", schema=None) as batch_op:
        batch_op.drop_index("ix_server_row_prisoner")
        batch_op.drop_column("prisoner_id")
    with op.batch_alter_table("server_left_row", schema=None) as batch_op:
        batch_op.drop_index("ix_server_left_row_facility_seq")
    op.drop_table("server_left_row")
