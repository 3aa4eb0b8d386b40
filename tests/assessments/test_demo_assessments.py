"""The demo's assessments, read back through the services: every status, an override with its
reason, no one approving their own (a second supervisor approves the first one's), a
reassessment after an incident that differs from the approved one before it, every due list
showing someone, plans built from needs with actions in every status, progress notes and
reviews, and case notes of every kind and both visibilities spread over the last weeks —
nothing dated after this moment."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.backup import copy_into
from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.db.models import Assessment, CaseNote, PlanAction
from prisondesk.domain.assessments import ActionStatus, NoteKind, ReviewReason, Status, Visibility
from prisondesk.domain.roles import Role
from prisondesk.domain.wire import utc_now
from prisondesk.services.assessments import (
    case_notes,
    classification,
    due,
    plans,
    reading,
    workflow,
)
from prisondesk.services.assessments import settings as assessment_settings
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, DemoReport, fill_demo
from prisondesk.services.demo import assessments as demo_assessments
from prisondesk.services.demo.core import actor_with_role


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple:
    """The demo filled once for the module (it takes seconds): each test gets its copy."""
    folder = tmp_path_factory.mktemp("assessments-demo")
    path = folder / "demo.sqlite3"
    upgrade_database(path, folder / "backups")
    store = Database.open_sqlite(path)
    try:
        report = fill_demo(store, prisoners=60, seed=5)
    finally:
        store.dispose()
    return path, report


@pytest.fixture
def demo(paths, demo_file) -> Iterator[tuple[Database, DemoReport]]:
    path, report = demo_file
    copy_into(path, paths.database)
    database = Database.open_sqlite(paths.database)
    yield database, report
    database.dispose()


def _prisoners(db, column) -> list[str]:
    with db.read() as session:
        return sorted(set(session.scalars(select(column))))


def _assessments(db, reader) -> list[reading.AssessmentView]:
    return [
        reading.assessment_view(db, reader, summary.id)
        for prisoner_id in _prisoners(db, Assessment.prisoner_id)
        for summary in reading.prisoner_assessments(db, reader, prisoner_id)
    ]


def test_the_demo_has_assessments_in_every_state(demo):
    db, report = demo
    assert report.assessments_created >= 12
    assert demo_assessments.fill_assessments(db, random.Random(1)) is None  # once only
    chief = actor_with_role(db, Role.SUPERVISOR)
    second = users.authenticate(db, demo_assessments.SECOND_SUPERVISOR, DEMO_PASSWORD)
    psychologist = users.authenticate(db, "psychologist", DEMO_PASSWORD)
    assert (second.role, psychologist.role) == (Role.SUPERVISOR, Role.PSYCHOLOGIST)
    found = _assessments(db, chief)
    assert len(found) == report.assessments_created
    assert Counter(a.status for a in found).keys() == set(Status)
    approved = [a for a in found if a.status == Status.APPROVED]
    assert {a.level for a in approved} == {"low", "medium", "high"}
    assert all(a.approved_by and a.approved_by != a.assessor for a in approved)
    assert any(a.assessor == chief.full_name and a.approved_by == second.full_name for a in found)

    (overridden,) = [a for a in approved if a.level != a.computed_level]
    assert overridden.override_reason and overridden.steps[-1].reason == overridden.override_reason
    (sent_back,) = [a for a in found if a.status == Status.SENT_BACK]
    assert sent_back.steps[-1].step == "sent_back" and sent_back.steps[-1].reason
    (draft,) = [a for a in found if a.status == Status.DRAFT]
    assert 0 < len(draft.answers) < len(list(draft.instrument.items()))

    (again,) = [a for a in found if a.reason == ReviewReason.INCIDENT]
    before = next(a for a in found if a.id == again.previous_id)
    assert again.status == Status.APPROVED and again.changes and again.level != before.level
    assert any(n.kind == NoteKind.INCIDENT for n in again.notes_since)
    assert before.steps[-1].step == "review_date_changed" and before.steps[-1].reason
    history = classification.history(db, chief, again.prisoner_id)
    assert [c.assessment_id for c in history] == [again.id, before.id]
    assert {c.wing for c in history} <= {"Блок 1", "Блок 2", "Блок 3"}


def test_the_due_lists_plans_and_case_notes_of_the_demo(demo):
    db, _report = demo
    social = actor_with_role(db, Role.SOCIAL_WORKER)
    lists = due.due_lists(db, social)
    assert lists.overdue and lists.due_soon and lists.unassessed and lists.awaiting_approval
    assert lists.first_within_days == demo_assessments.FIRST_WITHIN_DAYS
    assert not assessment_settings.assessment_settings(db, social).example
    assert any(row.status == Status.DRAFT for row in lists.unassessed)

    views = [plans.plan(db, social, p) for p in _prisoners(db, PlanAction.prisoner_id)]
    actions = [a for view in views for a in view.actions]
    assert {a.status for a in actions} == set(ActionStatus)
    assert any(a.overdue for a in actions) and any(a.description for a in actions)
    assert sum(len(a.notes) for a in actions) >= 4
    assert sum(len(view.reviews) for view in views) >= 2
    assert all(view.assessment_id for view in views)

    notes = [
        n for p in _prisoners(db, CaseNote.prisoner_id) for n in case_notes.notes(db, social, p)
    ]
    assert {n.kind for n in notes} == set(NoteKind)
    assert {n.visibility for n in notes} == set(Visibility)
    now = utc_now()
    assert max(n.written_at for n in notes) <= now
    assert min(n.written_at for n in notes) < now - timedelta(weeks=4)
    with db.read() as session:
        moments = session.execute(select(Assessment.started_at, Assessment.approved_at)).all()
    assert max(m for row in moments for m in row if m is not None) <= now


def test_a_demo_stopped_in_its_assessments_is_made_whole_the_next_time(db, monkeypatch):
    real_submit, made = workflow.submit, []

    def killed_after_some(*args, **kwargs):
        if len(made) == 3:
            raise KeyboardInterrupt  # Ctrl+C in the middle of today's assessments
        made.append(1)
        return real_submit(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(workflow, "submit", killed_after_some)
        with pytest.raises(KeyboardInterrupt):
            fill_demo(db, prisoners=40, seed=5)
    assert fill_demo(db, prisoners=40, seed=5).assessments_created > 0
    chief = actor_with_role(db, Role.SUPERVISOR)
    statuses = Counter(a.status for a in _assessments(db, chief))
    assert statuses.keys() == set(Status)
    assert fill_demo(db, prisoners=40, seed=5).assessments_created is None
