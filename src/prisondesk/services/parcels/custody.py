"""A parcel's chain of custody after receipt: inspection (x-ray and/or manual, a result per
item, prohibited items confiscated or sent to the medical service), then handover to the
prisoner, the prisoner's refusal, or return to the sender; and, when the prisoner leaves
first, the parcel held or forwarded. Every step is an insert-only ``ParcelEvent``: two gate
desks recording steps at once never conflict, and the status is read from the events
(domain/parcels.status_of)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Parcel, ParcelEvent, ParcelImage, ParcelItem, Prisoner
from prisondesk.domain.parcels import (
    PARCELS,
    STATUS_LABELS,
    EventKind,
    InspectionMethod,
    ItemResult,
    Status,
    active,
    status_of,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.domain.wire import utc_now
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound, Refused, ValidationError
from prisondesk.services.core.validate import optional_text, required_text
from prisondesk.services.parcels.settings import settings_in

MAX_IMAGE_BYTES = 8 * 1024 * 1024  # an x-ray station's JPEG or PNG
IMAGE_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}


class StepRefused(Refused):
    """The parcel is not where this step can be taken."""


def statuses_of(session: Session, parcel_ids: list[str]) -> dict[str, Status]:
    """Each parcel's status from its events."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(parcel_ids), 500):
        found = session.execute(
            select(ParcelEvent.parcel_id, ParcelEvent.kind).where(
                ParcelEvent.parcel_id.in_(parcel_ids[start : start + 500])
            )
        )
        for parcel_id, kind in found:
            kinds[parcel_id].append(kind)
    return {parcel_id: status_of(kinds[parcel_id]) for parcel_id in parcel_ids}


@dataclass(frozen=True)
class Confiscation:
    """What an item found prohibited is, and the incident note where one is needed."""

    prohibited: str
    incident_note: str = ""


@dataclass(frozen=True)
class Inspection:
    method: str
    results: dict[str, str]  # item id -> passed | confiscated | medical
    confiscations: dict[str, Confiscation]  # item id -> what it is (for the items taken)
    xray_image: bytes | None = None  # as the x-ray station saved it


