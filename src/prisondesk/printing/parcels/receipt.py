"""The sender's parcel receipt (on an 80 mm receipt printer or on A4) and the parcel's label
(80 mm), in the reader's language.
It says what was received, from whom, for whom, when and by which officer, lists the items,
and carries the tracking number as a Code128 barcode (2-dot bars of a 203-dpi printer, as on
visit passes) with the number under it. On a receipt the barcode runs down the right edge
(a long facility code makes it longer than a receipt is wide) and the text flows beside it;
on A4 it lies across the top."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.parcels import (
    CHANNEL_LABELS,
    EXAMPLE_CATEGORIES,
    PARCELS,
    UNIT_LABELS,
    Channel,
    ParcelReceiptDoc,
    Unit,
)
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.barcodes import (
    code128_length,
    draw_code128_down,
    page_side,
    whole_dots,
)
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text

FORMATS = ("receipt80", "a4")
RECEIPT_WIDTH = 80 * mm
MARGIN = 4 * mm  # an 80 mm receipt printer prints about 72 mm of it
A4_MARGIN = 18 * mm
TOP = 5 * mm
BAR_LENGTH = 14 * mm  # the bars' length, across the barcode
GAP = 3 * mm
HEADING = QT_TRANSLATE_NOOP("printing", "PARCEL RECEIPT  {tracking}")
KEEP_IT = QT_TRANSLATE_NOOP(
    "printing",
    "Keep this receipt. Its number lets you ask what became of the parcel; prohibited items "
    "are confiscated, and a parcel that cannot be handed over is returned.",
)


def render_parcel_receipt(
    doc: ParcelReceiptDoc, paper: str = "receipt80", translate: Translate = no_translation
) -> bytes:
    if paper not in FORMATS:
        raise ValueError(paper)
    canvas, buffer, regular, bold = new_canvas(A4, "Parcel receipt")
    if paper == "receipt80":
        _receipt(canvas, doc, (regular, bold), translate)
    else:
        _a4(canvas, doc, (regular, bold), translate)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_parcel_label(doc: ParcelReceiptDoc, translate: Translate = no_translation) -> bytes:
    """The label stuck on the parcel, on the 80 mm printer: whose it is, its seal and weight,
    and the tracking barcode that opens it in the parcels screen."""
    canvas, buffer, regular, bold = new_canvas(A4, "Parcel label")

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    body = [
        (doc.tracking, True, 12.0),
        (doc.prisoner, True, 10.0),
        _received(doc, tr),
        _weight_and_seal(doc, tr),
        (doc.facility, False, 7.0),
    ]
    _strip(canvas, doc.tracking, _lines(body, (regular, bold), _column()), (regular, bold))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _body(doc: ParcelReceiptDoc, translate: Translate) -> list[tuple[str, bool, float]]:
    """(text, bold, size) paragraphs."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    def shown(context: str, labels: dict, key: str, kind: type) -> str:
        try:
            return translate(context, labels[kind(key)])
        except ValueError:
            return key

    category = {name: translate(PARCELS, name) for name in EXAMPLE_CATEGORIES}
    paragraphs = [
        (doc.facility, True, 9.0),
        (tr(HEADING).format(tracking=doc.tracking), True, 11.0),
        _received(doc, tr),
        (tr(QT_TRANSLATE_NOOP("printing", "From: {sender}")).format(sender=doc.sender), False, 8.5),
        (shown(PARCELS, CHANNEL_LABELS, doc.channel, Channel), False, 8.5),
        (
            tr(QT_TRANSLATE_NOOP("printing", "For: {prisoner}")).format(prisoner=doc.prisoner),
            False,
            8.5,
        ),
        _weight_and_seal(doc, tr),
        (tr(QT_TRANSLATE_NOOP("printing", "Contents")), True, 9.0),
    ]
    for number, item in enumerate(doc.items, start=1):
        unit = shown(PARCELS, UNIT_LABELS, item.unit, Unit)
        kind = category.get(item.category, item.category)
        paragraphs.append(
            (f"{number}. {item.description} — {item.quantity}\u00a0{unit} ({kind})", False, 8.5)
        )
    paragraphs.append(
        (
            tr(QT_TRANSLATE_NOOP("printing", "Received by: {officer}")).format(officer=doc.officer),
            False,
            8.5,
        )
    )
    paragraphs.append((tr(KEEP_IT), False, 7.0))
    return paragraphs


