"""What the printed plan is made of (services/assessments/documents.py): the actions still to
do and those done, not the cancelled ones; the next review, the assessment's until the plan
has one of its own; the name and the role of who prints it, to sign; nothing of the
assessment. Only those who read plans print one, and every print is recorded as a read."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.domain.assessments import PlanDoc
from prisondesk.services.assessments import documents, plans
from prisondesk.services.core.errors import PermissionDenied
from tests.assessments.conftest import highest
from tests.assessments.flow import approved, review_day
from tests.workshops.fixtures import audit_count, today


def _dotted(day) -> str:
    return day.strftime("%d.%m.%Y")


def _printed(db, prisoner_id: str) -> list[tuple[str, str]]:
    """Who printed the prisoner's plan: (user name, note) of each recorded read."""
    with db.read() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action == "read",
                AuditEntry.entity == "plan",
                AuditEntry.entity_id == prisoner_id,
            )
            .order_by(AuditEntry.device_seq)
        )
        return [(entry.username, entry.note) for entry in entries]


def test_the_paper_holds_the_actions_to_do_and_done_and_who_signs(
    db, social_worker, psychologist, supervisor, prisoner
):
    assessment = approved(
        db, social_worker, supervisor, prisoner, highest("education", "work", "family")
    )
    plans.actions_from_needs(db, social_worker, assessment)
    school, work, family = plans.plan(db, social_worker, prisoner).actions
    plans.update_action(db, social_worker, school.id, status="done")
    plans.update_action(db, social_worker, family.id, status="cancelled")

    doc = documents.plan_document(db, psychologist, prisoner)
    assert (doc.prisoner, doc.number[:6]) == ("Асанов Бакыт Нурланович", "BSH-1-")
    assert doc.facility == "Исправительная колония №1"
    assert doc.printed_on == _dotted(today(db, psychologist))
    # open ones first, then those done; the cancelled one is not printed
    assert [(a.kind, a.status) for a in doc.actions] == [
        ("workshop_place", "planned"),
        ("education", "done"),
    ]
    assert doc.actions[0].owner == "Абдыкадырова Назгуль"
    assert doc.actions[0].target_on == _dotted(work.target_on)
    assert (doc.staff, doc.staff_role) == ("Орозова Гулина", "psychologist")
    # before the plan's first review, the assessment's review day; then the plan's own
    assert doc.next_review_on == _dotted(review_day(db, social_worker))
    plan_review = today(db, social_worker) + timedelta(days=45)
    plans.review_plan(db, social_worker, prisoner, "Обсудили", plan_review)
    assert documents.plan_document(db, social_worker, prisoner).next_review_on == _dotted(
        plan_review
    )
    # nothing of the assessment: no level, no scores, no needs, no answers
    assert {f.name for f in fields(PlanDoc)} == {
        "facility",
        "prisoner",
        "number",
        "printed_on",
        "actions",
        "next_review_on",
        "staff",
        "staff_role",
    }


def test_without_an_assessment_nor_actions_the_paper_is_empty(db, social_worker, prisoner):
    doc = documents.plan_document(db, social_worker, prisoner)
    assert (doc.actions, doc.next_review_on) == ((), "")


def test_printing_is_a_read_recorded(db, social_worker, supervisor, prisoner):
    approved(db, social_worker, supervisor, prisoner)
    assert _printed(db, prisoner) == []
    documents.plan_document(db, social_worker, prisoner)
    documents.plan_document(db, supervisor, prisoner)
    assert _printed(db, prisoner) == [("social1", "printed"), ("supervisor1", "printed")]


def test_a_registry_officer_may_not_print_a_plan(db, registrar, social_worker, prisoner, staff):
    instructor = staff("teach1", "instructor")
    before = audit_count(db)
    for actor in (registrar, instructor):
        with pytest.raises(PermissionDenied):
            documents.plan_document(db, actor, prisoner)
    assert audit_count(db) == before
    assert _printed(db, prisoner) == []
