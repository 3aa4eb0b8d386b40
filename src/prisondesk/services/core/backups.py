"""Backups as an administrator sees them (Administration → Backups).

The list shows the backups in the data folder's ``backups`` folder (daily ones, those made
before a migration or a restore, those made by hand), and those found in a folder the officer
chooses, a USB stick say; newest first. *Make a backup* copies the database in use, through
SQLite's online backup API, into a folder the officer chooses; the copy never carries its
final name until it is whole, and a read-only or full stick is said plainly.

*Restore* never swaps the open database under the running program. It goes in two steps:

1. now, while the program runs: the chosen file is checked with the refusals of
   ``prisondesk restore`` (not a sound database, not PrisonDesk's, a newer schema, another
   facility's, a headquarters desk's on a facility desk or the other way round), copied into
   the data folder (the stick may be pulled out) and recorded as the pending restore, with an
   audit entry in the same transaction; the officer is asked to restart;
2. at the next start, before the database opens (``apply_pending_restore``, called by the
   program's start-up while it holds the one-instance lock): the copy is checked again,
   migrated and given this desk's identity, unsent changes and audit trail on a work copy;
   the replaced database is kept in the backups folder; and the work copy goes over the
   database in one SQLite transaction. A failure at any step leaves the database as it was
   and is said at start-up; the pending restore is then dropped (the file chosen is still
   where it was). ``record_restores`` writes the audit entry of the restore done (or not).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prisondesk.config import Paths
from prisondesk.db.backup import backup_database, backup_name, check_integrity
from prisondesk.db.capture import HEADQUARTERS_KEY
from prisondesk.db.engine import Database
from prisondesk.db.migrate import file_revision, known_revisions
from prisondesk.db.restore import RestoreReport, facility_of, restore_through_work_copy
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP, Label
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, require, verify_actor
from prisondesk.services.core.errors import Refused

log = logging.getLogger(__name__)
CONTEXT = "backups"
SIDE_FILES = ("", "-wal", "-shm", "-journal")  # a SQLite file and what it may leave beside it
SQLITE_HEADER = b"SQLite format 3\x00"
NAMED = re.compile(r"prisondesk-(\d{8}-\d{6})-(.+)\.sqlite3")

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("backups", "Made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
    "before-update": QT_TRANSLATE_NOOP("backups", "Before an update"),
    "other": QT_TRANSLATE_NOOP("backups", "Other copy"),
}


class BackupRefused(Refused):
    """A backup cannot be made there, or a file cannot be restored. Codes: ``cannot_write``,
    ``read_only``, ``full``, ``not_found``, ``damaged``, ``not_prisondesk``, ``newer``,
    ``other_facility``, ``other_kind``."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # UTC
    size: int  # bytes
    kind: str  # a key of KIND_LABELS
    in_data_folder: bool

    @property
    def kind_label(self) -> Label:
        return Label(CONTEXT, KIND_LABELS[self.kind])


@dataclass(frozen=True)
class PendingRestore:
    source: str  # the file chosen, as it was named then
    requested_by: str
    requested_at: datetime


@dataclass(frozen=True)
class RestoreOutcome:
    """What the start-up did with a pending restore: done (``safety_copy`` keeps the replaced
    database) or not (``problem`` says why; the database was not changed)."""

    source: str
    requested_by: str
    safety_copy: Path | None = None
    problem: BaseException | None = None


def _pending_file(paths: Paths) -> Path:
    return paths.database.with_name(paths.database.name + ".restore-pending.json")


def _staged_file(paths: Paths) -> Path:  # "prisondesk.sqlite3*": private like the database
    return paths.database.with_name(paths.database.name + ".restore-pending")


def _work_file(paths: Paths) -> Path:
    return paths.database.with_name(paths.database.name + ".restore-work")


