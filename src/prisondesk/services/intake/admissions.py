"""Admissions as the Nelson Mandela Rules (6-10) require: a draft is saved section by section
and becomes an admission only when every required part is filled.

Each call is one transaction with an audit entry holding what changed. Injuries, property
and contacts are edited as whole lists (what the wizard shows); rows left out are
tombstoned, so the history stays in the audit trail and sync.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Contact,
    Facility,
    Injury,
    LocalState,
    Movement,
    Prisoner,
    PropertyItem,
    Wing,
)
from prisondesk.db.replication import ReplicatedRecord
from prisondesk.domain.numbers import device_tag, prisoner_number
from prisondesk.domain.roles import Permission
from prisondesk.domain.sentence import release_date
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Conflict, NotFound, ValidationError
from prisondesk.services.core.facility import facility_today
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.intake import rules, search
from prisondesk.services.intake.admission_file import (
    CONTACT_ABSENCES,
    MISSING_LABELS,
    AdmissionView,
    ContactEntry,
    DuplicatePerson,
    Identity,
    IncompleteAdmission,
    InjuryNote,
    LegalBasis,
    NoContact,
    Placement,
    PropertyEntry,
    children_of,
    get_prisoner,
    read_view,
)

__all__ = [  # callers use the admission's value types through this module
    "CONTACT_ABSENCES",
    "MISSING_LABELS",
    "AdmissionView",
    "ContactEntry",
    "DuplicatePerson",
    "Identity",
    "IncompleteAdmission",
    "InjuryNote",
    "LegalBasis",
    "NoContact",
    "Placement",
    "PropertyEntry",
    "admission",
    "complete_admission",
    "drafts_count",
    "record_injuries",
    "record_rights_explained",
    "save_contacts",
    "save_identity",
    "save_legal",
    "save_placement",
    "save_property",
    "start_admission",
]
SEQUENCE_KEY = "prisoner_sequence"
CUSTODY_TYPES = ("remand", "convicted")
SEXES = ("male", "female")
REGIMES = ("general", "strict", "special", "settlement", "remand")
CLOSED = ("released", "transferred_out")


def admission(db: Database, actor: Actor, prisoner_id: str) -> AdmissionView:
    """Open a file (those whose work is the file: an instructor or a gate officer finds
    prisoners in the registry list, but reads no PIN or legal basis). Every opening is
    audited; injury notes are health information, shown only to roles with MEDICAL_NOTICES,
    and showing them is recorded as a read of its own."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.READ_FILES)
        view = read_view(session, get_prisoner(session, prisoner_id), actor)
        audit.record(session, db, actor, "read", "prisoner", prisoner_id)
        if view.injuries:
            audit.record_read(
                session, db, actor, "injury", prisoner_id, note=f"{len(view.injuries)} noted"
            )
        return view


# --- writing ------------------------------------------------------------------------------


