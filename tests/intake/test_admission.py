from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import AuditEntry, Movement, OutboxEntry
from prisondesk.domain.sentence import Term
from prisondesk.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from prisondesk.services.intake import admissions
from prisondesk.services.intake.admissions import (
    ContactEntry,
    DuplicatePerson,
    IncompleteAdmission,
    InjuryNote,
    NoContact,
    Placement,
    PropertyEntry,
)
from tests.intake.fixtures import LEGAL, identity


def test_a_draft_gets_a_number_and_says_what_is_missing(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    assert view.status == "draft" and view.number.startswith("BSH-1-")
    assert view.number.endswith("-00001")
    assert set(view.missing) == {"legal", "placement", "injuries", "contacts", "rights"}
    second = admissions.start_admission(db, registrar, identity(pin="", surname="Осмонов"))
    assert second.number.endswith("-00002")


def test_completion_is_refused_until_every_part_is_there(db, registrar, wing_id):
    view = admissions.start_admission(db, registrar, identity())
    with pytest.raises(IncompleteAdmission) as refused:
        admissions.complete_admission(db, registrar, view.id)
    assert "contacts" in refused.value.missing and "rights" in refused.value.missing
    assert admissions.admission(db, registrar, view.id).status == "draft"


def test_full_admission_records_movement_release_date_and_audit(db, registrar, complete):
    view = complete()
    assert view.status == "in_custody" and view.missing == ()
    # 3 years 6 months from 2 March 2026, less 40 days on remand
    assert view.release_date == date(2029, 9, 2) - timedelta(days=40)
    with db.read() as session:
        moves = session.scalars(select(Movement).where(Movement.prisoner_id == view.id)).all()
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == view.id)
        ).all()
        tables = set(session.scalars(select(OutboxEntry.table_name)))
    assert [m.kind for m in moves] == ["admission"]
    assert actions.count("update") == 5 and "admit" in actions and "create" in actions
    assert {"prisoner", "contact", "movement"} <= tables
    with pytest.raises(Conflict):
        admissions.complete_admission(db, registrar, view.id)


def test_editing_is_audited_with_what_changed(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    admissions.save_identity(db, registrar, view.id, identity(surname="Асанбеков"))
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()[-1]
    assert entry.before == {"surname": "Асанов"} and entry.after == {"surname": "Асанбеков"}


def test_a_pin_that_contradicts_the_birth_date_is_a_warning_not_an_error(db, registrar):
    view = admissions.start_admission(db, registrar, identity(date_of_birth=date(1991, 5, 17)))
    assert view.warnings == ("The PIN does not match the date of birth.",)


def test_a_duplicate_pin_shows_the_existing_person(db, registrar):
    first = admissions.start_admission(db, registrar, identity())
    with pytest.raises(DuplicatePerson) as duplicate:
        admissions.start_admission(db, registrar, identity(surname="Другой"))
    assert duplicate.value.existing_id == first.id
    assert first.number in str(duplicate.value) and duplicate.value.field == "pin"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"surname": "   "}, "surname"),
        ({"surname": "12345"}, "surname"),
        ({"surname": "Aсанов"}, "surname"),  # a Latin A inside a Cyrillic word
        ({"given_name": "Б" * 101}, "given_name"),
        ({"patronymic": "Нурлан\x07ович"}, "patronymic"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth"),
        ({"date_of_birth": date(1890, 1, 1)}, "date_of_birth"),
        ({"date_of_birth": date.today() - timedelta(days=365 * 5)}, "date_of_birth"),
        ({"date_of_birth": None}, "date_of_birth"),
        ({"pin": "2170519900012"}, "pin"),
        ({"pin": "21713199000123"}, "pin"),  # month 13
        ({"pin": "2170519900012X"}, "pin"),
        ({"sex": ""}, "sex"),
    ],
)
def test_bad_identity_is_refused_at_its_field_and_nothing_is_saved(db, registrar, changes, field):
    with pytest.raises(ValidationError) as refused:
        admissions.start_admission(db, registrar, identity(**changes))
    assert refused.value.field == field
    assert admissions.drafts_count(db) == 0


@pytest.mark.parametrize(
    ("legal_changes", "field"),
    [
        ({"custody_type": "maybe"}, "custody_type"),
        ({"authority": ""}, "authority"),
        ({"decision_date": date.today() + timedelta(days=3)}, "decision_date"),
        ({"decision_date": None}, "decision_date"),
        ({"sentence_start": None}, "sentence_start"),
        ({"term": Term()}, "term_years"),
        ({"term": Term(months=12)}, "term_months"),
        ({"credited_days": -1}, "credited_days"),
    ],
)
def test_bad_legal_basis_is_refused_and_the_draft_unchanged(db, registrar, legal_changes, field):
    from dataclasses import replace

    view = admissions.start_admission(db, registrar, identity())
    with pytest.raises(ValidationError) as refused:
        admissions.save_legal(db, registrar, view.id, replace(LEGAL, **legal_changes))
    assert refused.value.field == field
    assert admissions.admission(db, registrar, view.id).legal.authority == ""


