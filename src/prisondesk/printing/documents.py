"""What every printed document shares: fonts, the translation hook, the PDF canvas and text
wrapped to a width."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.printing.fonts import register_fonts

# ``translate(context, text)``: the GUI passes QCoreApplication.translate; the default keeps
# the English source, so the printing layer needs no Qt.
Translate = Callable[[str, str], str]
CONTEXT = "printing"
_AFTER_HYPHEN = re.compile(r"[^-]*-|[^-]+")
_SPACES = re.compile(r"[ \t\r\n]+")


def no_translation(context: str, text: str) -> str:
    return text


def new_canvas(size: tuple[float, float], title: str) -> tuple[Canvas, io.BytesIO, str, str]:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("PrisonDesk")
    return canvas, buffer, regular, bold


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between words; a word wider than a
    line (a long number, a double surname) is broken after a hyphen, else between letters,
    so nothing is cut and nothing runs past the width."""
    lines, line = [], ""
    for word in _SPACES.split(text.strip()):  # a no-break space keeps its words together
        if not word:
            continue
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if stringWidth(word, font, size) <= width:
            line = word
        else:
            *whole, line = _pieces(word, font, size, width)
            lines.extend(whole)
    return [*lines, line] if line else lines


def _pieces(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, piece = [], ""
    for part in _AFTER_HYPHEN.findall(word):
        if stringWidth(piece + part, font, size) <= width:
            piece += part
            continue
        if piece:
            pieces.append(piece)
            piece = ""
        for letter in part:  # a part wider than a line on its own
            if piece and stringWidth(piece + letter, font, size) > width:
                pieces.append(piece)
                piece = ""
            piece += letter
    return [*pieces, piece] if piece else pieces
