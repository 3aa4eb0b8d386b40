from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from prisondesk.cli import main
from prisondesk.services.intake import register_io, registry, search
from prisondesk.services.intake.registry import RegistryFilter
from prisondesk.services.reports import compliance

GOOD = [
    [
        "Фамилия",
        "Имя",
        "Отчество",
        "Дата рождения",
        "Пол",
        "ПИН",
        "Блок",
        "Камера",
        "Дата поступления",
        "Режим",
    ],
    [
        "Асанов",
        "Бакыт",
        "Нурланович",
        "17.05.1990",
        "м",
        "21705199000123",
        "Блок А",
        "12",
        "02.03.2026",
        "общий",
    ],
    ["Иванова", "Юлия", "Сергеевна", "1992-01-10", "ж", "", "Блок Б", "", "", "строгий"],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def count(db, actor) -> int:
    return registry.count(db, actor, RegistryFilter())


def test_a_good_csv_is_imported_and_found(db, registrar, tmp_path):
    report = register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    assert (report.rows, report.imported, report.bad) == (2, 2, [])
    hit = search.search(db, registrar, "Asanov")[0]
    assert (hit.wing, hit.cell, hit.status) == ("Блок А", "12", "in_custody")


@pytest.mark.parametrize(
    ("row", "column"),
    [
        (["", "Бакыт", "", "17.05.1990", "м", "", "", "", "", ""], "surname"),
        (["Aсанов", "Бакыт", "", "17.05.1990", "м", "", "", "", "", ""], "surname"),
        (["Асанов", "Бакыт", "", "31.02.1990", "м", "", "", "", "", ""], "date_of_birth"),
        (["Асанов", "Бакыт", "", "17.05.2090", "м", "", "", "", "", ""], "date_of_birth"),
        (["Асанов", "Бакыт", "", "17.05.1990", "x", "", "", "", "", ""], "sex"),
        (["Асанов", "Бакыт", "", "17.05.1990", "м", "123", "", "", "", ""], "pin"),
        (["Асанов", "Бакыт", "", "17.05.1990", "м", "", "Нет такого", "", "", ""], "wing"),
        (["Асанов", "Бакыт", "", "17.05.1990", "м", "", "", "", "01.01.1980", ""], "admitted"),
        (["Асанов", "Бакыт", "", "17.05.1990", "м", "", "", "", "", "курорт"], "regime"),
        (["Асанов", "Бакыт", "", "17.05.1990", "м", "21705199000123", "", "", "", ""], "pin"),
    ],
)
def test_one_bad_row_imports_nothing_and_is_named(db, registrar, tmp_path, row, column):
    rows = [*GOOD, row]
    report = register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", rows))
    assert report.imported == 0 and count(db, registrar) == 0
    assert [(b.line, b.column) for b in report.bad] == [(4, column)]


def test_skip_bad_imports_the_rest_and_writes_the_bad_rows(db, registrar, tmp_path):
    rows = [*GOOD, ["Асанов", "", "", "17.05.1990", "м", "", "", "", "", ""]]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert report.imported == 2 and len(report.bad) == 1
    register_io.write_bad_rows(report, tmp_path / "bad.csv")
    lines = (tmp_path / "bad.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("4;given_name;This field is required.")


def test_dry_run_changes_nothing(db, registrar, tmp_path):
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", GOOD), dry_run=True
    )
    assert report.rows == 2 and not report.bad and count(db, registrar) == 0


def test_english_headers_commas_and_xlsx(db, registrar, tmp_path):
    english = [
        ["Surname", "Given name", "Date of birth", "Sex"],
        ["Petrov", "Ivan", "1985-04-01", "male"],
    ]
    register_io.import_prisoners(db, registrar, write_csv(tmp_path / "e.csv", english, ","))
    book = Workbook()
    book.active.append(["фамилия", "имя", "дата рождения", "пол"])
    book.active.append(["Осмонов", "Талант", "02.02.1988", "м"])
    book.save(tmp_path / "r.xlsx")
    register_io.import_prisoners(db, registrar, tmp_path / "r.xlsx")
    assert count(db, registrar) == 2
    assert search.search(db, registrar, "Осмонов")[0].given_name == "Талант"


def test_a_file_without_the_needed_columns_is_refused(db, registrar, tmp_path):
    with pytest.raises(register_io.RegisterFileError, match="date_of_birth"):
        register_io.import_prisoners(
            db, registrar, write_csv(tmp_path / "r.csv", [["Фамилия", "Имя", "Пол"]])
        )


def test_export_then_import_elsewhere(db, registrar, tmp_path):
    register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    assert register_io.export_prisoners(db, registrar, tmp_path / "out.xlsx", "xlsx") == 2
    sheet = load_workbook(tmp_path / "out.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("number", "surname", "given_name") and len(rows) == 3
    assert register_io.export_prisoners(db, registrar, tmp_path / "out.csv", "csv") == 2
    assert "Асанов" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_the_command_line_reports_lines_and_refuses(db, registrar, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PRISONDESK_PASSWORD", "second-pass2")
    bad = write_csv(tmp_path / "r.csv", [*GOOD, ["X", "", "", "", "", "", "", "", "", ""]])
    assert main(["import", "prisoners", str(bad), "--user", "registry1"]) == 1
    out = capsys.readouterr().out
    assert "line 4: given_name: This field is required." in out and "nothing was imported" in out
    assert (
        main(
            [
                "import",
                "prisoners",
                str(bad),
                "--user",
                "registry1",
                "--skip-bad",
                str(tmp_path / "bad.csv"),
            ]
        )
        == 0
    )
    assert "imported 2 of 3 rows" in capsys.readouterr().out
    assert (
        main(
            [
                "export",
                "prisoners",
                "--format",
                "csv",
                "-o",
                str(tmp_path / "x.csv"),
                "--user",
                "registry1",
            ]
        )
        == 0
    )
    monkeypatch.setenv("PRISONDESK_PASSWORD", "wrong")
    assert main(["export", "prisoners", "-o", str(tmp_path / "y.csv"), "--user", "registry1"]) == 2


def test_imported_rows_show_in_the_compliance_list(db, staff, registrar, tmp_path):
    register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    boss = staff("boss1", "supervisor")
    assert {g.missing for g in compliance.gaps(db, boss)} == {("injuries", "contacts", "rights")}


def test_a_future_admission_date_is_a_named_bad_row(db, registrar, tmp_path):
    rows = [*GOOD, ["Осмонов", "Талант", "", "02.02.1988", "м", "", "", "", "01.01.2099", ""]]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert [(b.line, b.column) for b in report.bad] == [(4, "admitted")]
    assert report.imported == 2


def test_generated_numbers_never_collide_with_numbers_in_the_file(db, registrar, tmp_path):
    from prisondesk.domain.numbers import device_tag, prisoner_number

    taken = prisoner_number("BSH-1", device_tag(db.device_id), 1)
    rows = [
        ["Номер", "Фамилия", "Имя", "Дата рождения", "Пол"],
        ["", "Асанов", "Бакыт", "17.05.1990", "м"],
        [taken, "Осмонов", "Талант", "02.02.1988", "м"],
    ]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert report.imported + len(report.bad) == 2  # never a crash on the unique number
    numbers = {hit.number for q in ("Асанов", "Осмонов") for hit in search.search(db, registrar, q)}
    assert len(numbers) == report.imported


def test_a_one_column_file_is_refused_with_a_message(db, registrar, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Фамилия\nАсанов\n", encoding="utf-8")
    with pytest.raises(register_io.RegisterFileError, match="given_name"):
        register_io.import_prisoners(db, registrar, path)


def test_only_registry_staff_export_and_each_export_is_audited(db, staff, registrar, tmp_path):
    from sqlalchemy import select

    from prisondesk.db.models import AuditEntry
    from prisondesk.services.core.errors import PermissionDenied

    register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", GOOD))
    register_io.export_prisoners(db, registrar, tmp_path / "out.csv", "csv")
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.after == {"file": "out.csv", "rows": 2}
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        register_io.export_prisoners(db, gate, tmp_path / "leak.csv", "csv")
    assert not (tmp_path / "leak.csv").exists()


def test_an_exported_register_of_people_who_left_is_not_re_imported_as_held(
    db, registrar, tmp_path
):
    rows = [
        ["Фамилия", "Имя", "Дата рождения", "Пол", "Статус"],
        ["Асанов", "Бакыт", "17.05.1990", "м", "released"],
        ["Осмонов", "Талант", "02.02.1988", "м", "in_custody"],
    ]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert [(b.line, b.column) for b in report.bad] == [(2, "status")]
    assert report.imported == 1


def test_exports_and_the_bad_rows_file_write_formulas_as_text(db, registrar, tmp_path):
    attack = '=HYPERLINK("ev.il")'  # a cell holds 20 characters
    rows = [
        ["Фамилия", "Имя", "Дата рождения", "Пол", "Камера"],
        ["Асанов", "Бакыт", "17.05.1990", "м", attack],
        ["Осмонов", "", "02.02.1988", "м", "@SUM(A1)"],
    ]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert report.imported == 1
    register_io.write_bad_rows(report, tmp_path / "bad.csv")
    bad = (tmp_path / "bad.csv").read_text(encoding="utf-8-sig")
    assert "'@SUM(A1)" in bad and ";@SUM" not in bad
    register_io.export_prisoners(db, registrar, tmp_path / "out.csv", "csv")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        exported = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert "'" + attack in exported and attack not in exported
    register_io.export_prisoners(db, registrar, tmp_path / "out.xlsx", "xlsx")
    cells = [c for row in load_workbook(tmp_path / "out.xlsx").active.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert "'" + attack in [c.value for c in cells]


def test_imported_numbers_follow_the_number_format_or_the_row_is_refused(db, registrar, tmp_path):
    from prisondesk.domain.numbers import device_tag, prisoner_number

    good = prisoner_number("BSH-1", "K7Q", 42)
    rows = [
        ["Номер", "Фамилия", "Имя", "Дата рождения", "Пол"],
        [good, "Асанов", "Бакыт", "17.05.1990", "м"],
        ["BSH-1-K7Q-00\x1b43", "Осмонов", "Талант", "02.02.1988", "м"],  # an ESC inside
        ["№ 1234", "Иванов", "Иван", "02.02.1988", "м"],  # a paper register's own number
        [prisoner_number("IK-47", "K7Q", 1), "Петров", "Пётр", "02.02.1988", "м"],
        [
            prisoner_number("BSH-1", device_tag(db.device_id), 1).lower(),
            "Саидов",
            "Азиз",
            "02.02.1988",
            "м",
        ],
    ]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert [(b.line, b.column) for b in report.bad] == [(3, "number"), (4, "number"), (5, "number")]
    assert "\ufffd" in report.bad[0].reason and "BSH-1-K7Q-00042" in report.bad[0].reason
    assert report.imported == 2
    numbers = {h.number for q in ("Асанов", "Саидов") for h in search.search(db, registrar, q)}
    assert numbers == {good, prisoner_number("BSH-1", device_tag(db.device_id), 1)}
    # the desk's export then writes every row, where the ESC once stopped it half-way
    assert register_io.export_prisoners(db, registrar, tmp_path / "out.xlsx", "xlsx") == 2


def test_the_desk_skips_a_number_an_import_took(db, registrar, tmp_path):
    """The attack: a register row with the desk's next number blocked every new admission
    with an IntegrityError."""
    from prisondesk.domain.numbers import device_tag, prisoner_number
    from prisondesk.services.intake import admissions
    from tests.intake.fixtures import identity

    tag = device_tag(db.device_id)
    rows = [
        ["Номер", "Фамилия", "Имя", "Дата рождения", "Пол"],
        [prisoner_number("BSH-1", tag, 1), "Осмонов", "Талант", "02.02.1988", "м"],
        [prisoner_number("BSH-1", tag, 2), "Иванов", "Иван", "02.02.1988", "м"],
    ]
    assert (
        register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", rows)).imported
        == 2
    )
    first = admissions.start_admission(db, registrar, identity())
    second = admissions.start_admission(db, registrar, identity(surname="Асанова", pin=""))
    assert (first.number, second.number) == (
        prisoner_number("BSH-1", tag, 3),
        prisoner_number("BSH-1", tag, 4),
    )


@pytest.mark.parametrize("encoding", ["cp866", "cp1251", "utf-16", "utf-8", "utf-8-sig"])
def test_the_encodings_registers_come_in_are_recognised(db, registrar, tmp_path, encoding):
    """The bad case: a CP866 file (Ш is byte 0x98, which CP1251 lacks) ended in a traceback."""
    rows = [
        ["Фамилия", "Имя", "Дата рождения", "Пол"],
        ["Шевченко", "Шамиль", "17.05.1990", "м"],
        ["Щербаков", "Юрий", "02.02.1988", "м"],
    ]
    path = tmp_path / "r.csv"
    path.write_bytes("\r\n".join(";".join(row) for row in rows).encode(encoding))
    assert register_io.import_prisoners(db, registrar, path).imported == 2
    assert search.search(db, registrar, "Шевченко")[0].given_name == "Шамиль"


def test_a_file_that_is_not_text_is_refused_with_a_message(db, registrar, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(register_io.RegisterFileError, match="save it from Excel"):
        register_io.import_prisoners(db, registrar, path)


def test_a_register_is_read_in_batches_and_repeats_across_batches_are_found(
    db, registrar, tmp_path, monkeypatch
):
    from prisondesk.domain.numbers import device_tag, prisoner_number

    monkeypatch.setattr(register_io, "BATCH", 3)
    tag = device_tag(db.device_id)
    rows = [["Номер", "Фамилия", "Имя", "Дата рождения", "Пол", "ПИН"]]
    for n in range(10):
        rows.append(["", "Асанов", "Бакыт", "17.05.1990", "м", f"2170519900{n:04d}"])
    rows.append(["", "Осмонов", "Талант", "17.05.1990", "м", "21705199000003"])  # batch 4
    rows.append([prisoner_number("BSH-1", tag, 2), "Иванов", "Иван", "02.02.1988", "м", ""])
    seen: list[tuple[int, int]] = []
    report = register_io.import_prisoners(
        db,
        registrar,
        write_csv(tmp_path / "r.csv", rows),
        skip_bad=True,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [(b.line, b.column) for b in report.bad] == [(12, "pin")]
    assert report.imported == 11 and count(db, registrar) == 11
    assert seen[0] == (0, 12) and seen[-1] == (12, 12) and len(seen) >= 5
    numbers = {hit.number for hit in search.search(db, registrar, "Иванов")}
    assert numbers == {prisoner_number("BSH-1", tag, 2)}  # kept for the row that brought it
    every = {h.number for h in search.search(db, registrar, "Асанов Бакыт")}
    assert prisoner_number("BSH-1", tag, 2) not in every and len(every) == 10


def test_a_bad_row_in_a_later_batch_still_imports_nothing(db, registrar, tmp_path, monkeypatch):
    monkeypatch.setattr(register_io, "BATCH", 2)
    rows = [*GOOD, *GOOD[1:], ["", "Бакыт", "", "17.05.1990", "м", "", "", "", "", ""]]
    report = register_io.import_prisoners(db, registrar, write_csv(tmp_path / "r.csv", rows))
    assert report.imported == 0 and count(db, registrar) == 0
    assert [(b.line, b.column) for b in report.bad] == [(4, "pin"), (6, "surname")]


def test_digits_of_other_scripts_in_a_number_are_a_bad_row_not_a_crash(db, registrar, tmp_path):
    from prisondesk.domain.numbers import device_tag

    tag = device_tag(db.device_id)
    rows = [
        ["Номер", "Фамилия", "Имя", "Дата рождения", "Пол"],
        [f"BSH-1-{tag}-²", "Асанов", "Бакыт", "17.05.1990", "м"],
        [f"BSH-1-{tag}-①②", "Осмонов", "Талант", "02.02.1988", "м"],
    ]
    report = register_io.import_prisoners(
        db, registrar, write_csv(tmp_path / "r.csv", rows), skip_bad=True
    )
    assert [(b.line, b.column) for b in report.bad] == [(2, "number"), (3, "number")]
