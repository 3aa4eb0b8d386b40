"""The words and numbers of the parcel screens: the kinds of events in a parcel's history, and
weights written as the interface's locale writes numbers (4,25 in Russian)."""

from __future__ import annotations

from prisondesk.domain.parcels import PARCELS
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import locale

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


def kilograms(grams: int) -> str:
    """Grams as kilograms, to the gram and no further: 4,25 (ru), 4.25 (en)."""
    return locale().toString(grams / 1000, "f", 3).rstrip("0").rstrip(locale().decimalPoint())
