"""Diagnostics for support: what a support officer asks first, in one plain-English text.

At the desk, *Help → Copy diagnostics* puts the text on the clipboard to paste into a message;
at a terminal, ``prisondesk diagnostics -o FILE.zip`` writes it with the log files. The text
says which program and libraries run on which system, where the data folder is, the
workstation's settings, how sync stands, the database's schema, the last ``selftest`` and the
last warnings and errors of the log.

It only reads. It never holds the database, a backup, the sync token, a password hash or an
enrolment code: settings with a secret-looking name are shown as redacted, the server address
loses any credentials in it, and the token and anything shaped like a secret are cut out of
every log line, in the text and in the log files of the zip alike.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy

from prisondesk import __version__
from prisondesk.config import Paths, Settings
from prisondesk.db.capture import HEADQUARTERS_KEY
from prisondesk.db.engine import DEVICE_ID_KEY, Database
from prisondesk.db.migrate import head_revision
from prisondesk.domain.wire import from_wire
from prisondesk.logs import log_files
from prisondesk.services.sync import syncing
from prisondesk.sync import state

REPORT_NAME = "diagnostics.txt"
LAST_RECORDS = 20  # warnings and errors of the log shown in the text
REDACTED = "(redacted)"
# a setting whose name says it may hold a secret is never shown, whatever its value
SECRET_NAME = re.compile(
    r"token|secret|passw|pwd|hash|credential|private|cookie|auth|(^|_)(pin|key|code)$", re.I
)
# shapes of secrets that may have slipped into a log line
SECRET_SHAPES = [
    re.compile(r"\$argon2[a-z]*\$\S+"),  # a password hash
    re.compile(r"(?i)(bearer\s+)\S+"),  # an Authorization header
    re.compile(r"(?i)((?:token|password|secret)[\"']?\s*[=:]\s*[\"']?)[^\s\"',;&]+"),
    re.compile(r"(?i)(\btoken\s+)\S+"),  # "token tok_…"
    # an enrolment code as typed too: in any case with its dashes, but not a piece of a longer
    # dashed id (a device's UUID), or in capitals without them (the server takes either)
    re.compile(r"(?i)(?<![\w-])[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}(?![\w-])"),
    re.compile(r"\b[A-HJ-NP-Z2-9]{12}\b"),
    re.compile(r"(?<=://)[^/@\s]+(?=@)"),  # user:password@ in an address
]
RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (\w+) ")
SHOWN_LEVELS = {"WARNING", "ERROR", "CRITICAL"}


class CheckLike(Protocol):
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass(frozen=True)
class Bundle:
    """What ``write_bundle`` wrote: the zip and the names inside it."""

    path: Path
    names: tuple[str, ...]


# --- the last selftest ----------------------------------------------------------------------
def save_selftest(paths: Paths, checks: Iterable[CheckLike], when: datetime | None = None) -> Path:
    """Keep the result of ``prisondesk selftest`` for the diagnostics (atomic replace)."""
    listed = [
        {"name": c.name, "ok": c.ok, "detail": c.detail, "seconds": round(c.seconds, 2)}
        for c in checks
    ]
    record = {
        "finished": (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "version": __version__,
        "passed": sum(c["ok"] for c in listed),
        "failed": sum(not c["ok"] for c in listed),
        "checks": listed,
    }
    target = paths.selftest_file
    part = target.with_suffix(".json.part")
    part.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    part.replace(target)
    return target


def last_selftest(paths: Paths) -> dict[str, Any] | None:
    """The saved selftest result, or None when it never ran here (or the file is unreadable)."""
    try:
        record = json.loads(paths.selftest_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


# --- the report -----------------------------------------------------------------------------
def report(paths: Paths, store: Database | None = None, now: datetime | None = None) -> str:
    """The diagnostics as plain text. With ``store`` (the open database of the desk) the sync
    state is read through it; without, the file is opened for reading if it is at this
    version's schema, and left alone otherwise."""
    return _report(paths, store, now)[0]


def _report(paths: Paths, store: Database | None, now: datetime | None) -> tuple[str, str]:
    """The text, and the sync token (only to cut it out of log files; never shown)."""
    token, sync_lines = _sync_section(paths, store)
    sections = [
        ("Program", _program_lines()),
        ("Data folder", _folder_lines(paths)),
        ("Database schema", _schema_lines(paths)),
        ("Settings (settings.json)", _settings_lines(paths)),
        ("Sync", sync_lines),
        ("Last selftest", _selftest_lines(paths)),
        (
            f"Last warnings and errors in the log ({LAST_RECORDS} at most, oldest first)",
            [scrub(line, token) for line in last_records(paths.logs)] or ["none"],
        ),
    ]
    made = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    out = [f"PrisonDesk diagnostics, made {made}"]
    for title, lines in sections:
        out += ["", f"== {title} ==", *lines]
    return "\n".join(out) + "\n", token


