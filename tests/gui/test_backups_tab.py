"""Administration → Backups as an administrator reaches it: a real login, the tab chosen by a
click, a backup made to a USB stick (the folder dialog answered with a temporary folder) and
seen in the list, then restored through the confirmation, which says what is replaced and
that the replaced database is kept; the restore waits for the next start, which does it and
says so before the login."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from prisondesk.services.core import backups, users
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import answer_next_question, click, log_in, open_module


def open_backups(qtbot, shell):
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(page.backups)
    assert page.tabs.tabText(index) == "Backups"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is page.backups
    return page.backups


def cells(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_file_that_is_not_a_backup_is_refused_on_the_tab(
    qtbot, shell, db, admin, tmp_path, monkeypatch
):
    users.set_language(db, admin, "en")
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"garbage" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(bogus), ""))
    tab = open_backups(qtbot, shell)
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, tab.restore_button)  # nothing selected: a file is asked for
    qtbot.waitUntil(lambda: tab.errors.general.isVisible(), timeout=10_000)
    assert tab.errors.general.text().startswith(f"{bogus} is not a sound PrisonDesk backup")
    assert tab.pending_label.text() == "" and not tab.cancel_button.isVisible()


def test_backup_to_a_stick_then_restore_it_at_the_next_start(
    qtbot, shell, db, admin, paths, tmp_path, monkeypatch
):
    users.set_language(db, admin, "en")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(stick))
    tab = open_backups(qtbot, shell)
    shell.ops.wait()
    assert tab.table.rowCount() == 0  # the test's database was never opened by the program

    click(qtbot, tab.make_button)
    qtbot.waitUntil(lambda: "Backup written" in tab.info.text(), timeout=10_000)
    made = next(stick.glob("prisondesk-*-manual.sqlite3"))
    assert tab.info.text() == f"Backup written: {made.name} in {stick}."
    qtbot.waitUntil(lambda: any(row[3] == str(stick) for row in cells(tab.table)))
    row = next(i for i, cells_ in enumerate(cells(tab.table)) if cells_[3] == str(stick))
    assert cells(tab.table)[row][1] == "Made by hand"
    assert re.fullmatch(r"[\d,]+(\.\d)? (kB|MB)", cells(tab.table)[row][2])
    assert cells(tab.table)[0] == cells(tab.table)[row]  # the newest first

    rect = tab.table.visualRect(tab.table.model().index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, tab.restore_button)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith(f"Restore {made.name}?")
    assert "this desk's database is replaced" in asked[0]
    assert "The replaced database is kept in the backups folder" in asked[0]
    close_now: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, close_now)
    qtbot.waitUntil(lambda: bool(close_now), timeout=10_000)
    assert close_now[0].startswith("Close PrisonDesk now?")
    assert tab.pending_label.text() == (
        f"{made.name} will be restored when PrisonDesk starts next (asked for by admin)."
    )
    assert tab.cancel_button.isVisible()
    assert backups.pending_restore(paths).source == str(made)

    # the next start: done before the database opens, and said before the login
    users.create_user(db, admin, "later1", "После Копии", "gate_officer", "temporary-1")
    shell.ops.wait()
    db.dispose()
    started = subprocess.run(  # a start of its own, as the officer's next one
        [sys.executable, "-m", "prisondesk", "--home", str(paths.home), "gui", "--exit-when-ready"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    kept = next(paths.backups.glob("*before-restore*")).name
    assert (
        f"The backup {made.name} was restored. The replaced database was kept as {kept}."
        in started.stdout
    )
    assert _users(paths.database) == ["admin"]  # the user made after the backup is gone
    assert backups.pending_restore(paths) is None
    raw = sqlite3.connect(paths.database)  # audited by that start, which left nothing behind
    try:
        audited = raw.execute("SELECT username FROM audit_entry WHERE action = 'restore'")
        assert audited.fetchall() == [("admin",)]
    finally:
        raw.close()
    assert list(paths.home.glob("prisondesk.sqlite3.restore*")) == []


def _users(database) -> list[str]:
    raw = sqlite3.connect(database)
    try:
        return [row[0] for row in raw.execute("SELECT username FROM user_account")]
    finally:
        raw.close()
