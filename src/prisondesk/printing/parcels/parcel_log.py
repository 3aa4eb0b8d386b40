"""The printed daily parcel log, for the shift report: A4 landscape, one row per parcel
received that day (services/parcels/parcel_log's rows, taken by their fields), with where
each has got to and what was taken from it. Every cell wraps inside its column and the
headers come again on each page (printing/tables.py), as in the gate log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.units import mm

from prisondesk.domain.parcels import CHANNEL_LABELS, PARCELS, STATUS_LABELS
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.documents import CONTEXT, Translate, no_translation
from prisondesk.printing.tables import LOG_MARGIN, Table, render_log

# (header, width): 277 mm, the width of A4 landscape inside the margins
LAYOUT = (
    (QT_TRANSLATE_NOOP("printing", "Tracking number"), 38 * mm),
    (QT_TRANSLATE_NOOP("printing", "Time"), 13 * mm),
    (QT_TRANSLATE_NOOP("printing", "Channel"), 22 * mm),
    (QT_TRANSLATE_NOOP("printing", "Sender"), 38 * mm),
    (QT_TRANSLATE_NOOP("printing", "Prisoner"), 44 * mm),
    (QT_TRANSLATE_NOOP("printing", "Weight, kg"), 15 * mm),
    (QT_TRANSLATE_NOOP("printing", "Seal"), 18 * mm),
    (QT_TRANSLATE_NOOP("printing", "Items"), 17 * mm),
    (QT_TRANSLATE_NOOP("printing", "Status"), 24 * mm),
    (QT_TRANSLATE_NOOP("printing", "Confiscated"), 32 * mm),
    (QT_TRANSLATE_NOOP("printing", "Officer"), 16 * mm),
)
ShowCode = Callable[[str], str]  # a status or a channel as printed


def render_parcel_log(
    facility_name: str,
    day: date,
    rows: Sequence,
    translate: Translate = no_translation,
    status_label: ShowCode | None = None,
    channel_label: ShowCode | None = None,
    date_format: str = "%d.%m.%Y",
    decimal_mark: str = ",",
) -> bytes:
    """``rows`` as ``parcel_log`` reads them; a status and a channel are shown by the labels
    given, else by the parcels' own labels in the reader's language. Dates and decimals are
    written in Russian usage unless told otherwise, as on every desk's paper."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    def labelled(labels: dict) -> ShowCode:
        return lambda code: translate(PARCELS, labels[code]) if code in labels else code

    status_label = status_label or labelled(STATUS_LABELS)
    channel_label = channel_label or labelled(CHANNEL_LABELS)

    def cells(row) -> list[str]:
        kilograms = f"{row.weight_grams / 1000:.3f}".replace(".", decimal_mark)  # exact: grams
        return [
            row.tracking,
            row.received.rpartition(" ")[2],  # the time: the day is in the title
            channel_label(row.channel),
            row.sender,
            row.prisoner,
            kilograms,
            row.seal,
            str(row.items),
            status_label(row.status),
            row.confiscated,
            row.officer,
        ]

    title = tr(QT_TRANSLATE_NOOP("printing", "Parcel log of {day}")).format(
        day=day.strftime(date_format)
    )
    return render_log(
        f"Parcel log {day.isoformat()}",
        f"{facility_name} — {title}",
        Table(LOG_MARGIN, tuple((tr(header), room) for header, room in LAYOUT)),
        map(cells, rows),
        tr(QT_TRANSLATE_NOOP("printing", "Parcels: {count}")).format(count=len(rows)),
    )
