"""The certificate of completion of a training programme (A4 landscape), given to the person
on release: a double border, the facility's name as it is given, a large title, one sentence
that says who completed which programme, how long, when and in which workshop (the person,
the programme and the workshop in bold, wherever the reader's language puts them), the
enterprise the workshop works with, the certificate's number and date, and the signature
lines of the instructor and the head of the facility. It says nothing of why the person was
there: the facility's name is all, and only as the facility gives it."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import CertificateDoc
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text

WIDTH, HEIGHT = landscape(A4)
BORDER = 10 * mm
TEXT = 220 * mm  # the width of the centred text
BODY = 15  # points, the sentence
BODY_LINE = 7.5 * mm
SIGNATURES = BORDER + 30 * mm  # the lines to sign on
ACCENT = (0.16, 0.25, 0.40)  # a dark blue for the border and the title
COMPLETED = QT_TRANSLATE_NOOP(
    "printing",
    "This certifies that {prisoner} completed the training programme {programme} "
    "({length_days} days, {first_day}–{last_day}) in the {workshop} workshop.",
)
STRONG = ("prisoner", "programme", "workshop")  # the sentence's parts in bold
_FIELD = re.compile(r"\{(\w+)\}")

Run = tuple[str, str]  # (text, font)


def render_certificate(doc: CertificateDoc, translate: Translate = no_translation) -> bytes:
    canvas, buffer, regular, bold = new_canvas(landscape(A4), f"Certificate {doc.number}")

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    _border(canvas)
    centre = WIDTH / 2
    y = HEIGHT - BORDER - 20 * mm
    for line in wrap_text(doc.facility, regular, 13, TEXT):
        canvas.setFont(regular, 13)
        canvas.drawCentredString(centre, y, line)
        y -= 6 * mm
    y = _title(canvas, bold, tr(QT_TRANSLATE_NOOP("printing", "Certificate")), y - 16 * mm)
    canvas.setFont(regular, 11)
    number = tr(QT_TRANSLATE_NOOP("printing", "No. {number}")).format(number=doc.number)
    canvas.drawCentredString(centre, y - 8 * mm, number)
    fields = {
        "prisoner": doc.prisoner,
        "programme": doc.programme,
        "workshop": doc.workshop,
        "length_days": str(doc.length_days),
        "first_day": doc.first_day,
        "last_day": doc.last_day,
    }
    body = _wrap_runs(_runs(tr(COMPLETED), fields, (regular, bold)), BODY, TEXT)
    partner = tr(QT_TRANSLATE_NOOP("printing", "In cooperation with {enterprise}"))
    partner_lines = (
        wrap_text(partner.format(enterprise=doc.enterprise), regular, 12, TEXT)
        if doc.enterprise
        else []
    )
    # the sentence and the enterprise in the middle of the room between the number and the
    # signatures, but never closer to the number than 14 mm
    height = len(body) * BODY_LINE + (
        3 * mm + len(partner_lines) * 5.5 * mm if partner_lines else 0
    )
    room_top, room_foot = y - 14 * mm, SIGNATURES + 14 * mm
    y = min(room_top, (room_top + room_foot + height) / 2) - BODY * 0.75
    for line in body:
        _centred_runs(canvas, line, BODY, y)
        y -= BODY_LINE
    canvas.setFont(regular, 12)
    for line in partner_lines:
        canvas.drawCentredString(centre, y - 3 * mm, line)
        y -= 5.5 * mm
    _foot(canvas, doc, tr, (regular, bold))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _border(canvas: Canvas) -> None:
    """A thick rule with a thin one inside it, in the accent colour."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*ACCENT)
    for inset, width in ((BORDER, 2.4), (BORDER + 2.5 * mm, 0.6)):
        canvas.setLineWidth(width)
        canvas.rect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset)
    canvas.restoreState()


