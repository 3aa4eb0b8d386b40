"""Code128 barcodes drawn as vector bars: python-barcode encodes, reportlab draws.

Visit passes are printed on 203-dpi thermal printers, which print a bar only as a whole number
of dots. A module (the narrowest bar) of 2 dots, 0.25 mm, is what they print cleanly; bars of
0.2 mm (1.6 dots) did not scan in the field trial. Such bars are placed on the printer's dot
grid, counted from the top-left corner of the page, so every edge falls between two dots; the
page itself should be whole dots high, since a renderer (pdfium, which also prints our PDFs)
stretches a page to whole pixels, and a bar stretched off the grid grows a dot.
"""

from __future__ import annotations

import math

import barcode
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 10  # blank modules each side, as scanners need (ISO/IEC 15417)
PRINTER_DPI = 203
DOT = inch / PRINTER_DPI  # one dot of a 203-dpi printer, in points
MODULE_DOTS = 2
MODULE = MODULE_DOTS * DOT  # 0.2502 mm
SHAVE = DOT / 100


def code128_modules(data: str) -> str:
    """The bar pattern of ``data`` as '1' (bar) and '0' (space) modules."""
    return barcode.get_barcode_class("code128")(data, writer=None).build()[0]


def code128_length(data: str, module: float = MODULE) -> float:
    """How long ``data`` is printed at ``module``, quiet zones included."""
    return (len(code128_modules(data)) + 2 * QUIET_ZONE_MODULES) * module


def whole_dots(length: float, up: bool = False) -> float:
    """``length`` in points as whole dots of a 203-dpi printer, rounded down (or up)."""
    dots = length / DOT
    return (math.ceil(dots - 1e-6) if up else math.floor(dots + 1e-6)) * DOT


def page_side(length: float, up: bool = False) -> float:
    """A side of a page as whole dots, less a thousandth of a point: the PDF writes it
    rounded, and a renderer rounding that up to whole pixels must find those dots exactly."""
    return whole_dots(length, up) - 0.001


def _bars(modules: str) -> list[tuple[int, int]]:
    """Each bar as (first module, modules wide)."""
    bars, start = [], None
    for position, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = position
        elif bit == "0" and start is not None:
            bars.append((start, position - start))
            start = None
    return bars


def draw_code128(
    canvas: Canvas, data: str, x: float, y: float, width: float, height: float
) -> None:
    """Draw ``data`` to fit ``width`` (quiet zones included) with its lower-left at x, y."""
    modules = code128_modules(data)
    module = width / (len(modules) + 2 * QUIET_ZONE_MODULES)
    left = x + QUIET_ZONE_MODULES * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for start, wide in _bars(modules):
        canvas.rect(left + start * module, y, wide * module, height, stroke=0, fill=1)
    canvas.restoreState()


def draw_code128_down(
    canvas: Canvas, data: str, x: float, top: float, bar_length: float, module: float = MODULE
) -> None:
    """Draw ``data`` read from top to bottom (bars across, as long codes are printed along a
    receipt), ``module`` a bar; ``x, top`` is the upper-left corner of its first quiet zone,
    which should lie on the printer's dot grid. ``code128_length`` says how long it is."""
    modules = code128_modules(data)
    first = top - QUIET_ZONE_MODULES * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for start, wide in _bars(modules):
        # a hair narrower than whole dots: a renderer that stretches the page by a trace, as
        # pdfium does to reach whole pixels, then still gives the bar its dots, not one more
        bottom = first - (start + wide) * module + SHAVE
        canvas.rect(x, bottom, bar_length, wide * module - 2 * SHAVE, stroke=0, fill=1)
    canvas.restoreState()
