"""report indexes: a prisoner's assessments, movements and plan reviews indexed with the
columns the reports and due lists read, so those reads never visit the table (the
Mandela Rules compliance report and the assessments due over 100,000 prisoners)

Revision ID: 0014_report_indexes
Revises: 0013_assessments
Create Date: 2026-12-05 04:44:45
"""

from __future__ import annotations

from alembic import op

revision = "0014_report_indexes"
down_revision = "0013_assessments"
branch_labels = None
depends_on = None

WIDER = {
    ("assessment", "ix_assessment_prisoner"): (
        ["prisoner_id", "status"],
        [
            "prisoner_id",
            "status",
            "approved_at",
            "started_at",
            "facility_id",
            "deleted",
            "next_review_on",
        ],
    ),
    ("movement", "ix_movement_prisoner_time"): (
        ["prisoner_id", "occurred_at"],
        ["prisoner_id", "occurred_at", "facility_id", "kind", "wing_id"],
    ),
    ("plan_note", "ix_plan_note_prisoner"): (
        ["prisoner_id", "written_at"],
        ["prisoner_id", "written_at", "action_id", "next_review_on"],
    ),
}


def upgrade() -> None:
    for (table, name), (_, wider) in WIDER.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, wider)


def downgrade() -> None:
    for (table, name), (narrower, _) in WIDER.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, narrower)
