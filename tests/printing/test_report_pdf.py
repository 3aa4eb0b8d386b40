"""A report on paper, built by hand (no database) and read back from the PDF: the title, the
period and the facilities; the charts drawn by reportlab (their labels, the legend, ink in
their colours, the category labels of a year thinned out so that none overlaps); the table
with its headers on every page, days as dd.mm.yyyy, money as som with two decimals, numbers
right-aligned and the totals in bold; the notes; "n / N" on every page. In Russian and
Kyrgyz; nothing leaves the margins, no two letters overlap and every letter has its glyph."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from datetime import date, timedelta

import pypdfium2
import pypdfium2.raw as pdfium_c
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from prisondesk.printing.fonts import BOLD, REGULAR, missing_glyphs
from prisondesk.printing.reports.cells import money, whole
from prisondesk.printing.reports.charts import (
    AXIS_SIZE,
    LABEL_GAP,
    PALETTE,
    category_labels,
    value_scale,
)
from prisondesk.printing.reports.report_pdf import report_pdf
from prisondesk.services.reports.report import Chart, Column, Kind, Report, Series
from tests.printing.pdf_checks import overlaps

MARGIN = 15 * mm
FIRST = date(2027, 3, 1)
# (context, source, Russian, Kyrgyz): the report's words and the paper's
WORDS = (
    ("reports", "Visits per day", "Свидания по дням", "Күн сайын жолугушуулар"),
    ("reports", "Short visits", "Краткосрочные свидания", "Кыска мөөнөттүү жолугушуулар"),
    ("reports", "Long visits", "Длительные свидания", "Узак мөөнөттүү жолугушуулар"),
    ("reports", "People held", "Численность", "Кармалгандардын саны"),
    ("reports", "Day", "День", "Күн"),
    ("reports", "Deposits paid in", "Зачислено на депозит", "Депозитке түшкөн акча"),
    ("reports", "Attendance", "Посещаемость", "Катышуу"),
    ("reports", "Remark", "Отметка", "Белги"),
    ("printing", "Period", "Период", "Мезгил"),
    ("printing", "Facility", "Учреждение", "Мекеме"),
    ("printing", "Facilities", "Учреждения", "Мекемелер"),
    ("printing", "Total", "Итого", "Бардыгы"),
    (
        "printing",
        "Nothing to show for this period.",
        "За этот период данных нет.",
        "Бул мезгилде көрсөтө турган маалымат жок.",
    ),
    ("printing", "{percent}%", "{percent}\u00a0%", "{percent}\u00a0%"),
)
FACILITIES = ("Исправительная колония №1", "Следственный изолятор №1")
LONG_REMARK = (
    "Длительное свидание перенесено: карантин в отряде №3 по распоряжению начальника "
    "медицинской части, родственники предупреждены по телефону"
)


def words(language: str):
    column = {"ru": 2, "ky": 3}[language]
    table = {(row[0], row[1]): row[column] for row in WORDS}
    return lambda context, text: table.get((context, text), text)


def dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _pages(pdf: bytes) -> list[str]:
    """Each page's text, its spaces (narrow and thin ones among them) made one."""
    return [
        " ".join(page.get_textpage().get_text_range().split())
        for page in pypdfium2.PdfDocument(pdf)
    ]


def _columns() -> tuple[Column, ...]:
    return (
        Column("day", "Day", Kind.DATE),
        Column("short", "Short visits", Kind.COUNT),
        Column("long", "Long visits", Kind.COUNT),
        Column("deposits", "Deposits paid in", Kind.SOM),
        Column("attendance", "Attendance", Kind.PERCENT),
        Column("remark", "Remark", Kind.TEXT),
    )


def month(**changes) -> Report:
    """March 2027 at two facilities: short and long visits per day, as bars and as lines."""
    days = tuple(FIRST + timedelta(days=n) for n in range(31))
    short = tuple(10 + n % 7 * 3 for n in range(31))
    long = tuple(2 + n % 4 for n in range(31))
    rows = tuple(
        (day, s, g, 1234567 * (n + 1), 70 + n % 30, LONG_REMARK if n == 4 else "")
        for n, (day, s, g) in enumerate(zip(days, short, long, strict=True))
    )
    totals = (None, sum(short), sum(long), sum(row[3] for row in rows), None, None)
    charts = (
        Chart(
            "Visits per day",
            "bar",
            days,
            (Series("Short visits", short), Series("Long visits", long)),
        ),
        Chart(
            "People held",
            "line",
            days,
            (Series("Short visits", short), Series("Long visits", long)),
        ),
    )
    note = "Длительные свидания считаются по дню их начала."
    report = Report(
        "visits",
        "Visits per day",
        FIRST,
        days[-1],
        FACILITIES,
        _columns(),
        rows,
        totals,
        charts,
        (note,),
    )
    return replace(report, **changes)


