"""An assessment's life, as social workers, psychologists and supervisors live it: started
with an instrument's latest version, answered (the scores and level computed with every
save), submitted with its next review date, then approved by a supervisor — who may set
another level only with a written reason, and never approves their own assessment — or sent
back with a reason and submitted again. Each step is recorded with who took it and when
(``AssessmentStep``); the approval gives the prisoner's classification.

Refused, with nothing written: a step the status does not allow (``domain/assessments.py``,
``MOVES``); an answer the instrument does not have; submitting with a required item
unanswered, without a review date, or with one in the past; an override without a reason; an
approval by the assessor; editing an approved assessment (a reassessment is made instead); a
second assessment started while one is unfinished; a prisoner no longer held here."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, AssessmentStep
from prisondesk.domain.assessments import (
    EDITABLE,
    MOVES,
    STATUS_LABELS,
    ReviewReason,
    Status,
    Step,
)
from prisondesk.domain.instruments import ASSESSMENTS, Instrument, score
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.wire import utc_now
from prisondesk.services.assessments import instruments
from prisondesk.services.assessments.classification import classify
from prisondesk.services.assessments.plan_checks import checked_review
from prisondesk.services.assessments.records import (
    AssessmentRefused,
    assessment_here,
    held_here,
    instrument_of,
    latest_approved,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import optional_text, required_text

MAX_REASON = 2000
UNFINISHED = (Status.DRAFT, Status.AWAITING_APPROVAL, Status.SENT_BACK)


def start(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    instrument_id: str,
    reason: str,
    reason_note: str = "",
) -> str:
    """Start an assessment (a draft) with the instrument's latest version; its id. A prisoner
    assessed before is reassessed: the new one reviews the last approved one."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_ASSESSMENTS)
        prisoner = held_here(session, actor, prisoner_id)
        instrument = instruments.latest(instrument_id)
        why = _reason(reason)
        note = optional_text(reason_note, "reason_note", MAX_REASON)
        unfinished = session.scalar(
            select(Assessment.id).where(
                Assessment.prisoner_id == prisoner.id,
                Assessment.status.in_(UNFINISHED),
                ~Assessment.deleted,
            )
        )
        if unfinished is not None:
            raise AssessmentRefused(
                "unfinished",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} has an assessment not yet approved: go on with that one.",
                ),
                name=name_of(prisoner),
            )
        previous = latest_approved(session, prisoner.id)
        if (previous is None) != (why == ReviewReason.INITIAL):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A first assessment has the reason “first assessment”; a later one is a "
                    "review with its own reason.",
                ),
                field="reason",
            )
        now = utc_now()
        assessment = Assessment(
            facility_id=actor.facility_id,
            prisoner_id=prisoner.id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            instrument_digest=instrument.digest,
            reason=why.value,
            reason_note=note,
            previous_id=previous.id if previous else None,
            status=Status.DRAFT.value,
            answers={},
            assessor_id=actor.user_id,
            started_at=now,
            deleted=False,
        )
        _score(assessment, instrument)
        session.add(assessment)
        session.flush()
        _step(session, assessment, actor, Step.STARTED, moment=now)
        audit.record(
            session,
            db,
            actor,
            "create",
            "assessment",
            assessment.id,
            after={
                "prisoner_id": prisoner.id,
                "instrument": f"{instrument.id} v{instrument.version}",
                "reason": why.value,
            },
        )
        return assessment.id


def save_answers(
    db: Database, actor: Actor, assessment_id: str, answers: dict[str, str | None]
) -> None:
    """Save the answers so far (item id → option code; None clears one); the scores and
    level are computed again."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_ASSESSMENTS)
        assessment = _editable(session, actor, assessment_id)
        instrument = instrument_of(assessment)
        chosen = {item: code for item, code in answers.items() if code}
        score(instrument, chosen)  # an unknown item or option is refused here
        before = dict(assessment.answers or {})
        if chosen == before:
            return
        assessment.answers = chosen
        _score(assessment, instrument)
        old, new = audit.changes(before, chosen)
        audit.record(
            session, db, actor, "update", "assessment", assessment.id, before=old, after=new
        )


def submit(db: Database, actor: Actor, assessment_id: str, next_review_on: date | None) -> None:
    """Send the assessment for a supervisor's approval, with its next review date: every
    required item answered."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_ASSESSMENTS)
        assessment = _editable(session, actor, assessment_id)
        instrument = instrument_of(assessment)
        review = checked_review(facility_today(session, actor.facility_id), next_review_on)
        result = score(instrument, assessment.answers or {})
        if result.unanswered:  # the form marks each one; the message says how many
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Answer every required question before submitting: {count} left, marked "
                    "in the form.",
                ),
                field=result.unanswered[0],
                count=len(result.unanswered),
            )
        _move(assessment, Step.SUBMITTED)
        assessment.next_review_on = review
        _step(session, assessment, actor, Step.SUBMITTED, details={"level": result.level})
        audit.record(
            session,
            db,
            actor,
            "submit",
            "assessment",
            assessment.id,
            after={"status": assessment.status, "next_review_on": review.isoformat()},
        )


