"""visitor search keys: a local, derived index of visitors' names in any script; bookings
indexed by facility and day (the calendar's ranges)

Revision ID: 0005_visitor_search
Revises: 0004_visits
Create Date: 2026-11-29 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_visitor_search"
down_revision = "0004_visits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visitor_search_key",
        sa.Column("visitor_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("visitor_id", "key", name=op.f("pk_visitor_search_key")),
    )
    with op.batch_alter_table("visitor_search_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visitor_search_key_key"), ["key"], unique=False)
    with op.batch_alter_table("visit_booking", schema=None) as batch_op:
        batch_op.create_index("ix_visit_booking_facility_day", ["facility_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_booking", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_booking_facility_day")
    with op.batch_alter_table("visitor_search_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visitor_search_key_key"))
    op.drop_table("visitor_search_key")
