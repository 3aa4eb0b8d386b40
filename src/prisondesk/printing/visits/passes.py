"""The printed visit pass, one per page: on an 80 mm receipt printer or on A6. It carries the
facility, the pass number, kind, day, time and room of the visit, the prisoner, the visitors
with their documents, a reminder of the rules, and a Code128 barcode of the keyed pass code
that the gate scans (see domain/visit_pass.py)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import VisitPassDoc
from prisondesk.printing.barcodes import draw_code128
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation

RECEIPT_WIDTH = 80 * mm
RECEIPT_HEIGHT = 130 * mm
FORMATS = ("receipt80", "a6")

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


def _wrap(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if canvas.stringWidth(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def render_visit_passes(
    passes: list[VisitPassDoc],
    paper: str = "receipt80",
    translate: Translate = no_translation,
    date_format: str = "%d.%m.%Y",
) -> bytes:
    if paper not in FORMATS:
        raise ValueError(paper)
    size = (RECEIPT_WIDTH, RECEIPT_HEIGHT) if paper == "receipt80" else A6
    canvas, buffer, regular, bold = new_canvas(size, "Visit passes")
    for document in passes:
        _page(canvas, document, size, regular, bold, translate, date_format)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page(
    canvas: Canvas,
    doc: VisitPassDoc,
    size: tuple[float, float],
    regular: str,
    bold: str,
    translate: Translate,
    date_format: str,
) -> None:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    width, height = size
    margin = 4 * mm
    usable = width - 2 * margin
    y = height - 8 * mm

    def line(text: str, font: str = regular, size_pt: float = 8.5, gap: float = 4.2 * mm) -> None:
        nonlocal y
        for part in _wrap(canvas, text, font, size_pt, usable):
            canvas.setFont(font, size_pt)
            canvas.drawString(margin, y, part)
            y -= gap

    line(doc.facility, bold, 9)
    line(tr(QT_TRANSLATE_NOOP("printing", "VISIT PASS")) + f"  {doc.number}", bold, 11, 6 * mm)
    line(tr(KIND_LABELS.get(doc.kind, doc.kind)), bold, 9)
    line(
        tr(QT_TRANSLATE_NOOP("printing", "{day}, {starts}–{ends}, room: {room}")).format(
            day=doc.day.strftime(date_format), starts=doc.starts, ends=doc.ends, room=doc.room
        )
    )
    line(tr(QT_TRANSLATE_NOOP("printing", "Prisoner: {name}")).format(name=doc.prisoner))
    y -= 1.5 * mm
    line(tr(QT_TRANSLATE_NOOP("printing", "Visitors")), bold, 9)
    for visitor in doc.visitors:
        mark = " " + tr(QT_TRANSLATE_NOOP("printing", "(child)")) if visitor.child else ""
        line(f"• {visitor.full_name}{mark}")
        line(f"   {visitor.document}", size_pt=7.5, gap=3.8 * mm)
    y -= 1.5 * mm
    line(tr(RULES), size_pt=7, gap=3.3 * mm)
    bar_height = 14 * mm
    bar_y = max(8 * mm, y - bar_height - 2 * mm)  # right under the text
    draw_code128(canvas, doc.barcode, margin, bar_y, usable, bar_height)
    canvas.setFont(regular, 7.5)
    canvas.drawCentredString(width / 2, bar_y - 4 * mm, doc.barcode)
