"""The prisoner ID card (ID-1 size, 85.6 × 54 mm): photo, name, number and a Code128 barcode
of the number, scanned at workshops and visits."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.barcodes import draw_code128
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation

CARD = (85.6 * mm, 54 * mm)


@dataclass(frozen=True)
class IdCard:
    facility: str
    number: str
    full_name: str
    date_of_birth: date | None
    wing: str
    photo_jpeg: bytes | None


MIN_FONT = 5


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shrink the font until ``text`` fits ``width`` (long Kyrgyz patronymics); what still
    does not fit at the smallest size is cut with an ellipsis, never printed off the card."""
    while size > MIN_FONT and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    canvas.setFont(font, size)
    while len(text) > 1 and canvas.stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def render_id_card(
    card: IdCard, translate: Translate = no_translation, date_format: str = "%d.%m.%Y"
) -> bytes:
    canvas, buffer, regular, bold = new_canvas(CARD, f"ID {card.number}")
    width, height = CARD
    canvas.setFillColorRGB(0.16, 0.32, 0.55)
    canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.drawString(3 * mm, height - 6 * mm, _fit(canvas, card.facility, bold, 8, width - 6 * mm))
    canvas.setFillColorRGB(0, 0, 0)
    photo_box = (3 * mm, 14 * mm, 22 * mm, 29 * mm)
    if card.photo_jpeg:
        canvas.drawImage(
            ImageReader(io.BytesIO(card.photo_jpeg)),
            *photo_box,
            preserveAspectRatio=True,
            anchor="c",
        )
    else:
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.rect(*photo_box, stroke=1, fill=0)
    left, text_width = 28 * mm, width - 31 * mm
    lines = card.full_name.split(" ", 1)
    canvas.drawString(left, height - 15 * mm, _fit(canvas, lines[0], bold, 10, text_width))
    if len(lines) > 1:
        canvas.drawString(left, height - 19.5 * mm, _fit(canvas, lines[1], regular, 8, text_width))
    canvas.setFont(regular, 7)
    born = card.date_of_birth.strftime(date_format) if card.date_of_birth else "—"
    canvas.drawString(
        left,
        height - 24.5 * mm,
        translate(CONTEXT, QT_TRANSLATE_NOOP("printing", "Born: {date}")).format(date=born),
    )
    canvas.drawString(
        left,
        height - 28.5 * mm,
        translate(CONTEXT, QT_TRANSLATE_NOOP("printing", "Wing: {wing}")).format(
            wing=card.wing or "—"
        ),
    )
    canvas.setFont(bold, 9)
    canvas.drawString(left, height - 34 * mm, card.number)
    draw_code128(canvas, card.number, 27 * mm, 3 * mm, width - 29 * mm, 10 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
