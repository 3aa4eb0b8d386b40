"""The receipt for personal property taken into storage at admission (Rule 67), signed by
the prisoner and the officer; A5 portrait."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.barcodes import draw_code128
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation

ROW = 6.5 * mm


@dataclass(frozen=True)
class ReceiptLine:
    item: str
    quantity: int
    condition: str
    storage_place: str


@dataclass(frozen=True)
class PropertyReceipt:
    facility: str
    number: str
    full_name: str
    officer: str
    issued_at: datetime
    lines: tuple[ReceiptLine, ...]


def _clip(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    while text and canvas.stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def render_property_receipt(
    receipt: PropertyReceipt,
    translate: Translate = no_translation,
    time_format: str = "%d.%m.%Y %H:%M",
) -> bytes:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    canvas, buffer, regular, bold = new_canvas(A5, f"Property {receipt.number}")
    width, height = A5
    margin = 12 * mm
    columns = [  # title, x, width
        (tr(QT_TRANSLATE_NOOP("printing", "Item")), margin, 52 * mm),
        (tr(QT_TRANSLATE_NOOP("printing", "Qty")), margin + 53 * mm, 10 * mm),
        (tr(QT_TRANSLATE_NOOP("printing", "Condition")), margin + 64 * mm, 32 * mm),
        (tr(QT_TRANSLATE_NOOP("printing", "Stored at")), margin + 97 * mm, 27 * mm),
    ]

    def header(y: float) -> float:
        canvas.setFont(bold, 8)
        for title, x, _ in columns:
            canvas.drawString(x, y, title)
        canvas.line(margin, y - 1.5 * mm, width - margin, y - 1.5 * mm)
        return y - ROW

    canvas.setFont(bold, 12)
    canvas.drawString(
        margin, height - 15 * mm, tr(QT_TRANSLATE_NOOP("printing", "Receipt for stored property"))
    )
    canvas.setFont(regular, 9)
    text_width = 80 * mm  # the barcode has the right-hand side
    for line_no, value in enumerate(
        (
            receipt.facility,
            receipt.full_name,
            receipt.number,
            receipt.issued_at.strftime(time_format),
        )
    ):
        canvas.drawString(
            margin, height - (21 + 5 * line_no) * mm, _clip(canvas, value, regular, 9, text_width)
        )
    draw_code128(
        canvas, receipt.number, width - margin - 42 * mm, height - 28 * mm, 42 * mm, 11 * mm
    )
    y = header(height - 46 * mm)
    for line in receipt.lines:
        if y < 45 * mm:  # leave room for the signatures on the last page
            canvas.showPage()
            y = header(height - 15 * mm)
        canvas.setFont(regular, 8)
        values = [line.item, str(line.quantity), line.condition, line.storage_place]
        for value, (_, x, col_width) in zip(values, columns, strict=True):
            canvas.drawString(x, y, _clip(canvas, value, regular, 8, col_width))
        y -= ROW
    canvas.setFont(regular, 8)
    canvas.drawString(
        margin,
        y - 2 * mm,
        tr(QT_TRANSLATE_NOOP("printing", "Items listed: {count}")).format(count=len(receipt.lines)),
    )
    for offset, label in (
        (28 * mm, tr(QT_TRANSLATE_NOOP("printing", "Prisoner's signature"))),
        (
            14 * mm,
            tr(QT_TRANSLATE_NOOP("printing", "Officer: {name}")).format(name=receipt.officer),
        ),
    ):
        canvas.line(margin, offset, margin + 70 * mm, offset)
        canvas.drawString(margin, offset - 4 * mm, label)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
