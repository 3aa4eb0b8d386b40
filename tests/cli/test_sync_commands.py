"""``prisondesk server ...`` administration and ``prisondesk sync`` as an operator types them."""

from __future__ import annotations

import re

from prisondesk.cli import main
from prisondesk.server.database import ServerDatabase, sqlite_url


def test_server_administration_commands(paths, capsys):
    url = sqlite_url(paths.home / "server-test.sqlite3")
    base = ["server", "--database-url", url]
    assert main([*base, "facility", "add", "bsh-1", "Исправительная колония №1"]) == 0
    assert "registered BSH-1" in capsys.readouterr().out
    assert main([*base, "facility", "add", "BSH-1", "again"]) == 2
    assert "registered already" in capsys.readouterr().err
    assert main(["server", "facility", "list", "--database-url", url]) == 0
    assert "waiting for its first workstation" in capsys.readouterr().out
    assert main([*base, "enroll-code", "--facility", "NOPE-9"]) == 2
    assert "no facility NOPE-9" in capsys.readouterr().err
    assert main([*base, "enroll-code", "--facility", "BSH-1", "--hours", "2"]) == 0
    captured = capsys.readouterr()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\n", captured.out)
    assert "single use" in captured.err
    assert main([*base, "devices"]) == 0
    assert capsys.readouterr().out == ""
    assert main([*base, "revoke", "0000"]) == 2
    assert "0 devices match" in capsys.readouterr().err


def test_the_default_server_store_is_a_file_in_the_data_folder(paths, capsys):
    assert main(["server", "facility", "add", "OSH-2", "Ош"]) == 0
    assert paths.server_database.is_file()
    db = ServerDatabase.open(sqlite_url(paths.server_database))
    db.dispose()


def test_sync_enroll_and_rounds_from_the_command_line(paths, capsys, server, monkeypatch):
    from prisondesk.server import devices

    assert main(["demo", "--prisoners", "5"]) == 0
    capsys.readouterr()
    assert main(["sync"]) == 2
    assert "not enrolled" in capsys.readouterr().err
    devices.add_facility(server.db, "DEMO-47", "Демо")
    code = devices.new_enrolment_code(server.db, "DEMO-47")[0]
    monkeypatch.setenv("PRISONDESK_PASSWORD", "wrong-password")
    assert main(["sync", "enroll", server.url, code, "--user", "admin"]) == 2
    assert "password" in capsys.readouterr().err.lower()
    monkeypatch.setenv("PRISONDESK_PASSWORD", "demo-pass-1")
    assert main(["sync", "enroll", server.url, code, "--user", "admin"]) == 0
    assert "enrolled with facility" in capsys.readouterr().out
    assert main(["sync"]) == 0
    out = capsys.readouterr().out
    assert re.match(r"pushed [1-9]\d*, pulled [1-9]\d*, digest ok", out), out
    assert main(["sync"]) == 0
    assert capsys.readouterr().out.startswith("pushed 0, pulled 0, digest unchanged")
