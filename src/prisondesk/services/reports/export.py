"""A report saved as CSV or XLSX: its columns' titles in the reader's language, its rows and
totals row, money as exact som, dates as dates, cells that would run as formulas written as
text (``services/core/spreadsheets.py``). The export is audited before the file takes its
name: a report's figures leave the system."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from prisondesk.db.engine import Database
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import Label
from prisondesk.domain.workshops import som
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.spreadsheets import FORMATS, write_table
from prisondesk.services.reports.report import REPORTS_CONTEXT, Column, Kind, Report

Translate = Callable[[str, str], str]  # (context, source) -> the text in the reader's language


def _untranslated(context: str, text: str) -> str:
    return text  # English is the source


def export_report(
    db: Database,
    actor: Actor,
    report: Report,
    path: Path,
    fmt: str,
    translate: Translate = _untranslated,
) -> int:
    """Write the report's table; the rows written, the totals row included."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    header = [translate(REPORTS_CONTEXT, column.title) for column in report.columns]
    rows = [_cells(report.columns, row, translate) for row in report.rows]
    if report.totals is not None:
        rows.append(_cells(report.columns, report.totals, translate))
    return write_table(
        path, fmt, header, rows, sheet=report.name, publish=_recorder(db, actor, report, path)
    )


def save_report_pdf(db: Database, actor: Actor, report: Report, path: Path, pdf: bytes) -> None:
    """The report's PDF (made by ``printing/reports``) saved, audited before it takes its
    name: a file half written never appears under it."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(pdf)
        _recorder(db, actor, report, path)(len(report.rows))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _recorder(db: Database, actor: Actor, report: Report, path: Path) -> Callable[[int], None]:
    return audit.export_recorder(
        db,
        actor,
        Permission.VIEW_REPORTS,
        "report",
        {
            "report": report.name,
            "first": report.first.isoformat(),
            "last": report.last.isoformat(),
            "file": path.name,
        },
    )


def _cells(
    columns: tuple[Column, ...], row: tuple[object, ...], translate: Translate
) -> list[object]:
    return [
        _cell(column.kind, value, translate) for column, value in zip(columns, row, strict=True)
    ]


def _cell(kind: Kind, value: object, translate: Translate) -> object:
    if value is None:
        return ""
    if isinstance(value, Label):  # a regime, a kind of visit: in the reader's language
        return translate(value.context, str(value))
    if kind == Kind.SOM and isinstance(value, int):
        return Decimal(som(value))  # exact: a spreadsheet sums it without a float's error
    if kind == Kind.DATE and isinstance(value, date):
        return value
    return value
