"""Restoring a backup without rewinding this workstation's identity or losing unsent work.

A backup is older than the file it replaces. Three things written since must survive, or sync
breaks: the device id and its clock (a rewound clock issues stamps that lose to its own older
ones), the outbox (changes not yet pushed exist nowhere else), and this device's audit entries
(their sequence numbers were possibly pushed already; reusing them forks the chain). They are
carried over from the replaced file when it can still be read. Records changed after the backup
come back from the server on the next pull.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from prisondesk.db.backup import backup_database, backup_name, check_integrity, copy_into

CARRIED_TABLES = ("local_state", "sync_outbox", "audit_entry")


@dataclass(frozen=True)
class RestoreReport:
    safety_copy: Path | None
    carried: dict[str, int]  # table -> rows carried over from the replaced file


@dataclass(frozen=True)
class FacilityOfFile:
    id: str
    code: str
    name: str

    def __str__(self) -> str:
        return f"{self.code} “{self.name}”"


# sync/state.py's keys (the sync layer stands above this one)
PULL_CURSOR = "sync_cursor"
DIGEST_MATCHED_AT = "sync_digest_matched_at"
LOCK_WAIT_SECONDS = 10  # how long a restore waits for a command's write (one ends well within)


def facility_of(path: Path) -> FacilityOfFile | None:
    """The facility a database file serves, or None (no file, none set up, not readable)."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT id, code, name FROM facility WHERE NOT deleted ORDER BY code LIMIT 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return FacilityOfFile(*row) if row else None


