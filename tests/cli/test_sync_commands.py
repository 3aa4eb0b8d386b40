"""``prisondesk server ...`` administration and ``prisondesk sync`` as an operator types them."""

from __future__ import annotations

import re

import pytest

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
    assert "0 desks match" in capsys.readouterr().err


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


def test_console_accounts_are_added_with_a_password_asked_twice(paths, capsys, monkeypatch):
    from prisondesk.server import admin_audit
    from prisondesk.server.console import accounts

    url = sqlite_url(paths.home / "server-test.sqlite3")
    base = ["server", "--database-url", url]
    answers = iter(["console-pass-1", "console-pass-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main([*base, "admin", "add", "chief"]) == 2
    assert "the two passwords differ" in capsys.readouterr().err
    answers = iter(["short", "short"])
    assert main([*base, "admin", "add", "chief"]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    answers = iter(["console-pass-1", "console-pass-1"])
    assert main([*base, "admin", "add", "Chief"]) == 0
    assert "console account chief added" in capsys.readouterr().out
    answers = iter(["console-pass-1", "console-pass-1"])
    assert main([*base, "admin", "add", "chief"]) == 2
    assert "There is a console account chief already." in capsys.readouterr().err
    assert main([*base, "admin", "list"]) == 0
    assert capsys.readouterr().out.startswith("chief\tadded ")
    db = ServerDatabase.open(url)
    try:
        assert accounts.log_in(db, "chief", "console-pass-1").name == "chief"
        done = [(e.actor, e.action, e.subject) for e in admin_audit.recent(db)]
    finally:
        db.dispose()
    assert (admin_audit.shell_actor(), "admin_added", "chief") in done  # who, on the host


def test_the_command_line_is_audited_as_the_console_is(paths, capsys):
    from prisondesk.server import admin_audit

    url = sqlite_url(paths.home / "server-test.sqlite3")
    base = ["server", "--database-url", url]
    assert main([*base, "facility", "add", "BSH-1", "Колония №1"]) == 0
    assert main([*base, "enroll-code", "--facility", "BSH-1"]) == 0
    captured = capsys.readouterr()
    db = ServerDatabase.open(url)
    try:
        done = [(e.actor, e.action, e.subject) for e in reversed(admin_audit.recent(db))]
        detail = admin_audit.recent(db)[0].detail
    finally:
        db.dispose()
    me = admin_audit.shell_actor()
    assert done == [(me, "facility_added", "BSH-1"), (me, "code_issued", "BSH-1")]
    code = captured.out.strip()
    assert code not in detail and code.replace("-", "") not in detail  # never the code itself


def test_a_locked_or_lost_console_account_is_unlocked_renewed_or_removed(
    paths, capsys, monkeypatch
):
    from prisondesk.server.console import accounts

    url = sqlite_url(paths.home / "server-test.sqlite3")
    base = ["server", "--database-url", url]
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "console-pass-1")
    assert main([*base, "admin", "add", "chief"]) == 0
    db = ServerDatabase.open(url)
    try:
        for _ in range(5):  # someone guessing locks it
            with pytest.raises(accounts.LoginRefused):
                accounts.log_in(db, "chief", "wrong-pass-9")
        with pytest.raises(accounts.LoginRefused):
            accounts.log_in(db, "chief", "console-pass-1")
        assert main([*base, "admin", "list"]) == 0
        assert "locked until" in capsys.readouterr().out
        assert main([*base, "admin", "unlock", "chief"]) == 0
        assert accounts.log_in(db, "chief", "console-pass-1").name == "chief"
        monkeypatch.setattr("getpass.getpass", lambda prompt="": "renewed-pass-2")
        assert main([*base, "admin", "passwd", "chief"]) == 0
        assert accounts.log_in(db, "chief", "renewed-pass-2").name == "chief"
        assert main([*base, "admin", "remove", "chief"]) == 0
        with pytest.raises(accounts.LoginRefused):
            accounts.log_in(db, "chief", "renewed-pass-2")
        assert main([*base, "admin", "unlock", "chief"]) == 2
        assert "There is no console account chief." in capsys.readouterr().err
    finally:
        db.dispose()


def test_the_console_is_on_only_when_this_command_line_asks(monkeypatch):
    """A PRISONDESK_CONSOLE left in the environment must not switch it on for the workers."""
    from prisondesk.cli import build_parser
    from prisondesk.server import run

    monkeypatch.setenv("PRISONDESK_CONSOLE", "15")
    run.pass_to_workers(build_parser().parse_args(["server"]))
    assert run._console_options() == {"console": False}
    run.pass_to_workers(build_parser().parse_args(["server", "--console"]))
    assert run._console_options()["console"] is True
    monkeypatch.setenv("PRISONDESK_CONSOLE", "many")
    assert run._console_options() == {"console": False}