def _title(canvas: Canvas, font: str, title: str, y: float) -> float:
    """The title in capitals, spaced out, shrunk to the text's width if it must; a short
    rule under it. Returns the rule's height."""
    spacing = 3.0
    text = title.upper()
    size = 40.0
    natural = stringWidth(text, font, size) + spacing * (len(text) - 1)
    if natural > TEXT:
        size *= TEXT / natural
        spacing *= TEXT / natural
        natural = TEXT
    canvas.saveState()
    canvas.setFillColorRGB(*ACCENT)
    label = canvas.beginText(WIDTH / 2 - natural / 2, y)
    label.setFont(font, size)
    label.setCharSpace(spacing)
    label.textOut(text)
    canvas.drawText(label)
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(WIDTH / 2 - 30 * mm, y - 6 * mm, WIDTH / 2 + 30 * mm, y - 6 * mm)
    canvas.restoreState()
    return y - 6 * mm


def _runs(sentence: str, fields: dict[str, str], fonts: tuple[str, str]) -> list[Run]:
    """The translated ``sentence`` as runs of one font each, spaces as runs of their own: a
    field's value in bold when it is one of ``STRONG``. Text glued to a field ("«{programme}»",
    "{workshop},") stays glued to it, as no space parts them."""
    regular, bold = fonts
    runs: list[Run] = []
    for number, part in enumerate(_FIELD.split(sentence)):
        font = bold if number % 2 and part in STRONG else regular
        text = fields.get(part, f"{{{part}}}").strip() if number % 2 else part
        for piece in re.split(r"(\s+)", text):
            if piece:
                runs.append((" ", font) if piece.isspace() else (piece, font))
    return runs


def _wrap_runs(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """Words (and what is glued to them) in lines no wider than ``width``; a word that is
    wider than a line by itself is broken as ``wrap_text`` breaks it."""
    words: list[list[Run]] = [[]]
    for text, font in runs:
        if text == " ":
            words.append([])
        else:
            words[-1].append((text, font))
    lines: list[list[Run]] = []
    line: list[Run] = []
    for word in filter(None, words):
        candidate = [*line, (" ", word[0][1]), *word] if line else word
        if _width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if _width(word, size) <= width:
            line = word
        else:  # a very long single word: broken in its own font, a line a piece
            pieces = [
                [(piece, font)]
                for text, font in word
                for piece in wrap_text(text, font, size, width)
            ]
            lines.extend(pieces[:-1])
            line = pieces[-1]
    return [*lines, line] if line else lines


def _width(runs: list[Run], size: float) -> float:
    return sum(stringWidth(text, font, size) for text, font in runs)


def _centred_runs(canvas: Canvas, runs: list[Run], size: float, y: float) -> None:
    x = WIDTH / 2 - _width(runs, size) / 2
    for text, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += stringWidth(text, font, size)


def _foot(
    canvas: Canvas, doc: CertificateDoc, tr: Callable[[str], str], fonts: tuple[str, str]
) -> None:
    """The date of issue at the left; the instructor's and the head's signature lines, the
    place of the seal under the head's."""
    regular, bold = fonts
    base = SIGNATURES
    left = BORDER + 16 * mm
    canvas.setFont(regular, 10)
    issued = tr(QT_TRANSLATE_NOOP("printing", "Issued {day}")).format(day=doc.issued_on)
    canvas.drawString(left, base, issued)
    signers = (
        (tr(QT_TRANSLATE_NOOP("printing", "Instructor")), doc.instructor, 118 * mm),
        (tr(QT_TRANSLATE_NOOP("printing", "Head of the facility")), "", 200 * mm),
    )
    length = 62 * mm
    seal = tr(QT_TRANSLATE_NOOP("printing", "Place of the stamp"))
    for role, name, x in signers:
        canvas.setLineWidth(0.6)
        canvas.line(x, base, x + length, base)
        y = base - 4.5 * mm
        under = [(line, bold, 9) for line in wrap_text(role, bold, 9, length)]
        under += [(line, regular, 9) for line in wrap_text(name, regular, 9, length)]
        if not name:  # the head's signature: the place of the seal under it
            under += [("", regular, 8), (seal, regular, 8)]
        for line, font, size in under:
            canvas.setFont(font, size)
            canvas.drawCentredString(x + length / 2, y, line)
            y -= 4 * mm
