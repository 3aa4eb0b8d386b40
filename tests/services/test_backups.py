"""Administration → Backups, below the screen: the list, a backup made to a chosen folder,
each refusal of a restore, and a restore asked for now and done at the next start."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest

from prisondesk.db import restore
from prisondesk.db.backup import backup_database
from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.services.core import backups, facility
from prisondesk.services.core.backups import BackupRefused
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.sync import state


def _count(path: Path, sql: str):
    raw = sqlite3.connect(path)
    try:
        return raw.execute(sql).fetchone()[0]
    finally:
        raw.close()


def _audited(db: Database, action: str) -> list[dict]:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT after FROM audit_entry WHERE action = ?", (action,)
        ).fetchall()
    return [json.loads(row[0]) for row in rows]


def test_the_list_shows_the_data_folders_and_a_chosen_folders_backups_newest_first(
    db, admin, paths, tmp_path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in (
        "prisondesk-20240101-020000-daily.sqlite3",
        "prisondesk-20240301-090000-abc1.sqlite3",
    ):
        backup_database(paths.database, paths.backups / name.replace("abc1", "before-abc1"))
    backup_database(paths.database, stick / "prisondesk-20240201-100000-manual.sqlite3")
    (stick / "notes.sqlite3").write_text("not a database")
    listed = backups.list_backups(admin, paths, stick)
    assert [(b.path.name[11:26], b.kind, b.in_data_folder) for b in listed] == [
        ("20240301-090000", "before-update", True),
        ("20240201-100000", "manual", False),
        ("20240101-020000", "daily", True),
    ]
    assert len({b.size for b in listed}) == 1 and listed[0].size > 0
    assert backups.list_backups(admin, paths, tmp_path / "pulled-out") == [
        b for b in listed if b.in_data_folder
    ]


def test_a_backup_to_a_chosen_folder_is_a_whole_database_and_audited(db, admin, paths, tmp_path):
    made = backups.make_backup(db, admin, paths, tmp_path / "stick")
    assert made.path.parent == tmp_path / "stick" and made.kind == "manual"
    assert _count(made.path, "SELECT code FROM facility") == "BSH-1"
    assert not list((tmp_path / "stick").glob("*.partial"))
    assert _audited(db, "backup")[0]["file"] == made.path.name
    assert backups.list_backups(admin, paths, tmp_path / "stick")[0] == made


# a read-only, full or failing stick, as the operating system reports it (root, as CI runs,
# writes through any mode bits, so the refusal is made by the copy itself)
@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (OSError(errno.ENOSPC, "No space left on device"), "full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.EIO, "Input/output error"), "cannot_write"),
    ],
)
def test_a_full_or_read_only_stick_is_said(db, admin, paths, tmp_path, monkeypatch, fault, reason):
    def failing(source, destination):  # cut short, as SQLite's copy leaves it
        Path(destination).write_bytes(b"half")
        raise fault

    monkeypatch.setattr("prisondesk.db.backup.copy_into", failing)
    with pytest.raises(BackupRefused) as refused:
        backups.make_backup(db, admin, paths, tmp_path)
    assert refused.value.reason == reason and str(tmp_path) in str(refused.value)
    assert list(tmp_path.glob("prisondesk-*")) == [] and _audited(db, "backup") == []


def test_only_an_administrator_makes_or_restores_backups(db, admin, paths, registrar, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.make_backup(db, registrar, paths, tmp_path)
    with pytest.raises(PermissionDenied):
        backups.request_restore(db, registrar, paths, tmp_path / "x.sqlite3")


@pytest.fixture
def copy(db, admin, paths, tmp_path) -> Path:
    return backups.make_backup(db, admin, paths, tmp_path / "stick").path


def _refused(db, admin, paths, source: Path) -> str:
    before = paths.database.read_bytes()
    with pytest.raises(BackupRefused) as refused:
        backups.request_restore(db, admin, paths, source)
    assert backups.pending_restore(paths) is None
    assert paths.database.read_bytes() == before
    return refused.value.reason


def test_a_restore_is_refused_for_a_missing_or_damaged_file(db, admin, paths, tmp_path):
    assert _refused(db, admin, paths, tmp_path / "none.sqlite3") == "not_found"
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"garbage" * 100)
    assert _refused(db, admin, paths, bogus) == "damaged"


def test_a_restore_is_refused_for_a_database_that_is_not_prisondesks(db, admin, paths, tmp_path):
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    assert _refused(db, admin, paths, other) == "not_prisondesk"


def test_a_restore_is_refused_for_a_newer_schema(db, admin, paths, copy):
    raw = sqlite3.connect(copy)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    assert _refused(db, admin, paths, copy) == "newer"


def test_a_restore_is_refused_for_another_facilitys_backup(db, admin, paths, tmp_path):
    other = tmp_path / "osh.sqlite3"
    upgrade_database(other, tmp_path / "osh-backups")
    store = Database.open_sqlite(other)
    try:
        facility.set_up_facility(
            store, code="OSH-2", name="Колония №2", wings=["А"], admin_username="admin",
            admin_full_name="Осмонов Улан", admin_password="admin-pass-1",
        )  # fmt: skip
    finally:
        store.dispose()
    assert _refused(db, admin, paths, other) == "other_facility"


def test_a_restore_is_refused_for_a_headquarters_backup(db, admin, paths, copy):
    raw = sqlite3.connect(copy)
    raw.execute("INSERT INTO local_state (key, value) VALUES ('desk_headquarters', '1')")
    raw.commit()
    raw.close()
    assert _refused(db, admin, paths, copy) == "other_kind"


def test_a_headquarters_desk_takes_its_own_backup_whatever_facility_comes_first(
    db, admin, paths, copy
):
    """A headquarters desk holds every facility: one registered since the backup (and first
    by its code) does not make its own backup another facility's."""
    for path in (paths.database, copy):
        raw = sqlite3.connect(path)
        raw.execute("INSERT INTO local_state (key, value) VALUES ('desk_headquarters', '1')")
        raw.commit()
        raw.close()
    raw = sqlite3.connect(paths.database)
    raw.create_function("pd_capture", 0, lambda: 1)
    columns = [row[1] for row in raw.execute("PRAGMA table_info(facility)")]
    shown = ", ".join(
        {"id": "'f-aaa'", "code": "'AAA-0'", "name": "'Первая по коду'"}.get(c, c) for c in columns
    )
    raw.execute(f"INSERT INTO facility ({', '.join(columns)}) SELECT {shown} FROM facility")
    raw.commit()
    raw.close()
    assert restore.facility_of(paths.database).code == "AAA-0"  # not the backup's first
    backups.check_backup(copy, paths)  # not refused


