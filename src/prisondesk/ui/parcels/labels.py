"""The words the parcel screens show for the kinds of events in a parcel's history."""

from __future__ import annotations

from prisondesk.domain.parcels import PARCELS
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.ui.errors import translate

EVENT_LABELS = {
    "received": QT_TRANSLATE_NOOP("parcels", "Received"),
    "inspected": QT_TRANSLATE_NOOP("parcels", "Inspected"),
    "confiscated": QT_TRANSLATE_NOOP("parcels", "Confiscated"),
    "refused": QT_TRANSLATE_NOOP("parcels", "Refused by the prisoner"),
    "held": QT_TRANSLATE_NOOP("parcels", "Held: the prisoner has left"),
    "forwarded": QT_TRANSLATE_NOOP("parcels", "Forwarded"),
    "returned": QT_TRANSLATE_NOOP("parcels", "Returned to the sender"),
    "handed_over": QT_TRANSLATE_NOOP("parcels", "Handed over"),
}


def event_label(kind: str) -> str:
    return translate(PARCELS, EVENT_LABELS.get(kind, kind))