def _identity_values(session: Session, identity: Identity, own_id: str | None, today: date) -> dict:
    check = Checks()  # every problem of the step at once
    values = {
        "surname": check(rules.person_name, identity.surname, "surname"),
        "given_name": check(rules.person_name, identity.given_name, "given_name"),
        "patronymic": check(rules.person_name, identity.patronymic, "patronymic", required=False),
        "date_of_birth": check(rules.birth_date, identity.date_of_birth, today),
        "sex": identity.sex,
        "gender_identity": check(optional_text, identity.gender_identity, "gender_identity", 100),
        "citizenship": check(optional_text, identity.citizenship, "citizenship", 100),
        "pin": check(rules.pin_number, identity.pin),
        "document_type": check(optional_text, identity.document_type, "document_type", 50),
        "document_number": check(optional_text, identity.document_number, "document_number", 50),
        "languages": [
            check(optional_text, lang, "languages", 50)
            for lang in identity.languages
            if lang.strip()
        ],
    }
    if identity.sex not in SEXES:
        check.fail(ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the sex."), field="sex"))
    check.done()
    if values["pin"]:
        other = session.scalar(
            select(Prisoner).where(
                Prisoner.pin == values["pin"], ~Prisoner.deleted, Prisoner.id != (own_id or "")
            )
        )
        if other is not None:
            raise DuplicatePerson(other)
    return values


def _apply(prisoner: Prisoner, values: dict) -> None:
    for name, value in values.items():
        if getattr(prisoner, name) != value:
            setattr(prisoner, name, value)


def next_prisoner_number(session: Session, db: Database, facility_code: str) -> str:
    """This desk's next number; one already taken (imported from a register, or made by a
    desk with the same tag) is skipped, never handed out twice."""
    return reserve_numbers(session, db, facility_code, 1)[0]


def reserve_numbers(
    session: Session, db: Database, facility_code: str, count: int, skip: Set[int] = frozenset()
) -> list[str]:
    """This desk's next ``count`` free numbers, with one query per batch (an import numbers
    thousands of rows at a time); ``skip``: counts of this desk's numbers that are spoken for
    though not stored yet (further down an imported file)."""
    state = session.get(LocalState, SEQUENCE_KEY)
    if state is None:
        state = LocalState(key=SEQUENCE_KEY, value="0")
        session.add(state)
    sequence, tag, numbers = int(state.value), device_tag(db.device_id), []
    while len(numbers) < count:
        wanted = count - len(numbers)
        span = range(sequence + 1, sequence + 1 + wanted)
        candidates = [prisoner_number(facility_code, tag, n) for n in span if n not in skip]
        known = select(Prisoner.number).where(Prisoner.number.in_(candidates))
        taken = set(session.scalars(known))
        numbers += [number for number in candidates if number not in taken]
        sequence += wanted
    state.value = str(sequence)
    return numbers


def start_admission(db: Database, actor: Actor, identity: Identity) -> AdmissionView:
    """Create the draft file with its prisoner number, from the identity section."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        values = _identity_values(
            session, identity, None, facility_today(session, actor.facility_id)
        )
        facility = session.get(Facility, actor.facility_id)
        if facility is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This workstation has no facility."))
        prisoner = Prisoner(
            facility_id=facility.id,
            number=next_prisoner_number(session, db, facility.code),
            status="draft",
            deleted=False,
            **values,
        )
        session.add(prisoner)
        session.flush()
        search.index_prisoner(session, prisoner)
        audit.record(
            session, db, actor, "create", "prisoner", prisoner.id, after=audit.snapshot(prisoner)
        )
        return read_view(session, prisoner, actor)


def _edit(db: Database, actor: Actor, prisoner_id: str, change) -> AdmissionView:
    """Run ``change(session, prisoner)`` and audit what it changed: the prisoner row's fields,
    and the child rows (injuries, property, contacts) it reports as added, changed, removed."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.status in CLOSED:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This prisoner has left the facility: the file is "
                    "closed and can no longer be changed here.",
                )
            )
        before = audit.snapshot(prisoner)
        rows = change(session, prisoner)  # child rows touched, if the section has any
        session.flush()
        old, new = audit.changes(before, audit.snapshot(prisoner))
        if rows:
            new[rows.pop("table")] = rows
        audit.record(session, db, actor, "update", "prisoner", prisoner.id, before=old, after=new)
        return read_view(session, prisoner, actor)


def save_identity(
    db: Database, actor: Actor, prisoner_id: str, identity: Identity
) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> None:
        today = facility_today(session, prisoner.facility_id)
        _apply(prisoner, _identity_values(session, identity, prisoner.id, today))
        if prisoner.rights_explained and prisoner.rights_language not in prisoner.languages:
            # explained in a language the prisoner is no longer recorded as understanding
            _apply(prisoner, {"rights_explained": False, "rights_language": ""})
        search.index_prisoner(session, prisoner)

    return _edit(db, actor, prisoner_id, change)


