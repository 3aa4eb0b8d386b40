"""Receipt at the gate: who sends the parcel, for whom, how it came, its weight, seal and
itemised contents, checked against the prisoner's quota. A parcel over the quota is accepted
only on a supervisor's word with a reason (a ``QuotaApproval`` written as the supervisor, so
the server authorises it by the supervisor's role); otherwise the officer hands it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.capture import acting_as
from prisondesk.db.engine import Database
from prisondesk.db.models import (
    Facility,
    Parcel,
    ParcelEvent,
    ParcelItem,
    Prisoner,
    QuotaApproval,
    Visitor,
)
from prisondesk.domain.clock import from_local, local_today, zone
from prisondesk.domain.names import name_of
from prisondesk.domain.parcels import (
    MAX_ITEMS,
    MAX_QUANTITY,
    MAX_WEIGHT_GRAMS,
    Channel,
    EventKind,
    Quota,
    Status,
    Unit,
    active,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound, ValidationError
from prisondesk.services.core.numbering import next_desk_number
from prisondesk.services.core.validate import Checks, optional_text, required_text
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.parcels.custody import statuses_of
from prisondesk.services.parcels.settings import settings_in

TRACKING_SEQUENCE_KEY = "parcel_tracking_sequence"
RECEIVING = ("in_custody", "in_transit")  # a prisoner who can still be given a parcel


@dataclass(frozen=True)
class ItemEntry:
    category: str
    description: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class ParcelEntry:
    prisoner_id: str
    channel: str
    sender_name: str = ""  # free text (post, courier), or taken from the visitor
    sender_visitor_id: str | None = None  # a registered visitor who hands it in
    sender_document: str = ""
    weight_grams: int = 0
    seal: str = ""
    items: tuple[ItemEntry, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class QuotaOverride:
    """A supervisor who signed in at the gate to accept a parcel over the quota."""

    supervisor: Actor
    reason: str


@dataclass(frozen=True)
class QuotaLeft:
    quota: Quota | None  # None: the prisoner's regime has no quota set (nothing is accepted)
    count_used: int
    weight_used: int

    @property
    def count_left(self) -> int:
        return max(0, self.quota.count - self.count_used) if self.quota else 0

    @property
    def weight_left(self) -> int:
        return max(0, self.quota.weight_grams - self.weight_used) if self.quota else 0

    def allows(self, weight_grams: int) -> bool:
        return self.count_left >= 1 and weight_grams <= self.weight_left


class OverQuota(ValidationError):
    """The parcel is over the prisoner's quota: a supervisor may accept it with a reason."""

    def __init__(self, left: QuotaLeft) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Over the quota: {count} parcels and {kg} kg left this month. A supervisor may "
                "accept it with a reason; otherwise hand it back.",
            ),
            field="quota",
            count=left.count_left,
            kg=f"{left.weight_left / 1000:g}",
        )
        self.left = left


def quota_left(db: Database, actor: Actor, prisoner_id: str) -> QuotaLeft:
    """What the prisoner may still receive this month, shown before the parcel is accepted."""
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        prisoner = _prisoner(session, actor, prisoner_id)
        return _quota_left(session, prisoner, settings_in(session, actor.facility_id).quotas)


def _quota_left(session: Session, prisoner: Prisoner, quotas: dict[str, Quota]) -> QuotaLeft:
    """Parcels received this calendar month (the facility's) count, unless they went back."""
    facility = session.get(Facility, prisoner.facility_id)
    tz = zone(facility.time_zone if facility else None)
    today = local_today(tz)
    month_starts = from_local(datetime(today.year, today.month, 1), tz)
    parcels = session.execute(
        select(Parcel.id, Parcel.weight_grams).where(
            Parcel.prisoner_id == prisoner.id,
            Parcel.received_at >= month_starts,
            ~Parcel.deleted,
        )
    ).all()
    status = statuses_of(session, [p.id for p in parcels])
    counted = [p for p in parcels if status[p.id] not in (Status.RETURNED, Status.FORWARDED)]
    return QuotaLeft(
        quotas.get(prisoner.regime), len(counted), sum(p.weight_grams for p in counted)
    )


