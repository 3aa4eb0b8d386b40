from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from prisondesk.app import run_gui
from prisondesk.ui.errors import message_for


def test_damaged_database_shows_a_message_and_exits(qapp, paths, monkeypatch):
    paths.database.write_bytes(b"\x00not sqlite" * 300)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(paths) == 2
    # a fresh workstation speaks Russian until someone chooses otherwise
    assert len(shown) == 1 and "повреждена" in shown[0] and "prisondesk restore" in shown[0]


def test_unexpected_errors_are_logged_and_shown_without_a_traceback(qapp, caplog):
    with caplog.at_level(logging.ERROR):
        text = message_for(ZeroDivisionError("division by zero"))
    assert "Traceback" not in text and "division" not in text
    assert "log file" in text
    assert any(record.exc_info for record in caplog.records)


def test_a_second_program_on_the_same_data_folder_is_refused(qapp, paths, monkeypatch):
    from prisondesk.instance import acquire_instance_lock

    held = acquire_instance_lock(paths)
    assert held is not None
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        assert run_gui(paths) == 2
    finally:
        held.unlock()
    assert len(shown) == 1 and "уже запущен" in shown[0]


def test_an_account_outside_the_installations_group_is_told_how_to_get_in(qapp, paths, monkeypatch):
    """The installer's shared folder refuses a Windows account that is not in its group."""

    def refused(self) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("prisondesk.config.Paths.ensure", refused)
    monkeypatch.setattr("prisondesk.app.shared_group", lambda home: "PrisonDesk Users")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(paths) == 2
    assert len(shown) == 1
    assert "не входит в группу «PrisonDesk Users»" in shown[0]
    assert 'net localgroup "PrisonDesk Users"' in shown[0]
