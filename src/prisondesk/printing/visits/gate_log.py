"""The printed daily gate log: A4 landscape, one row per visit, page after page. Every cell
wraps inside its column (a long name over lines, a long pass number after a hyphen), so
nothing is cut and nothing runs into the next column; the column headers wrap the same way
(printing/tables.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.documents import CONTEXT, Translate, no_translation
from prisondesk.printing.tables import LOG_MARGIN, PADDING, SIZE, Table, header_lines, render_log

# with the measures of the log's table (printing/tables.py), which its tests check
__all__ = [
    "LAYOUT",
    "PADDING",
    "SIZE",
    "cell_lines",
    "column_edges",
    "header_lines",
    "render_gate_log",
]
MARGIN = LOG_MARGIN
# (field of the row, header, width): 277 mm, the width of A4 landscape inside the margins
LAYOUT = (
    ("number", QT_TRANSLATE_NOOP("printing", "Pass"), 38 * mm),
    ("time", QT_TRANSLATE_NOOP("printing", "Time"), 20 * mm),
    ("prisoner", QT_TRANSLATE_NOOP("printing", "Prisoner"), 46 * mm),
    ("visitors", QT_TRANSLATE_NOOP("printing", "Visitors"), 48 * mm),
    ("checked_in", QT_TRANSLATE_NOOP("printing", "In"), 13 * mm),
    ("checked_out", QT_TRANSLATE_NOOP("printing", "Out"), 13 * mm),
    ("outcome", QT_TRANSLATE_NOOP("printing", "Outcome"), 26 * mm),
    ("locker", QT_TRANSLATE_NOOP("printing", "Locker"), 15 * mm),
    ("items", QT_TRANSLATE_NOOP("printing", "Items left"), 32 * mm),
    ("officers", QT_TRANSLATE_NOOP("printing", "Officers"), 26 * mm),
)


def _table(translate: Callable[[str], str] = lambda text: text) -> Table:
    return Table(MARGIN, tuple((translate(title), room) for _, title, room in LAYOUT))


def column_edges() -> list[tuple[float, float]]:
    """Where each column's text may go: (left, right) in points from the page's left."""
    return _table().edges()


def cell_lines(row, outcome_label: Callable[[str], str] = lambda code: code) -> list[list[str]]:
    """The lines of each cell of ``row`` as printed, column by column."""
    return _table().cell_lines(_values(row, outcome_label))


def _values(row, outcome_label: Callable[[str], str]) -> list[str]:
    return [
        outcome_label(str(row.outcome)) if name == "outcome" else str(getattr(row, name))
        for name, _, _ in LAYOUT
    ]


def render_gate_log(
    facility: str,
    day: date,
    rows: list,
    translate: Translate = no_translation,
    outcome_label: Callable[[str], str] = lambda code: code,
    date_format: str = "%d.%m.%Y",
) -> bytes:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    title = tr(QT_TRANSLATE_NOOP("printing", "Gate log of {day}")).format(
        day=day.strftime(date_format)
    )
    return render_log(
        f"Gate log {day.isoformat()}",
        f"{facility} — {title}",
        _table(tr),
        (_values(row, outcome_label) for row in rows),
        tr(QT_TRANSLATE_NOOP("printing", "Visits: {count}")).format(count=len(rows)),
    )
