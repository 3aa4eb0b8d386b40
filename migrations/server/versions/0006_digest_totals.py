"""the digest's totals per facility and table, kept by every push (server_digest_total)

A digest read every live row of the facility and hashed it, on every desk's round; it now
reads these totals, which pushes keep up to date (server/digest_totals.py). They are counted
here from the rows stored so far.

Revision ID: 0006_digest_totals
Revises: 0005_audit_entry_keys
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from prisondesk.server import digest_totals

revision = "0006_digest_totals"
down_revision = "0005_audit_entry_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_digest_total",
        sa.Column("facility_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("kept", sa.Boolean(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("xor", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "facility_id", "table_name", "kept", name=op.f("pk_server_digest_total")
        ),
    )
    digest_totals.recount(op.get_bind())


def downgrade() -> None:
    op.drop_table("server_digest_total")
