"""The sender's parcel receipt, on an 80 mm receipt and on A4, in Russian, Kyrgyz and English:
rendered at 203 dpi its barcode decodes to the tracking number (for the longest facility codes
too), and the words printed are the reader's language with Cyrillic drawn, not boxes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from prisondesk.domain.parcels import ParcelReceiptDoc, ReceiptItem
from prisondesk.printing.parcels.receipt import render_parcel_label, render_parcel_receipt

PRINTER = 203
RUSSIAN = {
    "PARCEL RECEIPT  {tracking}": "КВИТАНЦИЯ О ПРИЁМЕ ПОСЫЛКИ  {tracking}",
    "From: {sender}": "Отправитель: {sender}",
    "Food": "Продукты питания",
    "packs": "уп.",
}
KYRGYZ = {
    "PARCEL RECEIPT  {tracking}": "ПОСЫЛКАНЫ КАБЫЛ АЛУУ ТҮШҮРМӨСҮ  {tracking}",
    "From: {sender}": "Жөнөтүүчү: {sender}",
    "Food": "Азык-түлүк",
    "packs": "таңгак",
}


def _doc(tracking: str = "BSH-1-PK7Q-00001") -> ParcelReceiptDoc:
    return ParcelReceiptDoc(
        facility="Исправительная колония №47",
        tracking=tracking,
        received_at="04.12.2026 10:15",
        sender="Абдыкадырова-Бейшеналиева Жыргалкан Орозбековна паспорт ID1000001",
        channel="gate",
        prisoner="Жумабеков Өмүрбек Талантбек уулу (BSH-1-K7Q-00042)",
        weight_grams=4250,
        seal="A-000123",
        items=tuple(
            ReceiptItem("Food", f"Печенье «Юбилейное» №{n}", n, "pack") for n in range(1, 16)
        ),
        officer="Осмонов Улан",
    )


def _translate(words: dict[str, str]):
    return lambda context, text: words.get(text, text)


def _pages(pdf: bytes):
    document = pypdfium2.PdfDocument(pdf)
    return [
        (
            page.render(scale=PRINTER / 72).to_pil().convert("L"),
            page.get_textpage().get_text_range(),
        )
        for page in document
    ]


@pytest.mark.parametrize("paper", ["receipt80", "a4"])
@pytest.mark.parametrize(
    "tracking", ["BSH-1-PK7Q-00001", "ABCDEFGHJKLMNPQR-PZZZ-99999", "KG-BISHKEK-47-01-P234-100000"]
)
def test_the_tracking_barcode_decodes_at_203_dpi(paper, tracking):
    [(image, text)] = _pages(render_parcel_receipt(_doc(tracking), paper))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [tracking]
    # in the title and under the barcode, for typing (the title may wrap it)
    assert "".join(text.replace("\ufffe", "-").split()).count(tracking) == 2


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (RUSSIAN, ["КВИТАНЦИЯ О ПРИЁМЕ ПОСЫЛКИ", "Отправитель:", "Продукты питания", "уп."]),
        (KYRGYZ, ["ПОСЫЛКАНЫ КАБЫЛ АЛУУ ТҮШҮРМӨСҮ", "Жөнөтүүчү:", "Азык-түлүк", "таңгак"]),
        ({}, ["PARCEL RECEIPT", "From:", "Food", "packs"]),
    ],
)
def test_the_receipt_speaks_the_readers_language(words, expected, tmp_path):
    pdf = render_parcel_receipt(_doc(), "receipt80", _translate(words))
    [(image, text)] = _pages(pdf)
    flat = " ".join(text.split())
    for phrase in expected:
        assert phrase in flat
    assert "Печенье «Юбилейное» №15" in flat  # all 15 items, none cut
    assert "Жумабеков Өмүрбек" in flat and "4250" in flat and "A-000123" in flat
    image.save(tmp_path / "receipt.png")  # what a person looks at when this changes


def test_a_long_list_of_items_goes_on_to_more_a4_pages():
    many = tuple(ReceiptItem("Food", f"Конфеты №{n}", 1, "pack") for n in range(1, 101))
    pages = _pages(render_parcel_receipt(replace(_doc(), items=many), "a4"))
    text = " ".join(" ".join(page_text.split()) for _, page_text in pages)
    assert len(pages) == 3 and "100. Конфеты №100" in text and "Received by:" in text


@pytest.mark.parametrize("tracking", ["BSH-1-PK7Q-00001", "ABCDEFGHJKLMNPQR-PZZZ-99999"])
def test_the_label_names_the_prisoner_and_its_barcode_decodes(tracking):
    [(image, text)] = _pages(render_parcel_label(_doc(tracking), _translate(RUSSIAN)))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [tracking]
    flat = " ".join(text.split())
    assert "Жумабеков Өмүрбек" in flat and "A-000123" in flat and "Печенье" not in flat


def test_an_unknown_paper_is_refused():
    with pytest.raises(ValueError):
        render_parcel_receipt(_doc(), "a5")


def save_examples(folder: Path) -> None:  # pragma: no cover - used by hand to look at them
    for paper in ("receipt80", "a4"):
        for name, words in (("ru", RUSSIAN), ("ky", KYRGYZ)):
            [(image, _)] = _pages(render_parcel_receipt(_doc(), paper, _translate(words)))
            image.save(folder / f"parcel-receipt-{paper}-{name}.png")
    [(image, _)] = _pages(render_parcel_label(_doc(), _translate(RUSSIAN)))
    image.save(folder / "parcel-label-ru.png")