def test_remand_needs_no_sentence(db, registrar):
    from dataclasses import replace

    view = admissions.start_admission(db, registrar, identity())
    saved = admissions.save_legal(
        db,
        registrar,
        view.id,
        replace(LEGAL, custody_type="remand", sentence_start=None, term=Term()),
    )
    assert saved.release_date is None and "legal" not in saved.missing


def test_injuries_property_and_contacts_are_edited_as_lists(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    saved = admissions.record_injuries(
        db,
        registrar,
        view.id,
        [InjuryNote("Гематома 3 см", "левое плечо", ill_treatment_complaint=True)],
    )
    assert saved.injuries_examined and saved.injuries[0].ill_treatment_complaint
    saved = admissions.save_property(
        db,
        registrar,
        view.id,
        [PropertyEntry("Часы Casio", 1, "царапины", "сейф 3"), PropertyEntry("Ремень", 1)],
    )
    assert [p.item for p in saved.property] == ["Часы Casio", "Ремень"]
    kept = saved.property[0]
    saved = admissions.save_property(db, registrar, view.id, [kept])
    assert [p.id for p in saved.property] == [kept.id]  # the belt was removed (tombstoned)
    with pytest.raises(ValidationError):
        admissions.save_property(db, registrar, view.id, [PropertyEntry("Нож", 0)])
    assert len(admissions.admission(db, registrar, view.id).property) == 1


@pytest.mark.parametrize("reason", ["none", "declined"])
def test_a_file_may_say_why_no_family_contact_is_listed(db, registrar, reason):
    view = admissions.start_admission(db, registrar, identity())
    note = "Воспитывался в детском доме, родственников не знает."
    saved = admissions.save_contacts(db, registrar, view.id, [], NoContact(reason, note))
    assert saved.no_contact == NoContact(reason, note)
    assert "contacts" not in saved.missing
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == view.id).order_by(AuditEntry.id.desc())
        ).first()
    assert entry.after["family_contact_absent"] == reason
    assert entry.after["family_contact_note"] == note
    # a relative named later replaces the statement
    saved = admissions.save_contacts(db, registrar, view.id, [ContactEntry("Асанова Гүлнара")])
    assert saved.no_contact is None and [c.full_name for c in saved.contacts] == ["Асанова Гүлнара"]


@pytest.mark.parametrize(
    ("contacts", "stated", "field"),
    [
        ([], NoContact("none", "  "), "contacts_note"),  # the note says what is known
        ([], NoContact("lost", "не знает"), "contacts"),  # not a reason the program knows
        ([ContactEntry("Асанова Гүлнара")], NoContact("none", "нет"), "contacts"),  # both
        ([], NoContact("declined", "x" * 501), "contacts_note"),
    ],
)
def test_a_missing_contact_needs_a_known_reason_and_a_note(db, registrar, contacts, stated, field):
    view = admissions.start_admission(db, registrar, identity())
    with pytest.raises(ValidationError) as refused:
        admissions.save_contacts(db, registrar, view.id, contacts, stated)
    assert refused.value.field == field
    after = admissions.admission(db, registrar, view.id)
    assert (after.contacts, after.no_contact) == ((), None)
    assert "contacts" in after.missing


def test_rights_must_be_explained_in_a_language_the_prisoner_understands(db, registrar):
    view = admissions.start_admission(db, registrar, identity(languages=("ky",)))
    with pytest.raises(ValidationError) as refused:
        admissions.record_rights_explained(db, registrar, view.id, "en")
    assert refused.value.field == "rights_language"
    assert admissions.record_rights_explained(db, registrar, view.id, "ky").rights_explained


def test_placement_needs_a_wing_of_this_facility(db, registrar, wing_id):
    view = admissions.start_admission(db, registrar, identity())
    with pytest.raises(ValidationError) as refused:
        admissions.save_placement(db, registrar, view.id, Placement("general", "no-such-wing"))
    assert refused.value.field == "wing_id"
    with pytest.raises(ValidationError):
        admissions.save_placement(db, registrar, view.id, Placement("luxury", wing_id))


def test_only_registry_staff_admit(db, staff, registrar):
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        admissions.start_admission(db, gate, identity())
    with pytest.raises(NotFound):
        admissions.admission(db, registrar, "01900000-0000-7000-8000-000000000000")


