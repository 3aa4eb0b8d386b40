"""Finding a visitor anywhere in the registry, and everything known about them.

By document number (as typed by anyone: spaces, dashes and case do not matter) or by name in
any script, every word a prefix: "асан гул" finds Asanova Gulnara. A one-letter word beside
whole words is an initial, matched by another name than theirs: "Асанова Г" finds Gulnara,
not every Asanova. Names are matched through their keys in a local table, so each word is one
index probe whatever the registry's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, intersect, or_, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    BookingVisitor,
    GateEvent,
    Prisoner,
    PrisonerVisitor,
    VisitBooking,
    Visitor,
    VisitorSearchKey,
    VisitRestriction,
)
from prisondesk.domain.names import (
    PATRONYMIC_PARTICLES,
    fold,
    initial_prefixes,
    name_of,
    numbered_name,
    words,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import NotFound
from prisondesk.services.core.facility import facility_today
from prisondesk.services.visits.visitors import document_key, document_of

MAX_RESULTS = 50
RECENT_VISITS = 20
_AFTER_LAST_LETTER = "{"  # keys are a-z: "asan" <= key < "asan{" is every key starting "asan"


@dataclass(frozen=True)
class VisitorHit:
    id: str
    full_name: str
    date_of_birth: date | None
    document: str
    phone: str


def search_visitors(
    db: Database, actor: Actor, text: str, limit: int = MAX_RESULTS
) -> list[VisitorHit]:
    """Visitors whose document number starts with ``text``, or whose names start with each of
    its words (in any script). A number-looking query is a document number."""
    query = text.strip()
    with db.read() as session:
        # those who keep the registry, and gate officers finding who hands in a parcel
        verify_any(session, actor, Permission.MANAGE_VISITS, Permission.GATE_PARCELS)
        if any(c.isdigit() for c in query):
            ids = _by_document(document_key(query))
        else:
            ids = _by_name(query)
        if ids is None:  # nothing to look for
            return []
        rows = session.scalars(
            select(Visitor)
            .where(Visitor.id.in_(ids), ~Visitor.deleted)
            .order_by(Visitor.surname, Visitor.given_name, Visitor.date_of_birth)
            .limit(limit)
        )
        return [
            VisitorHit(
                v.id,
                name_of(v),
                v.date_of_birth,
                document_of(v),
                v.phone,
            )
            for v in rows
        ]


def _by_document(key: str) -> Select | None:
    """Visitors whose document number begins with ``key`` (an index range)."""
    if not key:
        return None
    return select(Visitor.id).where(
        Visitor.document_key >= key, Visitor.document_key < key + "\uffff"
    )


def _by_name(query: str) -> Select | None:
    """Visitors having, for every word, a key that begins with it: the words intersected in
    SQL, each an index range, so a common given name cannot crowd anyone out. Initials then
    narrow what the whole words found."""
    typed = [(fold(w), initial_prefixes(w)) for w in words(query)]
    typed = [(key, prefixes) for key, prefixes in typed if key]
    whole = sorted({key for key, prefixes in typed if not prefixes})
    initials = [prefixes for _, prefixes in typed if prefixes]
    if whole:
        ranges = [(key,) for key in whole]
    else:  # letters alone: each begins some name, spelled as initials are ("Я" finds Яна)
        ranges, initials = [prefixes or (key,) for key, prefixes in typed], []
    if not ranges:
        return None
    matching = [
        select(VisitorSearchKey.visitor_id).where(
            or_(*(and_(*_begins(VisitorSearchKey.key, prefix)) for prefix in prefixes))
        )
        for prefixes in dict.fromkeys(ranges)
    ]
    found = matching[0] if len(matching) == 1 else select(intersect(*matching).subquery().c[0])
    return _with_initials(found, whole, initials) if initials else found


def _begins(column, prefix: str) -> tuple:
    return column >= prefix, column < prefix + _AFTER_LAST_LETTER


def _with_initials(found: Select, whole: list[str], initials: list[tuple[str, ...]]) -> Select:
    """Of the visitors the words found, those with a name of its own for each initial (not
    the one a word or another initial matched, nor "уулу"/"кызы"): "Асанова Г" needs a name
    beginning with Г besides Asanova. Checked per visitor among their few keys, so a letter
    that begins half the registry's names costs nothing."""
    candidates = found.subquery()
    table = VisitorSearchKey.__table__
    aliases, conditions = [], []
    for n, key in enumerate(whole):
        alias = table.alias(f"w{n}")
        aliases.append(alias)
        conditions.append(and_(*_begins(alias.c.key, key)))
    for n, prefixes in enumerate(initials):
        alias = table.alias(f"i{n}")
        conditions.append(
            and_(
                or_(*(and_(*_begins(alias.c.key, prefix)) for prefix in prefixes)),
                alias.c.key.not_in(sorted(PATRONYMIC_PARTICLES)),
                *(alias.c.key != other.c.key for other in aliases),
            )
        )
        aliases.append(alias)
    names = (
        select(aliases[0].c.visitor_id)
        .select_from(*aliases)
        .where(*(alias.c.visitor_id == candidates.c[0] for alias in aliases), *conditions)
    )
    return select(candidates.c[0]).where(names.exists())


