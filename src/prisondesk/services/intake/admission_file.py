"""The admission file as value types: its sections (identity, legal basis, placement,
injuries, property, contacts), the view the wizard and the file screen show, what is still
missing, and how a stored prisoner is read into them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.models import Contact, Injury, Prisoner, PropertyItem
from prisondesk.db.replication import ReplicatedRecord
from prisondesk.domain.pin import check_pin
from prisondesk.domain.roles import Permission
from prisondesk.domain.sentence import Term
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import directory
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.errors import Conflict, NotFound, ValidationError


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


# Why a file lists no family contact (Rule 7(e) asks for what is known, not for a relative
# who does not exist): either is recorded with a note
CONTACT_ABSENCES = {
    "none": QT_TRANSLATE_NOOP("intake", "No family or next of kin"),
    "declined": QT_TRANSLATE_NOOP("intake", "The prisoner declined to name a contact"),
}


@dataclass(frozen=True)
class NoContact:
    """No contact listed, and why: a key of ``CONTACT_ABSENCES`` and what is known."""

    reason: str
    note: str


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
    arriving_from: str = ""  # in transit here: the sending facility, as the directory names it
    no_contact: NoContact | None = None  # no contact listed, and why
    # injury notes are health information: only roles with MEDICAL_NOTICES get them; for the
    # others ``injuries`` is empty and this is False (whether an examination was made shows)
    injuries_shown: bool = True


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


def children_of(session: Session, model: type[ReplicatedRecord], prisoner_id: str) -> list:
    return list(
        session.scalars(
            select(model)
            .where(model.prisoner_id == prisoner_id, ~model.deleted)  # type: ignore[attr-defined]
            .order_by(model.id)
        )
    )


def read_view(session: Session, prisoner: Prisoner, actor: Actor) -> AdmissionView:
    """The file as ``actor`` may see it: injury notes only for roles with MEDICAL_NOTICES."""
    medical = actor.can(Permission.MEDICAL_NOTICES)
    injuries = children_of(session, Injury, prisoner.id) if medical else []
    items = children_of(session, PropertyItem, prisoner.id)
    contacts = children_of(session, Contact, prisoner.id)
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
        arriving_from=_arriving_from(session, prisoner),
        no_contact=(
            NoContact(prisoner.family_contact_absent, prisoner.family_contact_note or "")
            if prisoner.family_contact_absent
            else None
        ),
        injuries_shown=medical,
    )
    return _with_missing(view)


def _arriving_from(session: Session, prisoner: Prisoner) -> str:
    if prisoner.status != "in_transit" or not prisoner.transfer_from:
        return ""
    return directory.label_of(session, prisoner.transfer_from) or prisoner.transfer_from


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
    if not view.contacts and view.no_contact is None:
        missing.append("contacts")
    if not ident.languages:
        missing.append("languages")
    if not view.rights_explained:
        missing.append("rights")
    return AdmissionView(
        **{**{f.name: getattr(view, f.name) for f in fields(view)}, "missing": tuple(missing)}
    )


def get_prisoner(session: Session, prisoner_id: str) -> Prisoner:
    prisoner = session.get(Prisoner, prisoner_id)
    if prisoner is None or prisoner.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This prisoner's file no longer exists."))
    return prisoner