def test_opening_a_file_is_audited(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    admissions.admission(db, registrar, view.id)
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.device_seq.desc())).first()
    assert (last.action, last.entity_id) == ("read", view.id)


def test_a_complaint_of_ill_treatment_always_notifies_the_medical_service(db, registrar, staff):
    from prisondesk.services.reports import compliance

    view = admissions.start_admission(db, registrar, identity())
    saved = admissions.record_injuries(
        db,
        registrar,
        view.id,
        [
            InjuryNote("Ссадина", "лоб"),
            InjuryNote("Гематома", "спина", ill_treatment_complaint=True),
            InjuryNote("Ожог", "кисть", notify_medical=True),
        ],
    )
    assert [n.notify_medical for n in saved.injuries] == [False, True, True]
    boss = staff("boss1", "supervisor")
    notices = compliance.medical_notices(db, boss)
    assert sorted(n.description for n in notices) == ["Гематома", "Ожог"]


def test_rights_follow_the_languages_and_keep_their_moment(db, registrar):
    view = admissions.start_admission(db, registrar, identity(languages=("ky", "ru")))
    first = admissions.record_rights_explained(db, registrar, view.id, "ky")
    with db.read() as session:
        from prisondesk.db.models import Prisoner

        moment = session.get(Prisoner, view.id).rights_explained_at
    admissions.record_rights_explained(db, registrar, view.id, "ky")  # the edit wizard passes again
    with db.read() as session:
        assert session.get(Prisoner, view.id).rights_explained_at == moment
    assert first.rights_explained
    changed = admissions.save_identity(db, registrar, view.id, identity(languages=("ru",)))
    assert not changed.rights_explained and "rights" in changed.missing


def test_list_edits_are_audited_row_by_row(db, registrar):
    view = admissions.start_admission(db, registrar, identity())
    saved = admissions.record_injuries(
        db, registrar, view.id, [InjuryNote("Гематома", "спина", ill_treatment_complaint=True)]
    )
    admissions.record_injuries(db, registrar, view.id, [])  # the complaint removed later
    with db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.device_seq)
        ).all()
    added, removed = entries[-2].after["injuries"], entries[-1].after["injuries"]
    assert added["added"][0]["description"] == "Гематома"
    assert removed["removed"][0]["description"] == "Гематома"
    assert removed["removed"][0]["id"] == saved.injuries[0].id


def test_the_whole_file_is_read_only_by_those_whose_work_it_is(db, staff, registrar):
    """An instructor or a gate officer finds prisoners in the registry list (name, number,
    wing) but reads no PIN, documents or legal basis (the permission matrix, READ_FILES)."""
    from prisondesk.services.intake import movements, registry

    view = admissions.start_admission(db, registrar, identity())
    for username, role in (("instr1", "instructor"), ("gate9", "gate_officer")):
        other = staff(username, role)
        with pytest.raises(PermissionDenied):
            admissions.admission(db, other, view.id)
        with pytest.raises(PermissionDenied):
            movements.history(db, other, view.id)
        listed = registry.page(db, other, registry.RegistryFilter())  # the list: yes
        assert [row.id for row in listed] == [view.id]
    assert admissions.admission(db, registrar, view.id).identity.pin == view.identity.pin


def test_injury_notes_reach_only_roles_with_the_medical_permission(db, registrar, staff, complete):
    """The attack: a social worker (who reads whole files) opened a file and got the injuries
    and the complaint of ill-treatment. Only medical-permitted roles get them, and each such
    reading is recorded."""
    view = complete()
    notes = [InjuryNote("синяк на плече", "плечо", ill_treatment_complaint=True)]
    admissions.record_injuries(db, registrar, view.id, notes)
    social = staff("social1", "social_worker")
    hidden = admissions.admission(db, social, view.id)
    assert hidden.injuries == () and not hidden.injuries_shown
    assert hidden.injuries_examined and "injuries" not in hidden.missing
    for role in ("gate_officer", "instructor", "hq_viewer"):  # they do not open whole files
        with pytest.raises(PermissionDenied):
            admissions.admission(db, staff(f"{role}1", role), view.id)
    boss = staff("boss1", "supervisor")
    for reader in (boss, registrar):
        shown = admissions.admission(db, reader, view.id)
        assert shown.injuries_shown and [i.description for i in shown.injuries] == [
            "синяк на плече"
        ]
    with db.read() as session:
        reads = session.execute(
            select(AuditEntry.username, AuditEntry.note).where(
                AuditEntry.action == "read", AuditEntry.entity == "injury"
            )
        ).all()
    assert sorted(reads) == [("boss1", "1 noted"), ("registry1", "1 noted")]
