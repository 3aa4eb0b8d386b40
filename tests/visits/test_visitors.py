"""The visitor registry: one record per person, relationships, approval, restrictions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from prisondesk.db.models import PrisonerVisitor
from prisondesk.services.core.errors import Conflict, PermissionDenied, ValidationError
from prisondesk.services.intake import admissions
from prisondesk.services.visits import visitors
from prisondesk.services.visits.visitors import DuplicateVisitor, VisitorEntry
from tests.intake.fixtures import identity
from tests.visits.fixtures import facility_today

MOTHER = VisitorEntry(
    surname="Асанова",
    given_name="Гүлнара",
    patronymic="Токтогуловна",
    date_of_birth=date(1968, 3, 9),
    document_type="passport",
    document_number="ID 1234567",
    document_country="Кыргызстан",
    phone="+996 555 123456",
)


def test_a_visitor_is_registered_once_whatever_the_spelling(db, clerk):
    first = visitors.register_visitor(db, clerk, MOTHER)
    assert first.full_name == "Асанова Гүлнара Токтогуловна"
    assert first.document == "passport ID 1234567"
    same_document = VisitorEntry(
        "Другая", "Фамилия", document_type="passport", document_number="id-123 4567"
    )
    with pytest.raises(DuplicateVisitor) as found:
        visitors.register_visitor(db, clerk, same_document)
    assert found.value.existing_id == first.id and found.value.field == "document_number"
    latin = VisitorEntry(
        "Asanova",
        "Gulnara",
        date_of_birth=date(1968, 3, 9),
        document_type="id_card",
        document_number="AN0000001",
    )
    with pytest.raises(DuplicateVisitor):
        visitors.register_visitor(db, clerk, latin)
    namesake = VisitorEntry(
        "Асанова",
        "Гүлнара",
        date_of_birth=date(1970, 1, 1),
        document_type="passport",
        document_number="ID7654321",
    )
    assert visitors.register_visitor(db, clerk, namesake).id != first.id


def test_bad_visitor_input_names_its_field(db, clerk):
    for entry, field in (
        (VisitorEntry("", "Имя", document_type="passport", document_number="1"), "surname"),
        (VisitorEntry("Фамилия", "Имя", document_type="passport"), "document_number"),
        (VisitorEntry("Фамилия", "Имя", document_number="1"), "document_type"),
        (
            VisitorEntry(
                "Фамилия",
                "Имя",
                date_of_birth=facility_today() + timedelta(days=1),
                document_type="passport",
                document_number="1",
            ),
            "date_of_birth",
        ),
        (
            VisitorEntry("Фамилия\x00", "Имя", document_type="passport", document_number="1"),
            "surname",
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            visitors.register_visitor(db, clerk, entry)
        assert refused.value.field == field


def test_gate_officers_do_not_register_visitors(db, staff):
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        visitors.register_visitor(db, gate, MOTHER)


def test_the_approved_list_needs_a_supervisor(db, clerk, chief, registrar):
    prisoner = admissions.start_admission(db, registrar, identity())
    mother = visitors.register_visitor(db, clerk, MOTHER)
    link = visitors.link_visitor(db, clerk, prisoner.id, mother.id, "мать")
    with pytest.raises(Conflict):
        visitors.link_visitor(db, clerk, prisoner.id, mother.id, "мать")
    with pytest.raises(PermissionDenied):
        visitors.approve_visitor(db, clerk, link)
    visitors.approve_visitor(db, chief, link)
    with db.read() as session:
        stored = session.get(PrisonerVisitor, link)
        assert stored.approved and stored.approved_by == chief.user_id


def test_restrictions_end_by_themselves(db, clerk, chief):
    mother = visitors.register_visitor(db, clerk, MOTHER)
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="пронос запрещённых предметов",
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 31),
        visitor_id=mother.id,
    )
    with db.read() as session:
        assert visitors.restrictions_on(session, date(2026, 11, 30), visitor_ids=[mother.id]) == []
        [ban] = visitors.restrictions_on(session, date(2026, 12, 15), visitor_ids=[mother.id])
        assert ban.kind == "ban"
        assert visitors.restrictions_on(session, date(2027, 1, 1), visitor_ids=[mother.id]) == []
    with pytest.raises(ValidationError):
        visitors.add_restriction(
            db,
            chief,
            kind="ban",
            reason="x",
            starts_on=date(2026, 12, 2),
            ends_on=date(2026, 12, 1),
            visitor_id=mother.id,
        )
    with pytest.raises(ValidationError):
        visitors.add_restriction(
            db,
            chief,
            kind="curfew",
            reason="x",
            starts_on=date(2026, 12, 2),
            ends_on=None,
            visitor_id=mother.id,
        )
    with pytest.raises(PermissionDenied):
        visitors.add_restriction(
            db,
            clerk,
            kind="ban",
            reason="x",
            starts_on=date(2026, 12, 2),
            ends_on=None,
            visitor_id=mother.id,
        )
