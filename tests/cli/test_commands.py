from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from prisondesk import private_folder
from prisondesk.cli import main
from prisondesk.db.migrate import head_revision


def run(*args: str) -> int:
    return main(list(args))


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as done:
        run("--help")
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("gui", "db", "backup", "restore", "audit", "demo", "selftest", "--home"):
        assert command in out
    assert "qt-probe" not in out


def test_db_upgrade_creates_then_reports_current(paths, capsys):
    assert run("db", "upgrade") == 0
    assert f"schema (new) -> {head_revision()}" in capsys.readouterr().out
    assert run("db", "upgrade") == 0
    assert "already at schema" in capsys.readouterr().out


def test_home_option_selects_the_data_folder(tmp_path, capsys):
    assert run("--home", str(tmp_path / "elsewhere"), "db", "upgrade") == 0
    assert (tmp_path / "elsewhere" / "prisondesk.sqlite3").is_file()


def test_demo_fills_users_of_every_role_and_prisoners(paths, capsys):
    assert run("demo", "--prisoners", "120") == 0
    out = capsys.readouterr().out
    assert "prisoners added: 120" in out and "demo-pass-1" in out
    assert run("demo", "--prisoners", "120") == 0  # a second run adds nothing
    assert "prisoners added: 0" in capsys.readouterr().out
    from prisondesk.services.core import users
    from prisondesk.services.store import open_store

    store, _ = open_store(paths.database, paths.backups)
    try:
        for role in (
            "admin",
            "gate_officer",
            "registry_officer",
            "social_worker",
            "instructor",
            "supervisor",
            "hq_viewer",
        ):
            assert users.authenticate(store, role, "demo-pass-1").role.value == role
    finally:
        store.dispose()


def test_audit_verify_passes_then_names_a_tampered_entry(paths, capsys):
    assert run("demo", "--prisoners", "5") == 0
    assert run("audit", "verify") == 0
    assert "audit chain intact" in capsys.readouterr().out
    raw = sqlite3.connect(paths.database)
    raw.execute("DROP TRIGGER pd_guard_audit_entry_update")
    raw.execute("UPDATE audit_entry SET action = 'nothing' WHERE device_seq = 3")
    raw.commit()
    raw.close()
    assert run("audit", "verify") == 1
    assert "BROKEN at device" in capsys.readouterr().out


def test_audit_verify_says_the_log_was_wiped(paths, capsys):
    assert run("demo", "--prisoners", "2") == 0
    raw = sqlite3.connect(paths.database)
    raw.execute("DROP TRIGGER pd_guard_audit_entry_delete")
    raw.execute("DELETE FROM audit_entry")
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert run("audit", "verify") == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "entry #1" in out and "every entry is missing" in out


def _count(path, sql):
    raw = sqlite3.connect(path)
    try:
        return raw.execute(sql).fetchone()[0]
    finally:
        raw.close()


def test_restore_brings_back_the_backup_but_keeps_unsent_work_and_identity(paths, tmp_path, capsys):
    assert run("demo", "--prisoners", "10") == 0
    target = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(target)) == 0
    assert run("demo", "--prisoners", "15") == 0  # work done after the backup, not yet pushed
    device = _count(paths.database, "SELECT value FROM local_state WHERE key = 'device_id'")
    clock = _count(paths.database, "SELECT value FROM local_state WHERE key = 'hlc_last'")
    ops = _count(paths.database, "SELECT count(*) FROM sync_outbox")
    audit_entries = _count(paths.database, "SELECT max(device_seq) FROM audit_entry")
    assert run("restore", str(target), "--yes") == 0
    out = capsys.readouterr().out
    assert "restored" in out and "kept as" in out and "kept from the replaced file" in out
    assert _count(paths.database, "SELECT count(*) FROM prisoner") == 10
    assert _count(paths.database, "SELECT count(*) FROM sync_outbox") == ops
    assert _count(paths.database, "SELECT max(device_seq) FROM audit_entry") == audit_entries
    assert _count(paths.database, "SELECT value FROM local_state WHERE key = 'device_id'") == device
    assert _count(paths.database, "SELECT value FROM local_state WHERE key = 'hlc_last'") == clock
    assert run("audit", "verify") == 0  # the chain continues where it was, not forked
    assert run("demo", "--prisoners", "11") == 0  # and the next write works on top of it
    assert run("audit", "verify") == 0


