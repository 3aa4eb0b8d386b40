"""Every table the program writes for a spreadsheet (CSV and XLSX), written one way.

Names, notes and addresses are typed by people, or come from an imported register. A cell that
starts like a formula (``= + - @``, or a tab or carriage return before one) is written as text
with a leading apostrophe, as OWASP's advice on CSV injection says, so that Excel or LibreOffice
never runs ``=HYPERLINK(...)`` from a prisoner's name. Characters an XLSX file cannot hold
(control characters other than tab and new line) are shown as U+FFFD rather than stopping
the export half-way. The file appears whole or not at all (written beside, then renamed), and
only once its audit entry is written (``publish``).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"  # what Excel expects in Russian and Kyrgyz locales


def safe_cell(value: object) -> object:
    """A value as a spreadsheet shows it and never runs it; numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_table(
    path: Path,
    fmt: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet: str = "data",
    publish: Callable[[int], None] | None = None,
) -> int:
    """Write ``header`` and ``rows`` as CSV (UTF-8 with a BOM, ``;``) or XLSX; the rows written.
    ``publish(rows)`` runs once the file is complete and before it takes its name (an export
    records its audit entry there): if it fails, no file appears."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r}")
    partial = path.with_name(f".{path.name}.part")
    count = 0
    try:
        if fmt == "xlsx":
            book = Workbook(write_only=True)
            table = book.create_sheet(sheet[:31])  # Excel's limit on a sheet's name
            table.append([safe_cell(name) for name in header])
            for row in rows:
                table.append([safe_cell(value) for value in row])
                count += 1
            book.save(partial)
        else:
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=CSV_DELIMITER)
                writer.writerow([safe_cell(name) for name in header])
                for row in rows:
                    writer.writerow([safe_cell(value) for value in row])
                    count += 1
        if publish is not None:
            publish(count)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