# --- one visitor's record ------------------------------------------------------------------


@dataclass(frozen=True)
class VisitorLink:
    prisoner_id: str
    prisoner: str  # number and name
    relationship: str
    approved: bool


@dataclass(frozen=True)
class VisitorRestrictionView:
    id: str
    kind: str
    reason: str
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True)
class VisitorVisit:
    day: date
    number: str
    prisoner: str
    kind: str
    status: str  # booked | cancelled
    came: bool  # the gate checked this visitor in


@dataclass(frozen=True)
class VisitorRecord:
    id: str
    full_name: str
    date_of_birth: date | None
    document: str
    document_country: str
    phone: str
    address: str
    links: tuple[VisitorLink, ...]
    restrictions: tuple[VisitorRestrictionView, ...]  # in force today or ahead
    visits: tuple[VisitorVisit, ...]  # latest first


def visitor_record(db: Database, actor: Actor, visitor_id: str) -> VisitorRecord:
    """A visitor's identity, who they visit, their restrictions and their latest visits;
    opening a person's record is audited."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        visitor = session.get(Visitor, visitor_id)
        if visitor is None or visitor.deleted:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "The prisoner or the visitor was not found.")
            )
        today = facility_today(session, actor.facility_id)
        record = VisitorRecord(
            visitor.id,
            name_of(visitor),
            visitor.date_of_birth,
            document_of(visitor),
            visitor.document_country,
            visitor.phone,
            visitor.address,
            _links(session, visitor_id),
            _restrictions(session, visitor_id, today),
            _visits(session, visitor_id),
        )
        audit.record(session, db, actor, "read", "visitor", visitor_id)
        return record


def _links(session: Session, visitor_id: str) -> tuple[VisitorLink, ...]:
    rows = session.execute(
        select(PrisonerVisitor, Prisoner)
        .join(Prisoner, Prisoner.id == PrisonerVisitor.prisoner_id)
        .where(PrisonerVisitor.visitor_id == visitor_id, ~PrisonerVisitor.deleted)
        .order_by(Prisoner.surname, Prisoner.given_name)
    )
    return tuple(
        VisitorLink(prisoner.id, numbered_name(prisoner), link.relationship, link.approved)
        for link, prisoner in rows
    )


def _restrictions(
    session: Session, visitor_id: str, today: date
) -> tuple[VisitorRestrictionView, ...]:
    rows = session.scalars(
        select(VisitRestriction)
        .where(
            VisitRestriction.visitor_id == visitor_id,
            ~VisitRestriction.deleted,
            or_(VisitRestriction.ends_on.is_(None), VisitRestriction.ends_on >= today),
        )
        .order_by(VisitRestriction.starts_on)
    )
    return tuple(
        VisitorRestrictionView(r.id, r.kind, r.reason, r.starts_on, r.ends_on) for r in rows
    )


def _visits(session: Session, visitor_id: str) -> tuple[VisitorVisit, ...]:
    rows = session.execute(
        select(VisitBooking, Prisoner)
        .join(BookingVisitor, BookingVisitor.booking_id == VisitBooking.id)
        .join(Prisoner, Prisoner.id == VisitBooking.prisoner_id)
        .where(
            BookingVisitor.visitor_id == visitor_id,
            ~BookingVisitor.deleted,
            ~VisitBooking.deleted,
        )
        .order_by(VisitBooking.day.desc(), VisitBooking.starts.desc())
        .limit(RECENT_VISITS)
    ).all()
    came = set(
        session.scalars(
            select(GateEvent.booking_id).where(
                GateEvent.booking_id.in_([booking.id for booking, _ in rows]),
                GateEvent.visitor_id == visitor_id,
                GateEvent.action == "check_in",
            )
        )
    )
    return tuple(
        VisitorVisit(
            booking.day,
            booking.number,
            numbered_name(prisoner),
            booking.kind,
            booking.status,
            booking.id in came,
        )
        for booking, prisoner in rows
    )
