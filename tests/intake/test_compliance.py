from __future__ import annotations

from datetime import timedelta

import pytest

from prisondesk.db.models import Prisoner
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import admissions
from prisondesk.services.intake.admissions import NoContact, Placement
from prisondesk.services.reports import compliance
from tests.intake.fixtures import LEGAL, identity


@pytest.fixture
def supervisor(staff):
    return staff("boss1", "supervisor", "Начальник отряда")


def test_complete_admissions_have_no_gaps_and_legacy_rows_do(
    db, registrar, supervisor, complete, admin
):
    complete()
    assert compliance.gaps(db, supervisor) == []
    with db.write(admin.user_id) as session:  # a register row without admission details
        from prisondesk.services.core import audit

        legacy = Prisoner(
            number="OLD-1",
            surname="Токтосунов",
            given_name="Нурлан",
            status="in_custody",
            facility_id=admin.facility_id,
            deleted=False,
        )
        session.add(legacy)
        session.flush()
        audit.record(session, db, admin, "import", "prisoner", legacy.id)
    found = compliance.gaps(db, supervisor)
    assert [(g.number, g.missing) for g in found] == [
        ("OLD-1", ("injuries", "contacts", "rights", "placement"))
    ]


def test_a_file_that_says_why_no_contact_is_listed_has_no_contact_gap(
    db, registrar, supervisor, wing_id
):
    view = admissions.start_admission(db, registrar, identity())
    admissions.save_legal(db, registrar, view.id, LEGAL)
    admissions.save_placement(db, registrar, view.id, Placement("general", wing_id, "12"))
    admissions.record_injuries(db, registrar, view.id, [])
    stated = NoContact("declined", "Отказался называть родственников.")
    admissions.save_contacts(db, registrar, view.id, [], stated)
    admissions.record_rights_explained(db, registrar, view.id, "ky")
    assert admissions.complete_admission(db, registrar, view.id).status == "in_custody"
    assert compliance.gaps(db, supervisor) == []


def test_only_stale_drafts_are_listed(db, registrar, supervisor, monkeypatch):
    admissions.start_admission(db, registrar, identity())
    assert compliance.gaps(db, supervisor) == []
    later = compliance.utc_now() + timedelta(days=2)
    monkeypatch.setattr(compliance, "utc_now", lambda: later)
    assert [g.missing for g in compliance.gaps(db, supervisor)] == [("draft",)]


def test_gate_officers_do_not_see_the_report(db, admin, registrar):
    with pytest.raises(PermissionDenied):
        compliance.gaps(db, registrar)


def test_medical_notices_are_for_supervisors_and_their_reading_is_audited(db, admin, supervisor):
    from sqlalchemy import select

    from prisondesk.db.models import AuditEntry

    assert compliance.medical_notices(db, supervisor) == []
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "medical_notices")
        ).one()
    assert entry.username == "boss1" and entry.action == "read"
    with pytest.raises(PermissionDenied):  # the IT administrator does not read health data
        compliance.medical_notices(db, admin)
