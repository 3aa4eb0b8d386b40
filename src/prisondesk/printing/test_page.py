"""A one-page PDF used by ``prisondesk selftest`` to prove fonts and barcodes print."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.printing.barcodes import draw_code128
from prisondesk.printing.fonts import register_fonts

SAMPLE_TEXT = "Асанов Бакыт Өмүрбекович — Ңң Үү Өө — PrisonDesk"


def render_test_page(barcode_data: str) -> bytes:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6)
    width, height = A6
    canvas.setTitle("PrisonDesk self-test")
    canvas.setFont(bold, 12)
    canvas.drawString(8 * mm, height - 15 * mm, "PrisonDesk — самопроверка")
    canvas.setFont(regular, 8)
    canvas.drawString(8 * mm, height - 22 * mm, SAMPLE_TEXT)
    draw_code128(canvas, barcode_data, 8 * mm, height - 60 * mm, width - 16 * mm, 25 * mm)
    canvas.drawString(8 * mm, height - 65 * mm, barcode_data)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
