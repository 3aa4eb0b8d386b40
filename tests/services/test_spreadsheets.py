"""The one writer of CSV and XLSX files: formulas stay text, any text can be written, and a
failed export leaves no file."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from prisondesk.services.core.spreadsheets import safe_cell, write_table

ATTACKS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("text", ATTACKS)
def test_a_cell_that_starts_like_a_formula_is_written_as_text(text):
    assert safe_cell(text) == "'" + text


def test_ordinary_values_are_kept_as_they_are():
    assert safe_cell("Асанов") == "Асанов" and safe_cell("") == ""
    assert safe_cell(42) == 42 and safe_cell(None) is None and safe_cell(-3) == -3


def test_control_characters_an_xlsx_cannot_hold_are_shown_not_fatal(tmp_path):
    path = tmp_path / "t.xlsx"
    assert write_table(path, "xlsx", ["name"], [["Асанов\x1b[31m"], ["a\tb\nc"]]) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows == [("name",), ("Асанов\ufffd[31m",), ("a\tb\nc",)]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    path = tmp_path / "t.xlsx"
    write_table(path, "xlsx", ["=header"], [[text] for text in ATTACKS])
    sheet = load_workbook(path).active
    cells = [row[0] for row in sheet.iter_rows()]
    assert all(cell.data_type == "s" for cell in cells)
    expected = ["'=header", *("'" + t for t in ATTACKS)]
    # XML reads a carriage return back as a new line
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in expected]


def test_csv_is_utf8_with_a_bom_and_semicolons(tmp_path):
    path = tmp_path / "t.csv"
    write_table(path, "csv", ["a", "b"], [["=1+1", "Асанов"]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["a;b", "'=1+1;Асанов"]


def test_a_failed_export_leaves_no_file_and_keeps_an_old_one(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("the old export", encoding="utf-8")

    def rows():
        yield ["one"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_table(path, "csv", ["a"], rows())
    assert path.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    with pytest.raises(ValueError):
        write_table(tmp_path / "t.ods", "ods", ["a"], [])


def test_the_file_takes_its_name_only_after_it_is_published(tmp_path):
    path, seen = tmp_path / "t.csv", []

    def publish(rows: int) -> None:
        seen.append((rows, path.exists(), (tmp_path / ".t.csv.part").exists()))

    assert write_table(path, "csv", ["a"], [["1"], ["2"]], publish=publish) == 2
    assert seen == [(2, False, True)] and path.exists()

    def refused(rows: int) -> None:
        raise PermissionError("the audit entry could not be written")

    with pytest.raises(PermissionError):
        write_table(tmp_path / "u.csv", "csv", ["a"], [["1"]], publish=refused)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]
