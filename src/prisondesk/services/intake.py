"""Admissions as the Nelson Mandela Rules (6-10) require: a draft is saved section by section
and becomes an admission only when every required part is filled.

Each call is one transaction with an audit entry holding what changed. Injuries, property
and contacts are edited as whole lists (what the wizard shows); rows left out are
tombstoned, so the history stays in the audit trail and sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
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
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.numbers import device_tag, prisoner_number
from prisondesk.domain.pin import check_pin
from prisondesk.domain.roles import Permission
from prisondesk.domain.sentence import Term, release_date
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services import audit, intake_rules, search
from prisondesk.services.actor import Actor, verify_actor
from prisondesk.services.errors import Conflict, NotFound, ValidationError
from prisondesk.services.validate import optional_text, required_text

SEQUENCE_KEY = "prisoner_sequence"
CUSTODY_TYPES = ("remand", "convicted")
SEXES = ("male", "female")
REGIMES = ("general", "strict", "special", "settlement", "remand")
CLOSED = ("released", "transferred_out")


@dataclass(frozen=True)
class Identity:
    surname: str
    given_name: str
    patronymic: str = ""
    date_of_birth: date | None = None
    sex: str = ""
    gender_identity: str = ""
    citizenship: str = ""
    pin: str = ""
    document_type: str = ""
    document_number: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalBasis:
    authority: str
    decision_number: str
    decision_date: date | None
    articles: str
    custody_type: str
    sentence_start: date | None = None
    term: Term = field(default_factory=Term)
    credited_days: int = 0


@dataclass(frozen=True)
class Placement:
    regime: str
    wing_id: str
    cell: str = ""


@dataclass(frozen=True)
class InjuryNote:
    description: str
    body_part: str = ""
    ill_treatment_complaint: bool = False
    id: str | None = None
    notify_medical: bool = False  # a complaint of ill-treatment always notifies


@dataclass(frozen=True)
class PropertyEntry:
    item: str
    quantity: int = 1
    condition: str = ""
    storage_place: str = ""
    id: str | None = None


@dataclass(frozen=True)
class ContactEntry:
    full_name: str
    relationship: str = ""
    phone: str = ""
    address: str = ""
    next_of_kin: bool = False
    id: str | None = None


# Parts an admission cannot be completed without; the wizard names the missing ones.
MISSING_LABELS = {
    "identity": QT_TRANSLATE_NOOP("intake", "identity (name, date of birth, sex)"),
    "legal": QT_TRANSLATE_NOOP("intake", "legal basis (authority, decision, custody type)"),
    "placement": QT_TRANSLATE_NOOP("intake", "regime and wing"),
    "injuries": QT_TRANSLATE_NOOP("intake", "injury examination"),
    "contacts": QT_TRANSLATE_NOOP("intake", "family or next-of-kin contact"),
    "languages": QT_TRANSLATE_NOOP("intake", "languages the prisoner understands"),
    "rights": QT_TRANSLATE_NOOP("intake", "rights and rules explained"),
}


@dataclass(frozen=True)
class AdmissionView:
    """The state of a draft or admitted prisoner as the wizard and the file show it."""

    id: str
    number: str
    status: str
    identity: Identity
    legal: LegalBasis
    placement: Placement
    release_date: date | None
    injuries_examined: bool
    injuries: tuple[InjuryNote, ...]
    property: tuple[PropertyEntry, ...]
    contacts: tuple[ContactEntry, ...]
    rights_explained: bool
    rights_language: str
    admitted_at: datetime | None
    missing: tuple[str, ...]
    warnings: tuple[str, ...]


class DuplicatePerson(Conflict):
    """The PIN (or document) belongs to someone already registered: open that file instead."""

    def __init__(self, existing: Prisoner) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This PIN belongs to {name}, prisoner {number}, already registered. "
                "Open that file instead of creating a second one.",
            ),
            field="pin",
            name=f"{existing.surname} {existing.given_name} {existing.patronymic}".strip(),
            number=existing.number,
        )
        self.existing_id = existing.id


class IncompleteAdmission(ValidationError):
    def __init__(self, missing: Sequence[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The admission cannot be completed yet: {missing} missing."
            ),
            missing=", ".join(missing),
        )
        self.missing = tuple(missing)


# --- reading ------------------------------------------------------------------------------


def _children(session: Session, model: type[ReplicatedRecord], prisoner_id: str) -> list:
    return list(
        session.scalars(
            select(model)
            .where(model.prisoner_id == prisoner_id, ~model.deleted)  # type: ignore[attr-defined]
            .order_by(model.id)
        )
    )


def _view(session: Session, prisoner: Prisoner) -> AdmissionView:
    injuries = _children(session, Injury, prisoner.id)
    items = _children(session, PropertyItem, prisoner.id)
    contacts = _children(session, Contact, prisoner.id)
    identity = Identity(
        prisoner.surname,
        prisoner.given_name,
        prisoner.patronymic,
        prisoner.date_of_birth,
        prisoner.sex,
        prisoner.gender_identity,
        prisoner.citizenship,
        prisoner.pin,
        prisoner.document_type,
        prisoner.document_number,
        tuple(prisoner.languages or ()),
    )
    legal = LegalBasis(
        prisoner.authority,
        prisoner.decision_number,
        prisoner.decision_date,
        prisoner.articles,
        prisoner.custody_type,
        prisoner.sentence_start,
        Term(prisoner.term_years, prisoner.term_months, prisoner.term_days),
        prisoner.credited_days,
    )
    view = AdmissionView(
        id=prisoner.id,
        number=prisoner.number,
        status=prisoner.status,
        identity=identity,
        legal=legal,
        placement=Placement(prisoner.regime, prisoner.wing_id or "", prisoner.cell),
        release_date=prisoner.release_date,
        injuries_examined=prisoner.injuries_examined,
        injuries=tuple(
            InjuryNote(
                i.description, i.body_part, i.ill_treatment_complaint, i.id, i.medical_notified
            )
            for i in injuries
        ),
        property=tuple(
            PropertyEntry(p.item, p.quantity, p.condition, p.storage_place, p.id) for p in items
        ),
        contacts=tuple(
            ContactEntry(c.full_name, c.relationship, c.phone, c.address, c.next_of_kin, c.id)
            for c in contacts
        ),
        rights_explained=prisoner.rights_explained,
        rights_language=prisoner.rights_language,
        admitted_at=prisoner.admitted_at,
        missing=(),
        warnings=_warnings(prisoner),
    )
    return _with_missing(view)


def _warnings(prisoner: Prisoner) -> tuple[str, ...]:
    if prisoner.pin and check_pin(prisoner.pin).contradicts(prisoner.date_of_birth):
        return (QT_TRANSLATE_NOOP("intake", "The PIN does not match the date of birth."),)
    return ()


def _with_missing(view: AdmissionView) -> AdmissionView:
    missing = []
    ident = view.identity
    if not (ident.surname and ident.given_name and ident.date_of_birth and ident.sex):
        missing.append("identity")
    legal = view.legal
    if not (
        legal.authority and legal.decision_number and legal.decision_date and legal.custody_type
    ):
        missing.append("legal")
    if not (view.placement.regime and view.placement.wing_id):
        missing.append("placement")
    if not view.injuries_examined:
        missing.append("injuries")
    if not view.contacts:
        missing.append("contacts")
    if not ident.languages:
        missing.append("languages")
    if not view.rights_explained:
        missing.append("rights")
    return AdmissionView(
        **{**{f.name: getattr(view, f.name) for f in fields(view)}, "missing": tuple(missing)}
    )


def _get(session: Session, prisoner_id: str) -> Prisoner:
    prisoner = session.get(Prisoner, prisoner_id)
    if prisoner is None or prisoner.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This prisoner's file no longer exists."))
    return prisoner


def admission(db: Database, actor: Actor, prisoner_id: str) -> AdmissionView:
    """Open a file. Injury records are health information: the reading is audited."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        view = _view(session, _get(session, prisoner_id))
        audit.record(session, db, actor, "read", "prisoner", prisoner_id)
        return view


