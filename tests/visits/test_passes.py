"""The printed pass: both paper sizes render in Russian with Cyrillic, its barcode decodes
from the page rendered at the 203 dpi of a thermal printer (pypdfium2 + zxing-cpp) and checks
the visitor in at the gate; the code printed under it does too, typed by hand."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp

from prisondesk.cli import main
from prisondesk.domain.visit_pass import readable_code
from prisondesk.domain.visits import VisitKind
from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.services.visits import bookings, gate, passes, schedule
from prisondesk.services.visits.schedule import SlotSpec
from tests.visits.fixtures import facility_today


@pytest.fixture
def booked_today(db, clerk, chief, world):
    slot = schedule.add_slot(
        db,
        chief,
        SlotSpec(
            world.room_id,
            VisitKind.LONG,
            facility_today().weekday(),
            "09:00",
            "18:00",
            3,
            facility_today(),
        ),
    )
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot,
        day=facility_today(),
        visitor_ids=[world.mother, world.sister, world.child],
        lead_id=world.mother,
    )


def _pages(pdf: bytes) -> list[tuple[str, list[str]]]:
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=203 / 72).to_pil()  # a thermal printer's dots
        codes = [r.text for r in zxingcpp.read_barcodes(image)]
        pages.append((page.get_textpage().get_text_range(), codes))
    return pages


@pytest.mark.parametrize("paper", ["receipt80", "a6"])
def test_the_pass_renders_decodes_and_checks_in(db, clerk, staff, world, booked_today, paper):
    document = passes.pass_for(db, clerk, booked_today.booking_id)
    russian = {"Long family visit": "Длительное свидание", "VISIT PASS": "ПРОПУСК НА СВИДАНИЕ"}
    pdf = render_visit_passes([document], paper, lambda c, t: russian.get(t, t))
    [(text, codes)] = _pages(pdf)
    text = " ".join(text.split())  # lines wrap differently on each paper size
    assert "ПРОПУСК НА СВИДАНИЕ" in text and "Длительное свидание" in text, text
    assert "Асанова Гүлнара" in text and "ID1000001" in text and "Комната свиданий 1" in text
    assert codes == [booked_today.barcode]
    officer = staff("gate1", "gate_officer")
    visit = gate.open_scan(db, officer, codes[0])
    inside = gate.check_in(db, officer, visit.booking_id, [world.mother])
    assert inside.state == "inside"
    printed = readable_code(booked_today.barcode)
    assert printed in text
    assert gate.open_scan(db, officer, printed.lower()).booking_id == visit.booking_id


def test_passes_of_a_day_from_the_command_line(
    db, clerk, world, booked_today, paths, tmp_path, monkeypatch, capsys
):
    db.dispose()  # the command opens the database itself
    monkeypatch.setenv("PRISONDESK_PASSWORD", "second-pass2")
    out = tmp_path / "passes.pdf"
    code = main(
        [
            "passes",
            "--date",
            facility_today().isoformat(),
            "-o",
            str(out),
            "--user",
            "visits1",
            "--paper",
            "a6",
            "--language",
            "ru",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "1 passes" in capsys.readouterr().out
    [(text, codes)] = _pages(out.read_bytes())
    assert codes == [booked_today.barcode]
    assert "ПРОПУСК" in text or "VISIT PASS" in text
    assert main(["passes", "--date", "28.11.2026", "-o", str(out), "--user", "visits1"]) == 2
