"""Printed tables whose cells wrap inside their columns, page after page (the gate log, the
parcel log, the parcel handover sheet). Every cell is broken over lines (a long name between
words, a long number after a hyphen), so nothing is cut and nothing runs into the next
column; a header with a word wider than its column shrinks before it breaks; a row that would
pass the foot of the page goes on to the next one, under the headers again."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.printing.documents import new_canvas, wrap_text
from prisondesk.printing.fonts import register_fonts

SIZE = 8  # points, cells and headers
SMALLEST_HEADER = 6  # a header word wider than its column shrinks to this before it breaks
PADDING = 1.5 * mm  # free space at the right of each column
ROW_SPACE = 1.2 * mm


def leading(size: float) -> float:
    """The distance between a cell's lines: 3.5 mm at 8 points."""
    return size * 0.4375 * mm


def column_edges(left: float, widths: Iterable[float]) -> list[tuple[float, float]]:
    """Where each column's text may go: (left, right) in points from the page's left."""
    edges = []
    for width in widths:
        edges.append((left, left + width - PADDING))
        left += width
    return edges


def header_lines(
    title: str, edges: tuple[float, float], size: float = SIZE
) -> tuple[float, list[str]]:
    """A column header as printed, in bold: its size (smaller when one of its words is wider
    than the column) and its lines."""
    _, bold = register_fonts()
    room = edges[1] - edges[0]
    widest = max((stringWidth(word, bold, size) for word in title.split()), default=0)
    if widest > room:  # a hair under the exact fit, which rounding may find too wide
        size = max(SMALLEST_HEADER, size * room / widest * 0.999)
    return size, wrap_text(title, bold, size, room)


@dataclass(frozen=True)
class Table:
    """Columns side by side from ``left``: each its header as printed and its width."""

    left: float
    columns: tuple[tuple[str, float], ...]
    size: float = SIZE

    @property
    def width(self) -> float:
        return sum(width for _, width in self.columns)

    def edges(self) -> list[tuple[float, float]]:
        return column_edges(self.left, (width for _, width in self.columns))

    def cell_lines(self, values: Sequence[str]) -> list[list[str]]:
        """The lines of each cell of a row as printed, column by column."""
        regular, _ = register_fonts()
        return [
            wrap_text(value, regular, self.size, right - left)
            for value, (left, right) in zip(values, self.edges(), strict=True)
        ]


def draw_table(
    canvas: Canvas,
    table: Table,
    rows: Iterable[Sequence[str]],
    top: float,
    bottom: float,
    next_page: Callable[[], float],
) -> float:
    """Draw the headers from ``top`` down, then the rows; a row that would pass ``bottom``
    goes on to a new page that ``next_page`` starts (it returns where the table goes on).
    Returns the foot of the last row."""
    regular, bold = register_fonts()
    edges = table.edges()
    headers = [
        header_lines(title, edge, table.size)
        for (title, _), edge in zip(table.columns, edges, strict=True)
    ]
    step = leading(table.size)

    def draw(cells: list[list[str]], font: str, top: float, sizes: list[float]) -> float:
        for lines, (left, _), size in zip(cells, edges, sizes, strict=True):
            canvas.setFont(font, size)
            for number, text in enumerate(lines):
                canvas.drawString(left, top - (number + 0.8) * step, text)
        return top - max(1, *(len(lines) for lines in cells)) * step - ROW_SPACE

    def rule(y: float, width: float, gray: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(width)
        canvas.setStrokeGray(gray)
        canvas.line(table.left, y + ROW_SPACE / 2, table.left + table.width, y + ROW_SPACE / 2)
        canvas.restoreState()

    def head(top: float) -> float:
        foot = draw([lines for _, lines in headers], bold, top, [size for size, _ in headers])
        rule(foot, 0.8, 0)
        return foot

    y = head(top)
    for values in rows:
        cells = table.cell_lines(values)
        if y - max(len(lines) for lines in cells) * step < bottom:
            y = head(next_page())
        y = draw(cells, regular, y, [table.size] * len(cells))
        rule(y, 0.3, 0.6)
    return y


LOG_MARGIN = 10 * mm


def render_log(
    document: str, title: str, table: Table, rows: Iterable[Sequence[str]], count_line: str
) -> bytes:
    """A daily log: A4 landscape, ``title`` atop every page (shrunk to fit the width), the
    table page after page under it, and ``count_line`` after the last row."""
    size = landscape(A4)
    width, height = size
    canvas, buffer, regular, bold = new_canvas(size, document)
    title_size = min(12, 12 * (width - 2 * LOG_MARGIN) / stringWidth(title, bold, 12))

    def page_top() -> float:
        canvas.setFont(bold, title_size)
        canvas.drawString(LOG_MARGIN, height - 14 * mm, title)
        return height - 18 * mm

    def next_page() -> float:
        canvas.showPage()
        return page_top()

    y = draw_table(canvas, table, rows, page_top(), 15 * mm, next_page)
    canvas.setFont(regular, SIZE)
    canvas.drawString(LOG_MARGIN, y - 4 * mm, count_line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
