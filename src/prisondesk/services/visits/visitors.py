"""The visitor registry: each person once (matched by identity document and by name and date
of birth, in any script), their relationship to prisoners, the approved-visitor list
(approval by a supervisor) and restrictions that end by themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Prisoner,
    PrisonerVisitor,
    Visitor,
    VisitorPhoto,
    VisitRestriction,
)
from prisondesk.domain.names import fold, name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import Conflict, NotFound, ValidationError
from prisondesk.services.core.photos import prepare_photo
from prisondesk.services.core.validate import optional_text, required_text
from prisondesk.services.visits.search_index import index_visitors

RESTRICTION_KINDS = ("ban", "closed_only")
_DOCUMENT_NOISE = re.compile(r"[\s\-./]+")


@dataclass(frozen=True)
class VisitorEntry:
    surname: str
    given_name: str
    patronymic: str = ""
    date_of_birth: date | None = None
    document_type: str = ""
    document_number: str = ""
    document_country: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class VisitorView:
    id: str
    full_name: str
    date_of_birth: date | None
    document: str
    phone: str


class DuplicateVisitor(Conflict):
    """The person is registered already; ``existing_id`` opens that record."""

    def __init__(self, existing: Visitor) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "{name} ({document}) is registered already."),
            field="document_number",
            name=name_of(existing),
            document=existing.document_number,
        )
        self.existing_id = existing.id


def document_key(number: str) -> str:
    """A document number as typed by anyone: no spaces, dashes or dots, capitals."""
    return _DOCUMENT_NOISE.sub("", number).upper()


def document_of(visitor: Visitor) -> str:
    """A visitor's identity document as officers read it: type and number."""
    return " ".join(p for p in (visitor.document_type, visitor.document_number) if p)


def _view(visitor: Visitor) -> VisitorView:
    return VisitorView(
        visitor.id, name_of(visitor), visitor.date_of_birth, document_of(visitor), visitor.phone
    )


def _clean(entry: VisitorEntry) -> dict:
    values = {
        "surname": required_text(entry.surname, "surname", 100),
        "given_name": required_text(entry.given_name, "given_name", 100),
        "patronymic": optional_text(entry.patronymic, "patronymic", 100),
        "document_type": required_text(entry.document_type, "document_type", 50),
        "document_number": required_text(entry.document_number, "document_number", 50),
        "document_country": optional_text(entry.document_country, "document_country", 100),
        "phone": optional_text(entry.phone, "phone", 50),
        "address": optional_text(entry.address, "address", 300),
        "date_of_birth": entry.date_of_birth,
    }
    values["document_key"] = document_key(values["document_number"])
    if entry.date_of_birth is not None and entry.date_of_birth > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A date of birth cannot be in the future."),
            field="date_of_birth",
        )
    return values


def find_same_person(session: Session, values: dict, own_id: str | None = None) -> Visitor | None:
    """A registered visitor with the same document, or the same name and date of birth
    (whatever the script the names were typed in)."""
    wanted_name = (fold(values["surname"]), fold(values["given_name"]))
    clauses = [Visitor.document_key == values["document_key"]]
    if values["date_of_birth"] is not None:
        clauses.append(Visitor.date_of_birth == values["date_of_birth"])
    for visitor in session.scalars(select(Visitor).where(~Visitor.deleted, or_(*clauses))):
        if visitor.id == own_id:
            continue
        if visitor.document_key == values["document_key"]:
            return visitor
        if (fold(visitor.surname), fold(visitor.given_name)) == wanted_name:
            return visitor  # same date of birth (the query), same name in any script
    return None


def register_visitor(db: Database, actor: Actor, entry: VisitorEntry) -> VisitorView:
    values = _clean(entry)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        return _view(_create_visitor(session, db, actor, values))


def register_and_link(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    entry: VisitorEntry,
    relationship: str,
    photo: bytes | None = None,
) -> str:
    """A new visitor (with a photo, if taken) put on a prisoner's list, in one transaction.
    Returns the link id."""
    values = _clean(entry)
    relationship = required_text(relationship, "relationship", 50)
    jpeg = prepare_photo(photo) if photo else None
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        visitor = _create_visitor(session, db, actor, values)
        if jpeg is not None:
            session.add(
                VisitorPhoto(
                    visitor_id=visitor.id, facility_id=actor.facility_id, jpeg=jpeg, deleted=False
                )
            )
        return _create_link(session, db, actor, prisoner_id, visitor.id, relationship)


def set_visitor_photo(db: Database, actor: Actor, visitor_id: str, data: bytes) -> int:
    """Store a visitor's photo (replacing an older one); returns its size in bytes."""
    jpeg = prepare_photo(data)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        visitor = session.get(Visitor, visitor_id)
        if visitor is None or visitor.deleted:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "The prisoner or the visitor was not found.")
            )
        photo = session.scalar(
            select(VisitorPhoto).where(VisitorPhoto.visitor_id == visitor_id, ~VisitorPhoto.deleted)
        )
        if photo is None:
            session.add(
                VisitorPhoto(
                    visitor_id=visitor_id, facility_id=visitor.facility_id, jpeg=jpeg, deleted=False
                )
            )
        else:
            photo.jpeg = jpeg
        session.flush()
        audit.record(
            session, db, actor, "photo", "visitor", visitor_id, after={"photo_bytes": len(jpeg)}
        )
        return len(jpeg)