# --- the list -------------------------------------------------------------------------------
def list_backups(actor: Actor, paths: Paths, folder: Path | None = None) -> list[BackupFile]:
    """The data folder's backups and, given ``folder``, the backups found there; newest first."""
    require(actor, Permission.CONFIGURE_FACILITY)
    found = _backups_in(paths.backups, in_data_folder=True)
    if folder is not None and folder.resolve() != paths.backups.resolve():
        found += _backups_in(folder, in_data_folder=False)
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _backups_in(folder: Path, *, in_data_folder: bool) -> list[BackupFile]:
    found = []
    try:
        candidates = sorted(p for p in folder.iterdir() if p.suffix == ".sqlite3" and p.is_file())
    except OSError:
        return []  # a stick pulled out: nothing there to list
    for path in candidates:
        try:
            with path.open("rb") as file:
                if file.read(16) != SQLITE_HEADER:
                    continue
            stat = path.stat()
        except OSError:
            continue
        found.append(_backup_file(path, stat.st_mtime, stat.st_size, in_data_folder))
    return found


def _backup_file(path: Path, mtime: float, size: int, in_data_folder: bool) -> BackupFile:
    made_at, kind = _made_and_kind(path, mtime)
    return BackupFile(path, made_at, size, kind, in_data_folder)


def _made_and_kind(path: Path, mtime: float) -> tuple[datetime, str]:
    match = NAMED.fullmatch(path.name)
    if match is None:
        return datetime.fromtimestamp(mtime, UTC), "other"
    made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    reason = match.group(2)
    if reason in KIND_LABELS:
        return made, reason
    return made, "before-update" if reason.startswith("before-") else "other"


# --- making one -----------------------------------------------------------------------------
def make_backup(db: Database, actor: Actor, paths: Paths, folder: Path) -> BackupFile:
    """A backup of the database in use, written into ``folder`` (a USB stick), audited."""
    require(actor, Permission.CONFIGURE_FACILITY)
    target = folder / backup_name("manual")
    # the copy is made first, holding no write lock (a slow stick would stop every save and
    # the sync for its whole length), under a name no one takes for a backup
    copying = _write_backup(paths.database, target.with_name(target.name + ".copying"))
    try:
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
            audit.record(
                session, db, actor, "backup", "database", db.device_id,
                after={"file": target.name, "folder": str(folder)},
            )  # fmt: skip
            os.replace(copying, target)  # named a backup only with its audit entry
    except Exception:
        _unlink_copy(copying)  # no audit entry committed: no backup left behind either
        _unlink_copy(target)
        raise
    made = target
    stat = made.stat()
    return _backup_file(made, stat.st_mtime, stat.st_size, in_data_folder=False)


def _write_backup(database: Path, target: Path) -> Path:
    try:
        return backup_database(database, target)
    except (OSError, sqlite3.Error) as problem:
        target.with_suffix(target.suffix + ".partial").unlink(missing_ok=True)
        raise _write_refusal(problem, target.parent) from problem


# why a copy could not be written, as a backup made and as a restore's copy in the data folder
_WRITE_REFUSALS = {
    "backup": {
        "read_only": QT_TRANSLATE_NOOP(
            "backups",
            "{folder} cannot be written: it is read-only (a USB stick with its lock switch "
            "on?). Choose another folder; no backup was made.",
        ),
        "full": QT_TRANSLATE_NOOP(
            "backups",
            "There is no room for the backup in {folder}. Free some space or choose another "
            "folder; no backup was made.",
        ),
        "cannot_write": QT_TRANSLATE_NOOP(
            "backups", "The backup cannot be written to {folder} ({reason}); no backup was made."
        ),
    },
    "restore": {
        "read_only": QT_TRANSLATE_NOOP(
            "backups",
            "The backup cannot be copied into the data folder {folder}: it is read-only. "
            "Nothing will be restored.",
        ),
        "full": QT_TRANSLATE_NOOP(
            "backups",
            "There is no room in the data folder {folder} for a copy of the backup. Free some "
            "space; nothing will be restored.",
        ),
        "cannot_write": QT_TRANSLATE_NOOP(
            "backups",
            "The backup cannot be copied into the data folder {folder} ({reason}). Nothing "
            "will be restored.",
        ),
    },
}


def _write_refusal(problem: BaseException, folder: Path, making: str = "backup") -> BackupRefused:
    text = str(problem).lower()
    code = getattr(problem, "errno", None)
    if (
        code in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "readonly" in text
        or "read-only" in text
    ):
        reason = "read_only"
    elif code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        reason = "full"
    else:
        reason = "cannot_write"
    return BackupRefused(
        reason,
        _WRITE_REFUSALS[making][reason],
        folder=str(folder),
        reason=getattr(problem, "strerror", None) or str(problem),
    )


