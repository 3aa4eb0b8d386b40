"""A facility with the longest code allowed (16 characters): its passes, booked and printed
as the desk does it, decode at the 203 dpi of a thermal printer and check in at the gate, by
scan or by the code under the barcode typed by hand; its gate log prints long names and
whole pass numbers inside their columns."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest
import zxingcpp
from reportlab.lib.units import mm

from prisondesk.domain.numbers import FACILITY_CODE
from prisondesk.domain.visit_pass import readable_code
from prisondesk.domain.visits import LOG_LABELS, VisitKind
from prisondesk.printing.visits.gate_log import column_edges, render_gate_log
from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.services.core import facility
from prisondesk.services.visits import bookings, gate, gate_log, passes, schedule, visitors
from prisondesk.services.visits.gate import GateRefused
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.services.visits.visitors import VisitorEntry
from tests.conftest import ADMIN_PASSWORD
from tests.visits.fixtures import facility_today

CODE = "KG-BISHKEK-47-01"
LONG_NAME = ("Абдыкадырова-Бейшеналиева", "Жыргалкан", "Орозбековна")


@pytest.fixture
def admin(db):
    """This module's facility has a 16-character code."""
    return facility.set_up_facility(
        db,
        code=CODE,
        name="Исправительная колония №47 имени очень длинного названия",
        wings=["Блок А"],
        admin_username="admin",
        admin_full_name="Асанов Бакыт",
        admin_password=ADMIN_PASSWORD,
    )


@pytest.fixture
def long_booking(db, clerk, chief, world):
    visitor = visitors.register_visitor(
        db,
        clerk,
        VisitorEntry(*LONG_NAME, date(1970, 2, 3), "свидетельство о рождении", "KG 000 0042"),
    ).id
    link = visitors.link_visitor(db, clerk, world.prisoner_id, visitor, "тётя")
    visitors.approve_visitor(db, chief, link)
    slot = schedule.add_slot(
        db,
        chief,
        SlotSpec(
            world.room_id,
            VisitKind.SHORT,
            facility_today().weekday(),
            "00:00",
            "23:59",
            5,
            facility_today(),
        ),
    )
    booked = bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot,
        day=facility_today(),
        visitor_ids=[visitor, world.mother],
        lead_id=visitor,
    )
    return booked, visitor


def test_the_facility_code_is_the_longest_allowed():
    assert FACILITY_CODE.match(CODE) and len(CODE) == 16


@pytest.mark.parametrize("paper", ["receipt80", "a6"])
def test_the_pass_decodes_at_203_dpi_and_names_its_code_for_typing(db, clerk, long_booking, paper):
    booked, _ = long_booking
    assert booked.number.startswith(f"{CODE}-V") and len(booked.barcode) >= 37
    document = passes.pass_for(db, clerk, booked.booking_id)
    page = pypdfium2.PdfDocument(render_visit_passes([document], paper))[0]
    image = page.render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [booked.barcode]
    text = " ".join(page.get_textpage().get_text_range().split())
    assert readable_code(booked.barcode) in text
    assert "birth certificate KG 000 0042" in text  # a known type, in the pass's language


def test_the_typed_code_checks_in_and_a_typo_is_refused(db, staff, long_booking):
    booked, visitor = long_booking
    officer = staff("gate1", "gate_officer")
    typed = readable_code(booked.barcode).lower().replace("k", "к").replace("e", "е")
    assert typed != booked.barcode.lower()
    visit = gate.open_scan(db, officer, typed)
    assert visit.booking_id == booked.booking_id
    assert gate.check_in(db, officer, visit.booking_id, [visitor]).state == "inside"
    number, key, check = booked.barcode.split(".")
    wrong = check[:-1] + ("A" if check[-1] != "A" else "B")
    with pytest.raises(GateRefused) as refused:
        gate.open_scan(db, officer, f"{number} {key} {wrong}")
    assert refused.value.reason == "forged"
    other_key = "ZZ" if key != "ZZ" else "YY"
    with pytest.raises(GateRefused) as refused:
        gate.open_scan(db, officer, f"{number} {other_key} {check}")
    assert refused.value.reason == "unknown_key"


def test_the_printed_gate_log_keeps_long_names_and_numbers_inside_columns(db, staff, long_booking):
    booked, visitor = long_booking
    officer = staff("gate1", "gate_officer")
    gate.check_in(db, officer, booked.booking_id, [visitor], "17", "телефон; ключи от машины")
    rows = gate_log.gate_log(db, officer, facility_today())
    pdf = render_gate_log(
        "Исправительная колония №47",
        facility_today(),
        rows,
        outcome_label=lambda code: LOG_LABELS.get(code, code),
    )
    page = pypdfium2.PdfDocument(pdf)[0]
    height = page.get_size()[1]
    textpage = page.get_textpage()
    edges = column_edges()
    for index in range(textpage.count_chars()):
        left, _, right, top = textpage.get_charbox(index)
        if right > left and top < height - 16 * mm:  # below the title
            _, end = next(edge for edge in reversed(edges) if edge[0] <= left + 0.5)
            assert right <= end + 0.5, textpage.get_text_range(index, 1)
    text = textpage.get_text_range().replace("\ufffe", "-")  # pdfium marks a line-end hyphen
    assert booked.number in "".join(text.split())
    assert "Абдыкадырова-Бейшеналиева" in text and "Орозбековна" in text
    assert "ключи от машины" in " ".join(text.split()) and "Items left" in text
