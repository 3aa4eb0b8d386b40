from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import prisondesk.db.migrate as migrate
from prisondesk.config import MIGRATIONS_DIR
from prisondesk.db.backup import backup_if_due
from prisondesk.db.base import Base
from prisondesk.db.engine import sqlite_engine
from prisondesk.db.migrate import DatabaseProblem, head_revision, upgrade_database


def test_models_and_migration_head_agree(paths):
    upgrade_database(paths.database, paths.backups)
    engine = sqlite_engine(paths.database)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_first_start_creates_without_backup_and_second_start_changes_nothing(paths):
    report = upgrade_database(paths.database, paths.backups)
    assert report.previous is None and report.current == head_revision() and report.backup is None
    again = upgrade_database(paths.database, paths.backups)
    assert again.previous == again.current and again.backup is None


def _broken_migrations(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_broken.py").write_text(
        f"revision = '9999_broken'\ndown_revision = {head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n"
        "from alembic import op\n"
        "def upgrade():\n"
        "    op.execute('CREATE TABLE half_done (x INTEGER)')\n"
        "    raise RuntimeError('disk on fire')\n",
        encoding="utf-8",
    )
    return folder


def test_failed_migration_keeps_backup_names_it_and_leaves_the_file_as_it_was(
    paths, tmp_path, monkeypatch
):
    upgrade_database(paths.database, paths.backups)
    original_head = head_revision()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _broken_migrations(tmp_path))
    with pytest.raises(DatabaseProblem) as failure:
        upgrade_database(paths.database, paths.backups)
    backups = list(paths.backups.glob("*before-9999_broken.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in str(failure.value) and "disk on fire" in str(failure.value)
    raw = sqlite3.connect(paths.database)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    raw.close()
    assert "half_done" not in tables and version == original_head


def test_backup_is_made_before_a_migration(paths, tmp_path, monkeypatch):
    upgrade_database(paths.database, paths.backups)
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9998_more.py").write_text(
        f"revision = '9998_more'\ndown_revision = {head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\nfrom alembic import op\n"
        "def upgrade():\n    op.execute('CREATE TABLE extra (x INTEGER)')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    report = upgrade_database(paths.database, paths.backups)
    assert report.backup is not None and report.backup.exists()
    raw = sqlite3.connect(report.backup)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == report.previous
    raw.close()


def test_database_from_a_newer_version_is_refused_unchanged(paths):
    upgrade_database(paths.database, paths.backups)
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer version"):
        upgrade_database(paths.database, paths.backups)
    assert paths.database.read_bytes() == before


def test_damaged_file_is_refused_unchanged(paths):
    paths.database.write_bytes(b"this is not a database at all" * 200)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseProblem, match="damaged"):
        upgrade_database(paths.database, paths.backups)
    assert paths.database.read_bytes() == before


def test_read_only_file_is_refused(paths):
    upgrade_database(paths.database, paths.backups)
    if os.geteuid() == 0:  # root ignores permission bits: make the file immutable instead
        subprocess.run(["chattr", "+i", str(paths.database)], check=True)
    else:
        paths.database.chmod(0o444)
    try:
        with pytest.raises(DatabaseProblem, match="read-only"):
            upgrade_database(paths.database, paths.backups)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(paths.database)], check=True)
        paths.database.chmod(0o644)


def test_daily_backup_is_made_once_a_day_and_old_ones_pruned(db, admin, paths):
    from datetime import UTC, datetime, timedelta

    made = backup_if_due(paths.database, paths.backups)
    assert made is not None and made.exists()
    assert backup_if_due(paths.database, paths.backups) is None  # not due again today
    start = datetime.now(UTC)
    for day in range(1, 20):
        later = start + timedelta(days=day)
        newest = max(paths.backups.glob("*-daily.sqlite3"))
        stamp = (later - timedelta(days=1, minutes=1)).timestamp()
        os.utime(newest, (stamp, stamp))  # the newest daily backup is a day old
        assert backup_if_due(paths.database, paths.backups, now=later) is not None
    assert len(list(paths.backups.glob("*-daily.sqlite3"))) == 14
    raw = sqlite3.connect(max(paths.backups.glob("*-daily.sqlite3")))
    assert raw.execute("SELECT code FROM facility").fetchone() == ("BSH-1",)
    raw.close()


def test_changes_waiting_from_before_0008_are_grouped_with_the_audit_entry_after_them(paths):
    from alembic import command

    from prisondesk.db.capture import open_gate
    from prisondesk.db.migrate import alembic_config

    engine = sqlite_engine(paths.database)
    with engine.begin() as connection, open_gate(connection):
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0007_family_contact")
        for seq, table in enumerate(["wing", "wing", "audit_entry", "prisoner", "audit_entry"], 1):
            connection.exec_driver_sql(
                "INSERT INTO sync_outbox (seq, op_id, table_name, row_id, kind, fields, base, "
                "device_time) VALUES (?, ?, ?, ?, 'insert', '{}', '{}', '2026-12-01 09:00:00')",
                (seq, f"00000000-0000-7000-8000-00000000000{seq}", table, f"r{seq}"),
            )
    engine.dispose()
    upgrade_database(paths.database, paths.backups)
    raw = sqlite3.connect(paths.database)
    groups = raw.execute("SELECT seq, txn FROM sync_outbox ORDER BY seq").fetchall()
    raw.close()
    assert groups == [(1, -3), (2, -3), (3, -3), (4, -5), (5, -5)]


def test_a_full_disk_is_said_plainly(paths):
    import sqlite3

    from prisondesk.db.migrate import plain_problem

    for fault in ("database or disk is full", "disk I/O error"):
        problem = plain_problem(sqlite3.OperationalError(fault), paths.database)
        assert problem is not None and fault in str(problem)
        assert str(paths.database) in str(problem)
