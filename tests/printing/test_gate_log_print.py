"""The printed gate log keeps every cell inside its column: whole pass numbers of a
16-character facility code, long Kyrgyz and Russian names, the items left at the gate, and
column headers apart from each other, in English and in Russian."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from prisondesk.printing.fonts import register_fonts
from prisondesk.printing.visits.gate_log import (
    LAYOUT,
    PADDING,
    SIZE,
    cell_lines,
    column_edges,
    header_lines,
    render_gate_log,
)
from prisondesk.services.visits.gate_log import GateLogRow

LONG_PASS = "KG-BISHKEK-47-01-VK7Q-00042"  # a 16-character facility code
LONG_PRISONER = "KG-BISHKEK-47-01-K7Q-00007 Абдыкадыров-Бейшеналиев Жыргалбек Орозбекович"
LONG_VISITORS = (
    "Абдыкадырова-Бейшеналиева Жыргалкан Орозбековна, Түлөбердиева Айжамал Өмүрбековна, "
    "Асанов Нурсултан"
)
ITEMS = "телефон Samsung Galaxy A54; ключи от машины; 2500 сом наличными"
RUSSIAN = {
    "Pass": "Пропуск",
    "Time": "Время",
    "Prisoner": "Осуждённый",
    "Visitors": "Посетители",
    "In": "Вход",
    "Out": "Выход",
    "Outcome": "Итог",
    "Locker": "Ячейка",
    "Items left": "Сданные вещи",
    "Officers": "Сотрудники",
    "Gate log of {day}": "Журнал КПП за {day}",
    "Visits: {count}": "Свиданий: {count}",
}
KYRGYZ_HEADERS = {
    "Pass": "Уруксат кагазы",
    "Out": "Чыгуу",
    "Items left": "Калтырылган буюмдар",
    "Officers": "Кызматкерлер",
}


def _rows(count: int = 3) -> list[GateLogRow]:
    rows = [
        GateLogRow(
            LONG_PASS,
            "long",
            "09:00-18:00",
            LONG_PRISONER,
            LONG_VISITORS,
            "09:12",
            "17:55",
            "terminated",
            "7, 12",
            ITEMS,
            "gate1, gate2-night-shift",
        ),
        GateLogRow(
            "BSH-1-VK7Q-00043",
            "short",
            "10:00-12:00",
            "BSH-1-K7Q-1 Осмонов Улан",
            "Осмонова Гүлнара",
            "10:01",
            "",
            "",
            "8",
            "",
            "gate1",
        ),
    ]
    return (rows * count)[:count]


def _chars_outside_their_column(pdf: bytes) -> list[str]:
    """Every character below the title that crosses the right edge of the column it starts
    in (pypdfium2's char boxes: left, bottom, right, top in points)."""
    edges = column_edges()
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        height = page.get_size()[1]
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, _, right, top = text.get_charbox(index)
            if right <= left or top > height - 16 * mm:
                continue  # a space, or the title over the table
            # a glyph may start a trace left of its origin
            _, end = next(edge for edge in reversed(edges) if edge[0] <= left + 0.5)
            if right > end + 0.5:
                outside.append(text.get_text_range(index, 1))
    return outside


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    return text.replace("\ufffe", "-")  # pdfium's mark of a hyphen that ends a line


def test_the_columns_fill_the_page_inside_its_margins():
    assert sum(room for _, _, room in LAYOUT) == pytest.approx(277 * mm)


def test_every_printed_line_fits_its_column():
    register_fonts()
    regular, bold = register_fonts()
    for lines, (_, _, room) in zip(cell_lines(_rows(1)[0]), LAYOUT, strict=True):
        assert lines and all(stringWidth(line, regular, SIZE) <= room - PADDING for line in lines)
    for (_, title, _), edge in zip(LAYOUT, column_edges(), strict=True):
        for language in (RUSSIAN, KYRGYZ_HEADERS, {}):
            size, lines = header_lines(language.get(title, title), edge)
            assert all(stringWidth(line, bold, size) <= edge[1] - edge[0] for line in lines)


def test_long_values_wrap_whole_inside_their_columns():
    cells = dict(zip((name for name, _, _ in LAYOUT), cell_lines(_rows(1)[0]), strict=True))
    assert "".join(cells["number"]) == LONG_PASS  # broken after a hyphen, nothing cut
    assert " ".join(cells["visitors"]) == LONG_VISITORS and len(cells["visitors"]) > 1
    assert " ".join(cells["items"]) == ITEMS


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_printed_log_keeps_text_inside_columns(language):
    translate = (lambda c, t: RUSSIAN.get(t, t)) if language == "ru" else (lambda c, t: t)
    pdf = render_gate_log(
        "Исправительная колония №47", date(2026, 11, 28), _rows(), translate, str.capitalize
    )
    assert _chars_outside_their_column(pdf) == []
    text = _text(pdf)
    flat = "".join(text.split())
    assert LONG_PASS in flat and "…" not in text
    assert "Абдыкадырова-Бейшеналиева" in text and "Түлөбердиева" in text
    assert "ключи от машины" in " ".join(text.split())
    if language == "ru":
        assert "Сданные вещи" in text and "Журнал КПП за 28.11.2026" in text
    else:
        assert "Items left" in text and "Gate log of 28.11.2026" in text


def test_headers_wider_than_their_column_shrink_rather_than_overflow():
    headers = {**RUSSIAN, **KYRGYZ_HEADERS, "In": "Кирүүчүлөрдүнубактысы"}  # absurdly long
    pdf = render_gate_log("ИК-47", date(2026, 11, 28), _rows(1), lambda c, t: headers.get(t, t))
    assert _chars_outside_their_column(pdf) == []


def test_a_long_day_runs_onto_more_pages_with_the_headers_again():
    pdf = render_gate_log("ИК-47", date(2026, 11, 28), _rows(60))
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) >= 3
    for page in document:
        assert "Items left" in page.get_textpage().get_text_range()
    assert _chars_outside_their_column(pdf) == []
    assert "Visits: 60" in document[len(document) - 1].get_textpage().get_text_range()
