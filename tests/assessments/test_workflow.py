"""An assessment's life: draft → awaiting approval → approved, or sent back and submitted
again; every forbidden step refused with nothing written; the assessor never approves their
own; an override only with a reason; the review date mandatory, never in the past, changed
only with a reason; an approved assessment never edited; the classification that follows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from prisondesk.db.models import Assessment, AssessmentStep, Classification
from prisondesk.domain.assessments import Status, Step
from prisondesk.domain.instruments import AnswerError
from prisondesk.services.assessments import classification, reading, workflow
from prisondesk.services.assessments.records import AssessmentRefused
from prisondesk.services.core.errors import NotFound, PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from tests.assessments.conftest import EXAMPLE, highest, lowest
from tests.assessments.flow import approved, review_day, submitted
from tests.workshops.fixtures import audit_count, today


def _rows(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _status(db, assessment_id: str) -> str:
    with db.read() as session:
        return session.get(Assessment, assessment_id).status


def _unchanged(db, call, *args, error=AssessmentRefused, reason: str | None = None, **kwargs):
    """``call`` is refused and writes nothing: no audit entry, no step, no classification."""
    before = (audit_count(db), _rows(db, AssessmentStep), _rows(db, Classification))
    with pytest.raises(error) as refused:
        call(*args, **kwargs)
    if reason is not None:
        assert refused.value.reason == reason
    assert refused.value.render()
    assert (audit_count(db), _rows(db, AssessmentStep), _rows(db, Classification)) == before
    return refused.value


def test_a_first_assessment_from_draft_to_approval(db, social_worker, supervisor, prisoner):
    assessment = workflow.start(db, social_worker, prisoner, EXAMPLE, "initial")
    assert _status(db, assessment) == Status.DRAFT
    workflow.save_answers(db, social_worker, assessment, highest("escape", "education"))
    view = reading.assessment_view(db, supervisor, assessment)
    assert view.computed_level == "high"  # escape raises the level on its own
    assert "education" in view.needs and view.level == ""
    workflow.submit(db, social_worker, assessment, review_day(db, social_worker))
    assert _status(db, assessment) == Status.AWAITING_APPROVAL
    workflow.approve(db, supervisor, assessment)

    view = reading.assessment_view(db, supervisor, assessment)
    assert (view.status, view.level, view.approved_by) == ("approved", "high", "Касымова Динара")
    assert [s.step for s in view.steps] == ["started", "submitted", "approved"]
    assert [s.taken_by for s in view.steps] == ["Абдыкадырова Назгуль"] * 2 + ["Касымова Динара"]
    [current] = classification.history(db, supervisor, prisoner)
    assert (current.risk_level, current.security_level, current.conditions) == (
        "high",
        "high",
        "strict",
    )
    assert current.risk_label["ru"] == "Высокий"


def test_an_override_needs_a_written_reason(db, social_worker, supervisor, prisoner):
    assessment = submitted(db, social_worker, prisoner, lowest())
    refused = _unchanged(
        db, workflow.approve, db, supervisor, assessment, level="medium", error=ValidationError
    )
    assert refused.field == "override_reason"
    _unchanged(
        db, workflow.approve, db, supervisor, assessment, level="severe", error=ValidationError
    )
    workflow.approve(
        db,
        supervisor,
        assessment,
        level="medium",
        override_reason="Угрозы персоналу на этой неделе",
    )
    view = reading.assessment_view(db, supervisor, assessment)
    assert (view.computed_level, view.level) == ("low", "medium")
    assert view.override_reason == "Угрозы персоналу на этой неделе"
    assert view.steps[-1].details == {"computed": "low", "level": "medium"}
    assert classification.history(db, supervisor, prisoner)[0].security_level == "medium"


def test_no_one_approves_their_own_assessment(db, supervisor, chief, prisoner):
    assessment = submitted(db, supervisor, prisoner)  # a supervisor may assess too
    _unchanged(db, workflow.approve, db, supervisor, assessment, reason="own")
    workflow.approve(db, chief, assessment)
    assert _status(db, assessment) == Status.APPROVED


def test_sent_back_with_a_reason_then_submitted_again(db, social_worker, supervisor, prisoner):
    assessment = submitted(db, social_worker, prisoner)
    refused = _unchanged(
        db, workflow.send_back, db, supervisor, assessment, "  ", error=ValidationError
    )
    assert refused.field == "reason"
    workflow.send_back(db, supervisor, assessment, "Нет сведений о семье")
    assert _status(db, assessment) == Status.SENT_BACK
    workflow.save_answers(db, social_worker, assessment, highest("family"))
    workflow.submit(db, social_worker, assessment, review_day(db, social_worker))
    workflow.approve(db, supervisor, assessment)
    steps = reading.assessment_view(db, supervisor, assessment).steps
    assert [s.step for s in steps] == ["started", "submitted", "sent_back", "submitted", "approved"]
    assert steps[2].reason == "Нет сведений о семье"


# every step from every status: what MOVES allows goes, the rest is refused, nothing written
STEPS = {
    "submit": lambda db, who, a: workflow.submit(
        db, who["social"], a, review_day(db, who["social"])
    ),
    "approve": lambda db, who, a: workflow.approve(db, who["chief"], a),
    "send_back": lambda db, who, a: workflow.send_back(db, who["chief"], a, "Уточнить"),
    "save": lambda db, who, a: workflow.save_answers(db, who["social"], a, highest("work")),
}
ALLOWED = {
    Status.DRAFT: {"submit", "save"},
    Status.AWAITING_APPROVAL: {"approve", "send_back"},
    Status.SENT_BACK: {"submit", "save"},
    Status.APPROVED: set(),
}


def _in_status(db, who, prisoner, status: Status) -> str:
    social, chief = who["social"], who["chief"]
    assessment = workflow.start(db, social, prisoner, EXAMPLE, "initial")
    workflow.save_answers(db, social, assessment, lowest())
    if status != Status.DRAFT:
        workflow.submit(db, social, assessment, review_day(db, social))
    if status == Status.SENT_BACK:
        workflow.send_back(db, chief, assessment, "Уточнить")
    if status == Status.APPROVED:
        workflow.approve(db, chief, assessment)
    return assessment


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("step", list(STEPS))
def test_every_step_from_every_status(db, social_worker, chief, prisoner, status, step):
    who = {"social": social_worker, "chief": chief}
    assessment = _in_status(db, who, prisoner, status)
    assert _status(db, assessment) == status
    if step in ALLOWED[status]:
        STEPS[step](db, who, assessment)
    else:
        refused = _unchanged(db, STEPS[step], db, who, assessment)
        assert refused.reason in {"status", "approved"}
        assert _status(db, assessment) == status


def test_submitting_needs_every_required_answer_and_a_review_date(db, social_worker, prisoner):
    assessment = workflow.start(db, social_worker, prisoner, EXAMPLE, "initial")
    answers = lowest()
    del answers["escape.history"], answers["family.contact"]
    answers.pop("substance.linked_offence")  # optional: may stay unanswered
    workflow.save_answers(db, social_worker, assessment, answers)
    refused = _unchanged(
        db,
        workflow.submit,
        db,
        social_worker,
        assessment,
        review_day(db, social_worker),
        error=ValidationError,
    )
    assert refused.params["count"] == 2 and refused.field == "escape.history"
    workflow.save_answers(db, social_worker, assessment, lowest())
    for day in (None, today(db, social_worker) - timedelta(days=1)):
        refused = _unchanged(
            db, workflow.submit, db, social_worker, assessment, day, error=ValidationError
        )
        assert refused.field == "next_review_on"
    workflow.submit(db, social_worker, assessment, today(db, social_worker))  # today will do
    assert _status(db, assessment) == Status.AWAITING_APPROVAL


def test_answers_the_instrument_does_not_have_are_refused(db, social_worker, prisoner):
    assessment = workflow.start(db, social_worker, prisoner, EXAMPLE, "initial")
    before = audit_count(db)
    for answers in ({"escape.nothing": "none"}, {"escape.history": "maybe"}):
        with pytest.raises(AnswerError):
            workflow.save_answers(db, social_worker, assessment, answers)
    assert audit_count(db) == before
    with db.read() as session:
        assert session.get(Assessment, assessment).answers == {}


def test_an_approved_assessment_is_not_edited_a_reassessment_is_made(
    db, social_worker, supervisor, prisoner
):
    first = approved(db, social_worker, supervisor, prisoner, lowest())
    refused = _unchanged(db, workflow.save_answers, db, social_worker, first, highest("escape"))
    assert refused.reason == "approved" and "reassessment" in refused.render()
    _unchanged(
        db,
        workflow.start,
        db,
        social_worker,
        prisoner,
        EXAMPLE,
        "initial",
        error=ValidationError,
    )  # assessed before: a review has its own reason
    second = workflow.start(db, social_worker, prisoner, EXAMPLE, "incident", "Драка 02.12")
    _unchanged(db, workflow.start, db, social_worker, prisoner, EXAMPLE, "due", reason="unfinished")
    workflow.save_answers(db, social_worker, second, highest("violence"))
    view = reading.assessment_view(db, supervisor, second)
    assert view.previous_id == first and view.reason_note == "Драка 02.12"
    changed = {c.item_id: (c.score_before, c.score_after) for c in view.changes}
    assert set(changed) == {"violence.assaults", "violence.threats", "violence.weapon"}
    assert all(before == 0 and after > 0 for before, after in changed.values())
    assert view.changes[0].before is not None and view.changes[0].after is not None
    with db.read() as session:  # the first one is as it was
        assert session.get(Assessment, first).answers == lowest()


def test_the_review_date_changes_only_with_a_reason(db, social_worker, supervisor, prisoner):
    assessment = approved(db, social_worker, supervisor, prisoner)
    sooner = today(db, supervisor) + timedelta(days=10)
    refused = _unchanged(
        db,
        workflow.change_review_date,
        db,
        supervisor,
        assessment,
        sooner,
        "",
        error=ValidationError,
    )
    assert refused.field == "reason"
    _unchanged(
        db,
        workflow.change_review_date,
        db,
        supervisor,
        assessment,
        today(db, supervisor) - timedelta(days=1),
        "Инцидент",
        error=ValidationError,
    )
    workflow.change_review_date(db, supervisor, assessment, sooner, "Инцидент в отряде")
    view = reading.assessment_view(db, supervisor, assessment)
    assert view.next_review_on == sooner
    assert view.steps[-1].step == Step.REVIEW_DATE_CHANGED
    assert view.steps[-1].reason == "Инцидент в отряде"
    assert view.steps[-1].details["to"] == sooner.isoformat()


def test_who_may_assess_and_approve(db, registrar, social_worker, psychologist, prisoner, staff):
    gate = staff("gate1", "gate_officer")
    for who in (registrar, gate):
        with pytest.raises(PermissionDenied):
            workflow.start(db, who, prisoner, EXAMPLE, "initial")
    assessment = submitted(db, psychologist, prisoner)  # the role the module added
    for who in (social_worker, psychologist, registrar):
        with pytest.raises(PermissionDenied):
            workflow.approve(db, who, assessment)
    with pytest.raises(NotFound):
        workflow.start(db, social_worker, prisoner, "no-such-instrument", "initial")


def test_a_prisoner_who_left_is_not_assessed(db, registrar, social_worker, prisoner):
    movements.record_movement(db, registrar, prisoner, MoveRequest("release"))
    _unchanged(
        db, workflow.start, db, social_worker, prisoner, EXAMPLE, "initial", reason="not_held"
    )
