"""Intake fixtures (a plugin of the root conftest): identity data and admissions."""

from __future__ import annotations

from datetime import date

import pytest

from prisondesk.domain.sentence import Term
from prisondesk.services.core import facility
from prisondesk.services.intake import admissions
from prisondesk.services.intake.admissions import ContactEntry, Identity, LegalBasis, Placement


def identity(**changes) -> Identity:
    values = dict(
        surname="Асанов",
        given_name="Бакыт",
        patronymic="Нурланович",
        date_of_birth=date(1990, 5, 17),
        sex="male",
        citizenship="Кыргызстан",
        pin="21705199000123",
        document_type="passport",
        document_number="ID1234567",
        languages=("ky", "ru"),
    )
    values.update(changes)
    return Identity(**values)


LEGAL = LegalBasis(
    authority="Первомайский районный суд г. Бишкек",
    decision_number="1-234/26",
    decision_date=date(2026, 3, 2),
    articles="ст. 208 ч. 1 УК КР",
    custody_type="convicted",
    sentence_start=date(2026, 3, 2),
    term=Term(years=3, months=6),
    credited_days=40,
)


@pytest.fixture
def wing_id(db, registrar) -> str:
    return facility.current_facility(db).wings[0].id


def admit_completely(db, registrar, wing_id: str, **identity_changes):
    """Admit a person with every required part (identity, legal basis, placement, injuries
    noted, a family contact, rights explained); returns the completed file."""
    view = admissions.start_admission(db, registrar, identity(**identity_changes))
    admissions.save_legal(db, registrar, view.id, LEGAL)
    admissions.save_placement(db, registrar, view.id, Placement("general", wing_id, "12"))
    admissions.record_injuries(db, registrar, view.id, [])
    admissions.save_contacts(
        db, registrar, view.id, [ContactEntry("Асанова Гүлнара", "мать", "+996 555 123456")]
    )
    admissions.record_rights_explained(db, registrar, view.id, "ky")
    return admissions.complete_admission(db, registrar, view.id)


@pytest.fixture
def complete(db, registrar, wing_id):
    """A function that admits a person with every required part."""

    def admit(**identity_changes):
        return admit_completely(db, registrar, wing_id, **identity_changes)

    return admit
