"""The daily gate log: what happened to each visit of a day, exported and printed."""

from __future__ import annotations

import csv

import pypdfium2
import pytest
from openpyxl import load_workbook

from prisondesk.cli import main
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.visits import bookings, gate, gate_log, schedule
from prisondesk.services.visits.schedule import SlotSpec
from tests.visits.fixtures import facility_today


@pytest.fixture
def officer(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")


@pytest.fixture
def day_of_visits(db, clerk, chief, officer, world):
    today = facility_today()

    def book(people, kind, starts, ends):
        slot = schedule.add_slot(
            db, chief, SlotSpec(world.room_id, kind, today.weekday(), starts, ends, 5, today)
        )
        return bookings.book_visit(
            db,
            clerk,
            prisoner_id=world.prisoner_id,
            slot_id=slot,
            day=today,
            visitor_ids=people,
            lead_id=people[0],
        )

    finished = book([world.mother, world.child], VisitKind.SHORT, "08:00", "10:00")
    gate.check_in(db, officer, finished.booking_id, [world.mother, world.child], "7", "телефон")
    gate.check_out(db, officer, finished.booking_id)
    inside = book([world.lawyer], VisitKind.LAWYER, "10:00", "11:00")
    gate.check_in(db, officer, inside.booking_id, [world.lawyer], "8")
    cancelled = book([world.mother], VisitKind.SHORT, "12:00", "14:00")
    bookings.cancel_booking(db, clerk, cancelled.booking_id, "болезнь")
    return today, finished, inside, cancelled


def test_the_log_lists_every_visit_of_the_day(db, officer, clerk, day_of_visits):
    today, finished, inside, cancelled = day_of_visits
    rows = {row.number: row for row in gate_log.gate_log(db, officer, today)}
    assert set(rows) == {finished.number, inside.number, cancelled.number}
    done = rows[finished.number]
    assert done.visitors == "Асанова Гүлнара, Асанов Нурсултан"
    assert done.checked_in and done.checked_out and done.outcome == "completed"
    assert (done.locker, done.items, done.officers) == ("7", "телефон", "gate1")
    assert rows[inside.number].checked_in and not rows[inside.number].checked_out
    assert rows[inside.number].outcome == ""  # inside still: reconciliation shows it
    assert rows[cancelled.number].outcome == "cancelled"
    with pytest.raises(PermissionDenied):
        gate_log.gate_log(db, clerk, today)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_as_csv_and_xlsx(db, officer, day_of_visits, tmp_path, fmt):
    today = day_of_visits[0]
    path = tmp_path / f"log.{fmt}"
    assert gate_log.export_gate_log(db, officer, today, path, fmt) == 3
    if fmt == "csv":
        with path.open(encoding="utf-8-sig") as handle:
            table = list(csv.reader(handle, delimiter=";"))
    else:
        table = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    assert table[0][:3] == ["number", "kind", "time"] and len(table) == 4
    assert any("Асанова Гүлнара" in (cell or "") for row in table for cell in row)


def test_the_printed_log_from_the_command_line(db, day_of_visits, tmp_path, monkeypatch, capsys):
    today = day_of_visits[0]
    db.dispose()
    monkeypatch.setenv("PRISONDESK_PASSWORD", "second-pass2")
    out = tmp_path / "log.pdf"
    assert main(["gate-log", "--date", today.isoformat(), "-o", str(out), "--user", "gate1"]) == 0
    assert "3 visits" in capsys.readouterr().out
    text = pypdfium2.PdfDocument(out.read_bytes())[0].get_textpage().get_text_range()
    assert "Асанова Гүлнара" in " ".join(text.split())
    assert "телефон" in text  # the items left at the gate
    flat = "".join(text.replace("\ufffe", "-").split())  # pdfium marks a line-end hyphen
    assert all(number.number in flat for number in day_of_visits[1:])  # whole pass numbers
    bad = main(
        ["gate-log", "--date", today.isoformat(), "-o", str(tmp_path / "x.doc"), "--user", "gate1"]
    )
    assert bad == 2


def test_spreadsheet_formulas_in_free_text_stay_text():
    from prisondesk.services.core.spreadsheets import safe_cell

    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("+7 телефон") == "'+7 телефон" and safe_cell("телефон") == "телефон"