def inspect_parcel(
    db: Database, actor: Actor, parcel_id: str, inspection: Inspection, at: datetime | None = None
) -> Status:
    """Record an inspection: its method, each item's result; each item taken gets its own
    confiscation event, and the x-ray image is kept with the parcel."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel, status = parcel_here(session, actor, parcel_id)
        _still_here(session, parcel, status)
        try:
            method = InspectionMethod(inspection.method).value
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose how the parcel was inspected."),
                field="method",
            ) from None
        items = {item.id: item for item in items_of(session, parcel.id)}
        results = _results(inspection.results, items)
        prohibited = {p.name: p for p in settings_in(session, actor.facility_id).prohibited}
        notes = {}
        for item_id in [i for i, result in results.items() if result != ItemResult.PASSED]:
            confiscation = inspection.confiscations.get(item_id)
            known = prohibited.get(confiscation.prohibited) if confiscation else None
            if known is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Say what prohibited thing “{item}” is, from the list."
                    ),
                    field="results",
                    item=items[item_id].description,
                )
            note = optional_text(confiscation.incident_note, "incident_note", 2000)
            if known.incident and not note:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "“{item}” ({what}) needs an incident note."),
                    field="incident_note",
                    item=items[item_id].description,
                    what=known.name,
                )
            # the facility's list says where a prohibited thing goes, whatever was ticked
            if (results[item_id] == ItemResult.MEDICAL) != known.medical:
                results[item_id] = ItemResult.MEDICAL if known.medical else ItemResult.CONFISCATED
            notes[item_id] = (known.name, note)
        image = _image(inspection.xray_image) if inspection.xray_image is not None else None
        moment = at or utc_now()
        _event(
            session,
            actor,
            parcel,
            EventKind.INSPECTED,
            moment,
            method=method,
            results={i: r.value for i, r in results.items()},
        )
        for item_id, (what, note) in notes.items():
            _event(
                session,
                actor,
                parcel,
                EventKind.CONFISCATED,
                moment,
                item_id=item_id,
                prohibited=what,
                reason=note,
                results={"to": results[item_id].value},
            )
        if image is not None:
            session.add(
                ParcelImage(
                    facility_id=parcel.facility_id,
                    parcel_id=parcel.id,
                    kind="xray",
                    media_type=image[0],
                    data=image[1],
                )
            )
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "inspect",
            "parcel",
            parcel.id,
            after={
                "method": method,
                "passed": sum(r == ItemResult.PASSED for r in results.values()),
                "confiscated": {items[i].description: what for i, (what, _) in notes.items()},
                "xray_image": image is not None,
            },
        )
        return Status.AWAITING_HANDOVER


def hand_over(db: Database, actor: Actor, parcel_id: str, at: datetime | None = None) -> Status:
    """The prisoner took the parcel (and signs the printed handover sheet): only once it was
    inspected, and while they are held here."""

    def allowed(session: Session, parcel: Parcel, status: Status) -> None:
        _still_here(session, parcel, status)
        if status == Status.AWAITING_INSPECTION:
            raise _not_inspected()
        if status != Status.AWAITING_HANDOVER:
            raise StepRefused(
                "not_to_hand_over",
                QT_TRANSLATE_NOOP(
                    "errors", "This parcel was refused or is held: it is not handed over."
                ),
            )
        prisoner = session.get(Prisoner, parcel.prisoner_id)
        if prisoner is None or prisoner.status != "in_custody":
            raise StepRefused(
                "prisoner_gone",
                QT_TRANSLATE_NOOP("errors", "The prisoner is not held here any more."),
            )

    return _step(db, actor, parcel_id, EventKind.HANDED_OVER, allowed, at)


def record_refusal(
    db: Database, actor: Actor, parcel_id: str, reason: str, at: datetime | None = None
) -> Status:
    """The prisoner would not take the parcel; it waits to go back to the sender."""
    reason = required_text(reason, "reason", 500)

    def allowed(session: Session, parcel: Parcel, status: Status) -> None:
        if status == Status.AWAITING_INSPECTION:
            raise _not_inspected()
        if status != Status.AWAITING_HANDOVER:
            raise _ended(status)

    return _step(db, actor, parcel_id, EventKind.REFUSED, allowed, at, reason=reason)


def return_to_sender(
    db: Database, actor: Actor, parcel_id: str, reason: str, at: datetime | None = None
) -> Status:
    """The parcel goes back to its sender, with the reason (refused, over quota, …)."""
    reason = required_text(reason, "reason", 500)
    return _step(db, actor, parcel_id, EventKind.RETURNED, _still_here, at, reason=reason)


def forward(
    db: Database, actor: Actor, parcel_id: str, destination: str, at: datetime | None = None
) -> Status:
    """A held parcel sent on after the prisoner, to where they went."""
    destination = required_text(destination, "destination", 200)

    def allowed(session: Session, parcel: Parcel, status: Status) -> None:
        if status != Status.HELD:
            raise StepRefused(
                "not_held",
                QT_TRANSLATE_NOOP(
                    "errors", "Only a parcel held after its prisoner left is forwarded."
                ),
            )

    return _step(db, actor, parcel_id, EventKind.FORWARDED, allowed, at, destination=destination)


def _still_here(session: Session, parcel: Parcel, status: Status) -> None:
    if not active(status):
        raise _ended(status)


def _step(
    db: Database,
    actor: Actor,
    parcel_id: str,
    kind: EventKind,
    allowed: Callable[[Session, Parcel, Status], None],
    at: datetime | None,
    **details: str,
) -> Status:
    """One step of the chain after inspection: refused (``allowed`` raises) where the parcel
    is not, else its event and its audit entry, in one transaction."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel, status = parcel_here(session, actor, parcel_id)
        allowed(session, parcel, status)
        _event(session, actor, parcel, kind, at or utc_now(), **details)
        session.flush()
        audit.record(
            session, db, actor, kind.value, "parcel", parcel.id, after=dict(details) or None
        )
        return status_of([kind])