def _program_lines() -> list[str]:
    build = "frozen build" if getattr(sys, "frozen", False) else "Python package"
    return [
        f"PrisonDesk: {__version__} ({build})",
        f"Python: {platform.python_version()} ({platform.python_implementation()}, "
        f"{sys.executable})",
        f"Qt: {_qt_version()}",
        f"SQLAlchemy: {sqlalchemy.__version__}",
        f"Operating system: {platform.platform()} ({platform.machine() or 'unknown machine'})",
    ]


def _qt_version() -> str:
    """Qt's own version when the GUI has loaded it, else the installed PySide6's (the core
    imports no Qt)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is not None:
        return f"{core.qVersion()} (PySide6 {getattr(sys.modules['PySide6'], '__version__', '?')})"
    for distribution in ("PySide6", "PySide6-Essentials"):  # the wheel or its split parts
        try:
            return f"PySide6 {importlib.metadata.version(distribution)} (not loaded)"
        except importlib.metadata.PackageNotFoundError:
            continue
    return "PySide6 not installed"


def _folder_lines(paths: Paths) -> list[str]:
    database = paths.database
    size = f"{database.stat().st_size / 1_000_000:.1f} MB" if database.is_file() else "missing"
    backups = sorted(paths.backups.glob("*.sqlite3")) if paths.backups.is_dir() else []
    newest = f", newest {max(backups, key=lambda p: p.stat().st_mtime).name}" if backups else ""
    logs = log_files(paths.logs)
    return [
        f"Folder: {paths.home}",
        f"Database: {database.name}, {size}",
        f"Backups: {len(backups)} in {paths.backups}{newest}",
        f"Log files: {len(logs)} in {paths.logs}",
    ]


def _schema_lines(paths: Paths) -> list[str]:
    expected = head_revision()
    if not paths.database.is_file():
        return [f"no database yet (this version makes schema {expected})"]
    try:
        raw = _read_only(paths.database)
        try:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            raw.close()
        found = row[0] if row else None
    except Exception as error:  # a damaged or locked file is itself the diagnosis
        return [f"cannot be read: {type(error).__name__}"]
    agrees = "as this version expects" if found == expected else f"this version expects {expected}"
    return [f"Revision: {found or '(none)'}, {agrees}"]


def _settings_lines(paths: Paths) -> list[str]:
    try:
        saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    saved = saved if isinstance(saved, dict) else {}
    settings = Settings(paths.settings_file)
    lines = []
    for setting in Settings.declared():
        shown = _shown_setting(setting.key, settings.get(setting))
        lines.append(f"{setting.key} = {shown}" + ("" if setting.key in saved else " (default)"))
    declared = {s.key for s in Settings.declared()}
    for key, value in sorted(saved.items()):
        if key not in declared:
            lines.append(f"{key} = {_shown_setting(key, value)} (not a setting of this version)")
    return lines


def _shown_setting(key: str, value: Any) -> str:
    if SECRET_NAME.search(key):
        return REDACTED
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_shown_setting(k, v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _sync_section(paths: Paths, store: Database | None) -> tuple[str, list[str]]:
    """The sync lines, and the token (only to cut it out of the log; never shown)."""
    if store is not None:
        return _sync_of(store)
    if not paths.database.is_file():
        return "", ["no database yet"]
    try:
        return _sync_read_only(paths.database)
    except Exception as error:  # locked, damaged: said, never waited on or written
        return "", [f"not read: {type(error).__name__}"]


def _read_only(database: Path) -> sqlite3.Connection:
    """A connection that writes nothing: with no WAL beside the file no program has it open,
    so it is read as immutable (leaving no -wal or -shm behind); else read-only beside the
    program that has it open. A lock is not waited on for long."""
    in_use = database.with_name(database.name + "-wal").exists()
    mode = "mode=ro" if in_use else "mode=ro&immutable=1"
    return sqlite3.connect(f"{database.as_uri()}?{mode}", uri=True, timeout=2)


@dataclass(frozen=True)
class _SyncFacts:
    token: str  # only to cut it out of what is shown; never shown itself
    headquarters: bool
    server: str
    device: str
    facility: str
    last_success: datetime | None
    last_error: str
    pending: int
    rejected: int
    mismatched: tuple[str, ...]


def _sync_read_only(database: Path) -> tuple[str, list[str]]:
    """The sync lines of a database no program has open here, read through a read-only
    connection: nothing is written, no WAL is made, a lock is not waited on for long."""
    raw = _read_only(database)
    try:
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            return "", ["not read: the database is not at this version's schema"]
        kept = dict(raw.execute("SELECT key, value FROM local_state"))
        pending = raw.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        rejected = raw.execute("SELECT count(*) FROM sync_rejected").fetchone()[0]
    finally:
        raw.close()
    success = kept.get(state.LAST_SUCCESS, "")
    headquarters = kept.get(HEADQUARTERS_KEY) == "1"
    return _sync_lines(
        _SyncFacts(
            token=kept.get(state.TOKEN, ""),
            headquarters=headquarters,
            server=kept.get(state.SERVER_URL, ""),
            device=kept.get(DEVICE_ID_KEY, ""),
            facility=kept.get(state.FACILITY_ID, ""),
            last_success=from_wire(success, "datetime") if success else None,
            last_error=kept.get(state.LAST_ERROR, ""),
            pending=0 if headquarters else pending,  # as syncing.status says it
            rejected=rejected,
            mismatched=tuple(filter(None, kept.get(state.DIGEST_MISMATCH, "").split(","))),
        )
    )


def _sync_of(store: Database) -> tuple[str, list[str]]:
    try:
        status = syncing.status(store)
        with store.read() as session:
            token = state.get(session, state.TOKEN)
            facility_id = state.get(session, state.FACILITY_ID)
    except Exception as error:
        return "", [f"not read: {type(error).__name__}: {error}"]
    return _sync_lines(
        _SyncFacts(
            token=token,
            headquarters=store.headquarters,
            server=status.server_url,
            device=store.device_id,
            facility=facility_id,
            last_success=status.last_success,
            last_error=status.last_error,
            pending=status.pending,
            rejected=status.rejected,
            mismatched=status.mismatched,
        )
    )


def _sync_lines(facts: _SyncFacts) -> tuple[str, list[str]]:
    success = facts.last_success
    lines = [
        f"Enrolled: {'yes' if facts.token else 'no'}"
        + (", headquarters desk" if facts.headquarters else ""),
        f"Server: {server_address(facts.server) or 'none'}",
        f"Device id: {facts.device or 'none'}",
        f"Facility id: {facts.facility or 'none'}",
        "Last success: "
        + (success.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if success else "never"),
        f"Last error: {scrub(facts.last_error, facts.token) or 'none'}",
        f"Changes waiting to be sent: {facts.pending}",
        f"Changes the server rejected: {facts.rejected}",
        f"Tables that differ from the server: {', '.join(facts.mismatched) or 'none'}",
    ]
    return facts.token, lines


def server_address(url: str) -> str:
    """The server's address without credentials, query or fragment."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _selftest_lines(paths: Paths) -> list[str]:
    record = last_selftest(paths)
    if record is None:
        return ["never ran on this data folder (run: prisondesk selftest)"]
    lines = [
        f"Ran {record.get('finished', '?')} with PrisonDesk {record.get('version', '?')}: "
        f"{record.get('passed', '?')} passed, {record.get('failed', '?')} failed"
    ]
    for check in record.get("checks", []):
        if isinstance(check, dict):
            state_word = "PASS" if check.get("ok") else "FAIL"
            lines.append(f"  {state_word}  {check.get('name', '?')}: {check.get('detail', '')}")
    return lines