def photos_of(session: Session, visitor_ids: list[str]) -> dict[str, bytes]:
    rows = session.execute(
        select(VisitorPhoto.visitor_id, VisitorPhoto.jpeg).where(
            VisitorPhoto.visitor_id.in_(visitor_ids), ~VisitorPhoto.deleted
        )
    )
    return {visitor_id: jpeg for visitor_id, jpeg in rows}


def _create_visitor(session: Session, db: Database, actor: Actor, values: dict) -> Visitor:
    existing = find_same_person(session, values)
    if existing is not None:
        raise DuplicateVisitor(existing)
    visitor = Visitor(facility_id=actor.facility_id, deleted=False, **values)
    session.add(visitor)
    session.flush()
    index_visitors(session, [visitor])
    audit.record(session, db, actor, "create", "visitor", visitor.id, after=audit.snapshot(visitor))
    return visitor


def link_visitor(
    db: Database, actor: Actor, prisoner_id: str, visitor_id: str, relationship: str
) -> str:
    """Record who the visitor is to the prisoner (not yet approved). Returns the link id."""
    relationship = required_text(relationship, "relationship", 50)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        return _create_link(session, db, actor, prisoner_id, visitor_id, relationship)


def _create_link(
    session: Session,
    db: Database,
    actor: Actor,
    prisoner_id: str,
    visitor_id: str,
    relationship: str,
) -> str:
    if session.get(Prisoner, prisoner_id) is None or session.get(Visitor, visitor_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The prisoner or the visitor was not found."))
    known = session.scalar(
        select(PrisonerVisitor).where(
            PrisonerVisitor.prisoner_id == prisoner_id,
            PrisonerVisitor.visitor_id == visitor_id,
            ~PrisonerVisitor.deleted,
        )
    )
    if known is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This visitor is on the prisoner's list already."),
            field="visitor",
        )
    link = PrisonerVisitor(
        facility_id=actor.facility_id,
        prisoner_id=prisoner_id,
        visitor_id=visitor_id,
        relationship=relationship,
        approved=False,
        deleted=False,
    )
    session.add(link)
    session.flush()
    audit.record(
        session, db, actor, "create", "prisoner_visitor", link.id, after=audit.snapshot(link)
    )
    return link.id


def approve_visitor(db: Database, actor: Actor, link_id: str) -> None:
    """A supervisor puts the visitor on the prisoner's approved list."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        link = session.get(PrisonerVisitor, link_id)
        if link is None or link.deleted:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "The prisoner or the visitor was not found.")
            )
        link.approved, link.approved_by, link.approved_at = True, actor.user_id, utc_now()
        session.flush()
        audit.record(session, db, actor, "approve", "prisoner_visitor", link.id)


def add_restriction(
    db: Database,
    actor: Actor,
    *,
    kind: str,
    reason: str,
    starts_on: date,
    ends_on: date | None,
    visitor_id: str | None = None,
    prisoner_id: str | None = None,
) -> str:
    """A ban or a limit on a visitor or a prisoner (supervisors); it ends by itself."""
    if kind not in RESTRICTION_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of restriction."), field="kind"
        )
    if (visitor_id is None) == (prisoner_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A restriction concerns a visitor or a prisoner."),
            field="subject",
        )
    reason = required_text(reason, "reason", 2000)
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end date is before the start date."), field="ends_on"
        )
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.APPROVE)
        restriction = VisitRestriction(
            facility_id=actor.facility_id,
            visitor_id=visitor_id,
            prisoner_id=prisoner_id,
            kind=kind,
            reason=reason,
            starts_on=starts_on,
            ends_on=ends_on,
            deleted=False,
        )
        session.add(restriction)
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "create",
            "visit_restriction",
            restriction.id,
            after=audit.snapshot(restriction),
        )
        return restriction.id


def restrictions_on(
    session: Session, day: date, *, visitor_ids: list[str] = (), prisoner_id: str | None = None
) -> list[VisitRestriction]:
    """Restrictions in force on ``day`` for these visitors or this prisoner."""
    subjects = []
    if visitor_ids:
        subjects.append(VisitRestriction.visitor_id.in_(list(visitor_ids)))
    if prisoner_id is not None:
        subjects.append(VisitRestriction.prisoner_id == prisoner_id)
    if not subjects:
        return []
    return list(
        session.scalars(
            select(VisitRestriction).where(
                ~VisitRestriction.deleted,
                or_(*subjects),
                VisitRestriction.starts_on <= day,
                or_(VisitRestriction.ends_on.is_(None), VisitRestriction.ends_on >= day),
            )
        )
    )


@dataclass(frozen=True)
class LinkView:
    link_id: str
    visitor_id: str
    full_name: str
    relationship: str
    document: str
    date_of_birth: date | None
    approved: bool


def prisoner_visitors(db: Database, actor: Actor, prisoner_id: str) -> list[LinkView]:
    """Who may visit this prisoner, approved or waiting for approval."""
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        rows = session.execute(
            select(PrisonerVisitor, Visitor)
            .join(Visitor, Visitor.id == PrisonerVisitor.visitor_id)
            .where(PrisonerVisitor.prisoner_id == prisoner_id, ~PrisonerVisitor.deleted)
            .order_by(Visitor.surname, Visitor.given_name)
        ).all()
        return [
            LinkView(
                link.id,
                visitor.id,
                name_of(visitor),
                link.relationship,
                _view(visitor).document,
                visitor.date_of_birth,
                link.approved,
            )
            for link, visitor in rows
        ]