def _chars_outside(pdf: bytes, margin: float) -> list[str]:
    """Every character that leaves the page's margins (the page number stands on the foot
    margin, so the foot is 5 mm lower)."""
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        width, height = page.get_size()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right > left and (
                left < margin - 0.5
                or right > width - margin + 0.5
                or bottom < margin - 5 * mm
                or top > height - margin + 0.5
            ):
                outside.append(text.get_text_range(index, 1))
    return outside


def _words_with_boxes(pdf: bytes, page_number: int) -> list[tuple[str, float, float, float, str]]:
    """The page's words: (text, left, right, bottom, font weight class) from its letters."""
    page = pypdfium2.PdfDocument(pdf)[page_number]
    text = page.get_textpage()
    found, word, box = [], "", None
    for index in range(text.count_chars() + 1):
        char = text.get_text_range(index, 1) if index < text.count_chars() else " "
        if char.isspace() or not char:
            if word:
                found.append((word, *box))
            word, box = "", None
            continue
        left, bottom, right, _ = text.get_charbox(index)
        weight = pdfium_c.FPDFText_GetFontWeight(text.raw, index)
        if box is None:
            box = (left, right, bottom, "bold" if weight >= 600 else "regular")
        box = (box[0], right, box[2], box[3])
        word += char
    return found


def _coloured(pdf: bytes, top: float, bottom: float) -> int:
    """Pixels of page one, between ``top`` and ``bottom`` (shares of its height from the
    top), in the first series' colour."""
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB")
    band = image.crop((0, int(image.height * top), image.width, int(image.height * bottom)))
    want = tuple(round(part * 255) for part in PALETTE[0].rgb())
    return sum(
        count
        for count, colour in band.getcolors(band.width * band.height)
        if all(abs(a - b) < 12 for a, b in zip(colour, want, strict=True))
    )


def test_a_month_in_russian_says_what_where_and_when_with_its_charts_and_table():
    pdf = report_pdf(month(), words("ru"), dotted)
    pages = _pages(pdf)
    first = pages[0]
    assert first.startswith(
        "Свидания по дням Период 01.03.2027 – 31.03.2027 "
        "Учреждения Исправительная колония №1, Следственный изолятор №1"
    )
    # the charts: their titles, the legend, the days under the axis, the values beside it
    assert first.count("Краткосрочные свидания") >= 2 and "Численность" in first
    assert "01.03.2027" in first and ("0 5 10" in first or "0 10 20" in first)
    everything = " ".join(pages)
    assert "День Краткосрочные свидания Длительные свидания Зачислено на депозит" in everything
    assert "Посещаемость Отметка" in everything
    # each day a row: its date, counts, money as som with two decimals, a whole per cent
    assert "01.03.2027 10 2 12 345,67 70 % " in everything
    assert "31.03.2027 16 4 382 715,77 70 %" in everything
    total_money = sum(1234567 * (n + 1) for n in range(31))
    assert f"Итого {whole(sum(10 + n % 7 * 3 for n in range(31)))}" in " ".join(everything.split())
    assert money(total_money).replace("\u202f", " ") in everything
    assert set(LONG_REMARK.split()) <= set(everything.split())  # wrapped, nothing cut
    assert "Длительные свидания считаются по дню их начала." in pages[-1]
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"{number} / {len(pages)}")
    for text in pages[1:]:  # a page come apart from the others says what it is
        assert text.startswith("Свидания по дням — 01.03.2027 – 31.03.2027")
    assert missing_glyphs(everything, REGULAR) == missing_glyphs(everything, BOLD) == ""
    assert _chars_outside(pdf, MARGIN) == [] and overlaps(pdf) == []
    assert b"DejaVuSans" in pdf and b"/FontFile2" in pdf  # the Cyrillic font, embedded


