"""The printed visit pass as a 203-dpi thermal printer prints it: the page is rendered at
203 dpi (one pixel a printer dot), the barcode must decode to the exact pass code, for the
longest pass codes facilities can have, and its narrowest bar must be 2 dots (0.25 mm)."""

from __future__ import annotations

import base64
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import inch, mm

from prisondesk.domain.numbers import FACILITY_CODE
from prisondesk.domain.visit_pass import (
    PassVisitor,
    VisitPassDoc,
    barcode_text,
    genuine,
    parse_scan,
    readable_code,
)
from prisondesk.printing.barcodes import (
    MODULE,
    MODULE_DOTS,
    QUIET_ZONE_MODULES,
    code128_modules,
)
from prisondesk.printing.visits.passes import (
    BAR_LENGTH,
    MARGIN,
    document_text,
    render_visit_passes,
)

PRINTER = 203
SECRET = base64.b64encode(bytes(range(32))).decode()
FACILITY_ID = "0192f0c2-7a4e-7cc1-9b1e-2f6d3a1b4c5d"
# the longest realistic pass numbers: a 16-character facility code (the most FACILITY_CODE
# allows), letters, digits (Code128 switches to digit pairs) or hyphens, a count past 99999
LONG_NUMBERS = (
    "ABCDEFGHJKLMNPQR-VK7Q-99999",
    "1234567890123456-V234-00042",
    "KG-BISHKEK-47-01-VZZZ-100000",
    "DEMO-47-VK7Q-00042",
)
VISITORS = (
    PassVisitor("Абдыкадырова-Бейшеналиева Жыргалкан Орозбековна", "паспорт", "ID1000001", False),
    PassVisitor("Асанова Айпери", "ID card", "ID1000002", False),
    PassVisitor("Асанов Нурсултан", "свидетельство о рождении", "KG0000003", True),
    PassVisitor("Петров Пётр", "справка №5", "12/34", False),
)
KYRGYZ = {
    "VISIT PASS": "ЖОЛУГУШУУГА УРУКСАТ КАГАЗЫ",
    "passport": "паспорт",
    "ID card": "ID-карта",
    "birth certificate": "туулгандыгы тууралуу күбөлүк",
    "If the barcode does not scan, type:": "Штрих-код окулбаса, териңиз:",
}


def _pass(number: str, visitors=VISITORS) -> VisitPassDoc:
    return VisitPassDoc(
        facility="Исправительная колония №47",
        number=number,
        barcode=barcode_text(SECRET, "Z9", FACILITY_ID, number),
        kind="long",
        day=date(2026, 11, 28),
        starts="09:00",
        ends="18:00",
        room="Комната свиданий 1",
        prisoner="ABCDEFGHJKLMNPQR-K7Q-00042 Жумабеков Өмүрбек Талантбек уулу",
        visitors=tuple(visitors),
    )


def _render(pdf: bytes, dpi: int = PRINTER) -> list[tuple[Image.Image, pypdfium2.PdfPage]]:
    document = pypdfium2.PdfDocument(pdf)
    return [(page.render(scale=dpi / 72).to_pil().convert("L"), page) for page in document]


def _runs(values: list[bool]) -> list[tuple[bool, int]]:
    runs: list[tuple[bool, int]] = []
    for value in values:
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1] + 1)
        else:
            runs.append((value, 1))
    return runs