def save_legal(db: Database, actor: Actor, prisoner_id: str, legal: LegalBasis) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> None:
        today = facility_today(session, prisoner.facility_id)
        check = Checks()  # every problem of the step at once
        if legal.custody_type not in CUSTODY_TYPES:
            check.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose remand or convicted."),
                    field="custody_type",
                )
            )
        term = legal.term
        for name, value, high in (
            ("term_years", term.years, 50),
            ("term_months", term.months, 11),
            ("term_days", term.days, 30),
            ("credited_days", legal.credited_days, 20_000),
        ):
            check(rules.count, value, name, 0, high)
        values = {
            "authority": check(required_text, legal.authority, "authority", 200),
            "decision_number": check(required_text, legal.decision_number, "decision_number", 100),
            "decision_date": check(rules.past_date, legal.decision_date, today, "decision_date"),
            "articles": check(optional_text, legal.articles, "articles", 300),
            "custody_type": legal.custody_type,
            "sentence_start": check(rules.past_date, legal.sentence_start, today, "sentence_start"),
            "term_years": term.years,
            "term_months": term.months,
            "term_days": term.days,
            "credited_days": legal.credited_days,
        }
        if values["decision_date"] is None:
            check.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This field is required."), field="decision_date"
                )
            )
        convicted = legal.custody_type == "convicted"
        if convicted and (legal.sentence_start is None or term.empty):
            check.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A convicted prisoner needs the sentence start and length."
                    ),
                    field="sentence_start" if legal.sentence_start is None else "term_years",
                )
            )
        check.done()
        values["release_date"] = (
            release_date(legal.sentence_start, term, legal.credited_days)
            if convicted and legal.sentence_start
            else None
        )
        if (
            values["release_date"]
            and prisoner.date_of_birth
            and (values["release_date"] <= prisoner.date_of_birth)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The release date comes before the date of birth."),
                field="term_years",
            )
        _apply(prisoner, values)

    return _edit(db, actor, prisoner_id, change)


def save_placement(
    db: Database, actor: Actor, prisoner_id: str, placement: Placement
) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> None:
        if placement.regime not in REGIMES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the regime."), field="regime")
        wing = session.get(Wing, placement.wing_id) if placement.wing_id else None
        if wing is None or wing.deleted or wing.facility_id != prisoner.facility_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a wing of this facility."), field="wing_id"
            )
        moved = (placement.wing_id, placement.cell.strip()) != (prisoner.wing_id, prisoner.cell)
        if prisoner.status != "draft" and moved:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Record a move to change the wing or cell of an admitted prisoner."
                ),
                field="wing_id",
            )
        _apply(
            prisoner,
            {
                "regime": placement.regime,
                "wing_id": wing.id,
                "cell": optional_text(placement.cell, "cell", 20),
            },
        )

    return _edit(db, actor, prisoner_id, change)


def _replacechildren_of(
    session: Session, model: type[ReplicatedRecord], prisoner: Prisoner, wanted: Sequence[dict]
) -> dict[str, list]:
    """Make the prisoner's live rows of ``model`` equal ``wanted`` (dicts with optional id);
    returns what was added, changed and removed, for the audit entry."""
    existing = {row.id: row for row in children_of(session, model, prisoner.id)}
    added, changed = [], []
    for values in wanted:
        row_id = values.pop("id", None)
        row = existing.pop(row_id, None) if row_id else None
        if row is None:
            session.add(
                model(
                    prisoner_id=prisoner.id,
                    facility_id=prisoner.facility_id,
                    deleted=False,
                    **values,
                )
            )
            added.append(audit.changes({}, values)[1])
        else:
            old = audit.snapshot(row)
            _apply(row, values)  # type: ignore[arg-type]
            was, now = audit.changes(old, audit.snapshot(row))
            if now:
                changed.append({"id": row.id, "before": was, "after": now})
    removed = []
    for row in existing.values():
        removed.append(audit.snapshot(row))
        row.deleted = True
    return {"added": added, "changed": changed, "removed": removed}