def test_the_same_month_in_kyrgyz():
    pdf = report_pdf(month(), words("ky"), dotted)
    everything = " ".join(_pages(pdf))
    assert everything.startswith("Күн сайын жолугушуулар Мезгил 01.03.2027 – 31.03.2027 Мекемелер")
    assert "Кыска мөөнөттүү жолугушуулар" in everything and "Кармалгандардын саны" in everything
    assert "Күн Кыска мөөнөттүү жолугушуулар Узак мөөнөттүү жолугушуулар" in everything
    assert "Депозитке түшкөн акча Катышуу Белги" in everything
    assert "Бардыгы" in everything and "12 345,67" in everything
    for word in ("Период", "Краткосрочные", "Итого", "Short visits", "Period"):
        assert word not in everything
    assert missing_glyphs(everything, REGULAR) == missing_glyphs(everything, BOLD) == ""
    assert _chars_outside(pdf, MARGIN) == [] and overlaps(pdf) == []


def test_the_charts_are_drawn_in_colour_and_the_numbers_stand_right():
    pdf = report_pdf(month(), words("ru"), dotted)
    page = pypdfium2.PdfDocument(pdf)[0]
    assert (
        page.get_size() == (595.2755737304688, 841.8897705078125)
        or page.get_width() < page.get_height()
    )
    assert _coloured(pdf, 0.15, 0.45) > 2000  # the bars of short visits
    assert _coloured(pdf, 0.45, 0.75) > 200  # their line
    # numbers right-aligned: the counts of a column end where the column's header ends
    found = [w for page in range(2) for w in _words_with_boxes(pdf, page)]
    header = next(w for w in found if w[0] == "Длительные" and w[4] == "bold")
    counts = [w for w in found if w[0] in {"2", "3", "4", "5"} and abs(w[2] - header[2]) < 1]
    assert len(counts) >= 20
    # the totals in bold
    total = next(w for w in found if w[0] == "Итого")
    assert total[4] == "bold"
    assert {w[4] for w in found if w[0] == "День"} == {"bold"}  # the header
    assert {w[4] for w in found if w[0] == "01.03.2027"} == {"regular"}  # a row, a label


def test_a_year_of_days_thins_the_labels_out_and_noneoverlaps():
    days = tuple(date(2027, 1, 1) + timedelta(days=n) for n in range(365))
    short = tuple(round(40 + 30 * math.sin(n / 20)) for n in range(365))
    long = tuple(round(20 + 10 * math.cos(n / 15)) for n in range(365))
    visits = (Series("Short visits", short), Series("Long visits", long))
    held = (Series("People held", tuple(1000 + n for n in range(365))),)
    charts = (
        Chart("Visits per day", "bar", days, visits),
        Chart("People held", "line", days, held),
    )
    rows = tuple((day, s, g, 0, 100, "") for day, s, g in zip(days, short, long, strict=True))
    report = month(first=days[0], last=days[-1], rows=rows, totals=None, charts=charts)
    for language in ("ru", "ky"):
        pdf = report_pdf(report, words(language), dotted)
        first = _pages(pdf)[0]
        shown = [day for day in days if dotted(day) in first]
        assert 10 <= len(shown) <= 40  # a label every few weeks, not 365 of them
        assert shown[0] == days[0]
        assert overlaps(pdf, pages=1) == [] and _chars_outside(pdf, MARGIN) == []
        assert "1 000" in first and ("1 360" in first or "1 400" in first)  # not from 0
        assert _coloured(pdf, 0.15, 0.45) > 2000


def test_a_thousand_rows_run_over_pages_under_their_headers_again():
    rows = tuple(
        (FIRST + timedelta(days=n % 365), n, n % 3, 100 * n + 5, n % 101, f"Запись №{n}")
        for n in range(1000)
    )
    report = month(rows=rows, totals=(None, sum(range(1000)), None, None, None, None), charts=())
    pdf = report_pdf(report, words("ru"), dotted)
    pages = _pages(pdf)
    assert len(pages) >= 15
    for number, text in enumerate(pages, start=1):
        assert "День Краткосрочные свидания Длительные свидания" in text
        assert text.endswith(f"{number} / {len(pages)}")
    everything = " ".join(pages)
    for n in range(1000):
        assert f"Запись №{n} " in everything
    assert "Запись №999 Итого 499 500" in everything
    assert "9 999 05,00" not in everything and "999,05" in everything  # 99905 tyiyn
    assert _chars_outside(pdf, MARGIN) == [] and overlaps(pdf, pages=3) == []


def test_an_empty_report_says_there_is_nothing():
    report = month(rows=(), totals=None, charts=(), notes=(), facilities=("ИК-1",))
    [text] = _pages(report_pdf(report, words("ru"), dotted))
    assert text == (
        "Свидания по дням Период 01.03.2027 – 31.03.2027 Учреждение ИК-1 "
        "За этот период данных нет. 1 / 1"
    )
    nothing = Report("nothing", "Visits per day", FIRST, FIRST, (), (), ())
    [text] = _pages(report_pdf(nothing, words("ky"), dotted))
    assert text == "Күн сайын жолугушуулар Мезгил 01.03.2027 1 / 1"
    chart = Chart("Visits per day", "bar", (), ())
    [text] = _pages(report_pdf(month(rows=(), charts=(chart,)), words("ky"), dotted))
    assert "Бул мезгилде көрсөтө турган маалымат жок." in text