# --- writing ------------------------------------------------------------------------------


def facility_today(session: Session, facility_id: str | None) -> date:
    """Today at the facility (a birth date "in the future" is judged by its calendar)."""
    facility = session.get(Facility, facility_id) if facility_id else None
    return local_today(zone(facility.time_zone if facility else None))


def _identity_values(session: Session, identity: Identity, own_id: str | None, today: date) -> dict:
    values = {
        "surname": intake_rules.person_name(identity.surname, "surname"),
        "given_name": intake_rules.person_name(identity.given_name, "given_name"),
        "patronymic": intake_rules.person_name(identity.patronymic, "patronymic", required=False),
        "date_of_birth": intake_rules.birth_date(identity.date_of_birth, today),
        "sex": identity.sex,
        "gender_identity": optional_text(identity.gender_identity, "gender_identity", 100),
        "citizenship": optional_text(identity.citizenship, "citizenship", 100),
        "pin": intake_rules.pin_number(identity.pin),
        "document_type": optional_text(identity.document_type, "document_type", 50),
        "document_number": optional_text(identity.document_number, "document_number", 50),
        "languages": [
            optional_text(lang, "languages", 50) for lang in identity.languages if lang.strip()
        ],
    }
    if identity.sex not in SEXES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the sex."), field="sex")
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