def approve(
    db: Database,
    actor: Actor,
    assessment_id: str,
    level: str | None = None,
    override_reason: str = "",
) -> None:
    """A supervisor approves: the instrument's level, or another one with a written reason
    (an override). The prisoner's classification follows from the level approved."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        assessment = assessment_here(session, actor, assessment_id)
        _move(assessment, Step.APPROVED, check_only=True)
        if actor.user_id in _assessors(session, assessment):
            raise AssessmentRefused(
                "own",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "You made or submitted this assessment: another supervisor approves it.",
                ),
            )
        instrument = instrument_of(assessment)
        chosen = level or assessment.computed_level
        if chosen not in {known.code for known in instrument.levels}:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose one of the instrument's levels."),
                field="level",
            )
        reason = optional_text(override_reason, "override_reason", MAX_REASON)
        overridden = chosen != assessment.computed_level
        if overridden and not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Write why the level differs from the instrument's: an override needs its "
                    "reason.",
                ),
                field="override_reason",
            )
        now = utc_now()
        _move(assessment, Step.APPROVED)
        assessment.level = chosen
        assessment.override_reason = reason if overridden else ""
        assessment.approved_by, assessment.approved_at = actor.user_id, now
        details = {"computed": assessment.computed_level, "level": chosen}
        _step(session, assessment, actor, Step.APPROVED, reason=reason, details=details, moment=now)
        classify(session, actor, assessment, instrument, now)
        audit.record(
            session,
            db,
            actor,
            "approve",
            "assessment",
            assessment.id,
            after={**details, "override_reason": assessment.override_reason},
        )


def send_back(db: Database, actor: Actor, assessment_id: str, reason: str) -> None:
    """A supervisor sends an assessment back to its assessor, saying why."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        assessment = assessment_here(session, actor, assessment_id)
        why = required_text(reason, "reason", MAX_REASON)
        _move(assessment, Step.SENT_BACK)
        _step(session, assessment, actor, Step.SENT_BACK, reason=why)
        audit.record(
            session,
            db,
            actor,
            "send_back",
            "assessment",
            assessment.id,
            after={"status": assessment.status, "reason": why},
        )


def change_review_date(
    db: Database, actor: Actor, assessment_id: str, next_review_on: date | None, reason: str
) -> None:
    """Move an assessment's next review, saying why (an incident brings it forward, say)."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, Permission.EDIT_ASSESSMENTS, Permission.APPROVE)
        assessment = assessment_here(session, actor, assessment_id)
        review = checked_review(facility_today(session, actor.facility_id), next_review_on)
        why = required_text(reason, "reason", MAX_REASON)
        before = assessment.next_review_on
        if review == before:
            return
        assessment.next_review_on = review
        details = {"from": before.isoformat() if before else None, "to": review.isoformat()}
        _step(session, assessment, actor, Step.REVIEW_DATE_CHANGED, reason=why, details=details)
        audit.record(
            session,
            db,
            actor,
            "update",
            "assessment",
            assessment.id,
            before={"next_review_on": details["from"]},
            after={"next_review_on": details["to"], "reason": why},
        )


# -- rules ----------------------------------------------------------------------------------


def _reason(value: str) -> ReviewReason:
    try:
        return ReviewReason(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose why the assessment is made."), field="reason"
        ) from None


def _editable(session: Session, actor: Actor, assessment_id: str) -> Assessment:
    assessment = assessment_here(session, actor, assessment_id)
    if assessment.status == Status.APPROVED:
        raise AssessmentRefused(
            "approved",
            QT_TRANSLATE_NOOP(
                "errors",
                "This assessment is approved and no longer changes: start a reassessment.",
            ),
        )
    if assessment.status not in EDITABLE:
        raise AssessmentRefused(
            "status",
            QT_TRANSLATE_NOOP(
                "errors",
                "This assessment is awaiting approval: it changes only if a supervisor sends "
                "it back.",
            ),
        )
    return assessment


def _move(assessment: Assessment, step: Step, check_only: bool = False) -> None:
    allowed, goes_to = MOVES[step]
    if assessment.status not in allowed:
        raise AssessmentRefused(
            "status",
            QT_TRANSLATE_NOOP("errors", "This cannot be done to an assessment that is {status}."),
            status=Label(ASSESSMENTS, STATUS_LABELS[Status(assessment.status)]),
        )
    if not check_only:
        assessment.status = goes_to.value


def _assessors(session: Session, assessment: Assessment) -> set[str | None]:
    """Who made the assessment or submitted it: none of them approves it."""
    submitters = session.scalars(
        select(AssessmentStep.taken_by).where(
            AssessmentStep.assessment_id == assessment.id,
            AssessmentStep.step == Step.SUBMITTED,
        )
    )
    return {assessment.assessor_id, *submitters}


def _score(assessment: Assessment, instrument: Instrument) -> None:
    result = score(instrument, assessment.answers or {})
    assessment.section_scores = dict(result.sections)
    assessment.total = result.total
    assessment.computed_level = result.level
    assessment.needs = [need.value for need in result.needs]


def _step(
    session: Session,
    assessment: Assessment,
    actor: Actor,
    step: Step,
    *,
    reason: str = "",
    details: dict | None = None,
    moment: datetime | None = None,
) -> None:
    session.add(
        AssessmentStep(
            facility_id=assessment.facility_id,
            prisoner_id=assessment.prisoner_id,
            assessment_id=assessment.id,
            step=step.value,
            reason=reason,
            details=details or {},
            taken_by=actor.user_id,
            taken_at=moment or utc_now(),
        )
    )
