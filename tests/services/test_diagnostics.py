"""The support report (services/diagnostics.py): every part is there, and no secret is, even
when the workstation holds a sync token and password hashes and the log has caught them."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from prisondesk import __version__
from prisondesk.config import Settings
from prisondesk.db.migrate import head_revision
from prisondesk.db.models.users import UserAccount
from prisondesk.domain.wire import to_wire
from prisondesk.logs import LOG_FILE
from prisondesk.selftest import CheckResult
from prisondesk.services import diagnostics
from prisondesk.sync import state

TOKEN = "tok-Zq8vW3nR5pX1yL7aK2mB9cD4eF6gH0jS"
CODE = "ABCD-EF23-GH45"
PROXY_PASSWORD = "hunter2-proxy"


@pytest.fixture
def enrolled(db, admin):
    """A desk that has synced once, then failed, with changes waiting."""
    with db.apply_remote() as session:
        state.put(session, state.SERVER_URL, f"https://desk:{PROXY_PASSWORD}@sync.example.kg:8470")
        state.put(session, state.TOKEN, TOKEN)
        state.put(session, state.FACILITY_ID, admin.facility_id)
        state.put(session, state.LAST_SUCCESS, to_wire(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)))
        state.put(session, state.LAST_ERROR, "The server cannot be reached.")
    with db.read() as session:
        return session.scalar(
            select(UserAccount.password_hash).where(UserAccount.username == "admin")
        )


def _log(paths, name: str, lines: list[str]) -> None:
    (paths.logs / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def logged(paths, enrolled):
    """A rotated log and the current one; the secrets turn up in a few records."""
    password_hash = enrolled
    _log(
        paths,
        f"{LOG_FILE}.1",
        [
            "2025-03-01 08:00:00,001 INFO prisondesk.app [MainThread] PrisonDesk starting",
            "2025-03-01 08:00:01,002 WARNING prisondesk.sync [worker] old warning",
        ]
        + [
            f"2025-03-01 09:{n:02}:00,000 WARNING prisondesk.sync.engine [w] server rejected {n}"
            for n in range(25)
        ],
    )
    _log(
        paths,
        LOG_FILE,
        [
            "2025-03-02 10:00:00,000 INFO prisondesk.app [MainThread] just information",
            f"2025-03-02 10:00:01,000 ERROR prisondesk.sync [worker] header Bearer {TOKEN} failed",
            "Traceback (most recent call last):",
            '  File "x.py", line 1, in <module>',
            f"ValueError: bad row {password_hash}",
            f"2025-03-02 10:00:02,000 WARNING prisondesk.enrol [MainThread] code {CODE} refused",
        ],
    )
    return password_hash


def test_the_report_has_every_part(paths, db, logged):
    Settings(paths.settings_file).update({Settings.LANGUAGE: "ky"})
    diagnostics.save_selftest(
        paths,
        [CheckResult("Fonts", True, "DejaVu Sans", 0.1), CheckResult("Qt", False, "no xcb", 0.2)],
        when=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
    )
    text = diagnostics.report(paths, db)
    for part in (
        f"PrisonDesk: {__version__}",
        "Python: 3.",
        "Qt: ",
        "SQLAlchemy: 2.",
        "Operating system: ",
        f"Folder: {paths.home}",
        f"Revision: {head_revision()}, as this version expects",
        "language = ky\n",
        "idle_lock_minutes = 5 (default)",
        "Enrolled: yes",
        "Server: https://sync.example.kg:8470\n",
        "Last success: 2025-03-04 05:06:07 UTC",
        "Last error: The server cannot be reached.",
        "Changes waiting to be sent: ",
        "Changes the server rejected: 0",
        "Ran 2025-03-01T12:00:00+00:00 with PrisonDesk",
        "1 passed, 1 failed",
        "FAIL  Qt: no xcb",
        "ERROR prisondesk.sync [worker] header Bearer (redacted) failed | ValueError: bad row",
        "server rejected 24",
    ):
        assert part in text, part
    log_part = text.split("== Last warnings and errors")[1]
    records = log_part.strip().splitlines()[1:]
    assert len(records) == diagnostics.LAST_RECORDS  # the newest, across the rotated file
    assert "old warning" not in text and "just information" not in text


def test_the_report_holds_no_secret(paths, db, logged):
    password_hash = logged
    raw = {"language": "ru", "proxy_password": PROXY_PASSWORD, "sync": {"api_token": TOKEN}}
    paths.settings_file.write_text(json.dumps(raw), encoding="utf-8")
    text = diagnostics.report(paths, db)
    assert "proxy_password = (redacted)" in text
    assert "sync = {api_token: (redacted)}" in text
    for secret in (TOKEN, password_hash, password_hash.split("$")[-1], CODE, PROXY_PASSWORD):
        assert secret not in text
    assert "code (redacted) refused" in text


def test_without_an_open_database_it_reads_the_file_and_says_selftest_never_ran(paths, enrolled):
    text = diagnostics.report(paths)  # as the command line: the file read, not migrated
    assert "Enrolled: yes" in text and TOKEN not in text
    assert "never ran on this data folder" in text


def test_an_empty_data_folder_still_gives_a_report(paths):
    text = diagnostics.report(paths)
    assert "Database: prisondesk.sqlite3, missing" in text
    assert "no database yet" in text and "== Last warnings and errors" in text


def test_the_zip_holds_the_report_and_the_scrubbed_logs_only(paths, db, logged, tmp_path):
    password_hash = logged
    (paths.backups / "prisondesk-2025-03-01-daily.sqlite3").write_bytes(b"SQLite format 3\0")
    bundle = diagnostics.write_bundle(paths, tmp_path / "support.zip")
    with zipfile.ZipFile(bundle.path) as opened:
        names = opened.namelist()
        contents = {name: opened.read(name).decode("utf-8") for name in names}
    assert names == ["diagnostics.txt", f"logs/{LOG_FILE}.1", f"logs/{LOG_FILE}"]
    assert list(bundle.names) == names
    assert f"Folder: {paths.home}" in contents["diagnostics.txt"]
    assert "just information" in contents[f"logs/{LOG_FILE}"]  # the whole log, not only errors
    for content in contents.values():
        for secret in (TOKEN, password_hash, CODE):
            assert secret not in content
    assert not (tmp_path / "support.zip.part").exists()


def test_scrub_cuts_secrets_of_every_shape():
    line = (
        "token=abc123 password: 'x y' https://u:p@host/a $argon2id$v=19$m=65536$salt$hash "
        "Bearer qwerty exit code: 401"
    )
    assert diagnostics.scrub(line) == (
        "token=(redacted) password: '(redacted) y' https://(redacted)@host/a (redacted) "
        "Bearer (redacted) exit code: 401"
    )
    typed = "enrolled with k7qm-2xhp-9trd, then K7QM2XHP9TRD; token tok_Zx9 expired"
    assert diagnostics.scrub(typed) == (
        "enrolled with (redacted), then (redacted); token (redacted) expired"
    )
    device = "device 01a24474-d7cd-73e8-9bc4-989e2cfd5bf9 pushed"  # a device id stays whole
    assert diagnostics.scrub(device) == device
    assert diagnostics.server_address("https://u:p@sync.kg:8470/api?token=x#f") == (
        "https://sync.kg:8470/api"
    )
