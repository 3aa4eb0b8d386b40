"""The fonts embedded in every PDF: DejaVu Sans covers Cyrillic, Kyrgyz ө ү ң included."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from prisondesk.config import FONTS_DIR

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register once per process; returns the names of the regular and bold faces."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    return REGULAR, BOLD


def missing_glyphs(text: str, font_name: str = REGULAR) -> str:
    """The characters of ``text`` the font cannot draw (empty when all are covered)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in face.charToGlyph}))