def hold_or_forward_for(
    session: Session, db: Database, actor: Actor, prisoner_id: str, reason: str
) -> int:
    """The prisoner left before their parcels were handed over (release, transfer): each is
    held at the facility, in the movement's own transaction, and the officer forwards or
    returns it from there."""
    parcels = session.scalars(
        select(Parcel).where(Parcel.prisoner_id == prisoner_id, ~Parcel.deleted)
    ).all()
    status = statuses_of(session, [p.id for p in parcels])
    waiting = [
        p for p in parcels if status[p.id] in (Status.AWAITING_INSPECTION, Status.AWAITING_HANDOVER)
    ]
    for parcel in waiting:
        _event(session, actor, parcel, EventKind.HELD, utc_now(), reason=reason)
    if waiting:
        session.flush()
        audit.record(
            session,
            db,
            actor,
            "hold",
            "parcel",
            prisoner_id,
            after={"parcels": [p.tracking for p in waiting], "reason": reason},
        )
    return len(waiting)


# -- helpers ------------------------------------------------------------------------------


def find_parcel(session: Session, actor: Actor, parcel_id: str) -> Parcel:
    """A parcel of the actor's facility."""
    parcel = session.get(Parcel, parcel_id)
    if parcel is None or parcel.deleted or parcel.facility_id != actor.facility_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such parcel here."))
    return parcel


def parcel_here(session: Session, actor: Actor, parcel_id: str) -> tuple[Parcel, Status]:
    """A parcel of the actor's facility, with its status."""
    parcel = find_parcel(session, actor, parcel_id)
    return parcel, statuses_of(session, [parcel.id])[parcel.id]


def items_of(session: Session, parcel_id: str) -> list[ParcelItem]:
    """A parcel's items in the order they were listed."""
    return list(
        session.scalars(
            select(ParcelItem)
            .where(ParcelItem.parcel_id == parcel_id, ~ParcelItem.deleted)
            .order_by(ParcelItem.position)
        )
    )


def _results(given: dict[str, str], items: dict[str, ParcelItem]) -> dict[str, ItemResult]:
    """A result for every item of the parcel, and only for them."""
    if set(given) != set(items):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a result for every item of the parcel."),
            field="results",
        )
    try:
        return {item_id: ItemResult(result) for item_id, result in given.items()}
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a result for every item of the parcel."),
            field="results",
        ) from None


IMAGE_REFUSED = {
    "xray": QT_TRANSLATE_NOOP(
        "errors", "The x-ray image must be a JPEG or PNG file of at most 8 MB."
    ),
    "photo": QT_TRANSLATE_NOOP("errors", "A photo must be a JPEG or PNG file of at most 8 MB."),
}


def _image(data: bytes, kind: str = "xray") -> tuple[str, bytes]:
    media = next((t for magic, t in IMAGE_TYPES.items() if data.startswith(magic)), None)
    if media is None or not 0 < len(data) <= MAX_IMAGE_BYTES:
        field = "xray_image" if kind == "xray" else "photo"
        raise ValidationError(IMAGE_REFUSED[kind], field=field)
    return media, data


def attach_photo(db: Database, actor: Actor, parcel_id: str, data: bytes) -> int:
    """A photo of the parcel or of its contents (optional: at receipt, or later while it is
    here), as a JPEG or PNG; returns how many photos the parcel has now."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel, status = parcel_here(session, actor, parcel_id)
        _still_here(session, parcel, status)
        media, image = _image(data, "photo")
        session.add(
            ParcelImage(
                facility_id=parcel.facility_id,
                parcel_id=parcel.id,
                kind="photo",
                media_type=media,
                data=image,
            )
        )
        session.flush()
        photos = session.scalar(
            select(func.count()).where(
                ParcelImage.parcel_id == parcel.id, ParcelImage.kind == "photo"
            )
        )
        audit.record(
            session, db, actor, "attach", "parcel_photo", parcel.id, after={"bytes": len(image)}
        )
        return int(photos or 0)


def _event(
    session: Session,
    actor: Actor,
    parcel: Parcel,
    kind: EventKind,
    moment: datetime,
    **details: object,
) -> None:
    session.add(
        ParcelEvent(
            facility_id=parcel.facility_id,
            parcel_id=parcel.id,
            kind=kind.value,
            occurred_at=moment,
            officer_id=actor.user_id,
            **details,
        )
    )


def _ended(status: Status) -> StepRefused:
    return StepRefused(
        "ended",
        QT_TRANSLATE_NOOP("errors", "This parcel's way has ended: {status}."),
        status=Label(PARCELS, STATUS_LABELS[status]),
    )


def _not_inspected() -> StepRefused:
    return StepRefused(
        "not_inspected",
        QT_TRANSLATE_NOOP("errors", "Inspect the parcel before it is handed over."),
    )