def test_a_restore_asked_for_is_done_at_the_next_start_keeping_unsent_work(
    db, admin, paths, copy, registrar
):
    """Work after the backup (a user made) is gone; the outbox, the audit trail and the
    identity stay; the replaced database is kept; the request and the restore are audited."""
    assert _count(paths.database, "SELECT count(*) FROM user_account") == 2
    pending = backups.request_restore(db, admin, paths, copy)
    assert backups.pending_restore(paths) == pending and pending.requested_by == "admin"
    copy.unlink()  # the stick pulled out: the copy in the data folder is restored
    ops = _count(paths.database, "SELECT count(*) FROM sync_outbox")
    entries = _count(paths.database, "SELECT max(device_seq) FROM audit_entry")
    device = db.device_id
    with db.apply_remote() as session:  # the desk had pulled up to 812 since the backup
        state.put(session, state.CURSOR, "812")
        state.put(session, state.DIGEST_MATCHED_AT, "812@1")
    db.dispose()  # the program closes

    outcome = backups.apply_pending_restore(paths)
    assert outcome is not None and outcome.problem is None
    assert outcome.safety_copy is not None and outcome.safety_copy.parent == paths.backups
    assert _count(outcome.safety_copy, "SELECT count(*) FROM user_account") == 2
    assert _count(paths.database, "SELECT count(*) FROM user_account") == 1
    assert _count(paths.database, "SELECT count(*) FROM sync_outbox") == ops
    assert _count(paths.database, "SELECT max(device_seq) FROM audit_entry") == entries
    # what the server sent after the backup is pulled again: from the start, digest afresh
    assert _count(paths.database, "SELECT value FROM local_state WHERE key = 'sync_cursor'") == "0"
    assert (
        _count(
            paths.database,
            f"SELECT count(*) FROM local_state WHERE key = '{state.DIGEST_MATCHED_AT}'",
        )
        == 0
    )
    assert backups.pending_restore(paths) is None and backups.apply_pending_restore(paths) is None
    # only the outcome stays, for the audit entry the opened database receives
    assert [p.name for p in paths.home.glob("prisondesk.sqlite3.restore*")] == [
        "prisondesk.sqlite3.restore-outcome.json"
    ]
    reopened = Database.open_sqlite(paths.database)
    try:
        assert reopened.device_id == device
        backups.record_restores(reopened, paths)
        backups.record_restores(reopened, paths)  # the next start: nothing left to audit
        assert _audited(reopened, "restore") == [
            {"file": str(copy), "kept_as": str(outcome.safety_copy)}
        ]
        from prisondesk.services.core.audit import verify_chain

        assert verify_chain(reopened).ok
    finally:
        reopened.dispose()
    assert [p.name for p in paths.home.glob("prisondesk.sqlite3.restore*")] == []


def test_a_restore_whose_program_was_closed_at_the_message_is_audited_at_the_next_start(
    db, admin, paths, copy
):
    backups.request_restore(db, admin, paths, copy)
    db.dispose()
    assert backups.apply_pending_restore(paths).problem is None
    # the officer closed the program at "The backup … was restored": no database was opened
    reopened = Database.open_sqlite(paths.database)
    try:
        backups.record_restores(reopened, paths)  # the start after
        assert [entry["file"] for entry in _audited(reopened, "restore")] == [str(copy)]
    finally:
        reopened.dispose()


