"""Printed documents are rendered to pixels and read back: the Cyrillic text is there and
the barcode decodes to the prisoner number."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image

from prisondesk.printing.intake.id_card import IdCard, render_id_card
from prisondesk.printing.intake.property_receipt import (
    PropertyReceipt,
    ReceiptLine,
    render_property_receipt,
)

NUMBER = "BSH-1-K7Q-00042"
NAME = "Жумабеков Өмүрбек Талантбек уулу"


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (360, 480), (90, 120, 160)).save(out, "JPEG")
    return out.getvalue()


def _read(pdf: bytes, save_as: Path | None = None) -> tuple[str, list[str], int]:
    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    text = page.get_textpage().get_text_range()
    image = page.render(scale=400 / 72).to_pil()
    if save_as is not None:
        image.save(save_as)
    codes = [result.text for result in zxingcpp.read_barcodes(image)]
    return text, codes, len(document)


def test_id_card_shows_the_name_and_its_barcode_decodes_to_the_number(tmp_path):
    card = IdCard("Исправительная колония №1", NUMBER, NAME, date(1990, 5, 17), "Блок А", _photo())
    pdf = render_id_card(card)
    text, codes, pages = _read(pdf, tmp_path / "card.png")
    assert pages == 1 and codes == [NUMBER]
    assert "Жумабеков" in text and "Өмүрбек" in text and "17.05.1990" in text
    assert b"DejaVuSans" in pdf  # the Cyrillic font is embedded


def test_id_card_without_photo_and_with_a_very_long_name(tmp_path):
    card = IdCard(
        "ИК-1", NUMBER, "Абдыкадыров-Бейшеналиев Жыргалбек Орозбекович-" * 2, None, "", None
    )
    pdf = render_id_card(card)
    text, codes, _ = _read(pdf)
    assert codes == [NUMBER] and "Абдыкадыров" in text and "…" in text
    page = pypdfium2.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    right_edges = [textpage.get_charbox(i)[2] for i in range(textpage.count_chars())]
    assert max(right_edges) <= page.get_width()  # nothing printed off the card


def test_property_receipt_lists_items_with_signatures_and_barcode():
    lines = tuple(
        ReceiptLine(f"Предмет №{n} — часы «Восток»", 1, "царапины", "сейф 3") for n in range(1, 4)
    )
    receipt = PropertyReceipt(
        "Исправительная колония №1",
        NUMBER,
        NAME,
        "Сыдыкова Айжан",
        datetime(2026, 11, 28, 10, 30),
        lines,
    )
    text, codes, pages = _read(render_property_receipt(receipt))
    assert pages == 1 and codes == [NUMBER]
    assert "Предмет №3" in text and "Items listed: 3" in text and "Сыдыкова" in text


def test_a_long_inventory_flows_onto_more_pages():
    lines = tuple(ReceiptLine(f"Вещь {n}", n, "", "") for n in range(60))
    receipt = PropertyReceipt("ИК-1", NUMBER, NAME, "Офицер", datetime(2026, 11, 28), lines)
    document = pypdfium2.PdfDocument(render_property_receipt(receipt))
    assert len(document) >= 2
    last = document[len(document) - 1].get_textpage().get_text_range()
    assert "Вещь 59" in last and "Items listed: 60" in last


def test_labels_are_translated_by_the_given_function():
    russian = {"Receipt for stored property": "Квитанция о приёме вещей на хранение"}
    receipt = PropertyReceipt("ИК-1", NUMBER, NAME, "Офицер", datetime(2026, 11, 28), ())
    pdf = render_property_receipt(receipt, lambda ctx, text: russian.get(text, text))
    assert (
        "Квитанция о приёме вещей" in pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range()
    )
