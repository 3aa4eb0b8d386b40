"""The parcel log of a day and of everything, exported as CSV or XLSX with formulas kept as
text and the export audited, from the service and from ``prisondesk export parcels``."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from prisondesk.cli import main
from prisondesk.db.models import AuditEntry
from prisondesk.services.core.facility import facility_today
from prisondesk.services.parcels import parcel_log, receipt
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from tests.parcels.helpers import inspect_taking_the_phone


@pytest.fixture
def parcels(db, gate, complete):
    prisoner = complete().id
    items = (ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Other", "Телефон", 1, "pcs"))
    plain = receipt.receive_parcel(
        db,
        gate,
        ParcelEntry(prisoner, "post", "Асанова Гүлнара", weight_grams=900, seal="S-1", items=items),
    )
    sly = receipt.receive_parcel(
        db,
        gate,
        ParcelEntry(
            prisoner,
            "courier",
            '=HYPERLINK("http://x")',
            weight_grams=500,
            seal="S-2",
            items=items[:1],
        ),
    )
    inspect_taking_the_phone(db, gate, plain, "manual")
    return plain, sly


def test_the_days_log_says_where_each_parcel_is_and_what_was_taken(db, gate, parcels):
    with db.read() as session:
        today = facility_today(session, gate.facility_id)
    rows = parcel_log.parcel_log(db, gate, today)
    assert [(r.sender, r.status, r.items) for r in rows] == [
        ("Асанова Гүлнара", "awaiting_handover", 2),
        ('=HYPERLINK("http://x")', "awaiting_inspection", 1),
    ]
    assert rows[0].confiscated == "Mobile phones and SIM cards (Телефон)"
    assert rows[0].officer == "gate1" and rows[0].weight_grams == 900
    assert parcel_log.parcel_log(db, gate, today.replace(year=today.year - 1)) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_keeps_formulas_as_text_and_is_audited(db, gate, parcels, tmp_path, fmt):
    path = tmp_path / f"parcels.{fmt}"
    assert parcel_log.export_parcels(db, gate, path, fmt) == 2
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle, delimiter=";"))
    else:
        table = [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]
    assert table[0][:4] == ["tracking", "received", "channel", "sender"]
    assert table[2][3] == '\'=HYPERLINK("http://x")'  # shown, never run
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "parcel_log"))
    assert entry.after["rows"] == 2 and entry.user_id == gate.user_id


def test_the_command_line_exports_parcels(db, gate, parcels, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PRISONDESK_PASSWORD", "second-pass2")
    out = tmp_path / "p.xlsx"
    command = ["export", "parcels", "--format", "xlsx", "-o", str(out), "--user", "gate1"]
    assert main(command) == 0
    assert "exported 2 parcels" in capsys.readouterr().out and out.exists()
    monkeypatch.setenv("PRISONDESK_PASSWORD", "wrong")
    assert main([*command[:-1], "gate1"]) == 2
