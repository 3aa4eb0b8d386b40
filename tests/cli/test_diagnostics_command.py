"""``prisondesk diagnostics``: the report on stdout, or in a zip with the log files, and
``selftest`` keeping its result for it."""

from __future__ import annotations

import zipfile

import pytest

from prisondesk import __version__, selftest
from prisondesk.cli import main
from prisondesk.logs import LOG_FILE
from prisondesk.services.store import open_store
from prisondesk.sync import state

TOKEN = "desk-token-5hV2qPq0mXw9"


def run(*args: str) -> int:
    return main(list(args))


def _enrolled(paths) -> None:
    store, _ = open_store(paths.database, paths.backups)
    try:
        with store.apply_remote() as session:
            state.put(session, state.SERVER_URL, "https://sync.example.kg:8470")
            state.put(session, state.TOKEN, TOKEN)
    finally:
        store.dispose()


def test_help_names_the_command(capsys):
    with pytest.raises(SystemExit):
        run("--help")
    assert "diagnostics" in capsys.readouterr().out


def test_the_zip_holds_the_report_and_the_logs_never_the_database(paths, tmp_path, capsys):
    assert run("db", "upgrade") == 0
    _enrolled(paths)
    with (paths.logs / LOG_FILE).open("a", encoding="utf-8") as log:
        log.write(f"2025-03-02 10:00:01,000 ERROR prisondesk.sync [w] sent {TOKEN}\n")
    capsys.readouterr()
    output = tmp_path / "support" / "desk-7.zip"
    output.parent.mkdir()
    assert run("diagnostics", "-o", str(output)) == 0
    assert f"diagnostics written to {output}" in capsys.readouterr().out
    with zipfile.ZipFile(output) as bundle:
        names = bundle.namelist()
        text = bundle.read("diagnostics.txt").decode()
        everything = b"".join(bundle.read(name) for name in names)
    assert names == ["diagnostics.txt", f"logs/{LOG_FILE}"]
    assert not any("sqlite3" in name or "backup" in name or "settings" in name for name in names)
    assert f"PrisonDesk: {__version__}" in text and f"Folder: {paths.home}" in text
    assert "Server: https://sync.example.kg:8470" in text
    assert "sent (redacted)" in text
    assert TOKEN.encode() not in everything


def test_without_output_the_report_is_printed(paths, capsys):
    assert run("db", "upgrade") == 0
    capsys.readouterr()
    assert run("diagnostics") == 0
    out = capsys.readouterr().out
    assert out.startswith("PrisonDesk diagnostics, made ")
    assert "== Sync ==\nEnrolled: no" in out


def test_a_zip_inside_the_data_folder_is_refused(paths, capsys):
    for inside in (paths.home / "d.zip", paths.backups / "d.zip", paths.database):
        assert run("diagnostics", "-o", str(inside)) == 2
        assert "outside the data folder" in capsys.readouterr().err
        assert not (paths.home / "d.zip").exists() and not (paths.backups / "d.zip").exists()


def test_selftest_keeps_its_result_for_the_diagnostics(paths, monkeypatch, capsys):
    def broken() -> str:
        raise RuntimeError("no platform plugin")

    monkeypatch.setattr(
        selftest, "CHECKS", [("Fonts", lambda: "covered"), ("Qt platform plugin", broken)]
    )
    assert run("diagnostics") == 0
    assert "never ran on this data folder" in capsys.readouterr().out
    assert run("selftest") == 1
    assert run("diagnostics") == 0
    out = capsys.readouterr().out
    assert f"with PrisonDesk {__version__}: 2 passed, 1 failed" in out  # and the Data folder
    assert "FAIL  Qt platform plugin: RuntimeError: no platform plugin" in out
    assert "PASS  Fonts: covered" in out


def test_the_report_reads_the_database_without_writing_to_it(paths, capsys):
    """A support officer's look changes nothing: no WAL made, not a byte of the file."""
    assert run("db", "upgrade") == 0
    _enrolled(paths)
    before = paths.database.read_bytes()
    files = sorted(p.name for p in paths.home.iterdir())
    capsys.readouterr()
    assert run("diagnostics") == 0
    out = capsys.readouterr().out
    assert "Enrolled: yes" in out and "Server: https://sync.example.kg:8470" in out
    assert TOKEN not in out
    assert paths.database.read_bytes() == before
    assert sorted(p.name for p in paths.home.iterdir()) == files
