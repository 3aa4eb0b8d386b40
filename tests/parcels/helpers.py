"""Steps the parcel tests share."""

from __future__ import annotations

from prisondesk.services.parcels import custody, views
from prisondesk.services.parcels.custody import Confiscation, Inspection


def inspect_taking_the_phone(db, gate, parcel_id: str, method: str = "xray") -> None:
    """Inspect a parcel of food and a phone: the food passes, the phone is confiscated."""
    food, phone = (item.id for item in views.parcel_detail(db, gate, parcel_id).items)
    custody.inspect_parcel(
        db,
        gate,
        parcel_id,
        Inspection(
            method,
            {food: "passed", phone: "confiscated"},
            {phone: Confiscation("Mobile phones and SIM cards", "в коробке из-под печенья")},
        ),
    )
