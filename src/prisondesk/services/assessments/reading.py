"""Reading assessments: a prisoner's list, and one assessment with its instrument version,
answers, scores, steps, what changed item by item since the last approved one, and the case
notes written since. Only social workers, psychologists and supervisors read them, and every
read is recorded (``audit.record_read``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, AssessmentStep
from prisondesk.domain.instruments import Instrument, Text
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments.case_notes import NoteView, notes_in
from prisondesk.services.assessments.records import assessment_here, instrument_of
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.users import full_names
from prisondesk.services.intake.admission_file import get_prisoner


@dataclass(frozen=True)
class StepView:
    step: str
    reason: str
    details: dict
    taken_by: str  # full name
    taken_at: datetime


@dataclass(frozen=True)
class ItemChange:
    """An item answered otherwise than in the last approved assessment."""

    item_id: str
    item: Text
    before: Text | None  # the option chosen then (None: not answered)
    after: Text | None
    score_before: int
    score_after: int


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    status: str
    reason: str
    instrument: Text  # its title
    version: int
    computed_level: str
    level: str  # approved
    level_label: Text  # of the approved level, or else of the computed one
    next_review_on: date | None
    assessor: str
    started_at: datetime
    approved_at: datetime | None


@dataclass(frozen=True)
class AssessmentView:
    id: str
    prisoner_id: str
    prisoner: str  # number and name
    instrument: Instrument  # the version it was made with
    status: str
    reason: str
    reason_note: str
    answers: dict[str, str]
    section_scores: dict[str, int]
    total: int
    computed_level: str
    needs: tuple[str, ...]
    level: str
    override_reason: str
    next_review_on: date | None
    assessor_id: str | None
    assessor: str
    approved_by: str
    approved_at: datetime | None
    steps: tuple[StepView, ...]  # oldest first
    previous_id: str | None
    changes: tuple[ItemChange, ...]  # since the previous approved assessment, in item order
    notes_since: tuple[NoteView, ...]  # case notes since the previous assessment


def prisoner_assessments(db: Database, actor: Actor, prisoner_id: str) -> list[AssessmentSummary]:
    """The prisoner's assessments, the latest first (a sensitive read, recorded)."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.VIEW_ASSESSMENTS)
        prisoner = get_prisoner(session, prisoner_id)
        rows = session.scalars(
            select(Assessment)
            .where(Assessment.prisoner_id == prisoner.id, ~Assessment.deleted)
            .order_by(Assessment.started_at.desc())
        ).all()
        users = full_names(session, [r.assessor_id for r in rows])
        audit.record_read(session, db, actor, "assessment", prisoner.id, note=f"{len(rows)} listed")
        return [_summary(row, users) for row in rows]


def assessment_view(db: Database, actor: Actor, assessment_id: str) -> AssessmentView:
    """One assessment as its screen shows it (a sensitive read, recorded)."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.VIEW_ASSESSMENTS)
        view = view_in(session, actor, assessment_here(session, actor, assessment_id))
        audit.record_read(session, db, actor, "assessment", assessment_id)
        return view


def view_in(session: Session, actor: Actor, row: Assessment) -> AssessmentView:
    instrument = instrument_of(row)
    prisoner = get_prisoner(session, row.prisoner_id)
    steps = session.scalars(
        select(AssessmentStep)
        .where(AssessmentStep.assessment_id == row.id)
        .order_by(AssessmentStep.taken_at)
    ).all()
    users = full_names(session, [row.assessor_id, row.approved_by, *(s.taken_by for s in steps)])
    previous = session.get(Assessment, row.previous_id) if row.previous_id else None
    since = previous.approved_at if previous else None
    return AssessmentView(
        row.id,
        prisoner.id,
        f"{prisoner.number} {name_of(prisoner)}",
        instrument,
        row.status,
        row.reason,
        row.reason_note,
        dict(row.answers or {}),
        dict(row.section_scores or {}),
        row.total,
        row.computed_level,
        tuple(row.needs or ()),
        row.level,
        row.override_reason,
        row.next_review_on,
        row.assessor_id,
        users.get(row.assessor_id or "", ""),
        users.get(row.approved_by or "", ""),
        row.approved_at,
        tuple(
            StepView(
                s.step, s.reason, dict(s.details or {}), users.get(s.taken_by or "", ""), s.taken_at
            )
            for s in steps
        ),
        row.previous_id,
        changes(instrument_of(previous), previous.answers or {}, instrument, row.answers or {})
        if previous
        else (),
        tuple(notes_in(session, actor, prisoner.id, since)),
    )


def changes(
    before_instrument: Instrument,
    before: dict[str, str],
    after_instrument: Instrument,
    after: dict[str, str],
) -> tuple[ItemChange, ...]:
    """Item by item, what a reassessment answered otherwise (the two may use different
    versions of the instrument: an item of only one of them counts as unanswered in the
    other)."""
    found = []
    ids = [item.id for item in after_instrument.items()]
    ids += [item.id for item in before_instrument.items() if item.id not in set(ids)]
    for item_id in ids:
        if before.get(item_id) == after.get(item_id):
            continue
        old_item, new_item = before_instrument.item(item_id), after_instrument.item(item_id)
        old = old_item.option(before[item_id]) if old_item and item_id in before else None
        new = new_item.option(after[item_id]) if new_item and item_id in after else None
        shown = new_item or old_item
        assert shown is not None
        found.append(
            ItemChange(
                item_id,
                shown.text,
                old.label if old else None,
                new.label if new else None,
                old.score if old else 0,
                new.score if new else 0,
            )
        )
    return tuple(found)


def _summary(row: Assessment, users: dict[str, str]) -> AssessmentSummary:
    instrument = instrument_of(row)
    shown = row.level or row.computed_level
    return AssessmentSummary(
        row.id,
        row.status,
        row.reason,
        instrument.title,
        instrument.version,
        row.computed_level,
        row.level,
        instrument.level(shown).label,
        row.next_review_on,
        users.get(row.assessor_id or "", ""),
        row.started_at,
        row.approved_at,
    )