def _received(doc: ParcelReceiptDoc, tr: Callable[[str], str]) -> tuple[str, bool, float]:
    text = tr(QT_TRANSLATE_NOOP("printing", "Received: {when}"))
    return text.format(when=doc.received_at), False, 8.5


def _weight_and_seal(doc: ParcelReceiptDoc, tr: Callable[[str], str]) -> tuple[str, bool, float]:
    # in grams: exact, and no decimal mark to write as each language does
    text = tr(QT_TRANSLATE_NOOP("printing", "Weight: {grams} g, seal: {seal}"))
    return text.format(grams=doc.weight_grams, seal=doc.seal), False, 8.5


def _receipt(
    canvas: Canvas, doc: ParcelReceiptDoc, fonts: tuple[str, str], translate: Translate
) -> None:
    _strip(canvas, doc.tracking, _lines(_body(doc, translate), fonts, _column()), fonts)


def _column() -> float:
    """The width of the text beside the barcode on 80 mm paper."""
    return page_side(RECEIPT_WIDTH) - 2 * MARGIN - BAR_LENGTH - GAP


def _strip(
    canvas: Canvas,
    tracking: str,
    lines: list[tuple[str, str, float, float]],
    fonts: tuple[str, str],
) -> None:
    """An 80 mm page as long as its content: the lines, the barcode down the right edge, and
    the number under both for typing."""
    width = page_side(RECEIPT_WIDTH)
    strip = code128_length(tracking)
    top = whole_dots(TOP, up=True)
    code_line = 5 * mm
    height = top + max(sum(leading for *_, leading in lines), strip) + GAP + code_line + MARGIN
    height = page_side(height, up=True)
    canvas.setPageSize((width, height))
    below = _draw(canvas, lines, MARGIN, height - top)
    draw_code128_down(canvas, tracking, width - MARGIN - BAR_LENGTH, height - top, BAR_LENGTH)
    canvas.setFont(fonts[1], 10)
    canvas.drawCentredString(width / 2, min(below, height - top - strip) - GAP - 3.5 * mm, tracking)


def _a4(
    canvas: Canvas, doc: ParcelReceiptDoc, fonts: tuple[str, str], translate: Translate
) -> None:
    width, height = A4
    column = width - 2 * A4_MARGIN
    strip = code128_length(doc.tracking)
    top = height - A4_MARGIN
    # the barcode across, at the right of the top line: drawn down, then turned a quarter
    # (down becomes rightwards, and the bars rise from its lower edge)
    canvas.saveState()
    canvas.translate(width - A4_MARGIN - strip, top - BAR_LENGTH)
    canvas.rotate(90)
    draw_code128_down(canvas, doc.tracking, 0, 0, BAR_LENGTH)
    canvas.restoreState()
    canvas.setFont(fonts[1], 10)
    canvas.drawCentredString(
        width - A4_MARGIN - strip / 2, top - BAR_LENGTH - 4.5 * mm, doc.tracking
    )
    lines = _lines(_body(doc, translate), fonts, column, scale=1.25)
    y = top - BAR_LENGTH - 10 * mm
    for line in lines:  # a long list of items goes on to more pages
        if y - line[3] < A4_MARGIN:
            canvas.showPage()
            y = top
        y = _draw(canvas, [line], A4_MARGIN, y)


def _lines(
    paragraphs: list[tuple[str, bool, float]],
    fonts: tuple[str, str],
    width: float,
    scale: float = 1.0,
) -> list[tuple[str, str, float, float]]:
    """(text, font, size, leading) lines."""
    lines = []
    for text, bold, size in paragraphs:
        font = fonts[1] if bold else fonts[0]
        size *= scale
        for line in wrap_text(text, font, size, width):
            lines.append((line, font, size, size * 0.5 * mm))
    return lines


def _draw(canvas: Canvas, lines: list[tuple[str, str, float, float]], x: float, y: float) -> float:
    for text, font, size, leading in lines:
        canvas.setFont(font, size)
        canvas.drawString(x, y - 0.75 * leading, text)
        y -= leading
    return y