def test_more_than_six_columns_turn_the_page():
    columns = (*_columns(), Column("more", "Short visits", Kind.COUNT))
    rows = tuple((*row, 1) for row in month().rows)
    pdf = report_pdf(month(columns=columns, rows=rows, totals=None), words("ru"), dotted)
    page = pypdfium2.PdfDocument(pdf)[0]
    assert page.get_width() > page.get_height()
    assert _chars_outside(pdf, MARGIN) == [] and overlaps(pdf) == []


def test_money_counts_and_per_cents_as_the_paper_writes_them():
    assert money(1234567) == "12\u202f345,67" and money(5) == "0,05" and money(0) == "0,00"
    assert money(-50000) == "\u2212500,00" and money(123456789, ".") == "1\u202f234\u202f567.89"
    assert whole(1234567) == "1\u202f234\u202f567" and whole(-3) == "\u22123"
    rows = ((FIRST, 0, 0, -50000, 99.6, ""), (FIRST, 1, 1, 5, None, "x"))
    text = " ".join(
        _pages(report_pdf(month(rows=rows, totals=None, charts=()), words("ru"), dotted))
    )
    assert "01.03.2027 0 0 −500,00 100 %" in text and "01.03.2027 1 1 0,05 x" in text
    english = " ".join(
        _pages(report_pdf(month(rows=rows, totals=None, charts=()), decimal_mark="."))
    )
    assert "Period" in english and "−500.00 100%" in english and "Deposits paid in" in english


def test_value_axis_steps_are_whole_and_round():
    assert value_scale([]) == (0, 1, 1)
    assert value_scale([0, 0]) == (0, 1, 1)
    assert value_scale([3]) == (0, 3, 1)
    assert value_scale([29, 3]) == (0, 30, 5)
    assert value_scale([137]) == (0, 150, 50)
    assert value_scale([1174, 1250], from_zero=False) == (1160, 1260, 20)
    assert value_scale([-7, 12]) == (-10, 15, 5)


def test_category_labels_wrap_when_few_and_thin_out_when_many():
    names = ["Отряд №1 строгого режима", "Больница"]
    labels, lines = category_labels(names, 80, REGULAR)
    assert [label.replace("\n", " ") for label in labels] == names
    assert "\n" in labels[0] and lines == 2
    days = [dotted(FIRST + timedelta(days=n)) for n in range(365)]
    labels, lines = category_labels(days, 1.3, REGULAR)
    shown = [n for n, label in enumerate(labels) if label]
    assert lines == 1 and shown[0] == 0 and 5 <= len(shown) < 40
    assert shown[1] * 1.3 >= stringWidth(days[0], REGULAR, AXIS_SIZE) + LABEL_GAP  # no overlap
    assert all(b - a == shown[1] for a, b in itertools.pairwise(shown))


def test_a_row_longer_than_a_page_breaks_between_its_lines():
    remark = " ".join(f"слово{n}" for n in range(1500))
    rows = ((FIRST, 1, 2, 3, 4, remark), (FIRST + timedelta(days=1), 5, 6, 7, 8, "последняя"))
    pdf = report_pdf(month(rows=rows, charts=(), totals=None), words("ky"), dotted)
    pages = _pages(pdf)
    assert len(pages) >= 2
    assert set(remark.split()) <= set(" ".join(pages).split())  # every word, none cut
    assert "02.03.2027 5 6 0,07 8 % последняя" in pages[-1]
    assert _chars_outside(pdf, MARGIN) == [] and overlaps(pdf) == []


def test_days_under_a_chart_drop_the_year_only_when_they_share_one():
    from prisondesk.printing.reports.cells import Words

    words = Words(lambda context, text: text, lambda day: day.strftime("%d.%m.%Y"))
    november = [date(2026, 11, 30), date(2026, 12, 1)]
    assert words.categories(november) == ["30.11", "01.12"]
    new_year = [date(2026, 12, 31), date(2027, 1, 1)]
    assert words.categories(new_year) == ["31.12.2026", "01.01.2027"]
    assert words.categories(["Блок 1", "Блок 2"]) == ["Блок 1", "Блок 2"]