def _open_writable(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.create_function("pd_capture", 0, lambda: 1)  # rows already captured once
    return connection


@contextmanager
def _alone(database: Path) -> Iterator[sqlite3.Connection | None]:
    """``database`` open on this connection alone: every other one — a scheduled
    ``prisondesk sync`` or ``report`` of this desk — is refused ("database is locked") until
    it closes, so none writes between the reading of what is carried over and the swap (a
    write neither file would keep) nor reads a half-copied file. SQLite's exclusive locking
    mode holds the lock from the first transaction to the close. A command that has the file
    open already makes this wait, then fail: the restore stops with the database as it was.
    None when there is no file, or it is damaged: it is then replaced as a file, not through
    SQLite (which cannot open it), and nothing can write it meanwhile."""
    if not database.exists():
        yield None
        return
    connection = sqlite3.connect(database, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
        sound = [row[0] for row in connection.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.OperationalError:
        connection.close()
        raise  # in use by another command: said, nothing changed
    except sqlite3.DatabaseError:  # not a database any more
        sound = False
    if not sound:  # closed before the file is copied or replaced (Windows locks its bytes)
        connection.close()
        yield None
        return
    try:
        yield connection
    finally:
        connection.close()


def _readable_rows(
    replaced: sqlite3.Connection | None,
) -> dict[str, tuple[list[str], list[tuple]]] | None:
    """What to carry over, or None when the replaced file is missing or damaged."""
    if replaced is None:
        return None
    try:
        carried = {}
        for table in CARRIED_TABLES:
            cursor = replaced.execute(f"SELECT * FROM {table}")
            carried[table] = ([c[0] for c in cursor.description], cursor.fetchall())
        return carried
    except sqlite3.Error:
        return None


def _clock_value(rows: list[tuple], columns: list[str]) -> str:
    key, value = columns.index("key"), columns.index("value")
    return next((row[value] for row in rows if row[key] == "hlc_last"), "") or ""


def carry_over(database: Path, carried: dict[str, tuple[list[str], list[tuple]]]) -> dict[str, int]:
    """Put the carried rows into the restored (and migrated) file, in one transaction."""
    counts: dict[str, int] = {}
    connection = _open_writable(database)
    try:
        with connection:
            for table, (columns, rows) in carried.items():
                present = {r[1] for r in connection.execute(f"PRAGMA table_info({table})")}
                if table == "local_state":
                    rows = _merged_local_state(connection, columns, rows)
                    verb = "INSERT OR REPLACE"  # the replaced file's identity and clock win
                elif table == "sync_outbox":
                    rows, columns = _unsent_ops(connection, columns, rows)
                    verb = "INSERT"  # new local numbers, in the original order
                else:
                    verb = "INSERT OR IGNORE"  # audit entries the backup has stay as they are
                keep = [i for i, c in enumerate(columns) if c in present]
                before = connection.total_changes
                connection.executemany(
                    f"{verb} INTO {table} ({', '.join(columns[i] for i in keep)}) "
                    f"VALUES ({', '.join('?' for _ in keep)})",
                    [tuple(row[i] for i in keep) for row in rows],
                )
                counts[table] = connection.total_changes - before
    finally:
        connection.close()
    return counts


def _merged_local_state(
    connection: sqlite3.Connection, columns: list[str], rows: list[tuple]
) -> list[tuple]:
    key = columns.index("key")
    stored = connection.execute("SELECT value FROM local_state WHERE key = 'hlc_last'").fetchone()
    newest = max(_clock_value(rows, columns), stored[0] if stored else "")
    # the replaced file's pull position would skip what the server sent after the backup was
    # made: the restored desk pulls everything again (applied by each row's clock, nothing
    # newer is undone) and checks its digest afresh
    forget = {"hlc_last", PULL_CURSOR, DIGEST_MATCHED_AT}
    merged = [row for row in rows if row[key] not in forget]
    merged.append(tuple("hlc_last" if c == "key" else newest for c in columns))
    merged.append(tuple(PULL_CURSOR if c == "key" else "0" for c in columns))
    return merged


def _unsent_ops(
    connection: sqlite3.Connection, columns: list[str], rows: list[tuple]
) -> tuple[list[tuple], list[str]]:
    """Ops of the replaced file the restored outbox lacks, without their old local numbers
    (which the restored file may have given to other ops). Ops the backup still holds but the
    server already has are pushed again and answered as duplicates."""
    known = {row[0] for row in connection.execute("SELECT op_id FROM sync_outbox")}
    seq, op_id = columns.index("seq"), columns.index("op_id")
    missing = sorted((row for row in rows if row[op_id] not in known), key=lambda r: r[seq])
    without_seq = [c for c in columns if c != "seq"]
    return [tuple(v for c, v in zip(columns, row, strict=True) if c != "seq") for row in missing], (
        without_seq
    )


def restore_through_work_copy(
    backup: Path, database: Path, backups: Path, work: Path
) -> RestoreReport:
    """Restore ``backup`` into ``database`` so that a failure at any step leaves the database
    as it was: the backup is copied to ``work``, migrated there and given the rows carried
    over; only then is the replaced file kept as a safety copy and the finished work copied
    over the database in one SQLite transaction (the backup API, which handles the WAL and
    rolls back if interrupted). From the reading of the rows carried over to the swap the
    database is held alone (``_alone``). ``work`` is removed in every case."""
    from prisondesk.db.migrate import upgrade_database  # migrate imports this layer's backup

    work.unlink(missing_ok=True)
    try:
        backup_database(backup, work)
        upgrade_database(work, backups)  # an older backup is brought up to date, on the copy
        with _alone(database) as replaced:
            carried = _readable_rows(replaced)
            counts = carry_over(work, carried or {})
            fault = check_integrity(work)
            if fault is not None:
                raise sqlite3.DatabaseError(fault)
            safety = _keep_replaced(replaced, database, backups, readable=carried is not None)
            _copy_over(work, replaced, database)
    finally:
        for leftover in (work, *(work.with_name(work.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return RestoreReport(safety, counts)


def _keep_replaced(
    replaced: sqlite3.Connection | None, database: Path, backups: Path, *, readable: bool
) -> Path | None:
    """The replaced file, kept in the backups folder: through SQLite when it reads, byte for
    byte when it does not (a damaged file may still be worth a specialist's look)."""
    if not database.exists():
        return None
    target = backups / backup_name("before-restore")
    if readable and replaced is not None:
        return backup_database(replaced, target)
    backups.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, target)
    return target


def _copy_over(work: Path, replaced: sqlite3.Connection | None, database: Path) -> None:
    """The finished work copy over the database: through the connection that holds it, in
    one SQLite transaction; a damaged file, which SQLite cannot open, is replaced whole."""
    if replaced is not None:
        copy_into(work, replaced)
        return
    whole = database.with_name(database.name + ".restored")
    try:
        copy_into(work, whole)
    except BaseException:
        whole.unlink(missing_ok=True)
        raise
    for leftover in ("-wal", "-shm", "-journal"):  # the damaged file's, not the new one's
        database.with_name(database.name + leftover).unlink(missing_ok=True)
    os.replace(whole, database)