# --- restoring one --------------------------------------------------------------------------
def check_backup(source: Path, paths: Paths) -> None:
    """Raise ``BackupRefused`` when ``source`` may not replace this desk's database: the
    refusals of ``prisondesk restore``."""
    if not source.is_file():
        raise BackupRefused(
            "not_found", QT_TRANSLATE_NOOP("backups", "There is no file {file}."), file=str(source)
        )
    fault = check_integrity(source)
    if fault is not None:
        raise BackupRefused(
            "damaged",
            QT_TRANSLATE_NOOP(
                "backups",
                "{file} is not a sound PrisonDesk backup ({fault}). Nothing was restored.",
            ),
            file=str(source),
            fault=fault,
        )
    revision = file_revision(source)
    if revision is None:
        raise BackupRefused(
            "not_prisondesk",
            QT_TRANSLATE_NOOP(
                "backups", "{file} is not a PrisonDesk database. Nothing was restored."
            ),
            file=str(source),
        )
    if revision not in known_revisions():
        raise BackupRefused(
            "newer",
            QT_TRANSLATE_NOOP(
                "backups",
                "{file} was made by a newer version of PrisonDesk (schema {revision}): this "
                "version cannot restore it. Nothing was restored.",
            ),
            file=str(source),
            revision=revision,
        )
    if _headquarters(source) != _headquarters(paths.database):
        raise BackupRefused(
            "other_kind",
            QT_TRANSLATE_NOOP(
                "backups",
                "{file} is a backup of a headquarters desk and this is a facility's desk, or "
                "the other way round. Nothing was restored.",
            ),
            file=str(source),
        )
    if _headquarters(paths.database):
        return  # it holds every facility (the first of each file tells nothing)
    theirs, ours = facility_of(source), facility_of(paths.database)
    if theirs is not None and ours is not None and theirs.id != ours.id:
        raise BackupRefused(
            "other_facility",
            QT_TRANSLATE_NOOP(
                "backups",
                "{file} is a backup of facility {theirs}; this desk serves facility {ours}. "
                "Nothing was restored.",
            ),
            file=str(source),
            theirs=str(theirs),
            ours=str(ours),
        )


def _headquarters(path: Path) -> bool:
    if not path.exists():
        return False
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT value FROM local_state WHERE key = ?", (HEADQUARTERS_KEY,)
        ).fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return bool(row and row[0] == "1")


def request_restore(db: Database, actor: Actor, paths: Paths, source: Path) -> PendingRestore:
    """Check ``source`` now and keep a copy of it to restore at the next start (audited)."""
    require(actor, Permission.CONFIGURE_FACILITY)
    check_backup(source, paths)
    pending = PendingRestore(str(source), actor.username, datetime.now(UTC))
    # copied in first, holding no write lock, under a name of its own: a restore asked for
    # before stays pending if this copy fails
    incoming = _staged_file(paths).with_name(_staged_file(paths).name + ".incoming")
    try:
        backup_database(source, incoming)
    except (OSError, sqlite3.Error) as problem:
        _unlink_copy(incoming)
        raise _write_refusal(problem, paths.home, "restore") from problem
    try:
        with db.write(actor.user_id) as session:
            verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
            audit.record(
                session, db, actor, "restore_requested", "database", db.device_id,
                after={"file": str(source)},
            )  # fmt: skip
            _stage(paths, incoming, pending)  # the last step before the commit
    except Exception:
        _unlink_copy(incoming)
        raise
    return pending


