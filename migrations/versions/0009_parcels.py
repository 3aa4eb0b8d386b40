"""parcels: parcels with their items, the events of their chain of custody, their images and
supervisors' quota approvals

Revision ID: 0009_parcels
Revises: 0008_outbox_txn
Create Date: 2026-12-04 16:53:20.160529
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base

revision = "0009_parcels"
down_revision = "0008_outbox_txn"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parcel",
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("sender_visitor_id", sa.String(length=36), nullable=True),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("sender_document", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("weight_grams", sa.Integer(), nullable=False),
        sa.Column("seal", sa.String(length=40), nullable=False),
        sa.Column("received_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=36), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_parcel_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel")),
        sa.UniqueConstraint("tracking", name=op.f("uq_parcel_tracking")),
    )
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcel_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(
            "ix_parcel_facility_received", ["facility_id", "received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_parcel_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index("ix_parcel_seal", ["seal"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_parcel_sender_visitor_id"), ["sender_visitor_id"], unique=False
        )

    op.create_table(
        "parcel_event",
        sa.Column("parcel_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=True),
        sa.Column("prohibited", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("destination", sa.String(length=200), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_parcel_event_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_event")),
    )
    with op.batch_alter_table("parcel_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_event_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index("ix_parcel_event_parcel", ["parcel_id", "occurred_at"], unique=False)

    op.create_table(
        "parcel_image",
        sa.Column("parcel_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_parcel_image_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_image")),
    )
    with op.batch_alter_table("parcel_image", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_image_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_parcel_image_parcel_id"), ["parcel_id"], unique=False)

    op.create_table(
        "parcel_item",
        sa.Column("parcel_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_parcel_item_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_item")),
    )
    with op.batch_alter_table("parcel_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_item_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_parcel_item_parcel_id"), ["parcel_id"], unique=False)

    op.create_table(
        "parcel_quota_approval",
        sa.Column("parcel_id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("approved_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_parcel_quota_approval_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_quota_approval")),
    )
    with op.batch_alter_table("parcel_quota_approval", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_quota_approval_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_parcel_quota_approval_parcel_id"), ["parcel_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parcel_quota_approval", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_quota_approval_parcel_id"))
        batch_op.drop_index(batch_op.f("ix_parcel_quota_approval_facility_id"))

    op.drop_table("parcel_quota_approval")
    with op.batch_alter_table("parcel_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_item_parcel_id"))
        batch_op.drop_index(batch_op.f("ix_parcel_item_facility_id"))

    op.drop_table("parcel_item")
    with op.batch_alter_table("parcel_image", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_image_parcel_id"))
        batch_op.drop_index(batch_op.f("ix_parcel_image_facility_id"))

    op.drop_table("parcel_image")
    with op.batch_alter_table("parcel_event", schema=None) as batch_op:
        batch_op.drop_index("ix_parcel_event_parcel")
        batch_op.drop_index(batch_op.f("ix_parcel_event_facility_id"))

    op.drop_table("parcel_event")
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_sender_visitor_id"))
        batch_op.drop_index("ix_parcel_seal")
        batch_op.drop_index(batch_op.f("ix_parcel_prisoner_id"))
        batch_op.drop_index("ix_parcel_facility_received")
        batch_op.drop_index(batch_op.f("ix_parcel_facility_id"))

    op.drop_table("parcel")
