"""Risk and needs assessment (DOMAIN.md; Mandela Rules 89, 93, 94): assessments made with a
versioned instrument, their steps (who submitted, approved or sent back, and when), the
classification each approval gives, the individual rehabilitation plan (actions, progress
notes, reviews) and case notes. Every row here is about one prisoner and goes with them on a
transfer (SYNC.md, Transfers): the receiving facility reads the file it was given."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from prisondesk.db.base import Base, Uuid
from prisondesk.db.replication import ReplicatedEvent, ReplicatedRecord


class Assessment(ReplicatedRecord, Base):
    """One assessment of a prisoner with one instrument version. Its answers change while it
    is a draft (or sent back); the scores computed from them are kept with it, so that a new
    instrument version never changes an assessment made with an older one. Approved, it
    never changes again but for its next review date (with a reason, as a step)."""

    __tablename__ = "assessment"
    # covering what the due lists and the compliance report ask of a prisoner's assessments,
    # so a year over 100,000 prisoners reads the index alone (bench/reports.py)
    __table_args__ = (
        Index(
            "ix_assessment_prisoner",
            "prisoner_id",
            "status",
            "approved_at",
            "started_at",
            "facility_id",
            "deleted",
            "next_review_on",
        ),
    )

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int] = mapped_column(Integer)
    instrument_digest: Mapped[str] = mapped_column(String(64))  # the file's text it was made with
    reason: Mapped[str] = mapped_column(String(16))  # initial | due | incident | …
    reason_note: Mapped[str] = mapped_column(Text, default="")
    previous_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)  # the one it reviews
    status: Mapped[str] = mapped_column(String(24))  # draft | awaiting_approval | …
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # item id -> option
    section_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total: Mapped[int] = mapped_column(Integer, default=0)
    computed_level: Mapped[str] = mapped_column(String(32), default="")
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    level: Mapped[str] = mapped_column(String(32), default="")  # approved: computed or overridden
    override_reason: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(nullable=True)
    assessor_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    started_at: Mapped[datetime]
    approved_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)


class AssessmentStep(ReplicatedEvent, Base):
    """A step of an assessment — started, submitted, approved, sent back (with the reason),
    its review date changed (with the reason) — with who took it and when."""

    __tablename__ = "assessment_step"

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    step: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    taken_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    taken_at: Mapped[datetime]


class Classification(ReplicatedEvent, Base):
    """The classification an approved assessment gives: the risk level, the security level
    and the conditions and wing suggested. The latest is the prisoner's current one."""

    __tablename__ = "classification"
    __table_args__ = (Index("ix_classification_prisoner", "prisoner_id", "decided_at"),)

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"))
    risk_level: Mapped[str] = mapped_column(String(32))
    security_level: Mapped[str] = mapped_column(String(16))
    conditions: Mapped[str] = mapped_column(String(16))
    wing_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)  # suggested
    decided_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    decided_at: Mapped[datetime]


class PlanAction(ReplicatedRecord, Base):
    """An action of the prisoner's individual rehabilitation plan: a workshop place,
    education, sessions with a psychologist, family contact, preparation for release; with
    its owner, target date and status."""

    __tablename__ = "plan_action"

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    assessment_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)  # the needs it meets
    need: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    target_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16))  # planned | in_progress | done | cancelled
    workshop_id: Mapped[str | None] = mapped_column(Uuid, nullable=True)  # a place asked for
    created_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    created_at: Mapped[datetime]


class PlanNote(ReplicatedEvent, Base):
    """A progress note on a plan action, or (without an action) a review of the whole plan
    with the date of the next one."""

    __tablename__ = "plan_note"
    __table_args__ = (  # covering the latest plan review's next date (reports, due lists)
        Index("ix_plan_note_prisoner", "prisoner_id", "written_at", "action_id", "next_review_on"),
    )

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    action_id: Mapped[str | None] = mapped_column(ForeignKey("plan_action.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    next_review_on: Mapped[date | None] = mapped_column(nullable=True)  # a plan review's
    written_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    written_at: Mapped[datetime]


class CaseNote(ReplicatedEvent, Base):
    """What staff observed of or did with the prisoner (dynamic security): a positive note,
    a concern, an incident, family, a health referral; seen by everyone who reads the file,
    or by social workers, psychologists and supervisors only."""

    __tablename__ = "case_note"
    __table_args__ = (Index("ix_case_note_prisoner", "prisoner_id", "written_at"),)

    follows_prisoner = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"))
    kind: Mapped[str] = mapped_column(String(24))
    visibility: Mapped[str] = mapped_column(String(16))  # file | restricted
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str | None] = mapped_column(Uuid, nullable=True)
    written_at: Mapped[datetime]
