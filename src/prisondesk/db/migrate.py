"""Bringing a workstation database to the current schema, safely.

Before any migration the existing file is backed up with the online backup API; if a migration
fails the backup stays where it is and the error names it. A file that is read-only, damaged
or made by a newer PrisonDesk is refused with a message that says what to do.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from prisondesk.config import MIGRATIONS_DIR
from prisondesk.db.backup import backup_database, backup_name, check_integrity
from prisondesk.db.capture import open_gate
from prisondesk.db.engine import sqlite_engine
from prisondesk.db.guards import install_guards
from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
STARTUP = "startup"


class DatabaseProblem(UserFacingError):
    context = STARTUP


def plain_problem(error: BaseException, database: Path) -> DatabaseProblem | None:
    """What a failure of the database file or the data folder means to its user, or None for
    anything else (a bug, reported as one). SQLAlchemy wraps SQLite's errors in ``orig``."""
    cause = getattr(error, "orig", None) or error
    text = str(cause).lower()
    if isinstance(cause, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "startup",
                "The database {path} is in use by another program, which keeps it locked. "
                "Close that program (or the other PrisonDesk window) and try again; nothing "
                "was changed.",
            ),
            path=str(database),
        )
    readonly = isinstance(cause, sqlite3.OperationalError) and (
        "readonly" in text or "read-only" in text or "unable to open" in text
    )
    if readonly or isinstance(cause, PermissionError | IsADirectoryError):
        where = getattr(cause, "filename", None) or database.parent
        return DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "startup",
                "{where} cannot be written (read-only). Give this user write access to the "
                "data folder {folder}, or choose another data folder with --home.",
            ),
            where=str(where),
            folder=str(database.parent),
        )
    full = isinstance(cause, sqlite3.OperationalError) and ("full" in text or "i/o error" in text)
    if full or (isinstance(cause, OSError) and cause.strerror):
        return DatabaseProblem(
            QT_TRANSLATE_NOOP("startup", "{where} cannot be written: {reason}."),
            where=str(getattr(cause, "filename", None) or (database if full else database.parent)),
            reason=getattr(cause, "strerror", None) or str(cause),
        )
    return None


@dataclass(frozen=True)
class UpgradeReport:
    previous: str | None
    current: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration this version ships."""
    return _head_of(MIGRATIONS_DIR)


@cache
def _head_of(folder: Path) -> str:
    # read once per folder: the scripts do not change while it runs, and reading them
    # compiles every one (a sync round asks for the head each time)
    config = Config()
    config.set_main_option("script_location", str(folder))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def file_revision(path: Path) -> str | None:
    """The schema revision recorded in a database file (None for an empty one)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def check_database_file(path: Path) -> None:
    """Refuse a file we cannot safely open for writing, before touching it."""
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "startup",
                    "Cannot create the database in {folder}: the folder "
                    "is read-only. Choose another data folder with --home.",
                ),
                folder=str(path.parent),
            )
        return
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "startup",
                "The database {path} is read-only. Ask support to give "
                "this user write access to the file and its folder.",
            ),
            path=str(path),
        )
    fault = check_integrity(path)
    if fault is not None:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "startup",
                "The database {path} is damaged ({fault}). Nothing was "
                "changed. Restore a backup from {backups} with 'prisondesk restore'.",
            ),
            path=str(path),
            fault=fault,
            backups=str(path.parent / "backups"),
        )


def upgrade_database(path: Path, backups: Path) -> UpgradeReport:
    """Check, back up and migrate the file at ``path`` to the head revision."""
    check_database_file(path)
    existed = path.exists() and path.stat().st_size > 0
    engine = sqlite_engine(path)
    try:
        return _upgrade(engine, path, backups, existed)
    finally:
        engine.dispose()


def _upgrade(engine: Engine, path: Path, backups: Path, existed: bool) -> UpgradeReport:
    head = head_revision()
    with engine.connect() as connection:
        previous = current_revision(connection)
    if previous is not None and previous not in known_revisions():
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "startup",
                "The database {path} was made by a newer version of "
                "PrisonDesk (schema {revision}). Install that version or newer; "
                "the file was not changed.",
            ),
            path=str(path),
            revision=previous,
        )
    backup = None
    if previous != head:
        if existed:
            backup = backup_database(path, backups / backup_name(f"before-{head}"))
            log.info("backed up %s to %s before migrating", path, backup)
        try:
            with engine.begin() as connection, open_gate(connection):
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except Exception as exc:
            log.exception("migration of %s failed", path)
            if backup is None:
                raise DatabaseProblem(
                    QT_TRANSLATE_NOOP("startup", "Creating the database {path} failed ({error})."),
                    path=str(path),
                    error=str(exc),
                ) from exc
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "startup",
                    "Updating the database failed ({error}). A backup "
                    "made just before is at {backup}.",
                ),
                error=str(exc),
                backup=str(backup),
            ) from exc
    with engine.begin() as connection:
        install_guards(connection)
    return UpgradeReport(previous, head, backup)