def test_restore_is_refused_while_the_program_runs(paths, tmp_path, capsys):
    from prisondesk.instance import acquire_instance_lock

    assert run("demo", "--prisoners", "3") == 0
    target = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(target)) == 0
    held = acquire_instance_lock(paths)
    assert held is not None
    try:
        assert run("restore", str(target), "--yes") == 2
        assert "close it first" in capsys.readouterr().err
    finally:
        held.unlock()


def test_restore_refuses_a_backup_from_a_newer_version(paths, tmp_path, capsys):
    assert run("demo", "--prisoners", "3") == 0
    target = tmp_path / "future.sqlite3"
    assert run("backup", "-o", str(target)) == 0
    raw = sqlite3.connect(target)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = paths.database.read_bytes()
    assert run("restore", str(target), "--yes") == 2
    assert "9999_future" in capsys.readouterr().err
    assert paths.database.read_bytes() == before


def test_restore_without_a_terminal_changes_nothing(paths, tmp_path, monkeypatch, capsys):
    assert run("demo", "--prisoners", "3") == 0
    target = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(target)) == 0

    def no_terminal(prompt=""):
        raise EOFError

    monkeypatch.setattr("builtins.input", no_terminal)
    assert run("restore", str(target)) == 2
    assert "nothing changed" in capsys.readouterr().out


def test_backup_to_an_unwritable_place_is_a_clear_error(paths, capsys):
    assert run("demo", "--prisoners", "3") == 0
    assert run("backup", "-o", "/proc/no/such/place.sqlite3") == 2
    assert "cannot write the backup" in capsys.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_database(paths, tmp_path, capsys):
    assert run("demo", "--prisoners", "3") == 0
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"garbage" * 100)
    before = paths.database.read_bytes()
    assert run("restore", str(bogus), "--yes") == 2
    assert "not a sound PrisonDesk backup" in capsys.readouterr().err
    assert paths.database.read_bytes() == before


def test_damaged_database_is_refused_with_the_way_out(paths, capsys):
    paths.database.write_bytes(b"\x00garbage" * 500)
    assert run("audit", "verify") == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "prisondesk restore" in err


def test_the_way_out_works_a_damaged_database_is_restored_from_a_backup(paths, tmp_path, capsys):
    assert run("demo", "--prisoners", "4") == 0
    target = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(target)) == 0
    paths.database.write_bytes(b"\x00garbage" * 500)  # its header overwritten
    assert run("restore", str(target), "--yes") == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "the replaced file could not be read" in out  # nothing carried from garbage
    kept = next(paths.backups.glob("*before-restore*"))
    assert kept.read_bytes() == b"\x00garbage" * 500  # kept byte for byte for a specialist
    assert _count(paths.database, "SELECT count(*) FROM prisoner") == 4
    assert run("audit", "verify") == 0
    assert [p.name for p in paths.home.glob("prisondesk.sqlite3.restore*")] == [
        "prisondesk.sqlite3.restore-outcome.json"  # audited when the program next opens it
    ]


