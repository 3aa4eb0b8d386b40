"""What every report shares: run for a date range by those who may read reports (refused
otherwise, or for a range backwards or too long, or an unknown report), stopped between its
steps, and exported as CSV or XLSX with its totals, money exact and formulas kept as text,
audited before the file appears."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from prisondesk.services.core.errors import NotFound, PermissionDenied, ValidationError
from prisondesk.services.reports import export, run
from prisondesk.services.reports.report import (
    REPORTS,
    Cancelled,
    Column,
    Job,
    Kind,
    Report,
    ReportSpec,
    register,
)
from tests.workshops.fixtures import audit_count

FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


def _build(session, actor, first, last, facilities, job) -> Report:
    for day in range(3):
        job.step(day, 3)
    return Report(
        "sample",
        "Sample",
        first,
        last,
        ("Исправительная колония №1",),
        (
            Column("day", "Day", Kind.DATE),
            Column("who", "Who"),
            Column("count", "Count", Kind.COUNT),
            Column("paid", "Paid", Kind.SOM),
        ),
        ((first, "=HYPERLINK(1)", 2, 150_001), (last, "Асанов", 3, 99)),
        (None, "", 5, 150_100),
    )


@pytest.fixture(autouse=True)
def sample():
    register(ReportSpec("sample", "Sample", _build))
    yield
    REPORTS.pop("sample", None)


@pytest.fixture
def chief(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


def test_a_report_runs_with_its_progress_and_stops_when_asked(db, chief):
    seen: list[tuple[int, int]] = []
    made = run.run_report(db, chief, "sample", FIRST, LAST, Job(lambda d, n: seen.append((d, n))))
    assert (made.first, made.last, len(made.rows)) == (FIRST, LAST, 2)
    assert seen == [(0, 3), (1, 3), (2, 3)]
    job = Job()
    job.stop()
    with pytest.raises(Cancelled):
        run.run_report(db, chief, "sample", FIRST, LAST, job)


def test_refused_before_anything_is_read(db, chief, staff):
    with pytest.raises(NotFound):
        run.run_report(db, chief, "no_such_report", FIRST, LAST)
    for first, last in ((LAST, FIRST), (date(2020, 1, 1), date(2026, 1, 1))):
        with pytest.raises(ValidationError) as refused:
            run.run_report(db, chief, "sample", first, last)
        assert refused.value.field == "last"
    with pytest.raises(PermissionDenied):
        run.run_report(db, staff("gate1", "gate_officer"), "sample", FIRST, LAST)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_with_totals_exact_money_and_formulas_as_text(db, chief, tmp_path, fmt):
    made = run.run_report(db, chief, "sample", FIRST, LAST)
    path, before = tmp_path / f"sample.{fmt}", audit_count(db)
    assert export.export_report(db, chief, made, path, fmt) == 3
    assert audit_count(db) == before + 1
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        assert rows[0] == ["Day", "Who", "Count", "Paid"]
        assert rows[1] == ["2026-11-01", "'=HYPERLINK(1)", "2", "1500.01"]
        assert rows[3] == ["", "", "5", "1501.00"]
    else:
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        assert rows[1][1] == "'=HYPERLINK(1)" and Decimal(str(rows[1][3])) == Decimal("1500.01")
        assert rows[3][2:] == (5, 1501)


def test_a_pdf_saved_is_audited_first(db, chief, tmp_path):
    made = run.run_report(db, chief, "sample", FIRST, LAST)
    path, before = tmp_path / "sample.pdf", audit_count(db)
    export.save_report_pdf(db, chief, made, path, b"%PDF-1.4 sample")
    assert path.read_bytes() == b"%PDF-1.4 sample" and audit_count(db) == before + 1
    assert not list(tmp_path.glob(".*.part"))


def test_a_period_ends_on_the_facilitys_today_not_the_computers(db, admin):
    """A desk's clock on UTC while Kiribati's day is already tomorrow: "this month" and
    "today" are counted in the facility's days, or its today's admissions fall outside."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sqlalchemy import update

    from prisondesk.db.models import Facility

    with db.apply_remote() as session:  # as a change pulled from the server
        session.execute(update(Facility).values(time_zone="Pacific/Kiritimati"))
    assert run.today_at(db, admin) == datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