def record_injuries(
    db: Database, actor: Actor, prisoner_id: str, injuries: Sequence[InjuryNote]
) -> AdmissionView:
    """The result of the admission examination: the injuries seen, or none (an empty list)."""

    def change(session: Session, prisoner: Prisoner) -> dict:
        wanted = [
            {
                "id": i.id,
                "description": required_text(i.description, "injuries", 2000),
                "body_part": optional_text(i.body_part, "injuries", 100),
                "ill_treatment_complaint": i.ill_treatment_complaint,
                "medical_notified": i.notify_medical or i.ill_treatment_complaint,
            }
            for i in injuries
        ]
        prisoner.injuries_examined = True
        return {"table": "injuries", **_replacechildren_of(session, Injury, prisoner, wanted)}

    return _edit(db, actor, prisoner_id, change)


def save_property(
    db: Database, actor: Actor, prisoner_id: str, items: Sequence[PropertyEntry]
) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> dict:
        wanted = [
            {
                "id": p.id,
                "item": required_text(p.item, "property", 200),
                "quantity": rules.count(p.quantity, "property", 1, 10_000),
                "condition": optional_text(p.condition, "property", 200),
                "storage_place": optional_text(p.storage_place, "property", 100),
            }
            for p in items
        ]
        return {"table": "property", **_replacechildren_of(session, PropertyItem, prisoner, wanted)}

    return _edit(db, actor, prisoner_id, change)


def save_contacts(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    contacts: Sequence[ContactEntry],
    no_contact: NoContact | None = None,
) -> AdmissionView:
    """The family and next of kin (Rule 7(e)), or, with none listed, why not."""

    def change(session: Session, prisoner: Prisoner) -> dict:
        wanted = [
            {
                "id": c.id,
                "full_name": rules.person_name(c.full_name, "contacts"),
                "relationship": optional_text(c.relationship, "contacts", 100),
                "phone": optional_text(c.phone, "contacts", 50),
                "address": optional_text(c.address, "contacts", 300),
                "next_of_kin": c.next_of_kin,
            }
            for c in contacts
        ]
        absent, note = rules.no_contact(no_contact, listed=bool(wanted))
        _apply(prisoner, {"family_contact_absent": absent, "family_contact_note": note})
        return {"table": "contacts", **_replacechildren_of(session, Contact, prisoner, wanted)}

    return _edit(db, actor, prisoner_id, change)


def record_rights_explained(
    db: Database, actor: Actor, prisoner_id: str, language: str
) -> AdmissionView:
    """Rule 54-55: the rules and rights were explained in a language the prisoner understands."""

    def change(session: Session, prisoner: Prisoner) -> None:
        chosen = required_text(language, "rights_language", 50)
        if chosen not in (prisoner.languages or []):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Explain the rights in a language the prisoner "
                    "understands (add it to the languages first).",
                ),
                field="rights_language",
            )
        if prisoner.rights_explained and prisoner.rights_language == chosen:
            return  # already recorded: keep the moment it really happened
        _apply(
            prisoner,
            {"rights_explained": True, "rights_language": chosen, "rights_explained_at": utc_now()},
        )

    return _edit(db, actor, prisoner_id, change)


def complete_admission(
    db: Database, actor: Actor, prisoner_id: str, admitted_at: datetime | None = None
) -> AdmissionView:
    """Turn the draft into an admission: all parts present, an admission movement recorded."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.status != "draft":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This admission is already complete."))
        view = read_view(session, prisoner, actor)
        if view.missing:
            raise IncompleteAdmission(view.missing)
        moment = admitted_at or utc_now()
        if moment > utc_now():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This date is in the future."), field="admitted_at"
            )
        prisoner.status = "in_custody"
        prisoner.admitted_at = moment
        session.add(
            Movement(
                prisoner_id=prisoner.id,
                facility_id=prisoner.facility_id,
                kind="admission",
                occurred_at=moment,
                wing_id=prisoner.wing_id,
                cell=prisoner.cell,
            )
        )
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "admit",
            "prisoner",
            prisoner.id,
            after={"status": "in_custody", "admitted_at": moment.isoformat()},
        )
        return read_view(session, prisoner, actor)


def drafts_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(Prisoner.status == "draft")) or 0
