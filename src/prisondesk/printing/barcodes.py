"""Code128 barcodes drawn as vector bars: python-barcode encodes, reportlab draws."""

from __future__ import annotations

import barcode
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 10  # blank modules each side, as scanners need


def code128_modules(data: str) -> str:
    """The bar pattern of ``data`` as '1' (bar) and '0' (space) modules."""
    return barcode.get_barcode_class("code128")(data, writer=None).build()[0]


def draw_code128(
    canvas: Canvas, data: str, x: float, y: float, width: float, height: float
) -> None:
    """Draw ``data`` to fit ``width`` (quiet zones included) with its lower-left at x, y."""
    modules = code128_modules(data)
    module = width / (len(modules) + 2 * QUIET_ZONE_MODULES)
    left = x + QUIET_ZONE_MODULES * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    start = None
    for position, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = position
        elif bit == "0" and start is not None:
            canvas.rect(
                left + start * module, y, (position - start) * module, height, stroke=0, fill=1
            )
            start = None
    canvas.restoreState()
