"""The parcel handover sheet the prisoner signs, from a parcel received, inspected (a phone
confiscated, a medicine sent to the medical service) and handed over through the services:
what is handed over and what is not, the signature lines, in Russian with Cyrillic drawn;
the tracking barcode decodes at 203 dpi; a long list goes on to a second page under its
headers, and long names wrap inside the page. No sheet before inspection, for a parcel sent
back, or for a parcel that is not there."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import ImageOps
from reportlab.lib.units import mm

from prisondesk.printing.parcels.handover_sheet import render_handover_sheet
from prisondesk.services.core.errors import NotFound
from prisondesk.services.parcels import custody, documents, receipt, views
from prisondesk.services.parcels.custody import Confiscation, Inspection, StepRefused
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry

PRINTER = 203
PRINTING = {
    "PARCEL HANDOVER": "ВЫДАЧА ПОСЫЛКИ",
    "Prisoner": "Осуждённый",
    "Wing, cell": "Отряд, камера",
    "Sender": "Отправитель",
    "Received": "Принята",
    "Inspected": "Досмотр",
    "Handed over": "Выдано",
    "Not handed over": "Не выдано",
    "No.": "№",
    "Category": "Категория",
    "Item": "Наименование",
    "Quantity": "Количество",
    "Prohibited item": "Запрещённый предмет",
    "Result": "Результат",
    "No items.": "Нет.",
    "I have received the items listed above.": "Перечисленные выше предметы получил.",
    "signature": "подпись",
    "full name": "фамилия, инициалы",
    "Date": "Дата",
    "Officer": "Сотрудник",
}
PARCELS = {  # as resources/translations/prisondesk_ru.ts has them
    "Food": "Продукты питания",
    "Medicines": "Лекарства",
    "Other": "Прочее",
    "pcs": "шт.",
    "packs": "уп.",
    "X-ray": "Рентген",
    "Confiscated": "Изъято",
    "To the medical service": "В медицинскую часть",
    "Mobile phones and SIM cards": "Мобильные телефоны и SIM-карты",
    "Medicines not prescribed": "Лекарства не по назначению врача",
}
LONG_NAME = {
    "surname": "Абдыкадыров-Бейшеналиевдердин-Тукуму",
    "given_name": "Жыргалбекмырзабектегин",
    "patronymic": "Орозбековичтинбаласыүчүнчү",
}


def russian(context: str, text: str) -> str:
    return (PRINTING if context == "printing" else PARCELS).get(text, text)


@pytest.fixture
def gate(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")


def receive(db, gate, prisoner_id: str, items: tuple[ItemEntry, ...], sender: str = "") -> str:
    entry = ParcelEntry(
        prisoner_id,
        "gate",
        sender or "Асанова Гүлнара",
        sender_document="ID1000001",
        weight_grams=4200,
        seal="A-000123",
        items=items,
    )
    return receipt.receive_parcel(db, gate, entry)


def inspect(db, gate, parcel_id: str, phone: str = "", medicine: str = "") -> None:
    """Everything passes but the item described ``phone`` (confiscated) and ``medicine``
    (to the medical service)."""
    items = views.parcel_detail(db, gate, parcel_id).items
    taken = {
        i.id: Confiscation("Mobile phones and SIM cards", "в коробке из-под печенья")
        for i in items
        if i.description == phone
    }
    taken |= {
        i.id: Confiscation("Medicines not prescribed") for i in items if i.description == medicine
    }
    results = {
        i.id: "medical"
        if i.description == medicine
        else "confiscated"
        if i.id in taken
        else "passed"
        for i in items
    }
    custody.inspect_parcel(db, gate, parcel_id, Inspection("xray", results, taken))


ITEMS = (
    ItemEntry("Food", "Печенье «Юбилейное»", 3, "pack"),
    ItemEntry("Other", "Телефон Samsung Galaxy A54", 1, "pcs"),
    ItemEntry("Medicines", "Анальгин", 2, "pack"),
)


@pytest.fixture
def inspected(db, gate, complete):
    """A parcel inspected: the biscuits pass, the phone is taken, the pills go to the doctor."""
    parcel_id = receive(db, gate, complete().id, ITEMS)
    inspect(db, gate, parcel_id, phone="Телефон Samsung Galaxy A54", medicine="Анальгин")
    return parcel_id


def _pages(pdf: bytes) -> list[tuple[object, str]]:
    return [
        (
            page.render(scale=PRINTER / 72).to_pil().convert("L"),
            " ".join(page.get_textpage().get_text_range().replace("\ufffe", "-").split()),
        )
        for page in pypdfium2.PdfDocument(pdf)
    ]


def _chars_past_the_margins(pdf: bytes) -> list[str]:
    """Every character whose box (pypdfium2: left, bottom, right, top) leaves the page's
    text column: 18 mm each side."""
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        width = page.get_size()[0]
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, _, right, _ = text.get_charbox(index)
            if right > left and (left < 18 * mm - 0.5 or right > width - 18 * mm + 0.5):
                outside.append(text.get_text_range(index, 1))
    return outside


def test_the_sheet_lists_what_is_handed_over_and_what_is_not(db, gate, inspected):
    doc = documents.handover_document(db, gate, inspected)
    [(_, text)] = _pages(render_handover_sheet(doc, russian))
    handed_over, withheld = text.split("Не выдано")
    assert "ВЫДАЧА ПОСЫЛКИ" in handed_over and doc.tracking in handed_over
    assert "Асанов Бакыт Нурланович" in handed_over and doc.prisoner_number in handed_over
    assert "Блок А, 12" in handed_over and "Асанова Гүлнара ID1000001" in handed_over
    assert "Рентген" in handed_over and "Осмонов Улан" in handed_over
    assert "1 Продукты питания Печенье «Юбилейное» 3 уп." in handed_over
    assert "Samsung" not in handed_over and "Анальгин" not in handed_over
    assert "2 Телефон Samsung Galaxy A54 1 шт. Мобильные телефоны и SIM-карты Изъято" in withheld
    assert "3 Анальгин 2 уп. Лекарства не по назначению врача В медицинскую часть" in withheld
    _, signatures = withheld.split("Перечисленные выше предметы получил.")
    assert "(подпись)" in signatures and "Дата" in signatures
    # the prisoner's name to sign over, then the officer's
    assert signatures.index("Асанов Бакыт Нурланович") < signatures.index("Осмонов Улан")


def test_the_tracking_barcode_decodes_at_203_dpi(db, gate, inspected):
    doc = documents.handover_document(db, gate, inspected)
    [(image, _)] = _pages(render_handover_sheet(doc))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [doc.tracking]


def test_printed_again_after_the_handover_it_names_who_handed_it_over_and_when(
    db, gate, staff, inspected
):
    custody.hand_over(db, gate, inspected)
    later = staff("gate2", "gate_officer", "Бекова Айгүл")
    doc = documents.handover_document(db, later, inspected)
    assert doc.officer == "Осмонов Улан" and doc.handed_over_at
    [(_, text)] = _pages(render_handover_sheet(doc))
    assert f"Date {doc.handed_over_at}" in text and "Бекова" not in text


def test_forty_items_go_on_to_a_second_page_under_the_headers_again(db, gate, complete):
    many = tuple(ItemEntry("Food", f"Конфеты «Мишка» №{n}", 1, "pack") for n in range(1, 41))
    parcel_id = receive(db, gate, complete().id, many)
    inspect(db, gate, parcel_id, phone="Конфеты «Мишка» №40")
    doc = documents.handover_document(db, gate, parcel_id)
    pages = _pages(render_handover_sheet(doc, russian))
    assert len(pages) == 2
    first, second = (text for _, text in pages)
    for text in (first, second):
        assert "№ Категория Наименование Количество" in text
    assert doc.tracking in second and "Асанов Бакыт Нурланович" in second  # whose page it is
    assert "39 Продукты питания Конфеты «Мишка» №39 1 уп." in first + " " + second
    assert "Перечисленные выше предметы получил." in second and "(подпись)" in second


def test_long_names_wrap_inside_the_page(db, gate, complete):
    prisoner = complete(**LONG_NAME).id
    long_item = ItemEntry("Food", "Сухофрукты-курага-изюм-чернослив-инжир " * 4, 1, "pack")
    sender = "Абдыкадырова-Бейшеналиевадардын-Тукуму Жыргалкан Орозбековна"
    parcel_id = receive(db, gate, prisoner, (*ITEMS, long_item), sender)
    inspect(db, gate, parcel_id, phone="Телефон Samsung Galaxy A54")
    pdf = render_handover_sheet(documents.handover_document(db, gate, parcel_id), russian)
    assert _chars_past_the_margins(pdf) == []
    text = "".join("".join(page for _, page in _pages(pdf)).split())
    assert "".join(long_item.description.split()) in text and sender.replace(" ", "") in text
    assert text.count("".join(LONG_NAME.values())) >= 1  # whole, though broken over lines


def test_no_sheet_before_the_parcel_is_inspected(db, gate, complete):
    parcel_id = receive(db, gate, complete().id, ITEMS)
    with pytest.raises(StepRefused) as refused:
        documents.handover_document(db, gate, parcel_id)
    assert refused.value.reason == "not_inspected"


def test_no_sheet_for_a_parcel_sent_back(db, gate, inspected):
    custody.return_to_sender(db, gate, inspected, "Осуждённый переведён")
    with pytest.raises(StepRefused) as refused:
        documents.handover_document(db, gate, inspected)
    assert refused.value.reason == "not_to_hand_over"


def test_an_unknown_parcel_has_no_sheet(db, gate):
    with pytest.raises(NotFound):
        documents.handover_document(db, gate, "00000000-0000-0000-0000-000000000000")


def save_example(db, gate, complete, folder: Path) -> None:  # pragma: no cover - by hand
    parcel_id = receive(db, gate, complete().id, ITEMS)
    inspect(db, gate, parcel_id, phone="Телефон Samsung Galaxy A54", medicine="Анальгин")
    pdf = render_handover_sheet(documents.handover_document(db, gate, parcel_id), russian)
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.5).to_pil()
    foot = ImageOps.invert(image.convert("L")).getbbox()[3] + 60  # the blank rest cut off
    image.crop((0, 0, image.width, min(foot, image.height))).save(
        folder / "parcel-handover-sheet-ru.png"
    )
