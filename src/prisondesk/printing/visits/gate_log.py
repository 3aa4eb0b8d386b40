"""The printed daily gate log: A4 landscape, one row per visit, page after page. Every cell
wraps inside its column (a long name over lines, a long pass number after a hyphen), so
nothing is cut and nothing runs into the next column; the column headers wrap the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.fonts import register_fonts

SIZE = 8  # points, cells and headers
SMALLEST_HEADER = 6  # a header word wider than its column shrinks to this before it breaks
LEADING = 3.5 * mm
PADDING = 1.5 * mm  # free space at the right of each column
ROW_SPACE = 1.2 * mm
MARGIN = 10 * mm
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


def column_edges() -> list[tuple[float, float]]:
    """Where each column's text may go: (left, right) in points from the page's left."""
    edges, x = [], MARGIN
    for _, _, room in LAYOUT:
        edges.append((x, x + room - PADDING))
        x += room
    return edges


def header_lines(title: str, edges: tuple[float, float]) -> tuple[float, list[str]]:
    """A column header as printed, in bold: its size (smaller when one of its words is wider
    than the column) and its lines."""
    _, bold = register_fonts()
    room = edges[1] - edges[0]
    widest = max((stringWidth(word, bold, SIZE) for word in title.split()), default=0)
    size = SIZE if widest <= room else max(SMALLEST_HEADER, SIZE * room / widest)
    return size, wrap_text(title, bold, size, room)


def cell_lines(row, outcome_label: Callable[[str], str] = lambda code: code) -> list[list[str]]:
    """The lines of each cell of ``row`` as printed, column by column."""
    regular, _ = register_fonts()
    cells = []
    for name, _, room in LAYOUT:
        value = str(getattr(row, name))
        if name == "outcome":
            value = outcome_label(value)
        cells.append(wrap_text(value, regular, SIZE, room - PADDING))
    return cells


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

    size = landscape(A4)
    width, height = size
    canvas, buffer, regular, bold = new_canvas(size, f"Gate log {day.isoformat()}")
    edges = column_edges()
    headers = [
        header_lines(tr(title), edge) for (_, title, _), edge in zip(LAYOUT, edges, strict=True)
    ]

    def draw_cells(
        cells: list[list[str]], font: str, top: float, sizes: list[float] | None = None
    ) -> float:
        """Draw a row from ``top`` down; returns its bottom."""
        for column, (lines, (left, _)) in enumerate(zip(cells, edges, strict=True)):
            canvas.setFont(font, sizes[column] if sizes else SIZE)
            for number, text in enumerate(lines):
                canvas.drawString(left, top - (number + 0.8) * LEADING, text)
        return top - max(1, *(len(lines) for lines in cells)) * LEADING - ROW_SPACE

    title = tr(QT_TRANSLATE_NOOP("printing", "Gate log of {day}")).format(
        day=day.strftime(date_format)
    )
    title = f"{facility} — {title}"
    title_size = min(12, 12 * (width - 2 * MARGIN) / stringWidth(title, bold, 12))

    def page_header() -> float:
        canvas.setFont(bold, title_size)
        canvas.drawString(MARGIN, height - 14 * mm, title)
        sizes = [size for size, _ in headers]
        bottom = draw_cells([lines for _, lines in headers], bold, height - 18 * mm, sizes)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, bottom + ROW_SPACE / 2, width - MARGIN, bottom + ROW_SPACE / 2)
        return bottom

    y = page_header()
    for row in rows:
        cells = cell_lines(row, outcome_label)
        if y - max(len(lines) for lines in cells) * LEADING < 15 * mm:
            canvas.showPage()
            y = page_header()
        y = draw_cells(cells, regular, y)
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.6)
        canvas.line(MARGIN, y + ROW_SPACE / 2, width - MARGIN, y + ROW_SPACE / 2)
        canvas.setStrokeGray(0)
    canvas.setFont(regular, SIZE)
    canvas.drawString(
        MARGIN,
        y - 4 * mm,
        tr(QT_TRANSLATE_NOOP("printing", "Visits: {count}")).format(count=len(rows)),
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
