"""Backups with SQLite's online backup API: consistent even while the program writes."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

DAILY_PREFIX = "daily"
KEEP_DAILY = 14


Database = Path | sqlite3.Connection  # a file, or a database a connection holds already


@contextmanager
def _opened(database: Database, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if isinstance(database, sqlite3.Connection):
        yield database  # its holder closes it
        return
    connection = (
        sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        if read_only
        else sqlite3.connect(database)
    )
    try:
        yield connection
    finally:
        connection.close()


def copy_into(source: Database, destination: Database) -> None:
    """Copy a database page by page through SQLite, which also handles a live file's WAL."""
    with _opened(source, read_only=True) as src, _opened(destination) as dst:
        src.backup(dst)


def backup_database(source: Database, destination: Path) -> Path:
    """A backup of a file, or of the database a connection holds (alone, say)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_suffix(destination.suffix + ".partial")
    copy_into(source, tmp)
    if os.name == "posix":  # as private as the database it copies (private_folder.py)
        tmp.chmod(0o600)
    tmp.replace(destination)  # a half-written backup never carries the final name
    return destination


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"prisondesk-{stamp}-{reason}.sqlite3"


def backup_if_due(database: Path, backups: Path, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the newest daily backup is a day old; old ones pruned."""
    if not database.exists():
        return None
    now = now or datetime.now(UTC)
    daily = sorted(backups.glob(f"prisondesk-*-{DAILY_PREFIX}.sqlite3"))
    if daily:
        newest = datetime.fromtimestamp(daily[-1].stat().st_mtime, UTC)
        if now - newest < timedelta(days=1):
            return None
    made = backup_database(database, backups / backup_name(DAILY_PREFIX, now))
    for old in sorted(backups.glob(f"prisondesk-*-{DAILY_PREFIX}.sqlite3"))[:-KEEP_DAILY]:
        old.unlink()
    return made


def check_integrity(path: Path) -> str | None:
    """None when the file is a sound SQLite database, else SQLite's description of the fault."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(row[0]) for row in rows)
    return None if result == "ok" else result
