"""parcel_event_kind: the parcel lists' indexes — events by kind, in parcel order (the queues
merge the parcels with the ones that ended instead of reading every parcel's events), and a
prisoner's parcels by when they came (the prisoner file's Parcels tab, the month's quota)

Revision ID: 0010_parcel_event_kind
Revises: 0009_parcels
Create Date: 2026-12-04 21:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0010_parcel_event_kind"
down_revision = "0009_parcels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("parcel_event", schema=None) as batch_op:
        batch_op.create_index("ix_parcel_event_kind", ["kind", "parcel_id"], unique=False)
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.create_index(
            "ix_parcel_prisoner_received", ["prisoner_id", "received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.drop_index("ix_parcel_prisoner_received")
    with op.batch_alter_table("parcel_event", schema=None) as batch_op:
        batch_op.drop_index("ix_parcel_event_kind")
