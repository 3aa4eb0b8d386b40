"""The printed visit pass, one per page: on an 80 mm receipt printer or on A6. It carries the
facility, the pass number, kind, day, time and room of the visit, the prisoner, the visitors
with their documents, a reminder of the rules, and a Code128 barcode of the keyed pass code
that the gate scans (see domain/visit_pass.py), with the same code under it for typing.

The barcode runs down the right edge of the pass, as long codes are printed on receipts: its
bars are 2 dots of a 203-dpi thermal printer (0.25 mm), and a code with a 16-character facility
code is then 116 mm long, too long to lie across a 72 mm receipt or a 97 mm A6 line. The text
flows beside it. A receipt is as long as its content; on A6 the text shrinks when a long list
of visitors would not fit."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import (
    DOCUMENT_TYPES,
    PassVisitor,
    VisitPassDoc,
    known_document_type,
    readable_code,
)
from prisondesk.printing.barcodes import (
    code128_length,
    draw_code128_down,
    page_side,
    whole_dots,
)
from prisondesk.printing.documents import (
    CONTEXT,
    Translate,
    new_canvas,
    no_translation,
    wrap_text,
)

RECEIPT_WIDTH = 80 * mm
FORMATS = ("receipt80", "a6")
MARGIN = 4 * mm  # an 80 mm receipt printer prints about 72 mm of it
TOP = 5 * mm
BAR_LENGTH = 14 * mm  # the bars' length, across the pass
GAP = 3 * mm  # between the text and the barcode, and above the code for typing
SMALLEST = 0.6  # the text of an A6 pass shrinks no further than this

KIND_LABELS = {
    "short": QT_TRANSLATE_NOOP("printing", "Short visit"),
    "long": QT_TRANSLATE_NOOP("printing", "Long family visit"),
    "lawyer": QT_TRANSLATE_NOOP("printing", "Lawyer visit"),
    "official": QT_TRANSLATE_NOOP("printing", "Official visit"),
}
RULES = QT_TRANSLATE_NOOP(
    "printing",
    "Come 30 minutes early with this pass and an identity document. Phones, money, food and "
    "medicines are left at the gate. Children come with an adult on this pass.",
)
TYPE_IT = QT_TRANSLATE_NOOP("printing", "If the barcode does not scan, type:")


@dataclass(frozen=True)
class _Paragraph:
    text: str
    bold: bool = False
    size: float = 8.5
    leading: float = 4.2 * mm
    space_before: float = 0.0
    indent: float = 0.0
    hanging: float = 0.0  # more indent for the lines after the first
    centred: bool = False


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    leading: float
    indent: float
    centred: bool


def render_visit_passes(
    passes: list[VisitPassDoc],
    paper: str = "receipt80",
    translate: Translate = no_translation,
    date_format: str = "%d.%m.%Y",
) -> bytes:
    if paper not in FORMATS:
        raise ValueError(paper)
    canvas, buffer, regular, bold = new_canvas(A6, "Visit passes")
    for document in passes:
        _page(canvas, document, paper, (regular, bold), translate, date_format)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def document_text(visitor: PassVisitor, translate: Translate = no_translation) -> str:
    """A visitor's document as the pass prints it: a known type in the pass's language, any
    other as typed, and the number."""
    key = known_document_type(visitor.document_type)
    kind = translate(CONTEXT, DOCUMENT_TYPES[key]) if key else visitor.document_type.strip()
    return " ".join(part for part in (kind, visitor.document_number.strip()) if part)


def _body(doc: VisitPassDoc, translate: Translate, date_format: str) -> list[_Paragraph]:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    title = tr(QT_TRANSLATE_NOOP("printing", "VISIT PASS"))
    paragraphs = [
        _Paragraph(doc.facility, bold=True, size=9),
        _Paragraph(f"{title}  {doc.number}", bold=True, size=11, leading=6 * mm),
        _Paragraph(tr(KIND_LABELS.get(doc.kind, doc.kind)), bold=True, size=9),
        _Paragraph(
            tr(QT_TRANSLATE_NOOP("printing", "{day}, {starts}–{ends}, room: {room}")).format(
                day=doc.day.strftime(date_format), starts=doc.starts, ends=doc.ends, room=doc.room
            )
        ),
        _Paragraph(tr(QT_TRANSLATE_NOOP("printing", "Prisoner: {name}")).format(name=doc.prisoner)),
        _Paragraph(tr(QT_TRANSLATE_NOOP("printing", "Visitors")), True, 9, space_before=1.5 * mm),
    ]
    for visitor in doc.visitors:
        mark = " " + tr(QT_TRANSLATE_NOOP("printing", "(child)")) if visitor.child else ""
        paragraphs.append(_Paragraph(f"• {visitor.full_name}{mark}", hanging=3 * mm))
        document = document_text(visitor, translate)
        if document:
            paragraphs.append(_Paragraph(document, size=7.5, leading=3.8 * mm, indent=3 * mm))
    paragraphs.append(_Paragraph(tr(RULES), size=7, leading=3.3 * mm, space_before=1.5 * mm))
    return paragraphs


def _lines(
    paragraphs: list[_Paragraph], fonts: tuple[str, str], width: float, scale: float = 1.0
) -> list[_Line]:
    lines = []
    for paragraph in paragraphs:
        font = fonts[1] if paragraph.bold else fonts[0]
        size, leading = paragraph.size * scale, paragraph.leading * scale
        if paragraph.space_before:
            lines.append(_Line("", font, size, paragraph.space_before * scale, 0, False))
        room = width - paragraph.indent - paragraph.hanging
        for number, text in enumerate(wrap_text(paragraph.text, font, size, room)):
            indent = paragraph.indent + (paragraph.hanging if number else 0)
            lines.append(_Line(text, font, size, leading, indent, paragraph.centred))
    return lines


def _page(
    canvas: Canvas,
    doc: VisitPassDoc,
    paper: str,
    fonts: tuple[str, str],
    translate: Translate,
    date_format: str,
) -> None:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    # the page is whole dots of a 203-dpi printer (A6 0.1 mm short), the barcode on its grid
    width = page_side(RECEIPT_WIDTH if paper == "receipt80" else A6[0])
    usable = width - 2 * MARGIN
    column = usable - BAR_LENGTH - GAP
    top = whole_dots(TOP, up=True)
    strip = code128_length(doc.barcode)
    code = _lines(
        [
            _Paragraph(tr(TYPE_IT), size=7, leading=3.3 * mm, centred=True),
            _Paragraph(readable_code(doc.barcode), True, 10, 4.8 * mm, centred=True),
        ],
        fonts,
        usable,
    )
    code_height = sum(line.leading for line in code)
    paragraphs = _body(doc, translate, date_format)
    body = _lines(paragraphs, fonts, column)
    if paper == "receipt80":
        height = top + max(sum(line.leading for line in body), strip) + GAP + code_height
        height = page_side(height + MARGIN, up=True)
    else:
        height = page_side(A6[1])
        room = height - top - GAP - code_height - MARGIN
        scale = 1.0
        while sum(line.leading for line in body) > room and scale > SMALLEST:
            scale -= 0.05
            body = _lines(paragraphs, fonts, column, scale)
    canvas.setPageSize((width, height))
    below = _draw_lines(canvas, body, MARGIN, height - top, column)
    draw_code128_down(canvas, doc.barcode, width - MARGIN - BAR_LENGTH, height - top, BAR_LENGTH)
    _draw_lines(canvas, code, MARGIN, min(below, height - top - strip) - GAP, usable)


def _draw_lines(canvas: Canvas, lines: list[_Line], x: float, y: float, width: float) -> float:
    """Draw from ``y`` down; returns where the last line ends."""
    for line in lines:
        baseline = y - 0.75 * line.leading
        if line.text:
            canvas.setFont(line.font, line.size)
            if line.centred:
                canvas.drawCentredString(x + width / 2, baseline, line.text)
            else:
                canvas.drawString(x + line.indent, baseline, line.text)
        y -= line.leading
    return y
