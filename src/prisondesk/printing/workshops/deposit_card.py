"""The handover of the deposit card at release (A4 portrait), which the prisoner signs: whose
account, the day of release, the balance paid to the bank card (spendable, held until
release under Rule 103, and their total), the card's number as the officer typed it; then
the prisoner's statement, and the prisoner's and the officer's signatures and dates, their
names printed beside them. Amounts are written as on the statement."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import DepositCardDoc
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.workshops.statement import (
    COLUMN,
    GAP,
    HEIGHT,
    HELD_EXPLAINED,
    LINE,
    MARGIN,
    SIZE,
    draw_amounts,
    write,
)

LABEL = 48 * mm  # the labels of the particulars and of the signature lines


def render_deposit_card_handover(
    doc: DepositCardDoc, translate: Translate = no_translation, decimal_mark: str = ","
) -> bytes:
    canvas, buffer, regular, bold = new_canvas(A4, "Deposit card handover")
    fonts = (regular, bold)

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    y = write(canvas, doc.facility, bold, SIZE, MARGIN, HEIGHT - MARGIN, COLUMN)
    title = tr(QT_TRANSLATE_NOOP("printing", "Handover of the deposit card"))
    y = write(canvas, title, bold, 14, MARGIN, y - 1 * mm, COLUMN) - GAP
    particulars = (
        (tr(QT_TRANSLATE_NOOP("printing", "Prisoner")), doc.prisoner),
        (tr(QT_TRANSLATE_NOOP("printing", "Released on")), doc.released_on),
        (tr(QT_TRANSLATE_NOOP("printing", "Bank card")), doc.card),
    )
    for label, value in particulars:
        if value:
            y = _particular(canvas, fonts, y, label, value) - 1 * mm
    y -= GAP
    heading = tr(QT_TRANSLATE_NOOP("printing", "Deposit account balance paid to the card"))
    y = write(canvas, heading, bold, 11, MARGIN, y, COLUMN) - 1 * mm
    total = tr(QT_TRANSLATE_NOOP("printing", "Total paid to the card"))
    y = draw_amounts(canvas, fonts, y, (doc.spendable, doc.held, total), translate, decimal_mark)
    y = write(canvas, tr(HELD_EXPLAINED), regular, 8, MARGIN, y - 2 * mm, COLUMN) - 2 * GAP
    _signatures(canvas, fonts, y, doc, tr)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _signatures(
    canvas: Canvas, fonts: tuple[str, str], y: float, doc: DepositCardDoc, tr: Callable[[str], str]
) -> None:
    """The prisoner's statement; the prisoner's and the officer's signatures, each over
    their printed name, and the dates."""
    statement = tr(
        QT_TRANSLATE_NOOP("printing", "I have received my deposit card with the balance above.")
    )
    y = write(canvas, statement, fonts[1], SIZE, MARGIN, y, COLUMN) - 12 * mm
    signature = tr(QT_TRANSLATE_NOOP("printing", "signature"))
    full_name = tr(QT_TRANSLATE_NOOP("printing", "full name"))
    date = tr(QT_TRANSLATE_NOOP("printing", "Date"))
    for label, name in (
        (tr(QT_TRANSLATE_NOOP("printing", "Prisoner")), doc.prisoner),
        (tr(QT_TRANSLATE_NOOP("printing", "Officer")), doc.officer),
    ):
        y = _signature_line(canvas, fonts, y, label, (signature, 60 * mm), (full_name, name))
        y = _signature_line(canvas, fonts, y, date, ("", 40 * mm)) - 4 * mm


def _particular(canvas: Canvas, fonts: tuple[str, str], y: float, label: str, value: str) -> float:
    regular, bold = fonts
    return min(
        write(canvas, label, bold, SIZE, MARGIN, y, LABEL - 2 * mm),
        write(canvas, value, regular, SIZE, MARGIN + LABEL, y, COLUMN - LABEL),
    )


def _signature_line(
    canvas: Canvas,
    fonts: tuple[str, str],
    y: float,
    label: str,
    blank: tuple[str, float],
    name: tuple[str, str] | None = None,
) -> float:
    """On the baseline ``y``: ``label``, a blank line to write on and beside it a printed
    name, each over its caption. Returns where the next one goes."""
    regular, bold = fonts
    label_foot = write(canvas, label, bold, SIZE, MARGIN, y + 0.8 * LINE, LABEL - 2 * mm)
    left = MARGIN + LABEL
    caption, length = blank
    foot = _rule(canvas, regular, left, y - 1 * mm, length, caption)
    if name is not None:
        caption, text = name
        x = left + length + GAP
        room = MARGIN + COLUMN - x
        lines = wrap_text(text, regular, SIZE, room)
        canvas.setFont(regular, SIZE)
        for number, line in enumerate(lines):
            canvas.drawString(x, y - number * LINE, line)
        under = y - (len(lines) - 1) * LINE - 1 * mm
        foot = min(foot, _rule(canvas, regular, x, under, room, caption))
    return min(foot, label_foot) - 9 * mm


def _rule(canvas: Canvas, font: str, left: float, y: float, length: float, caption: str) -> float:
    """A line to write on, its caption under it; returns the caption's foot."""
    canvas.setLineWidth(0.6)
    canvas.line(left, y, left + length, y)
    if caption:
        canvas.setFont(font, 7)
        canvas.drawCentredString(left + length / 2, y - 3 * mm, f"({caption})")
    return y - 3 * mm