def test_a_restore_waits_for_a_command_that_has_the_database_open_then_changes_nothing(
    db, admin, paths, copy, monkeypatch
):
    """A scheduled ``prisondesk sync`` of this desk running as the program starts: the
    restore may not read the unsent work, let the command write more, and copy over it."""
    backups.request_restore(db, admin, paths, copy)
    db.dispose()
    monkeypatch.setattr("prisondesk.db.restore.LOCK_WAIT_SECONDS", 0.2)
    command = sqlite3.connect(paths.database)  # the command's connection, mid-write
    try:
        command.execute("BEGIN IMMEDIATE")
        command.execute("INSERT INTO local_state (key, value) VALUES ('written_by', 'sync')")
        outcome = backups.apply_pending_restore(paths)
        command.commit()  # its write is kept: the restore did not happen
    finally:
        command.close()
    assert "database is locked" in str(outcome.problem)
    assert _count(paths.database, "SELECT value FROM local_state WHERE key = 'written_by'") == (
        "sync"
    )
    assert list(paths.backups.glob("*before-restore*")) == []  # nothing was replaced


def test_no_command_writes_between_the_reading_of_the_unsent_work_and_the_swap(
    db, admin, paths, copy, monkeypatch
):
    backups.request_restore(db, admin, paths, copy)
    db.dispose()
    monkeypatch.setattr("prisondesk.db.restore.LOCK_WAIT_SECONDS", 0.2)
    refused: list[str] = []
    carry_over = restore.carry_over

    def a_command_writes_meanwhile(work, carried):
        late = sqlite3.connect(paths.database, timeout=0.2)
        try:
            late.execute("INSERT INTO local_state (key, value) VALUES ('late', 'lost?')")
            late.commit()
        except sqlite3.OperationalError as problem:
            refused.append(str(problem))
        finally:
            late.close()
        return carry_over(work, carried)

    monkeypatch.setattr(restore, "carry_over", a_command_writes_meanwhile)
    assert backups.apply_pending_restore(paths).problem is None
    assert refused == ["database is locked"]  # said to the command, not silently lost
    assert len(list(paths.backups.glob("*before-restore*"))) == 1  # the restore went on
    assert _count(paths.database, "SELECT count(*) FROM local_state WHERE key = 'late'") == 0


def test_a_restore_that_fails_at_the_start_leaves_the_database_as_it_was(
    db, admin, paths, copy, monkeypatch
):
    backups.request_restore(db, admin, paths, copy)
    db.dispose()
    before = paths.database.read_bytes()

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("prisondesk.db.restore.carry_over", broken)
    outcome = backups.apply_pending_restore(paths)
    assert outcome is not None and "disk I/O error" in str(outcome.problem)
    assert paths.database.read_bytes() == before
    assert list(paths.backups.glob("*before-restore*")) == []
    assert [p.name for p in paths.home.glob("prisondesk.sqlite3.restore*")] == [
        "prisondesk.sqlite3.restore-outcome.json"  # for the entry "restore_failed"
    ]


def test_a_pending_restore_can_be_cancelled(db, admin, paths, copy):
    backups.request_restore(db, admin, paths, copy)
    backups.cancel_restore(db, admin, paths)
    assert backups.pending_restore(paths) is None
    assert backups.apply_pending_restore(paths) is None
    assert len(_audited(db, "restore_cancelled")) == 1


def test_a_second_restore_that_cannot_be_copied_leaves_the_first_pending(
    db, admin, paths, copy, monkeypatch
):
    first = backups.request_restore(db, admin, paths, copy)

    def full(source, target):
        Path(f"{target}.partial").write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "backup_database", full)
    with pytest.raises(BackupRefused) as refused:
        backups.request_restore(db, admin, paths, copy)
    assert refused.value.reason == "full"
    assert str(refused.value) == (  # said as a restore's, not as a backup's
        f"There is no room in the data folder {paths.home} for a copy of the backup. Free some "
        "space; nothing will be restored."
    )
    assert backups.pending_restore(paths) == first  # still the one asked for before
    assert [p.name for p in paths.home.glob("*.incoming*")] == []  # no half copy left
    assert len(_audited(db, "restore_requested")) == 1


def test_a_failure_without_words_is_audited_as_a_failure(db, paths):
    """An exception whose text is empty still says the restore failed."""
    backups._keep_outcome(
        paths, backups.RestoreOutcome("x.sqlite3", "admin", None, AssertionError())
    )
    backups.record_restores(db, paths)
    assert _audited(db, "restore") == []
    assert _audited(db, "restore_failed") == [{"file": "x.sqlite3", "kept_as": ""}]