# --- the log --------------------------------------------------------------------------------
def _records(path: Path) -> Iterator[list[str]]:
    """The records of one log file, each as its lines (a traceback follows its first line)."""
    record: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if RECORD_START.match(line) and record:
                yield record
                record = []
            record.append(line)
    if record:
        yield record


def last_records(folder: Path, count: int = LAST_RECORDS) -> list[str]:
    """The last ``count`` warnings and errors of the logs, oldest first, one line each (with
    the exception's last line when a traceback follows)."""
    found: list[str] = []
    for path in log_files(folder):
        for record in _records(path):
            level = RECORD_START.match(record[0])
            if level is None or level.group(1) not in SHOWN_LEVELS:
                continue
            tail = [ln.strip() for ln in record[1:] if ln.strip()]
            found.append(record[0] + (f" | {tail[-1]}" if tail else ""))
    return found[-count:]


def scrub(text: str, token: str = "") -> str:
    """``text`` without the sync token or anything shaped like a secret."""
    if token:
        text = text.replace(token, REDACTED)
    for shape in SECRET_SHAPES:
        text = shape.sub(lambda m: (m.group(1) if m.re.groups else "") + REDACTED, text)
    return text


# --- the zip --------------------------------------------------------------------------------
def write_bundle(paths: Paths, output: Path) -> Bundle:
    """Write the report and the log files (scrubbed) into the zip ``output``. Nothing else of
    the data folder goes in: not the database, the backups, the settings file or selftest's."""
    text, token = _report(paths, None, None)
    names = [REPORT_NAME]
    part = output.with_name(output.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(REPORT_NAME, text)
        for path in log_files(paths.logs):
            name = f"logs/{path.name}"
            content = path.read_text(encoding="utf-8", errors="replace")
            bundle.writestr(name, scrub(content, token))
            names.append(name)
    os.replace(part, output)
    return Bundle(output, tuple(names))
