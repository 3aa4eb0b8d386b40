"""The parcel handover sheet (A4 portrait) the prisoner signs on receiving a parcel, in the
reader's language: whose parcel, from whom, how and by whom it was inspected, the items handed
over, and apart from them the items not handed over (confiscated, or sent to the medical
service) with what prohibited thing each is; then the prisoner's statement, signature and
date, and the officer's name and signature. The tracking number lies across the top as a
Code128 barcode, as on the A4 receipt. A long list goes on to more pages, each headed with
the tracking number and the prisoner, the table's headers repeated; the signatures are never
split from each other."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.parcels import (
    EXAMPLE_CATEGORIES,
    EXAMPLE_PROHIBITED,
    METHOD_LABELS,
    PARCELS,
    RESULT_LABELS,
    UNIT_LABELS,
    HandoverItem,
    ParcelHandoverDoc,
)
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.barcodes import code128_length, draw_code128_down, whole_dots
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.tables import Table, draw_table

WIDTH, HEIGHT = A4
MARGIN = 18 * mm
COLUMN = WIDTH - 2 * MARGIN  # 174 mm
LABEL = 38 * mm  # the labels of the parcel's particulars, and of the signature lines
BAR_LENGTH = 14 * mm
GAP = 5 * mm
SIZE = 10
TABLE_SIZE = 9
HANDED_OVER = (
    (QT_TRANSLATE_NOOP("printing", "No."), 10 * mm),
    (QT_TRANSLATE_NOOP("printing", "Category"), 42 * mm),
    (QT_TRANSLATE_NOOP("printing", "Item"), 90 * mm),
    (QT_TRANSLATE_NOOP("printing", "Quantity"), 32 * mm),
)
WITHHELD = (
    (QT_TRANSLATE_NOOP("printing", "No."), 10 * mm),
    (QT_TRANSLATE_NOOP("printing", "Item"), 58 * mm),
    (QT_TRANSLATE_NOOP("printing", "Quantity"), 24 * mm),
    (QT_TRANSLATE_NOOP("printing", "Prohibited item"), 44 * mm),
    (QT_TRANSLATE_NOOP("printing", "Result"), 38 * mm),
)
LINE = SIZE * 0.45 * mm  # the distance between lines of ``SIZE`` text
SIGNATURES = 60 * mm  # the statement and the three signature lines, kept on one page


def render_handover_sheet(doc: ParcelHandoverDoc, translate: Translate = no_translation) -> bytes:
    canvas, buffer, regular, bold = new_canvas(A4, "Parcel handover")
    sheet = _Sheet(canvas, doc, translate, (regular, bold))
    y = sheet.heading()
    y = sheet.particulars(y)
    handed_over = [sheet.handed_over_row(n, item) for n, item in doc.handed_over]
    y = sheet.table(y, QT_TRANSLATE_NOOP("printing", "Handed over"), HANDED_OVER, handed_over)
    withheld = [sheet.withheld_row(n, item) for n, item in doc.withheld]
    y = sheet.table(y, QT_TRANSLATE_NOOP("printing", "Not handed over"), WITHHELD, withheld)
    sheet.signatures(y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Sheet:
    """One sheet being drawn: where the pen is is the caller's ``y``, passed along."""

    def __init__(
        self,
        canvas: Canvas,
        doc: ParcelHandoverDoc,
        translate: Translate,
        fonts: tuple[str, str],
    ) -> None:
        self.canvas, self.doc, self.translate = canvas, doc, translate
        self.regular, self.bold = fonts
        self.categories = {name: translate(PARCELS, name) for name in EXAMPLE_CATEGORIES}
        self.prohibited = {p.name: translate(PARCELS, p.name) for p in EXAMPLE_PROHIBITED}

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def label(self, labels: dict, key: str) -> str:
        """A code's label in the reader's language (the code itself if it is unknown)."""
        return self.translate(PARCELS, labels[key]) if key in labels else key

    # -- the first page's top -------------------------------------------------------------

    def heading(self) -> float:
        """The facility, the title and the tracking number at the left, its barcode across
        at the right with the number under it; returns the foot of both."""
        doc, canvas = self.doc, self.canvas
        top = HEIGHT - MARGIN
        strip = code128_length(doc.tracking)
        # drawn down, then turned a quarter: down becomes rightwards, the bars rise from its
        # lower edge; its left on the printer's dot grid, as barcodes.py asks
        canvas.saveState()
        canvas.translate(whole_dots(WIDTH - MARGIN - strip), top - BAR_LENGTH)
        canvas.rotate(90)
        draw_code128_down(canvas, doc.tracking, 0, 0, BAR_LENGTH)
        canvas.restoreState()
        canvas.setFont(self.bold, SIZE)
        canvas.drawCentredString(
            WIDTH - MARGIN - strip / 2, top - BAR_LENGTH - 4.5 * mm, doc.tracking
        )
        room = COLUMN - strip - GAP
        y = self.lines(doc.facility, self.bold, SIZE, MARGIN, top, room)
        title = self.tr(QT_TRANSLATE_NOOP("printing", "PARCEL HANDOVER"))
        y = self.lines(title, self.bold, 14, MARGIN, y - 1 * mm, room)
        y = self.lines(doc.tracking, self.regular, SIZE, MARGIN, y, room)
        return min(y, top - BAR_LENGTH - 6 * mm) - GAP

    def particulars(self, y: float) -> float:
        doc, tr = self.doc, self.tr
        method = self.label(METHOD_LABELS, doc.inspection_method)
        rows = [
            (
                tr(QT_TRANSLATE_NOOP("printing", "Prisoner")),
                f"{doc.prisoner_name} ({doc.prisoner_number})"
                if doc.prisoner_number
                else doc.prisoner_name,
            ),
            (tr(QT_TRANSLATE_NOOP("printing", "Wing, cell")), _joined(doc.wing, doc.cell)),
            (tr(QT_TRANSLATE_NOOP("printing", "Sender")), doc.sender),
            (tr(QT_TRANSLATE_NOOP("printing", "Received")), doc.received_at),
            (
                tr(QT_TRANSLATE_NOOP("printing", "Inspected")),
                _joined(method, doc.inspected_at, doc.inspected_by),
            ),
        ]
        for label, value in rows:
            if value:
                y = (
                    min(
                        self.lines(label, self.bold, SIZE, MARGIN, y, LABEL - 2 * mm),
                        self.lines(value, self.regular, SIZE, MARGIN + LABEL, y, COLUMN - LABEL),
                    )
                    - 1 * mm
                )
        return y - GAP

    # -- the tables -----------------------------------------------------------------------

    def handed_over_row(self, number: int, item: HandoverItem) -> list[str]:
        category = self.categories.get(item.category, item.category)
        return [str(number), category, item.description, self.quantity(item)]

    def withheld_row(self, number: int, item: HandoverItem) -> list[str]:
        prohibited = self.prohibited.get(item.prohibited, item.prohibited)
        result = self.label(RESULT_LABELS, item.result)
        return [str(number), item.description, self.quantity(item), prohibited, result]

    def quantity(self, item: HandoverItem) -> str:
        return f"{item.quantity}\u00a0{self.label(UNIT_LABELS, item.unit)}"

    def table(
        self, y: float, title: str, columns: tuple[tuple[str, float], ...], rows: list[list[str]]
    ) -> float:
        """A titled table; its title goes to the next page with it when there is no room
        for its headers and a row under it."""
        if y - 25 * mm < MARGIN:
            y = self.next_page()
        y = self.lines(self.tr(title), self.bold, 11, MARGIN, y, COLUMN) - 1 * mm
        if not rows:
            nothing = self.tr(QT_TRANSLATE_NOOP("printing", "No items."))
            return self.lines(nothing, self.regular, SIZE, MARGIN, y, COLUMN) - GAP
        headed = Table(MARGIN, tuple((self.tr(h), w) for h, w in columns), TABLE_SIZE)
        return draw_table(self.canvas, headed, rows, y, MARGIN, self.next_page) - GAP

    def next_page(self) -> float:
        """A new page headed with the tracking number and the prisoner, so that a page
        come apart from the others still says which parcel it lists."""
        self.canvas.showPage()
        doc = self.doc
        head = " — ".join(p for p in (doc.tracking, doc.prisoner_name, doc.prisoner_number) if p)
        return self.lines(head, self.regular, 8, MARGIN, HEIGHT - MARGIN, COLUMN) - 3 * mm

    # -- the signatures -------------------------------------------------------------------

    def signatures(self, y: float) -> None:
        doc, tr = self.doc, self.tr
        if y - SIGNATURES < MARGIN:
            y = self.next_page()
        statement = tr(QT_TRANSLATE_NOOP("printing", "I have received the items listed above."))
        y = self.lines(statement, self.bold, SIZE, MARGIN, y, COLUMN) - 10 * mm
        signature = tr(QT_TRANSLATE_NOOP("printing", "signature"))
        full_name = tr(QT_TRANSLATE_NOOP("printing", "full name"))
        prisoner = tr(QT_TRANSLATE_NOOP("printing", "Prisoner"))
        y = self.signature_line(y, prisoner, (signature, 60 * mm), (full_name, doc.prisoner_name))
        date = tr(QT_TRANSLATE_NOOP("printing", "Date"))
        y = self.signature_line(y, date, ("", 40 * mm), filled=doc.handed_over_at)
        officer = tr(QT_TRANSLATE_NOOP("printing", "Officer"))
        self.signature_line(y, officer, (signature, 60 * mm), (full_name, doc.officer))

    def signature_line(
        self,
        y: float,
        label: str,
        blank: tuple[str, float],
        name: tuple[str, str] | None = None,
        filled: str = "",
    ) -> float:
        """On the baseline ``y``: ``label``, a blank line to write on (``filled`` printed on
        it, a date already known) and beside it a printed name, each over its caption.
        Returns where the next one goes."""
        canvas = self.canvas
        canvas.setFont(self.bold, SIZE)
        canvas.drawString(MARGIN, y, label)
        left = MARGIN + LABEL
        if filled:
            canvas.setFont(self.regular, SIZE)
            canvas.drawString(left + 2 * mm, y, filled)
        caption, length = blank
        foot = self.rule(left, y - 1 * mm, length, caption)
        if name is not None:
            caption, text = name
            x = left + length + GAP
            room = MARGIN + COLUMN - x
            lines = wrap_text(text, self.regular, SIZE, room)
            canvas.setFont(self.regular, SIZE)
            for number, line in enumerate(lines):
                canvas.drawString(x, y - number * LINE, line)
            under = y - (len(lines) - 1) * LINE - 1 * mm
            foot = min(foot, self.rule(x, under, room, caption))
        return foot - 9 * mm

    def rule(self, left: float, y: float, length: float, caption: str) -> float:
        """A line to write on, its caption under it; returns the caption's foot."""
        self.canvas.setLineWidth(0.6)
        self.canvas.line(left, y, left + length, y)
        if caption:
            self.canvas.setFont(self.regular, 7)
            self.canvas.drawCentredString(left + length / 2, y - 3 * mm, f"({caption})")
        return y - 3 * mm

    # -- text -----------------------------------------------------------------------------

    def lines(self, text: str, font: str, size: float, x: float, y: float, room: float) -> float:
        """``text`` wrapped to ``room`` from ``y`` down; returns the foot of its last line."""
        leading = LINE * size / SIZE
        self.canvas.setFont(font, size)
        for line in wrap_text(text, font, size, room):
            self.canvas.drawString(x, y - 0.8 * leading, line)
            y -= leading
        return y


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)