def _next_number(session: Session, db: Database, facility_code: str) -> str:
    state = session.get(LocalState, SEQUENCE_KEY)
    if state is None:
        state = LocalState(key=SEQUENCE_KEY, value="0")
        session.add(state)
    sequence = int(state.value) + 1
    state.value = str(sequence)
    return prisoner_number(facility_code, device_tag(db.device_id), sequence)


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
            number=_next_number(session, db, facility.code),
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
        return _view(session, prisoner)


def _edit(db: Database, actor: Actor, prisoner_id: str, change) -> AdmissionView:
    """Run ``change(session, prisoner)`` and audit what it changed: the prisoner row's fields,
    and the child rows (injuries, property, contacts) it reports as added, changed, removed."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        prisoner = _get(session, prisoner_id)
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
        return _view(session, prisoner)


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
        if legal.custody_type not in CUSTODY_TYPES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose remand or convicted."), field="custody_type"
            )
        term = legal.term
        for name, value, high in (
            ("term_years", term.years, 50),
            ("term_months", term.months, 11),
            ("term_days", term.days, 30),
            ("credited_days", legal.credited_days, 20_000),
        ):
            intake_rules.count(value, name, 0, high)
        values = {
            "authority": required_text(legal.authority, "authority", 200),
            "decision_number": required_text(legal.decision_number, "decision_number", 100),
            "decision_date": intake_rules.past_date(legal.decision_date, today, "decision_date"),
            "articles": optional_text(legal.articles, "articles", 300),
            "custody_type": legal.custody_type,
            "sentence_start": intake_rules.past_date(legal.sentence_start, today, "sentence_start"),
            "term_years": term.years,
            "term_months": term.months,
            "term_days": term.days,
            "credited_days": legal.credited_days,
        }
        if values["decision_date"] is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field is required."), field="decision_date"
            )
        convicted = legal.custody_type == "convicted"
        if convicted and (legal.sentence_start is None or term.empty):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A convicted prisoner needs the sentence start and length."
                ),
                field="sentence_start" if legal.sentence_start is None else "term_years",
            )
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


def _replace_children(
    session: Session, model: type[ReplicatedRecord], prisoner: Prisoner, wanted: Sequence[dict]
) -> dict[str, list]:
    """Make the prisoner's live rows of ``model`` equal ``wanted`` (dicts with optional id);
    returns what was added, changed and removed, for the audit entry."""
    existing = {row.id: row for row in _children(session, model, prisoner.id)}
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
        return {"table": "injuries", **_replace_children(session, Injury, prisoner, wanted)}

    return _edit(db, actor, prisoner_id, change)


def save_property(
    db: Database, actor: Actor, prisoner_id: str, items: Sequence[PropertyEntry]
) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> dict:
        wanted = [
            {
                "id": p.id,
                "item": required_text(p.item, "property", 200),
                "quantity": intake_rules.count(p.quantity, "property", 1, 10_000),
                "condition": optional_text(p.condition, "property", 200),
                "storage_place": optional_text(p.storage_place, "property", 100),
            }
            for p in items
        ]
        return {"table": "property", **_replace_children(session, PropertyItem, prisoner, wanted)}

    return _edit(db, actor, prisoner_id, change)


def save_contacts(
    db: Database, actor: Actor, prisoner_id: str, contacts: Sequence[ContactEntry]
) -> AdmissionView:
    def change(session: Session, prisoner: Prisoner) -> dict:
        wanted = [
            {
                "id": c.id,
                "full_name": intake_rules.person_name(c.full_name, "contacts"),
                "relationship": optional_text(c.relationship, "contacts", 100),
                "phone": optional_text(c.phone, "contacts", 50),
                "address": optional_text(c.address, "contacts", 300),
                "next_of_kin": c.next_of_kin,
            }
            for c in contacts
        ]
        return {"table": "contacts", **_replace_children(session, Contact, prisoner, wanted)}

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
        prisoner = _get(session, prisoner_id)
        if prisoner.status != "draft":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This admission is already complete."))
        view = _view(session, prisoner)
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
        return _view(session, prisoner)


def drafts_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(Prisoner.status == "draft")) or 0
