"""A report on paper, in the reader's language (issue 19). A4, turned to landscape when the
table has more than six columns. The first page opens with the report's title, its period
and the facilities it covers; then each chart (reportlab's bar and line charts, see
``charts``), then the table, page after page under its headers again, the totals in bold;
then the report's notes. A page after the first is headed with the title and the period, so
that a page come apart from the others still says what it is; every page is numbered
"n / N" at its foot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.documents import Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.reports.cells import Words
from prisondesk.printing.reports.charts import chart_drawing
from prisondesk.printing.reports.shapes import ChartShape, ReportShape
from prisondesk.printing.reports.table import SIZE as TABLE_SIZE
from prisondesk.printing.reports.table import TableDrawing, layout

MARGIN = 15 * mm
FOOT = MARGIN + 6 * mm  # the content stops over the page number
GAP = 5 * mm
LINE = 0.45 * mm  # the distance between lines, per point of the text's size
TALL = 6  # columns a portrait page takes; a wider table turns the page
PAGES = "pages"  # the form that writes the number of pages, once it is known

PERIOD = QT_TRANSLATE_NOOP("printing", "Period")
FACILITY = QT_TRANSLATE_NOOP("printing", "Facility")
FACILITIES = QT_TRANSLATE_NOOP("printing", "Facilities")
TOTAL = QT_TRANSLATE_NOOP("printing", "Total")
NOTHING = QT_TRANSLATE_NOOP("printing", "Nothing to show for this period.")


def report_pdf(
    report: ReportShape,
    translate: Translate = no_translation,
    show_day: Callable[[date], str] = lambda day: day.strftime("%d.%m.%Y"),
    decimal_mark: str = ",",
) -> bytes:
    """``report`` as a PDF in the language of ``translate``, days written by ``show_day``
    and money with ``decimal_mark``."""
    words = Words(translate, show_day, decimal_mark)
    size = landscape(A4) if len(report.columns) > TALL else A4
    canvas, buffer, regular, bold = new_canvas(size, words.report(report.title))
    paper = _Paper(canvas, report, words, size, (regular, bold))
    y = paper.heading()
    for chart in report.charts:
        y = paper.chart(chart, y)
    y = paper.table(y)
    paper.notes(y)
    paper.page_foot()
    canvas.showPage()
    canvas.beginForm(PAGES)  # the "N" of every page's "n / N", now that N is known
    canvas.setFont(regular, 8)
    canvas.drawString(0, 0, str(paper.page))
    canvas.endForm()
    canvas.save()
    return buffer.getvalue()


class _Paper:
    """One report being drawn: where the pen is is the caller's ``y``, passed along."""

    def __init__(
        self,
        canvas: Canvas,
        report: ReportShape,
        words: Words,
        size: tuple[float, float],
        fonts: tuple[str, str],
    ) -> None:
        self.canvas, self.report, self.words = canvas, report, words
        self.width, self.height = size
        self.column = self.width - 2 * MARGIN
        self.regular, self.bold = fonts
        self.page = 1

    def write(
        self,
        text: str,
        font: str,
        size: float,
        y: float,
        x: float = MARGIN,
        room: float | None = None,
    ) -> float:
        """``text`` wrapped to ``room`` from ``y`` down, on the next page when it would pass
        the foot; returns the foot of its last line."""
        step = LINE * size
        self.canvas.setFont(font, size)
        for line in wrap_text(text, font, size, room or self.column):
            if y - step < FOOT:
                y = self.next_page()
                self.canvas.setFont(font, size)
            self.canvas.drawString(x, y - 0.8 * step, line)
            y -= step
        return y

    # -- the first page's top -------------------------------------------------------------

    def heading(self) -> float:
        report, words = self.report, self.words
        y = self.write(words.report(report.title), self.bold, 15, self.height - MARGIN) - 2 * mm
        rows = [(words.paper(PERIOD), words.days(report.first, report.last))]
        if report.facilities:
            label = FACILITY if len(report.facilities) == 1 else FACILITIES
            rows.append((words.paper(label), ", ".join(report.facilities)))
        room = max(stringWidth(text, self.bold, 10) for text, _ in rows) + 4 * mm
        for label, value in rows:
            foot = self.write(label, self.bold, 10, y)
            y = min(foot, self.write(value, self.regular, 10, y, MARGIN + room, self.column - room))
            y -= 1 * mm
        return y - GAP

    # -- charts ---------------------------------------------------------------------------

    def chart(self, chart: ChartShape, y: float) -> float:
        """The chart's title and the chart under it, on the next page when it does not fit."""
        if not chart.categories:
            return y
        height = (66 if self.width > self.height else 78) * mm
        title = self.words.report(chart.title)
        lines = len(wrap_text(title, self.bold, 10, self.column))
        if y - lines * LINE * 10 - height < FOOT:
            y = self.next_page()
        y = self.write(title, self.bold, 10, y) - 1 * mm
        drawing = chart_drawing(chart, self.words, self.column, height)
        renderPDF.draw(drawing, self.canvas, MARGIN, y - height)
        return y - height - GAP

    # -- the table ------------------------------------------------------------------------

    def table(self, y: float) -> float:
        report, words = self.report, self.words
        if not report.columns:
            return y
        if not report.rows:
            return self.write(words.paper(NOTHING), self.regular, 10, y) - GAP
        kinds = [str(column.kind) for column in report.columns]
        headers = [words.report(column.title) for column in report.columns]
        rows = [
            [words.cell(value, kind) for value, kind in zip(row, kinds, strict=True)]
            for row in report.rows
        ]
        totals = None
        if report.totals is not None:
            totals = [
                self._total(value, kind) for value, kind in zip(report.totals, kinds, strict=True)
            ]
            if not totals[0]:  # the row says what it is where its first cell is free
                totals[0] = words.paper(TOTAL)
        shape = layout(MARGIN, self.column, kinds, headers, rows, totals)
        if y - 12 * LINE * TABLE_SIZE < FOOT:  # no room for the headers and a few rows
            y = self.next_page()
        drawing = TableDrawing(self.canvas, shape, headers, FOOT, self.next_page)
        return drawing.draw(rows, totals, y) - GAP

    def _total(self, value: object, kind: str) -> str:
        if isinstance(value, str) and kind == "text":  # a label such as "Total", translated
            return self.words.report(value)
        return self.words.cell(value, kind)

    # -- notes ----------------------------------------------------------------------------

    def notes(self, y: float) -> float:
        for note in self.report.notes:
            y = self.write(note, self.regular, 9, y) - 1.5 * mm
        return y

    # -- pages ----------------------------------------------------------------------------

    def next_page(self) -> float:
        """A new page headed with the report's title and period, in small print."""
        self.page_foot()
        self.canvas.showPage()
        self.page += 1
        words = self.words
        head = " — ".join(
            (words.report(self.report.title), words.days(self.report.first, self.report.last))
        )
        y = self.height - MARGIN
        self.canvas.setFont(self.regular, 8)
        for line in wrap_text(head, self.regular, 8, self.column):
            self.canvas.drawString(MARGIN, y - 0.8 * LINE * 8, line)
            y -= LINE * 8
        return y - 3 * mm

    def page_foot(self) -> None:
        """The page's number and the count of pages ("n / N") at the foot on the right; the
        count is a form, drawn once the last page is done."""
        canvas = self.canvas
        x = self.width - MARGIN - 8 * mm
        canvas.setFont(self.regular, 8)
        canvas.drawRightString(x, MARGIN, f"{self.page} / ")
        canvas.saveState()
        canvas.translate(x, MARGIN)
        canvas.doForm(PAGES)
        canvas.restoreState()
