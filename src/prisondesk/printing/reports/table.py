"""A report's table on paper: each column as wide as its content asks, within the page (a
number or a day never broken; long text wrapped between words); numbers right-aligned under
right-aligned headers; the headers again at the top of every page; a row that would pass
the foot of a page goes on to the next one (a row longer than a page breaks between its
lines); the totals row in bold under a rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.printing.documents import wrap_text
from prisondesk.printing.fonts import register_fonts
from prisondesk.printing.reports.cells import NUMBERS
from prisondesk.printing.tables import PADDING, ROW_SPACE, SMALLEST_HEADER, header_lines, leading

SIZE = 8  # points, cells and headers
WIDEST_TEXT = 80 * mm  # a text column asks for no more, however long its longest cell
NARROWEST_TEXT = 16 * mm
LONGEST_WORD = 30 * mm  # a text column asks for room for its widest word up to this
HEADER_LINE = 25 * mm  # a header up to this long asks to stand on one line
LONG_ROW = 100 * mm  # a row taller than this breaks between its lines rather than move on


@dataclass(frozen=True)
class Layout:
    """The table's columns from ``left``: their widths and whether they are numbers."""

    left: float
    widths: tuple[float, ...]
    numbers: tuple[bool, ...]

    def edges(self) -> list[tuple[float, float]]:
        """Where each column's text may go: (left, right) in points from the page's left."""
        edges, left = [], self.left
        for width in self.widths:
            edges.append((left, left + width - PADDING))
            left += width
        return edges

    @property
    def width(self) -> float:
        return sum(self.widths)


def layout(
    left: float,
    room: float,
    kinds: Sequence[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    totals: Sequence[str] | None = None,
) -> Layout:
    """Column widths for ``rows`` and ``totals`` (in bold) under ``headers``: a number, a day
    or a header's word is never broken; each column has at least that and gets what is left
    in proportion to what more it asks for (a long text, a header on fewer lines); a table
    narrower than ``room`` stays so unless it has text to spread."""
    regular, bold = register_fonts()
    asks, least = [], []
    for index, (kind, header) in enumerate(zip(kinds, headers, strict=True)):
        values = [(row[index], regular) for row in rows]
        if totals is not None:
            values.append((totals[index], bold))
        words = max((stringWidth(w, bold, SIZE) for w in header.split()), default=0)
        one_line = min(stringWidth(header, bold, SIZE), HEADER_LINE)
        longest = max((stringWidth(v, font, SIZE) for v, font in values), default=0)
        if kind == "text":
            word = max(
                (stringWidth(w, font, SIZE) for v, font in values for w in v.split()), default=0
            )
            smallest = max(words * SMALLEST_HEADER / SIZE, min(word, LONGEST_WORD), NARROWEST_TEXT)
            least.append(smallest + PADDING)
            asks.append(max(min(longest, WIDEST_TEXT), one_line, smallest) + PADDING)
        else:  # a hair over the exact fit, which rounding may find too narrow
            least.append(max(longest, words) + PADDING + 0.5)
            asks.append(max(least[-1], one_line + PADDING + 0.5))
    widths = _share(room, asks, least, [kind == "text" for kind in kinds])
    return Layout(left, tuple(widths), tuple(kind in NUMBERS for kind in kinds))


def _share(room: float, asks: list[float], least: list[float], text: list[bool]) -> list[float]:
    total = sum(asks)
    if total <= room:
        wanted = sum(a for a, is_text in zip(asks, text, strict=True) if is_text)
        spare = (room - total) / wanted if wanted else 0
        return [a + a * spare if is_text else a for a, is_text in zip(asks, text, strict=True)]
    lowest = sum(least)
    if lowest <= room:
        share = (room - lowest) / (total - lowest)
        return [low + (a - low) * share for a, low in zip(asks, least, strict=True)]
    # too many columns for the page even at their least: all shrink alike (numbers may wrap)
    return [width * room / lowest for width in least]


@dataclass
class TableDrawing:
    """The table being drawn on ``canvas``: ``next_page()`` starts a new page and returns
    where the table goes on; ``bottom`` is where a page's rows stop."""

    canvas: Canvas
    layout: Layout
    headers: Sequence[str]
    bottom: float
    next_page: Callable[[], float]

    def draw(
        self, rows: Sequence[Sequence[str]], totals: Sequence[str] | None, top: float
    ) -> float:
        """The headers from ``top`` down, the rows, the totals; returns the foot of the last."""
        regular, bold = register_fonts()
        y = self.head(top)
        for values in rows:
            y = self.row(values, regular, y)
            self.rule(y, 0.3, 0.6)
        if totals is not None:
            y = self.row(totals, bold, y, ruled=True)
        return y

    def head(self, top: float) -> float:
        _, bold = register_fonts()
        step = leading(SIZE)
        edges = self.layout.edges()
        cells = [
            header_lines(title, edge, SIZE) for title, edge in zip(self.headers, edges, strict=True)
        ]
        for (size, lines), edge, number in zip(cells, edges, self.layout.numbers, strict=True):
            self.canvas.setFont(bold, size)
            for index, line in enumerate(lines):
                self.text(line, edge, number, top - (index + 0.8) * step)
        foot = top - max(len(lines) for _, lines in cells) * step - ROW_SPACE
        self.rule(foot, 0.8, 0)
        return foot

    def row(self, values: Sequence[str], font: str, y: float, ruled: bool = False) -> float:
        """One row from ``y`` down, on the next page when it does not fit; a row longer than
        most of a page breaks between its lines instead."""
        step = leading(SIZE)
        edges = self.layout.edges()
        cells = [
            wrap_text(value, font, SIZE, right - left)
            for value, (left, right) in zip(values, edges, strict=True)
        ]
        count = max(1, *map(len, cells))
        if y - count * step < self.bottom and (
            count * step < LONG_ROW or y - self.bottom < 3 * step
        ):
            y = self.head(self.next_page())
        if ruled:
            self.rule(y, 0.8, 0)
        done = 0
        while True:
            chunk = min(max(1, int((y - self.bottom) / step)), count - done)
            self.canvas.setFont(font, SIZE)
            for lines, edge, number in zip(cells, edges, self.layout.numbers, strict=True):
                for index, line in enumerate(lines[done : done + chunk]):
                    self.text(line, edge, number, y - (index + 0.8) * step)
            done += chunk
            y -= chunk * step
            if done >= count:
                return y - ROW_SPACE
            y = self.head(self.next_page())

    def text(self, line: str, edge: tuple[float, float], number: bool, y: float) -> None:
        left, right = edge
        if number:
            self.canvas.drawRightString(right, y, line)
        else:
            self.canvas.drawString(left, y, line)

    def rule(self, y: float, width: float, gray: float) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setLineWidth(width)
        canvas.setStrokeGray(gray)
        left = self.layout.left
        canvas.line(left, y + ROW_SPACE / 2, left + self.layout.width, y + ROW_SPACE / 2)
        canvas.restoreState()