def receive_parcel(
    db: Database,
    actor: Actor,
    entry: ParcelEntry,
    override: QuotaOverride | None = None,
    at: datetime | None = None,
) -> str:
    """Record the parcel as received; returns its id. Every problem of the form is reported
    at once (``InvalidFields``); a parcel over the quota raises ``OverQuota`` unless
    ``override`` carries a supervisor and a reason."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        settings = settings_in(session, actor.facility_id)
        check = Checks()
        prisoner = check(_receiving_prisoner, session, actor, entry.prisoner_id)
        channel = check(_channel, entry.channel)
        sender = check(_sender, session, actor, entry)
        weight = check(_weight, entry.weight_grams)
        seal = check(_free_seal, session, actor, entry.seal)
        items = check(_items, entry.items, settings.categories)
        note = check(optional_text, entry.note, "note", 500)
        check.done()
        assert prisoner is not None and channel is not None and sender is not None
        assert weight is not None and seal is not None and items is not None
        left = _quota_left(session, prisoner, settings.quotas)
        approved = None  # the supervisor's reason, for a parcel over the quota
        if not left.allows(weight):
            if override is None:
                raise OverQuota(left)
            approved = _approval(session, override)
        moment = at or utc_now()
        parcel = Parcel(
            facility_id=actor.facility_id,
            tracking=next_desk_number(session, db, actor.facility_id, TRACKING_SEQUENCE_KEY, "P"),
            prisoner_id=prisoner.id,
            sender_visitor_id=sender[0],
            sender_name=sender[1],
            sender_document=sender[2],
            channel=channel,
            weight_grams=weight,
            seal=seal,
            received_at=moment,
            received_by=actor.user_id,
            note=note or "",
            deleted=False,
        )
        session.add(parcel)
        session.flush()
        for position, item in enumerate(items):
            session.add(
                ParcelItem(
                    facility_id=actor.facility_id,
                    parcel_id=parcel.id,
                    position=position,
                    deleted=False,
                    **item,
                )
            )
        session.add(
            ParcelEvent(
                facility_id=actor.facility_id,
                parcel_id=parcel.id,
                kind=EventKind.RECEIVED,
                occurred_at=moment,
                officer_id=actor.user_id,
            )
        )
        session.flush()
        after = {
            "tracking": parcel.tracking,
            "prisoner_id": prisoner.id,
            "sender": sender[1],
            "channel": channel,
            "weight_grams": weight,
            "seal": seal,
            "items": len(items),
        }
        audit.record(session, db, actor, "create", "parcel", parcel.id, after=after)
        if approved is not None:
            assert override is not None
            supervisor = override.supervisor
            with acting_as(session, supervisor.user_id):
                session.add(
                    QuotaApproval(
                        facility_id=actor.facility_id,
                        parcel_id=parcel.id,
                        supervisor_id=supervisor.user_id,
                        reason=approved,
                        approved_at=moment,
                    )
                )
                session.flush()
                audit.record(
                    session,
                    db,
                    supervisor,
                    "approve",
                    "parcel_quota",
                    parcel.id,
                    after={
                        "reason": approved,
                        "count_left": left.count_left,
                        "weight_left": left.weight_left,
                    },
                )
        return parcel.id


def _approval(session: Session, override: QuotaOverride) -> str:
    verify_actor(session, override.supervisor, Permission.APPROVE)
    return required_text(override.reason, "quota_reason", 300)


def _prisoner(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    prisoner = get_prisoner(session, prisoner_id)
    if prisoner.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
    return prisoner


def _receiving_prisoner(session: Session, actor: Actor, prisoner_id: str) -> Prisoner:
    try:
        prisoner = _prisoner(session, actor, prisoner_id)
    except NotFound as missing:
        raise ValidationError(missing.message, field="prisoner") from None
    if prisoner.status not in RECEIVING:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not held here any more: the parcel cannot be accepted."
            ),
            field="prisoner",
            name=name_of(prisoner),
        )
    return prisoner


def _channel(value: str) -> str:
    try:
        return Channel(value).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose how the parcel came."), field="channel"
        ) from None


def _sender(session: Session, actor: Actor, entry: ParcelEntry) -> tuple[str | None, str, str]:
    """(visitor id, name, document): a registered visitor's own, or the text typed."""
    if entry.sender_visitor_id:
        visitor = session.get(Visitor, entry.sender_visitor_id)
        if visitor is None or visitor.deleted or visitor.facility_id != actor.facility_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No such visitor here."), field="sender"
            )
        document = " ".join(p for p in (visitor.document_type, visitor.document_number) if p)
        return visitor.id, name_of(visitor), document
    name = required_text(entry.sender_name, "sender", 200)
    return None, name, optional_text(entry.sender_document, "sender_document", 100)


def _weight(grams: int) -> int:
    if type(grams) is not int or not 0 < grams <= MAX_WEIGHT_GRAMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Weigh the parcel: from 1 g to {kg} kg."),
            field="weight",
            kg=MAX_WEIGHT_GRAMS // 1000,
        )
    return grams


def _free_seal(session: Session, actor: Actor, seal: str) -> str:
    """A seal or tag number is unique among the parcels still at the facility. It is kept in
    capitals (Python's, which know Cyrillic; SQLite's ``upper`` knows only Latin), so the
    check is one probe of the seal index, whatever case it was typed in."""
    typed = required_text(seal, "seal", 40)
    seal = typed.upper()
    holders = session.scalars(
        select(Parcel.id).where(
            Parcel.facility_id == actor.facility_id, Parcel.seal == seal, ~Parcel.deleted
        )
    ).all()
    if any(active(status) for status in statuses_of(session, list(holders)).values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Seal {seal} is on a parcel still at the facility: check the number."
            ),
            field="seal",
            seal=typed,
        )
    return seal


def _items(entries: tuple[ItemEntry, ...], categories: tuple[str, ...]) -> list[dict]:
    if not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "List what the parcel holds: at least one item."),
            field="items",
        )
    if len(entries) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A parcel lists at most {n} items."),
            field="items",
            n=MAX_ITEMS,
        )
    return [_item(entry, categories, row) for row, entry in enumerate(entries, start=1)]


def _item(entry: ItemEntry, categories: tuple[str, ...], row: int) -> dict:
    def refused(message: str, **params: object) -> ValidationError:
        return ValidationError(message, field="items", row=row, **params)

    if entry.category not in categories:
        raise refused(QT_TRANSLATE_NOOP("errors", "Item {row}: choose a category from the list."))
    try:
        description = required_text(entry.description, "items", 200)
    except ValidationError:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Item {row}: describe it in up to 200 characters.")
        ) from None
    quantity = entry.quantity
    if type(quantity) is not int or not 0 < quantity <= MAX_QUANTITY:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Item {row}: a quantity from 1 to {n}."), n=MAX_QUANTITY
        )
    try:
        unit = Unit(entry.unit).value
    except ValueError:
        raise refused(QT_TRANSLATE_NOOP("errors", "Item {row}: choose a unit.")) from None
    return {
        "category": entry.category,
        "description": description,
        "quantity": quantity,
        "unit": unit,
    }
