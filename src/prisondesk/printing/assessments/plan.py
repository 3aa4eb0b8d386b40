"""The individual rehabilitation plan as the prisoner keeps it (A4 portrait), in the
prisoner's language and in plain words, spoken to them: "Your plan", a few lines on what it
is for, then a table of what we will do together, what they can do themselves, who helps
them and by when, and how it is going; the day the plan is looked at again; and the lines
where the prisoner and the member of staff who went through it with them sign.

It is the prisoner's paper, so it says nothing of the assessment the plan came from: no risk
level, no scores, no answers — only what will be done. Each kind of action is said in the
paper's own plain words, not in the staff's labels. A long plan goes on to more pages, each
headed with the prisoner's name, the table's headers repeated; then, and only then, every
page is numbered "n / N" at its foot."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.assessments import ActionStatus, PlanDoc, PlanLine
from prisondesk.domain.instruments import PlanAction
from prisondesk.domain.roles import ROLE_LABELS, ROLES, Role
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.assessments.plan_words import (
    ACTION_WORDS,
    HEADERS,
    INTRO,
    STATUS_WORDS,
    YOU_CAN,
)
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.tables import header_lines

WIDTH, HEIGHT = A4
MARGIN = 18 * mm
COLUMN = WIDTH - 2 * MARGIN  # 174 mm
SIZE = 10.5  # points, the running text
CELL = 9  # points, the table
PAD = 1.6 * mm  # inside a cell, each side
ROW_PAD = 1.3 * mm  # above and below a row's text
FOOT = MARGIN + 6 * mm  # nothing goes under it but the page number
ACCENT = (0.12, 0.35, 0.42)  # a calm dark teal for the title and the table's headers
TINT = (0.89, 0.94, 0.95)  # the headers' and the review's background
RULE = 0.65  # the gray of the rules between rows
# what we will do | what you can do | who helps you | by when | how it is going
WIDTHS = (48 * mm, 48 * mm, 31 * mm, 24 * mm, 23 * mm)
SIGN_ROOM, CAPTION, DATE_GAP = 10 * mm, 4.5 * mm, 6.5 * mm  # under a signer's label
SIGNING = SIGN_ROOM + CAPTION + DATE_GAP + 1 * mm  # and the date's descenders
AFTER = 6 * mm  # between the table, the review's band and the signatures
BAND_PAD = 4 * mm  # the review's band, left and right
PAGE = "page{number}"  # the form that numbers a page, drawn once the count is known

Line = tuple[str, str]  # a line of a cell as printed: (text, font)


def plan_pdf(doc: PlanDoc, translate: Translate = no_translation) -> bytes:
    canvas, buffer, regular, bold = new_canvas(A4, "Individual rehabilitation plan")
    paper = _Plan(canvas, doc, translate, (regular, bold))
    y = paper.heading()
    y = paper.actions(y)
    paper.closing(y)
    paper.page_foot()
    canvas.showPage()
    for number in range(1, paper.page + 1):  # "n / N" once N is known; one page: nothing
        # the form's box around the number, which is drawn leftwards of the form's origin
        canvas.beginForm(PAGE.format(number=number), -30 * mm, -3 * mm, 1 * mm, 5 * mm)
        if paper.page > 1:
            canvas.setFont(regular, 8)
            canvas.drawRightString(0, 0, f"{number} / {paper.page}")
        canvas.endForm()
    canvas.save()
    return buffer.getvalue()


class _Plan:
    """One plan being drawn: where the pen is is the caller's ``y``, passed along."""

    def __init__(
        self, canvas: Canvas, doc: PlanDoc, translate: Translate, fonts: tuple[str, str]
    ) -> None:
        self.canvas, self.doc, self.translate = canvas, doc, translate
        self.regular, self.bold = fonts
        self.page = 1

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def write(
        self, text: str, font: str, size: float, x: float, y: float, room: float = COLUMN
    ) -> float:
        """``text`` wrapped to ``room`` from ``y`` down; returns the foot of its last line."""
        step = size * 0.46 * mm
        self.canvas.setFont(font, size)
        for line in wrap_text(text, font, size, room):
            self.canvas.drawString(x, y - 0.8 * step, line)
            y -= step
        return y

    # -- the first page's top -------------------------------------------------------------

    def heading(self) -> float:
        """The facility and the day printed over the title, the prisoner's name and number,
        and a few words on what the plan is for."""
        doc, tr, canvas = self.doc, self.tr, self.canvas
        printed_on = tr(QT_TRANSLATE_NOOP("printing", "Printed on"))
        printed = f"{printed_on} {doc.printed_on}"
        canvas.setFillGray(0.3)
        canvas.setFont(self.regular, 9.5)
        canvas.drawRightString(WIDTH - MARGIN, HEIGHT - MARGIN - 0.8 * _step(9.5), printed)
        room = max(COLUMN - stringWidth(printed, self.regular, 9.5) - 8 * mm, COLUMN / 2)
        y = self.write(doc.facility, self.regular, 9.5, MARGIN, HEIGHT - MARGIN, room)
        canvas.setFillColorRGB(*ACCENT)
        y = self.write(tr(QT_TRANSLATE_NOOP("printing", "Your plan")), self.bold, 20, MARGIN, y)
        canvas.setFillGray(0.3)
        official = tr(QT_TRANSLATE_NOOP("printing", "Individual rehabilitation plan"))
        y = self.write(official, self.regular, 9.5, MARGIN, y - 0.5 * mm)
        canvas.setFillGray(0)
        y -= 4 * mm
        particulars = (
            (tr(QT_TRANSLATE_NOOP("printing", "Name")), doc.prisoner),
            (tr(QT_TRANSLATE_NOOP("printing", "Number")), doc.number),
        )
        # the labels as wide as the wider of them, within reason
        widest = max(stringWidth(name, self.regular, SIZE) for name, _ in particulars)
        label = min(max(widest + 5 * mm, 30 * mm), 60 * mm)
        for name, value in particulars:
            if value:
                foot = self.write(name, self.regular, SIZE, MARGIN, y, label - 2 * mm)
                bottom = self.write(value, self.bold, SIZE, MARGIN + label, y, COLUMN - label)
                y = min(foot, bottom) - 1 * mm
        return self.write(tr(INTRO), self.regular, SIZE, MARGIN, y - 3 * mm) - 5 * mm

    # -- the actions ----------------------------------------------------------------------

    def actions(self, y: float) -> float:
        if not self.doc.actions:
            nothing = QT_TRANSLATE_NOOP(
                "printing", "Nothing is planned yet. We will make your plan together."
            )
            return self.write(self.tr(nothing), self.bold, SIZE, MARGIN, y) - AFTER
        y = self.table_head(y)
        for number, action in enumerate(self.doc.actions, start=1):
            y = self.row(self.cells(number, action), y)
        return y - AFTER

    def cells(self, number: int, action: PlanLine) -> list[list[Line]]:
        """The row's cells as printed: the action in plain words (numbered, in bold) over what
        staff wrote of it; what the prisoner can do; who helps; by when; how it is going."""
        tr = self.tr
        kind = PlanAction(action.kind) if action.kind in set(PlanAction) else None
        what = f"{number}. {tr(ACTION_WORDS[kind]) if kind else action.kind}"
        status = ActionStatus(action.status) if action.status in set(ActionStatus) else None
        parts: tuple[Sequence[tuple[str, str]], ...] = (
            ((what, self.bold), (action.description, self.regular)),
            ((tr(YOU_CAN[kind]) if kind else "", self.regular),),
            ((action.owner, self.regular),),
            ((action.target_on, self.bold),),
            ((tr(STATUS_WORDS[status]) if status else action.status, self.regular),),
        )
        return [
            [
                (line, font)
                for text, font in paragraphs
                for line in wrap_text(text, font, CELL, width - 2 * PAD)
            ]
            for paragraphs, width in zip(parts, WIDTHS, strict=True)
        ]

    def table_head(self, y: float) -> float:
        """The headers on a tinted band, as tall as the tallest; returns the band's foot."""
        lefts = _lefts()
        cells = [
            header_lines(self.tr(title), (left + PAD, left + width - PAD), CELL)
            for title, left, width in zip(HEADERS, lefts, WIDTHS, strict=True)
        ]
        step = _step(CELL)
        height = max(len(lines) for _, lines in cells) * step + 2 * ROW_PAD
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColorRGB(*TINT)
        canvas.rect(MARGIN, y - height, COLUMN, height, stroke=0, fill=1)
        canvas.setFillColorRGB(*ACCENT)
        for (size, lines), left in zip(cells, lefts, strict=True):
            canvas.setFont(self.bold, size)
            for number, line in enumerate(lines):
                canvas.drawString(left + PAD, y - ROW_PAD - (number + 0.8) * step, line)
        canvas.setStrokeColorRGB(*ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, y - height, MARGIN + COLUMN, y - height)
        canvas.restoreState()
        return y - height

    def row(self, cells: list[list[Line]], y: float) -> float:
        """A row from ``y`` down, a rule under it. A row that would pass the foot goes on to
        the next page whole; one taller than a page is broken between its lines."""
        step = _step(CELL)
        while cells:
            height = max(len(lines) for lines in cells)
            room = int((y - FOOT - 2 * ROW_PAD) // step)
            if room < height and (room < 3 or height * step < HEIGHT / 2):
                y = self.table_head(self.next_page())
                continue
            shown = min(room, height)
            for lines, left in zip(cells, _lefts(), strict=True):
                for number, (text, font) in enumerate(lines[:shown]):
                    self.canvas.setFont(font, CELL)
                    self.canvas.drawString(left + PAD, y - ROW_PAD - (number + 0.8) * step, text)
            y -= shown * step + 2 * ROW_PAD
            self.canvas.saveState()
            self.canvas.setStrokeGray(RULE)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(MARGIN, y, MARGIN + COLUMN, y)
            self.canvas.restoreState()
            cells = [lines[shown:] for lines in cells]
            if not any(cells):
                break
            y = self.table_head(self.next_page())
        return y

    # -- the review and the signatures ----------------------------------------------------

    def closing(self, y: float) -> None:
        """The review's band, then the signatures; all of it on the next page when it does
        not fit under the table."""
        tr, step = self.tr, _step(SIZE)
        band = self.review_lines()
        together = QT_TRANSLATE_NOOP("printing", "We talked about this plan together.")
        said = wrap_text(tr(together), self.bold, SIZE, COLUMN)
        role = Role(self.doc.staff_role) if self.doc.staff_role in set(Role) else None
        width = (COLUMN - 14 * mm) / 2
        signers = [
            (wrap_text(label, self.bold, SIZE, width), wrap_text(name, self.regular, SIZE, width))
            for label, name in (
                (tr(QT_TRANSLATE_NOOP("printing", "You")), self.doc.prisoner),
                (self.translate(ROLES, ROLE_LABELS[role]) if role else "", self.doc.staff),
            )
        ]
        signing = max(len(label) + len(name) for label, name in signers) * step + SIGNING
        height = _band_height(band) + AFTER + len(said) * step + 4 * mm + signing
        if y - height < FOOT:
            y = self.next_page()
        y = self.review(y, band) - AFTER
        y = self.write(tr(together), self.bold, SIZE, MARGIN, y) - 4 * mm
        for number, (label, name) in enumerate(signers):
            self.signature(MARGIN + number * (width + 14 * mm), y, width, label, name)

    def review_lines(self) -> list[tuple[str, str, float]]:
        """The lines on the review's band: (text, font, size)."""
        tr = self.tr
        if self.doc.next_review_on:
            again = tr(
                QT_TRANSLATE_NOOP("printing", "We will look at your plan together again on {day}.")
            ).format(day=self.doc.next_review_on)
        else:
            again = tr(
                QT_TRANSLATE_NOOP(
                    "printing", "We will agree with you when to look at your plan again."
                )
            )
        earlier = tr(
            QT_TRANSLATE_NOOP("printing", "You can ask to talk about your plan at any time.")
        )
        room = COLUMN - 2 * BAND_PAD
        lines = [(line, self.bold, 11.0) for line in wrap_text(again, self.bold, 11, room)]
        lines += [
            (line, self.regular, SIZE) for line in wrap_text(earlier, self.regular, SIZE, room)
        ]
        return lines

    def review(self, y: float, lines: list[tuple[str, str, float]]) -> float:
        """The day the plan is looked at again, on a tinted band; returns its foot."""
        height = _band_height(lines)
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColorRGB(*TINT)
        canvas.rect(MARGIN, y - height, COLUMN, height, stroke=0, fill=1)
        canvas.restoreState()
        top = y - 3 * mm
        for text, font, size in lines:
            canvas.setFont(font, size)
            canvas.drawString(MARGIN + BAND_PAD, top - 0.8 * _step(size), text)
            top -= _step(size)
        return y - height

    def signature(
        self, left: float, y: float, width: float, label: list[str], name: list[str]
    ) -> None:
        """``label`` over a line to sign on, "(signature)" under it, the printed name, and
        a line for the date (``SIGNING`` high, with the label and the name)."""
        canvas, step = self.canvas, _step(SIZE)
        for lines, font in ((label, self.bold), (name, self.regular)):
            canvas.setFont(font, SIZE)
            for text in lines:
                canvas.drawString(left, y - 0.8 * step, text)
                y -= step
            if font == self.bold:  # the room to sign in, the line, its caption
                y -= SIGN_ROOM
                canvas.setLineWidth(0.6)
                canvas.line(left, y, left + width, y)
                canvas.setFont(self.regular, 7)
                signature = self.tr(QT_TRANSLATE_NOOP("printing", "signature"))
                canvas.drawCentredString(left + width / 2, y - 3 * mm, f"({signature})")
                y -= CAPTION
        y -= DATE_GAP
        canvas.setFont(self.regular, SIZE)
        canvas.drawString(left, y, self.tr(QT_TRANSLATE_NOOP("printing", "Date")))
        canvas.line(left + 20 * mm, y, left + 60 * mm, y)

    # -- pages ----------------------------------------------------------------------------

    def next_page(self) -> float:
        """A new page headed with whose plan it is, so that a page come apart from the
        others still says it."""
        self.page_foot()
        self.canvas.showPage()
        self.page += 1
        title = self.tr(QT_TRANSLATE_NOOP("printing", "Your plan"))
        head = " — ".join(part for part in (self.doc.prisoner, self.doc.number, title) if part)
        return self.write(head, self.regular, 8, MARGIN, HEIGHT - MARGIN) - 3 * mm

    def page_foot(self) -> None:
        """The page's form, which says "n / N" when there is more than one page."""
        self.canvas.saveState()
        self.canvas.translate(WIDTH - MARGIN, MARGIN)
        self.canvas.doForm(PAGE.format(number=self.page))
        self.canvas.restoreState()


def _step(size: float) -> float:
    """The distance between lines of ``size`` points."""
    return size * 0.46 * mm


def _band_height(lines: list[tuple[str, str, float]]) -> float:
    return sum(_step(size) for _, _, size in lines) + 2 * 3 * mm


def _lefts() -> list[float]:
    lefts, left = [], MARGIN
    for width in WIDTHS:
        lefts.append(left)
        left += width
    return lefts
