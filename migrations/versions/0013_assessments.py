"""assessments: risk and needs assessments with their steps, the classification each
approval gives, the rehabilitation plan (actions; progress notes and reviews) and case notes

Revision ID: 0013_assessments
Revises: 0012_workshop_session_days
Create Date: 2026-12-04 23:43:27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import prisondesk.db.base

revision = "0013_assessments"
down_revision = "0012_workshop_session_days"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("instrument_id", sa.String(length=64), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("instrument_digest", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("reason_note", sa.Text(), nullable=False),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("section_scores", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("computed_level", sa.String(length=32), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("assessor_id", sa.String(length=36), nullable=True),
        sa.Column("started_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("approved_by", sa.String(length=36), nullable=True),
        sa.Column("approved_at", prisondesk.db.base.UtcDateTime(), nullable=True),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_assessment_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index("ix_assessment_prisoner", ["prisoner_id", "status"], unique=False)

    op.create_table(
        "case_note",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=36), nullable=True),
        sa.Column("written_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_case_note_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index("ix_case_note_prisoner", ["prisoner_id", "written_at"], unique=False)

    op.create_table(
        "plan_action",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=True),
        sa.Column("need", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("target_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_plan_action_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_action_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_action_prisoner_id"), ["prisoner_id"], unique=False
        )

    op.create_table(
        "assessment_step",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("taken_by", sa.String(length=36), nullable=True),
        sa.Column("taken_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_step_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_assessment_step_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_step")),
    )
    with op.batch_alter_table("assessment_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_step_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_step_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_step_prisoner_id"), ["prisoner_id"], unique=False
        )

    op.create_table(
        "classification",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("risk_level", sa.String(length=32), nullable=False),
        sa.Column("security_level", sa.String(length=16), nullable=False),
        sa.Column("conditions", sa.String(length=16), nullable=False),
        sa.Column("wing_id", sa.String(length=36), nullable=True),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_classification_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_classification_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification")),
    )
    with op.batch_alter_table("classification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_classification_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            "ix_classification_prisoner", ["prisoner_id", "decided_at"], unique=False
        )

    op.create_table(
        "plan_note",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("written_by", sa.String(length=36), nullable=True),
        sa.Column("written_at", prisondesk.db.base.UtcDateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["plan_action.id"], name=op.f("fk_plan_note_action_id_plan_action")
        ),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_plan_note_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_note")),
    )
    with op.batch_alter_table("plan_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_note_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index("ix_plan_note_prisoner", ["prisoner_id", "written_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_note", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_note_prisoner")
        batch_op.drop_index(batch_op.f("ix_plan_note_facility_id"))

    op.drop_table("plan_note")
    with op.batch_alter_table("classification", schema=None) as batch_op:
        batch_op.drop_index("ix_classification_prisoner")
        batch_op.drop_index(batch_op.f("ix_classification_facility_id"))

    op.drop_table("classification")
    with op.batch_alter_table("assessment_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_step_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_step_facility_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_step_assessment_id"))

    op.drop_table("assessment_step")
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_action_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_facility_id"))

    op.drop_table("plan_action")
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index("ix_case_note_prisoner")
        batch_op.drop_index(batch_op.f("ix_case_note_facility_id"))

    op.drop_table("case_note")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_prisoner")
        batch_op.drop_index(batch_op.f("ix_assessment_facility_id"))

    op.drop_table("assessment")
