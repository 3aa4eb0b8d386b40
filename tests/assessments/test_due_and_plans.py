"""The due lists (reviews overdue and due soon, prisoners without an assessment some days
after admission, assessments awaiting approval), the facility's settings, and the plan built
from an approved assessment's needs: actions with owners, target dates and statuses,
progress notes and reviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from prisondesk.db.models import Assessment, Prisoner
from prisondesk.domain.assessments import EXAMPLE_FIRST_ASSESSMENT_DAYS
from prisondesk.services.assessments import due, plan_choices, plans, settings, workflow
from prisondesk.services.assessments.plans import ActionEntry, PlanRefused
from prisondesk.services.core import audit
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from prisondesk.services.workshops import waiting
from prisondesk.services.workshops.waiting_checks import WaitingRefused
from tests.assessments.conftest import highest
from tests.assessments.flow import approved, submitted
from tests.workshops.fixtures import audit_count, make_workshop, today


def _admitted_days_ago(db, actor, prisoner_id: str, days: int) -> None:
    """As if the prisoner had come ``days`` ago (a test's shortcut, audited as any write)."""
    with db.write(actor.user_id) as session:
        session.get(Prisoner, prisoner_id).admitted_at = datetime.now(UTC) - timedelta(days=days)
        audit.record(session, db, actor, "update", "prisoner", prisoner_id, note="test")


def _review_on(db, actor, assessment_id: str, days_from_today: int) -> None:
    """As if the review had been set for that day (the services refuse a past one)."""
    day = today(db, actor) + timedelta(days=days_from_today)
    with db.write(actor.user_id) as session:
        session.get(Assessment, assessment_id).next_review_on = day
        audit.record(session, db, actor, "update", "assessment", assessment_id, note="test")


def test_the_due_lists(db, admin, social_worker, supervisor, prisoner, another):
    late, soon, later, new, waiting = (
        another(n) for n in ("Бекмуратов", "Садыков", "Исаков", "Мамытов", "Осмонов")
    )
    for person, days in ((late, -3), (soon, 5), (later, 60)):
        _review_on(db, supervisor, approved(db, social_worker, supervisor, person), days)
    for person in (prisoner, new):
        _admitted_days_ago(db, social_worker, person, 30)
    _admitted_days_ago(db, social_worker, new, 3)  # within the two weeks: not due yet
    submitted(db, social_worker, waiting)

    lists = due.due_lists(db, social_worker)
    assert lists.first_within_days == EXAMPLE_FIRST_ASSESSMENT_DAYS
    assert [(r.name.split()[0], r.days) for r in lists.overdue] == [("Бекмуратов", 3)]
    assert [(r.name.split()[0], r.days) for r in lists.due_soon] == [("Садыков", -5)]
    assert [r.prisoner_id for r in lists.unassessed] == [prisoner]
    assert lists.unassessed[0].days == 30 and lists.unassessed[0].assessment_id is None
    assert [r.prisoner_id for r in lists.awaiting_approval] == [waiting]

    settings.save_settings(db, admin, 2, {})  # the facility asks for it within two days
    lists = due.due_lists(db, supervisor)
    assert {r.prisoner_id for r in lists.unassessed} == {prisoner, new}


def test_settings_bounds_and_who_saves_them(db, admin, social_worker):
    assert settings.assessment_settings(db, social_worker).example
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        settings.save_settings(db, admin, 0, {"high": "no-such-wing"})
    assert {p.field for p in refused.value.problems} == {"first_within_days", "wings"}
    with pytest.raises(PermissionDenied):
        settings.save_settings(db, social_worker, 10, {})
    assert audit_count(db) == before
    saved = settings.save_settings(db, admin, 10, {})
    assert (saved.first_within_days, saved.example) == (10, False)


def test_a_plan_from_the_needs_of_an_approved_assessment(db, social_worker, supervisor, prisoner):
    answers = highest("education", "work", "family")
    assessment = submitted(db, social_worker, prisoner, answers)
    with pytest.raises(PlanRefused):
        plans.actions_from_needs(db, social_worker, assessment)
    workflow.approve(db, supervisor, assessment)
    made = plans.actions_from_needs(db, social_worker, assessment)
    assert len(made) == 3
    plan = plans.plan(db, social_worker, prisoner)
    assert [(a.need, a.kind) for a in plan.actions] == [
        ("education", "education"),
        ("work_skills", "workshop_place"),
        ("family_ties", "family_contact"),
    ]
    action = plan.actions[0]
    assert action.owner == "Абдыкадырова Назгуль" and action.status == "planned"
    assert action.target_on == today(db, social_worker) + timedelta(days=90)
    assert plan.needs_uncovered == ()
    assert plans.actions_from_needs(db, social_worker, assessment) == []  # each need once

    plans.update_action(
        db, social_worker, action.id, status="in_progress", owner_id=supervisor.user_id
    )
    plans.add_progress(db, social_worker, action.id, "Записан в 7 класс вечерней школы")
    plans.review_plan(
        db, supervisor, prisoner, "План выполняется", today(db, supervisor) + timedelta(days=90)
    )
    plan = plans.plan(db, supervisor, prisoner)
    changed = next(a for a in plan.actions if a.id == action.id)
    assert (changed.status, changed.owner) == ("in_progress", "Касымова Динара")
    assert [text for _, _, text in changed.notes] == ["Записан в 7 класс вечерней школы"]
    assert plan.reviews[0].text == "План выполняется" and plan.reviews[0].written_by == (
        "Касымова Динара"
    )
    assert plan.next_review_on == today(db, supervisor) + timedelta(days=90)


def test_bad_plan_actions_are_refused(db, social_worker, prisoner, staff):
    instructor = staff("teach1", "instructor")
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        plans.add_action(
            db,
            social_worker,
            prisoner,
            ActionEntry("juggling", today(db, social_worker) - timedelta(days=1), owner_id="x"),
        )
    assert {p.field for p in refused.value.problems} == {"kind", "target_on", "owner_id"}
    with pytest.raises(ValidationError):
        plans.add_action(db, social_worker, prisoner, ActionEntry("education", None))
    with pytest.raises(PermissionDenied):
        plans.add_action(
            db,
            instructor,
            prisoner,
            ActionEntry("education", today(db, social_worker)),
        )
    assert audit_count(db) == before


def test_a_workshop_place_in_the_plan_puts_the_prisoner_on_the_list(
    db, social_worker, supervisor, prisoner, staff
):
    instructor = staff("teach1", "instructor")
    workshop = make_workshop(db, instructor, name="Войлочный цех")
    assessment = approved(db, social_worker, supervisor, prisoner, highest("work"))
    [made] = plans.actions_from_needs(db, social_worker, assessment)
    offered = plan_choices.workshops_offered(db, social_worker)
    assert [(o.id, o.name) for o in offered] == [(workshop, "Войлочный цех")]
    assert waiting.entries_of(db, instructor, prisoner) == []
    plans.update_action(db, social_worker, made, workshop_id=workshop)
    [entry] = waiting.entries_of(db, instructor, prisoner)
    assert (entry.workshop_id, entry.status, entry.source) == (workshop, "pending", "assessment")
    plans.update_action(db, social_worker, made, workshop_id=workshop)  # given once: no second
    assert len(waiting.entries_of(db, instructor, prisoner)) == 1

    by_hand = ActionEntry(
        "workshop_place", today(db, social_worker), description="Кожа", workshop_id=workshop
    )
    with pytest.raises(WaitingRefused):  # already on that list: refused, nothing written
        plans.add_action(db, social_worker, prisoner, by_hand)
    assert len(plans.plan(db, social_worker, prisoner).actions) == 1
