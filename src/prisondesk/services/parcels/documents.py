"""What the parcel documents print, read in one transaction (printing/parcels draws them):
the sender's receipt at receipt, and the handover sheet the prisoner signs once the parcel
is inspected (printed before the handover, and again after it when a copy is needed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, ParcelEvent, Prisoner, UserAccount, Wing
from prisondesk.domain.clock import local, zone
from prisondesk.domain.names import name_of
from prisondesk.domain.parcels import (
    PARCELS,
    STATUS_LABELS,
    EventKind,
    HandoverItem,
    ParcelHandoverDoc,
    ParcelReceiptDoc,
    ReceiptItem,
    Status,
    status_of,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.parcels.custody import StepRefused, find_parcel, items_of

# a moment as the reader's locale writes it (the GUI passes its own; the default is Russian
# usage, as on every desk's paper)
ShowMoment = Callable[[datetime], str]


def _dotted(moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")


def receipt_document(
    db: Database, actor: Actor, parcel_id: str, show: ShowMoment = _dotted
) -> ParcelReceiptDoc:
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel = find_parcel(session, actor, parcel_id)
        facility = session.get(Facility, parcel.facility_id)
        prisoner = session.get(Prisoner, parcel.prisoner_id)
        officer = session.get(UserAccount, parcel.received_by) if parcel.received_by else None
        items = items_of(session, parcel.id)
        name = name_of(prisoner)
        return ParcelReceiptDoc(
            facility=facility.name if facility else "",
            tracking=parcel.tracking,
            received_at=show(
                local(parcel.received_at, zone(facility.time_zone if facility else None))
            ),
            sender=" ".join(p for p in (parcel.sender_name, parcel.sender_document) if p),
            channel=parcel.channel,
            prisoner=f"{name} ({prisoner.number})" if prisoner.number else name,
            weight_grams=parcel.weight_grams,
            seal=parcel.seal,
            items=tuple(ReceiptItem(i.category, i.description, i.quantity, i.unit) for i in items),
            officer=officer.full_name if officer else "",
        )


def handover_document(
    db: Database, actor: Actor, parcel_id: str, show: ShowMoment = _dotted
) -> ParcelHandoverDoc:
    """The handover sheet of an inspected parcel: each item with what the latest inspection
    found, what a withheld one is, and who handed it over (the officer printing it, until
    the handover is recorded). Refused before inspection and for a parcel not handed over."""
    with db.read() as session:
        verify_actor(session, actor, Permission.GATE_PARCELS)
        parcel = find_parcel(session, actor, parcel_id)
        events = session.scalars(
            select(ParcelEvent)
            .where(ParcelEvent.parcel_id == parcel.id)
            .order_by(ParcelEvent.occurred_at, ParcelEvent.hlc)
        ).all()
        inspection = _inspection(events)
        facility = session.get(Facility, parcel.facility_id)
        tz = zone(facility.time_zone if facility else None)
        prisoner = session.get(Prisoner, parcel.prisoner_id)
        wing = session.get(Wing, prisoner.wing_id) if prisoner.wing_id else None
        handover = _last(events, EventKind.HANDED_OVER)
        # the latest word on each item taken (a second inspection may have found it again)
        prohibited = {e.item_id: e.prohibited for e in events if e.kind == EventKind.CONFISCATED}
        return ParcelHandoverDoc(
            facility=facility.name if facility else "",
            tracking=parcel.tracking,
            prisoner_name=name_of(prisoner),
            prisoner_number=prisoner.number or "",
            wing=wing.name if wing else "",
            cell=prisoner.cell,
            sender=" ".join(p for p in (parcel.sender_name, parcel.sender_document) if p),
            received_at=show(local(parcel.received_at, tz)),
            inspection_method=inspection.method,
            inspected_by=_full_name(session, inspection.officer_id),
            inspected_at=show(local(inspection.occurred_at, tz)),
            items=tuple(
                HandoverItem(
                    i.category,
                    i.description,
                    i.quantity,
                    i.unit,
                    result=inspection.results.get(i.id, ""),
                    prohibited=prohibited.get(i.id, ""),
                )
                for i in items_of(session, parcel.id)
            ),
            officer=_full_name(session, handover.officer_id if handover else actor.user_id),
            handed_over_at=show(local(handover.occurred_at, tz)) if handover else "",
        )


def _inspection(events: Sequence[ParcelEvent]) -> ParcelEvent:
    """The latest inspection of a parcel whose handover sheet may be printed."""
    status = status_of(e.kind for e in events)
    inspection = _last(events, EventKind.INSPECTED)
    if inspection is None or status == Status.AWAITING_INSPECTION:
        raise StepRefused(
            "not_inspected",
            QT_TRANSLATE_NOOP("errors", "Inspect the parcel before its handover sheet is printed."),
        )
    if status not in (Status.AWAITING_HANDOVER, Status.HANDED_OVER):
        raise StepRefused(
            "not_to_hand_over",
            QT_TRANSLATE_NOOP("errors", "This parcel is not handed over: {status}."),
            status=Label(PARCELS, STATUS_LABELS[status]),
        )
    return inspection


def _last(events: Sequence[ParcelEvent], kind: EventKind) -> ParcelEvent | None:
    return next((e for e in reversed(events) if e.kind == kind), None)


def _full_name(session: Session, user_id: str | None) -> str:
    user = session.get(UserAccount, user_id) if user_id else None
    return user.full_name if user else ""