@pytest.mark.slow
def test_console_script_starts_the_login_window_offscreen(paths):
    assert run("demo", "--prisoners", "3") == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PRISONDESK_HOME": str(paths.home)}
    done = subprocess.run(
        [sys.executable, "-m", "prisondesk", "gui", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    marker = [line for line in done.stdout.splitlines() if line.startswith("PRISONDESK-READY")]
    assert marker and marker[0].split()[1] == "LoginDialog"


def _selftest(qt_platform: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": qt_platform}
    return subprocess.run(
        [sys.executable, "-m", "prisondesk", "selftest"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_selftest_passes_on_this_installation(paths):
    done = _selftest("offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASS") == 7 and "FAIL" not in done.stdout
    assert "PASS  Instruments          1 read: example-risk-needs.v1" in done.stdout
    assert f"PASS  Data folder          {paths.home} is open to this account" in done.stdout


@pytest.mark.slow
def test_selftest_reports_a_missing_qt_platform_and_a_folder_open_to_all(paths):
    paths.home.chmod(0o755)  # as an older version, or a careless copy, left it
    done = _selftest("no-such-platform")
    assert done.returncode == 1
    assert "FAIL  Qt platform plugin" in done.stdout
    assert f"FAIL  Data folder          RuntimeError: too open: {paths.home} is 755" in done.stdout
    assert "5 passed, 2 failed" in done.stdout


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows ACLs: private_folder.py")
def test_the_data_folder_and_its_files_are_the_owners_only(paths, tmp_path, capsys):
    assert run("demo", "--prisoners", "2") == 0
    assert run("backup") == 0
    (paths.logs / "old.log").write_text("an older version's log")
    for entry in (paths.home, paths.backups, paths.logs):
        entry.chmod(0o755)  # the attack: any user of the machine reads PINs and the token
    for entry in [paths.database, *paths.backups.iterdir(), paths.logs / "old.log"]:
        entry.chmod(0o644)
    stranger = paths.home / "notes.txt"  # not PrisonDesk's: --home may hold other files
    stranger.write_text("x")
    stranger.chmod(0o644)
    from prisondesk.selftest import check_data_folder

    with pytest.raises(RuntimeError, match="too open"):
        check_data_folder(paths.home)
    assert run("audit", "verify") == 0  # any start of the program tightens it
    modes = {p.name: p.stat().st_mode & 0o777 for p in private_folder.own_entries(paths.home)}
    assert set(modes.values()) == {0o700, 0o600}
    assert modes[paths.home.name] == modes["backups"] == modes["logs"] == 0o700
    assert modes["prisondesk.sqlite3"] == modes["old.log"] == 0o600
    assert stranger.stat().st_mode & 0o777 == 0o644
    assert check_data_folder(paths.home).endswith("this account (and administrators) only")
    assert run("backup") == 0  # a new backup is born private
    assert {p.stat().st_mode & 0o777 for p in paths.backups.iterdir()} == {0o600}


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        run("frobnicate")
    assert done.value.code == 2
    assert Path(sys.executable).exists()


def test_demo_refuses_a_real_facility(db, admin, capsys):
    assert run("demo") == 2
    assert "never into BSH-1" in capsys.readouterr().err


def test_restore_refuses_another_facilitys_backup_and_names_both(paths, tmp_path, capsys):
    from prisondesk.db.engine import Database
    from prisondesk.db.migrate import upgrade_database
    from prisondesk.services.core import facility

    assert run("demo", "--prisoners", "2") == 0
    other = tmp_path / "osh.sqlite3"
    upgrade_database(other, tmp_path / "osh-backups")
    store = Database.open_sqlite(other)
    try:
        facility.set_up_facility(
            store,
            code="OSH-2",
            name="Колония №2",
            wings=["А"],
            admin_username="admin",
            admin_full_name="Осмонов Улан",
            admin_password="admin-pass-1",
        )
    finally:
        store.dispose()
    before = paths.database.read_bytes()
    capsys.readouterr()
    assert run("restore", str(other), "--yes") == 2
    said = capsys.readouterr().err
    assert "OSH-2 “Колония №2”" in said and "DEMO" in said and "Nothing was restored" in said
    assert paths.database.read_bytes() == before


def test_a_database_locked_by_another_program_is_refused_plainly(paths, capsys, monkeypatch):
    assert run("demo", "--prisoners", "2") == 0
    monkeypatch.setattr("prisondesk.db.engine.BUSY_TIMEOUT_MS", 500)  # not the desk's 10 s
    capsys.readouterr()
    other = sqlite3.connect(paths.database, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        assert run("demo", "--prisoners", "3") == 2
    finally:
        other.rollback()
        other.close()
    said = capsys.readouterr().err
    assert "is in use by another program" in said and "Traceback" not in said
    assert _count(paths.database, "SELECT count(*) FROM prisoner") == 2


def test_a_data_folder_that_cannot_be_written_is_refused_plainly(paths, capsys, monkeypatch):
    """As root the tests cannot make a folder read-only, so the file system's answer is
    played: the error Python raises for a read-only folder."""
    from prisondesk.config import Paths

    def read_only(self):
        raise PermissionError(13, "Permission denied", str(self.logs))

    monkeypatch.setattr(Paths, "ensure", read_only)
    assert run("audit", "verify") == 2
    said = capsys.readouterr().err
    assert f"{paths.logs} cannot be written (read-only)" in said
    assert "--home" in said and "Errno" not in said


def test_import_shows_its_progress(paths, tmp_path, capsys, monkeypatch):
    assert run("demo", "--prisoners", "2") == 0
    rows = ["Фамилия;Имя;Дата рождения;Пол"]
    rows += [f"Асанов;Бакыт;{1 + n % 28:02d}.05.1990;м" for n in range(30)]
    register = tmp_path / "r.csv"
    register.write_text("\n".join(rows), encoding="cp866")
    monkeypatch.setenv("PRISONDESK_PASSWORD", "demo-pass-1")
    capsys.readouterr()
    assert run("import", "prisoners", str(register), "--user", "registry_officer") == 0
    said = capsys.readouterr()
    assert "checked 0 of 30 rows (0%)" in said.err and "checked 30 of 30 rows (100%)" in said.err
    assert "imported 30 of 30 rows" in said.out


def test_instruments_lists_those_installed_and_checks_a_file(tmp_path, capsys):
    assert run("instruments") == 0
    assert "example-risk-needs version 1: Example risk and needs assessment" in (
        capsys.readouterr().out
    )
    broken = tmp_path / "mine.v1.toml"
    broken.write_text('id = "mine"\nversion = 0\n', encoding="utf-8")
    assert run("instruments", str(broken)) == 1
    out = capsys.readouterr().out
    assert "mine.v1.toml cannot be used" in out and "“levels” is missing." in out
    assert "must be at least 1, not 0" in out


def test_a_report_is_saved_for_a_scheduled_export(paths, tmp_path, capsys, monkeypatch):
    import csv
    from datetime import date, timedelta

    import pypdfium2

    assert run("demo", "--prisoners", "20") == 0
    capsys.readouterr()
    monkeypatch.setenv("PRISONDESK_PASSWORD", "demo-pass-1")
    last = date.today()
    first = last - timedelta(days=30)
    sheet = tmp_path / "population.csv"
    args = ["--from", first.isoformat(), "--to", last.isoformat(), "--user", "supervisor"]
    assert run("report", "population", *args, "-o", str(sheet)) == 0
    assert "report population" in capsys.readouterr().out
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) >= 3 and rows[-1][0]  # the header, the wings, the totals
    paper = tmp_path / "population.pdf"
    assert run("report", "population", *args, "-o", str(paper), "--language", "ky") == 0
    text = pypdfium2.PdfDocument(paper.read_bytes())[0].get_textpage().get_text_range()
    assert first.strftime("%d.%m.%Y") in text
    assert run("report", "no_such_report", *args, "-o", str(sheet)) == 2
    assert "no_such_report" in capsys.readouterr().err
    # --facility names the facility by its code (a headquarters desk reads several)
    from prisondesk.services.demo.core import DEMO_FACILITY

    own = ["--facility", DEMO_FACILITY[0].lower()]
    assert run("report", "population", *args, *own, "-o", str(sheet)) == 0
    capsys.readouterr()
    assert run("report", "population", *args, "--facility", "NOPE-9", "-o", str(sheet)) == 2
    assert "No facility you may read has the code NOPE-9." in capsys.readouterr().err
