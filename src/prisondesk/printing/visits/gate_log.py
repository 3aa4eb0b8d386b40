"""The printed daily gate log: A4 landscape, one line per visit, page after page."""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation

ROW = 5.5 * mm
# (field of the row, header, width)
LAYOUT = (
    ("number", QT_TRANSLATE_NOOP("printing", "Pass"), 34 * mm),
    ("time", QT_TRANSLATE_NOOP("printing", "Time"), 20 * mm),
    ("prisoner", QT_TRANSLATE_NOOP("printing", "Prisoner"), 55 * mm),
    ("visitors", QT_TRANSLATE_NOOP("printing", "Visitors"), 62 * mm),
    ("checked_in", QT_TRANSLATE_NOOP("printing", "In"), 11 * mm),
    ("checked_out", QT_TRANSLATE_NOOP("printing", "Out"), 11 * mm),
    ("outcome", QT_TRANSLATE_NOOP("printing", "Outcome"), 26 * mm),
    ("locker", QT_TRANSLATE_NOOP("printing", "Locker"), 14 * mm),
    ("officers", QT_TRANSLATE_NOOP("printing", "Officers"), 30 * mm),
)


def render_gate_log(
    facility: str,
    day: date,
    rows: list,
    translate: Translate = no_translation,
    outcome_label=lambda code: code,
    date_format: str = "%d.%m.%Y",
) -> bytes:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    size = landscape(A4)
    width, height = size
    canvas, buffer, regular, bold = new_canvas(size, f"Gate log {day.isoformat()}")
    margin = 10 * mm

    def clip(text: str, room: float) -> str:
        while text and canvas.stringWidth(text, regular, 8) > room - 1.5 * mm:
            text = text[:-2] + "…"
        return text

    def header() -> float:
        canvas.setFont(bold, 12)
        title = tr(QT_TRANSLATE_NOOP("printing", "Gate log of {day}")).format(
            day=day.strftime(date_format)
        )
        canvas.drawString(margin, height - 12 * mm, f"{facility} — {title}")
        canvas.setFont(bold, 8)
        x, y = margin, height - 20 * mm
        for _, title_text, room in LAYOUT:
            canvas.drawString(x, y, tr(title_text))
            x += room
        canvas.line(margin, y - 1.5 * mm, width - margin, y - 1.5 * mm)
        return y - ROW

    y = header()
    for row in rows:
        if y < 15 * mm:
            canvas.showPage()
            y = header()
        canvas.setFont(regular, 8)
        x = margin
        for name, _, room in LAYOUT:
            value = str(getattr(row, name))
            if name == "outcome":
                value = outcome_label(value)
            canvas.drawString(x, y, clip(value, room))
            x += room
        y -= ROW
    canvas.setFont(regular, 8)
    canvas.drawString(
        margin,
        y - 3 * mm,
        tr(QT_TRANSLATE_NOOP("printing", "Visits: {count}")).format(count=len(rows)),
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