def _barcode_column(image: Image.Image) -> list[tuple[bool, int]]:
    """Dark and light runs down the pixel column that crosses most bars, from the first bar
    to the last (the bars run across the page: the barcode is read from top to bottom)."""
    pixels = image.load()
    width, height = image.size
    best: list[bool] = []
    for x in range(width // 2, width):
        column = [pixels[x, y] < 128 for y in range(height)]
        if len(_runs(column)) > len(_runs(best)):
            best = column
    runs = _runs(best)
    # the symbol: from its first bar to the last bar before a long light run (the quiet zone)
    first = next(i for i, (dark, _) in enumerate(runs) if dark)
    last = first
    for i in range(first, len(runs)):
        dark, length = runs[i]
        if not dark and length >= QUIET_ZONE_MODULES * MODULE_DOTS:
            break
        if dark:
            last = i
    return runs[first - 1 : last + 2]  # with the quiet zone on each side


def test_the_module_is_two_dots_of_a_203_dpi_printer_and_at_least_a_quarter_millimetre():
    assert pytest.approx(MODULE_DOTS * inch / PRINTER) == MODULE and MODULE_DOTS == 2
    assert MODULE / mm >= 0.25


def test_the_longest_numbers_are_valid_facility_codes():
    for number in LONG_NUMBERS[:3]:
        assert FACILITY_CODE.match(number.rsplit("-", 2)[0])
        assert len(number.rsplit("-", 2)[0]) == 16


@pytest.mark.parametrize("paper", ["receipt80", "a6"])
@pytest.mark.parametrize("number", LONG_NUMBERS)
def test_the_barcode_decodes_at_203_dpi_with_bars_of_whole_dots(paper, number):
    document = _pass(number)
    [(image, _)] = _render(render_visit_passes([document], paper))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [document.barcode]
    runs = _barcode_column(image)
    quiet_before, *symbol, quiet_after = runs
    assert symbol[0][0] and symbol[-1][0]
    # every bar and space is 2, 4, 6 or 8 dots: modules of exactly 2 dots, on the dot grid
    assert {length for _, length in symbol} <= {2, 4, 6, 8}
    assert min(length for _, length in symbol) * 25.4 / PRINTER >= 0.25
    modules = code128_modules(document.barcode)
    assert sum(length for _, length in symbol) == MODULE_DOTS * len(modules.rstrip("0"))
    assert quiet_before[1] >= QUIET_ZONE_MODULES * MODULE_DOTS
    assert quiet_after[1] >= QUIET_ZONE_MODULES * MODULE_DOTS


@pytest.mark.parametrize("dpi", [300, 600])
def test_the_pass_decodes_on_finer_printers_too(dpi):
    document = _pass(LONG_NUMBERS[0])
    for paper in ("receipt80", "a6"):
        [(image, _)] = _render(render_visit_passes([document], paper), dpi)
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [document.barcode]


@pytest.mark.parametrize("paper", ["receipt80", "a6"])
def test_the_code_for_typing_is_printed_whole_and_types_back_to_a_genuine_pass(paper):
    document = _pass(LONG_NUMBERS[0])
    [(_, page)] = _render(render_visit_passes([document], paper))
    text = page.get_textpage().get_text_range()
    printed = readable_code(document.barcode)
    assert printed == "ABCDEFGHJKLMNPQR-VK7Q-99999 Z9 " + document.barcode.rsplit(".", 1)[1]
    assert " ".join(printed.split()) in " ".join(text.split())
    typed = parse_scan(printed.lower())
    assert typed == parse_scan(document.barcode) and genuine(typed, SECRET, FACILITY_ID)


@pytest.mark.parametrize("paper", ["receipt80", "a6"])
def test_text_stays_beside_the_barcode_and_on_the_page(paper):
    many = VISITORS + tuple(
        PassVisitor(f"Тестова-Длиннофамильная Гүлнара {n}", "паспорт", f"ID{n}", False)
        for n in range(4)
    )
    document = _pass(LONG_NUMBERS[2], many)
    [(_, page)] = _render(render_visit_passes([document], paper))
    width, height = page.get_size()
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]  # l, b, r, t
    beside = [box for box in boxes if box[3] > _bottom_of_barcode(page) and box[2] > box[0]]
    assert beside and max(right for _, _, right, _ in beside) < width - MARGIN - BAR_LENGTH
    assert min(box[0] for box in boxes) >= 0 and max(box[2] for box in boxes) <= width
    assert min(box[1] for box in boxes) >= 0 and max(box[3] for box in boxes) <= height
    assert "Тестова-Длиннофамильная Гүлнара 3" in " ".join(textpage.get_text_range().split())


def _bottom_of_barcode(page: pypdfium2.PdfPage) -> float:
    """Where the barcode ends, in PDF points from the bottom of the page."""
    image = page.render(scale=PRINTER / 72).to_pil().convert("L")
    pixels = image.load()
    width, height = image.size
    x = width - round((MARGIN + BAR_LENGTH / 2) * PRINTER / 72)
    runs = _runs([pixels[x, y] < 128 for y in range(height)])
    bottom = 0
    for number, (dark, length) in enumerate(runs):
        bottom += length
        if number and not dark and length >= QUIET_ZONE_MODULES * MODULE_DOTS:
            bottom -= length  # the quiet zone after the last bar
            break
    return page.get_size()[1] - bottom * 72 / PRINTER


def test_known_document_types_print_in_the_language_of_the_pass():
    ky = KYRGYZ.get
    assert document_text(VISITORS[0], lambda c, t: ky(t, t)) == "паспорт ID1000001"
    assert document_text(VISITORS[1], lambda c, t: ky(t, t)) == "ID-карта ID1000002"
    assert (
        document_text(VISITORS[2], lambda c, t: ky(t, t))
        == "туулгандыгы тууралуу күбөлүк KG0000003"
    )
    assert document_text(VISITORS[3], lambda c, t: ky(t, t)) == "справка №5 12/34"  # as typed
    english = [document_text(v) for v in VISITORS]
    assert english == [
        "passport ID1000001",
        "ID card ID1000002",
        "birth certificate KG0000003",
        "справка №5 12/34",
    ]


def test_a_kyrgyz_pass_names_the_documents_in_kyrgyz():
    pdf = render_visit_passes([_pass(LONG_NUMBERS[3])], "a6", lambda c, t: KYRGYZ.get(t, t))
    [(_, page)] = _render(pdf)
    text = " ".join(page.get_textpage().get_text_range().split())
    assert "ЖОЛУГУШУУГА УРУКСАТ КАГАЗЫ" in text and "Штрих-код окулбаса" in text
    assert "туулгандыгы тууралуу күбөлүк KG0000003" in text
    assert "свидетельство о рождении" not in text and "ID-карта ID1000002" in text


def test_each_pass_of_a_day_on_its_own_page():
    documents = [_pass(number) for number in LONG_NUMBERS]
    pages = _render(render_visit_passes(documents, "receipt80"))
    assert [[r.text for r in zxingcpp.read_barcodes(image)] for image, _ in pages] == [
        [d.barcode] for d in documents
    ]
