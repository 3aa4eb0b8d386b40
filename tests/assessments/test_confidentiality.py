"""Who reads what: assessments, plans and restricted case notes only for social workers,
psychologists and supervisors, and every such read recorded; case notes as events, seen by
everyone who reads the file or only by those, and an assessor sees the notes written since
the last assessment."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.services.assessments import case_notes, classification, plans, reading, timeline
from prisondesk.services.core.errors import InvalidFields, PermissionDenied, ValidationError
from tests.assessments.conftest import highest
from tests.assessments.flow import approved, submitted
from tests.workshops.fixtures import audit_count, today


def _reads(db, entity: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "read", AuditEntry.entity == entity)
            )
        )


def test_assessments_are_read_by_the_few_and_every_read_is_recorded(
    db, registrar, social_worker, psychologist, supervisor, prisoner, staff
):
    assessment = submitted(db, social_worker, prisoner)
    for who in (registrar, staff("gate1", "gate_officer"), staff("teach1", "instructor")):
        for call, arg in (
            (reading.assessment_view, assessment),
            (reading.prisoner_assessments, prisoner),
            (classification.history, prisoner),
        ):
            with pytest.raises(PermissionDenied):
                call(db, who, arg)
        with pytest.raises(PermissionDenied):
            plans.plan(db, who, prisoner)
    before = len(_reads(db, "assessment"))
    for who in (social_worker, psychologist, supervisor):
        reading.assessment_view(db, who, assessment)
    reading.prisoner_assessments(db, supervisor, prisoner)
    reads = _reads(db, "assessment")[before:]
    assert len(reads) == 4
    assert {r.username for r in reads} == {"social1", "psych1", "supervisor1"}
    plans.plan(db, psychologist, prisoner)
    assert [r.username for r in _reads(db, "plan")] == ["psych1"]


def test_restricted_notes_are_hidden_from_the_registry(
    db, registrar, social_worker, supervisor, prisoner
):
    case_notes.write(db, registrar, prisoner, "family", "file", "Мать звонила, просит свидание")
    case_notes.write(db, social_worker, prisoner, "concern", "restricted", "Говорит о долгах")
    seen_by_registry = case_notes.notes(db, registrar, prisoner)
    assert [n.text for n in seen_by_registry] == ["Мать звонила, просит свидание"]
    assert _reads(db, "case_note") == []  # nothing restricted shown: nothing sensitive read
    seen = case_notes.notes(db, supervisor, prisoner)
    assert [n.kind for n in seen] == ["concern", "family"]  # the latest first
    assert seen[0].written_by == "Абдыкадырова Назгуль"
    [read] = _reads(db, "case_note")
    assert (read.username, read.note) == ("supervisor1", "1 restricted")


def test_a_bad_case_note_is_refused_whole(db, social_worker, prisoner, staff):
    gate = staff("gate1", "gate_officer")
    before = audit_count(db)
    with pytest.raises(InvalidFields) as refused:
        case_notes.write(db, social_worker, prisoner, "gossip", "everyone", "  ")
    assert {p.field for p in refused.value.problems} == {"kind", "visibility", "text"}
    with pytest.raises(ValidationError):
        case_notes.write(db, social_worker, prisoner, "positive", "file", "x" * 4001)
    with pytest.raises(PermissionDenied):
        case_notes.write(db, gate, prisoner, "positive", "file", "Ок")
    assert audit_count(db) == before


def test_the_assessor_sees_the_notes_since_the_last_assessment(
    db, registrar, social_worker, supervisor, prisoner
):
    case_notes.write(db, registrar, prisoner, "incident", "file", "До первой оценки")
    approved(db, social_worker, supervisor, prisoner)
    first_view = reading.prisoner_assessments(db, social_worker, prisoner)[0]
    case_notes.write(db, registrar, prisoner, "positive", "file", "Помог в столовой")
    case_notes.write(db, social_worker, prisoner, "concern", "restricted", "Тревожен")
    second = submitted(db, social_worker, prisoner, reason="due")
    view = reading.assessment_view(db, social_worker, second)
    assert [n.text for n in view.notes_since] == ["Тревожен", "Помог в столовой"]
    assert first_view.level == "low"


def test_the_timeline_shows_each_reader_what_they_may_see(
    db, registrar, social_worker, supervisor, prisoner
):
    case_notes.write(db, registrar, prisoner, "positive", "file", "Помог в столовой")
    case_notes.write(db, social_worker, prisoner, "concern", "restricted", "Тревожен")
    approved(db, social_worker, supervisor, prisoner, highest("escape"))
    plans.review_plan(db, supervisor, prisoner, "План выполняется", today(db, supervisor))
    seen = timeline.timeline(db, registrar, prisoner)
    assert [(e.source, e.text) for e in seen] == [("note", "Помог в столовой")]
    assert _reads(db, "timeline") == []  # nothing restricted shown
    seen = timeline.timeline(db, supervisor, prisoner)
    assert sorted(e.source for e in seen) == sorted(
        ["plan", "classification", "assessment", "assessment", "assessment", "note", "note"]
    )
    assert {(e.source, e.what) for e in seen} >= {
        ("classification", "high"),
        ("assessment", "approved"),
        ("note", "concern"),
        ("plan", "review"),
    }
    assert all(e.restricted for e in seen if e.source != "note" or e.what == "concern")
    assert seen == sorted(seen, key=lambda e: e.at, reverse=True)  # the latest first
    [read] = _reads(db, "timeline")
    assert read.username == "supervisor1" and read.note == "6 restricted"
