"""What the parcel documents print, read in one transaction (printing/parcels draws them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Prisoner, UserAccount
from prisondesk.domain.clock import local, zone
from prisondesk.domain.names import name_of
from prisondesk.domain.parcels import ParcelReceiptDoc, ReceiptItem
from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.parcels.custody import find_parcel, items_of

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
