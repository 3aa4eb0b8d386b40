"""What every printed document shares: fonts, the translation hook and the PDF canvas."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from prisondesk.printing.fonts import register_fonts

# ``translate(context, text)``: the GUI passes QCoreApplication.translate; the default keeps
# the English source, so the printing layer needs no Qt.
Translate = Callable[[str, str], str]
CONTEXT = "printing"


def no_translation(context: str, text: str) -> str:
    return text


def new_canvas(size: tuple[float, float], title: str) -> tuple[Canvas, io.BytesIO, str, str]:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("PrisonDesk")
    return canvas, buffer, regular, bold