def _unlink_copy(path: Path) -> None:
    """A copy of the database and whatever a cut-short copy leaves beside it."""
    for suffix in ("", ".partial", *SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _stage(paths: Paths, incoming: Path, pending: PendingRestore) -> None:
    _drop_pending(paths)  # this restore replaces one asked for before
    os.replace(incoming, _staged_file(paths))
    _write_record(  # the restore is pending only once its copy is whole
        _pending_file(paths),
        source=pending.source,
        requested_by=pending.requested_by,
        requested_at=pending.requested_at.isoformat(),
    )


def _write_record(file: Path, **record: str) -> None:
    """A small JSON record that is whole or absent (written aside, then renamed)."""
    part = file.with_name(file.name + ".part")
    part.write_text(json.dumps(record), encoding="utf-8")
    os.replace(part, file)


def _drop_pending(paths: Paths) -> None:
    marker = _pending_file(paths)
    for path in (marker, marker.with_name(marker.name + ".part")):
        path.unlink(missing_ok=True)
    _unlink_copy(_staged_file(paths))


def pending_restore(paths: Paths) -> PendingRestore | None:
    """The restore waiting for the next start, if any."""
    try:
        data = json.loads(_pending_file(paths).read_text(encoding="utf-8"))
        return PendingRestore(
            data["source"], data["requested_by"], datetime.fromisoformat(data["requested_at"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cancel_restore(db: Database, actor: Actor, paths: Paths) -> None:
    """Drop the pending restore (audited): the database stays as it is."""
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        audit.record(session, db, actor, "restore_cancelled", "database", db.device_id)
        _drop_pending(paths)


def apply_pending_restore(paths: Paths) -> RestoreOutcome | None:
    """At start-up, before the database opens: the pending restore done, or said why not.
    The caller holds the one-instance lock; a command of this desk that has the file open
    makes the restore wait, then fail (``db.restore._alone``). The outcome is kept in the
    data folder until ``record_restores`` has audited it."""
    pending = pending_restore(paths)
    if pending is None:
        _drop_pending(paths)  # a copy without its record (a crash while recording it)
        return None
    staged = _staged_file(paths)
    try:
        check_backup(staged, paths)
        report = restore_through_work_copy(staged, paths.database, paths.backups, _work_file(paths))
    except Exception as problem:
        log.exception("restoring %s failed; the database was not changed", pending.source)
        outcome = RestoreOutcome(pending.source, pending.requested_by, problem=problem)
    else:
        log.info("restored %s; replaced database kept as %s", pending.source, report.safety_copy)
        outcome = RestoreOutcome(pending.source, pending.requested_by, report.safety_copy)
    try:
        _keep_outcome(paths, outcome)
    except OSError:  # the log keeps what the audit trail cannot
        log.exception("the outcome of restoring %s cannot be kept for the audit", pending.source)
    finally:
        _drop_pending(paths)
    return outcome


def _outcome_file(paths: Paths) -> Path:  # "prisondesk.sqlite3*": private like the database
    return paths.database.with_name(paths.database.name + ".restore-outcome.json")


def _keep_outcome(paths: Paths, outcome: RestoreOutcome) -> None:
    """Written before the officer sees the message (and may close the program there): a
    restore is never done unaudited."""
    _write_record(
        _outcome_file(paths),
        source=outcome.source,
        requested_by=outcome.requested_by,
        kept_as=str(outcome.safety_copy or ""),
        # a failure whose text is empty (AssertionError()) is named, never taken for success
        problem="" if outcome.problem is None else (str(outcome.problem) or repr(outcome.problem)),
    )


def restore_now(paths: Paths, source: Path, requested_by: str) -> RestoreReport:
    """``prisondesk restore``, checked already (``check_backup``) by a caller that holds the
    one-instance lock: the start-up restore's work copy and carried rows, done at once, and
    its outcome kept for the audit entry the program writes when it next opens the file."""
    report = restore_through_work_copy(source, paths.database, paths.backups, _work_file(paths))
    _keep_outcome(paths, RestoreOutcome(str(source), requested_by, report.safety_copy))
    return report


def record_restores(db: Database, paths: Paths) -> None:
    """The audit entry of the restore a start-up did or could not do (no one is logged in
    yet), from the outcome kept in the data folder — this start's, or one a closed program
    left unaudited. The outcome goes once its entry is committed (a crash in between audits
    it twice, never not at all)."""
    file = _outcome_file(paths)
    try:
        kept = json.loads(file.read_text(encoding="utf-8"))
        source, requested_by, kept_as, problem = (
            kept["source"], kept["requested_by"], kept["kept_as"], kept["problem"]
        )  # fmt: skip
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the outcome of a restore in %s cannot be read; not audited", file)
        file.unlink(missing_ok=True)
        return
    with db.write(None) as session:
        audit.record(
            session, db, None, "restore_failed" if problem else "restore",
            "database", db.device_id, username=requested_by,
            after={"file": source, "kept_as": kept_as}, note=problem,
        )  # fmt: skip
    file.unlink(missing_ok=True)
