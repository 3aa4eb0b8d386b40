"""The printed daily parcel log, from parcels received and inspected through the services:
each parcel's row with its status and channel in the reader's language, its weight in
kilograms and what was taken from it; every cell inside its column, long names included; a
long day runs on to more pages with the headers again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest
from PIL import ImageOps
from reportlab.lib.units import mm

from prisondesk.printing.parcels.parcel_log import LAYOUT, render_parcel_log
from prisondesk.printing.tables import LOG_MARGIN as MARGIN
from prisondesk.printing.tables import column_edges
from prisondesk.services.core.facility import facility_today
from prisondesk.services.parcels import parcel_log, receipt
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from tests.parcels.helpers import inspect_taking_the_phone

RUSSIAN = {
    "printing": {
        "Tracking number": "Номер посылки",
        "Time": "Время",
        "Channel": "Способ",
        "Sender": "Отправитель",
        "Prisoner": "Осуждённый",
        "Weight, kg": "Вес, кг",
        "Seal": "Пломба",
        "Items": "Предметы",
        "Status": "Состояние",
        "Confiscated": "Изъято",
        "Officer": "Сотрудник",
        "Parcel log of {day}": "Журнал посылок за {day}",
        "Parcels: {count}": "Посылок: {count}",
    },
    "parcels": {  # as resources/translations/prisondesk_ru.ts has them
        "Awaiting inspection": "Ожидает досмотра",
        "Awaiting handover": "Ожидает выдачи",
        "Post": "Почта",
        "Courier": "Курьер",
    },
}
LONG_SENDER = "Абдыкадырова-Бейшеналиевадардын-Тукуму Жыргалкан Орозбековна"


def russian(context: str, text: str) -> str:
    return RUSSIAN[context].get(text, text)


@pytest.fixture
def gate(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")


@pytest.fixture
def rows(db, gate, complete):
    """The day's log: a parcel by post with a phone taken from it, and one by courier from
    a sender with a long name, not inspected yet."""
    prisoner = complete().id
    items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
    posted = receipt.receive_parcel(
        db,
        gate,
        ParcelEntry(prisoner, "post", "Асанова Гүлнара", weight_grams=900, seal="S-1", items=items),
    )
    receipt.receive_parcel(
        db,
        gate,
        ParcelEntry(prisoner, "courier", LONG_SENDER, weight_grams=12_345, seal="S-2", items=items),
    )
    inspect_taking_the_phone(db, gate, posted)
    with db.read() as session:
        today = facility_today(session, gate.facility_id)
    return today, parcel_log.parcel_log(db, gate, today)


def _pages(pdf: bytes) -> list[str]:
    return [
        " ".join(page.get_textpage().get_text_range().replace("\ufffe", "-").split())
        for page in pypdfium2.PdfDocument(pdf)
    ]


def _chars_outside_their_column(pdf: bytes) -> list[str]:
    """Every character under the title that crosses the right edge of the column it starts
    in (pypdfium2's char boxes: left, bottom, right, top in points)."""
    edges = column_edges(MARGIN, (room for _, room in LAYOUT))
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        height = page.get_size()[1]
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, _, right, top = text.get_charbox(index)
            if right <= left or top > height - 16 * mm:
                continue  # a space, or the title over the table
            _, end = next(edge for edge in reversed(edges) if edge[0] <= left + 0.5)
            if right > end + 0.5:
                outside.append(text.get_text_range(index, 1))
    return outside


def test_the_columns_fill_the_page_inside_its_margins():
    assert sum(room for _, room in LAYOUT) == pytest.approx(277 * mm)


def test_each_parcel_of_the_day_is_a_row_in_the_readers_language(rows):
    day, log = rows
    pdf = render_parcel_log("Исправительная колония №1", day, log, russian)
    [text] = _pages(pdf)
    assert f"Журнал посылок за {day:%d.%m.%Y}" in text and "Вес, кг" in text
    posted, couriered = text.split(log[1].tracking.split("-")[-1])  # the second's own number
    assert "Почта" in posted and "Ожидает выдачи" in posted and "0,900" in posted
    assert "Mobile phones and SIM cards (Телефон)" in posted and "S-1" in posted
    assert "Курьер" in couriered and "Ожидает досмотра" in couriered and "12,345" in couriered
    assert "".join(LONG_SENDER.split()) in "".join(text.split())
    assert "Посылок: 2" in text
    assert log[0].received.split()[1] in posted  # the time; the day is in the title
    assert _chars_outside_their_column(pdf) == []


def test_the_caller_may_show_statuses_and_channels_its_own_way(rows):
    day, log = rows
    pdf = render_parcel_log("ИК-1", day, log, status_label=str.upper, channel_label=str.title)
    text = "".join(_pages(pdf)[0].split())  # a word wider than its column is broken
    assert "AWAITING_HANDOVER" in text and "Post" in text and "Courier" in text


def test_a_long_day_runs_on_to_more_pages_with_the_headers_again(rows):
    day, log = rows
    many = [replace(log[n % 2], tracking=f"BSH-1-P7Q-{n:05}") for n in range(1, 61)]
    pdf = render_parcel_log("ИК-1", day, many, russian)
    pages = _pages(pdf)
    assert len(pages) >= 3
    for text in pages:
        assert "Номер посылки" in text and "Журнал посылок" in text
    assert "Посылок: 60" in pages[-1]
    assert all(f"BSH-1-P7Q-{n:05}" in " ".join(pages).replace(" ", "") for n in (1, 30, 60))
    assert _chars_outside_their_column(pdf) == []


def save_example(rows, folder: Path) -> None:  # pragma: no cover - used by hand
    day, log = rows
    pdf = render_parcel_log("Исправительная колония №1", day, log, russian)
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.5).to_pil()
    foot = ImageOps.invert(image.convert("L")).getbbox()[3] + 60  # the blank rest cut off
    image.crop((0, 0, image.width, min(foot, image.height))).save(folder / "parcel-log-ru.png")
