"""Render the sync screens offscreen (Russian) against a real server on loopback: the
first-run wizard joining a facility, the status bar after a sync, the workstation's server
settings and a conflict in the supervisors' review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/sync_screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from PySide6.QtWidgets import QApplication, QWizard
from tools.screenshots import save, settle

from prisondesk.config import Paths, Settings
from prisondesk.server import devices
from prisondesk.server.app import create_app
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.services.sync import syncing
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.shell import Shell
from prisondesk.ui.sync.review_dialog import SyncReviewDialog


def serve(folder: Path) -> tuple[str, ServerDatabase, uvicorn.Server]:
    db = ServerDatabase.open(sqlite_url(folder / "server.sqlite3"))
    server = uvicorn.Server(uvicorn.Config(create_app(db), port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", db, server


def wait_for(app: QApplication, condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.02)


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    languages = LanguageSwitcher(app)
    languages.apply("ru")
    with tempfile.TemporaryDirectory() as temp:
        url, server_db, server = serve(Path(temp))
        devices.add_facility(server_db, "DEMO-47", "Исправительная колония №47 (демо)")
        first_paths = Paths.resolve(Path(temp) / "first")
        first_paths.ensure()
        first, _ = open_store(first_paths.database, first_paths.backups)
        fill_demo(first, prisoners=40)
        admin = users.authenticate(first, "admin", DEMO_PASSWORD)
        syncing.enrol(first, admin, url, devices.new_enrolment_code(server_db, "DEMO-47")[0])
        syncing.run_round(first)

        second_paths = Paths.resolve(Path(temp) / "second")
        second_paths.ensure()
        second, _ = open_store(second_paths.database, second_paths.backups)
        shell = Shell(app, second, Settings(second_paths.settings_file), languages)
        shell.start()
        wizard = shell.window
        wizard.join_choice.setChecked(True)
        wizard.server.setText(url)
        wizard.enrol_code.setText(devices.new_enrolment_code(server_db, "DEMO-47")[0])
        settle(app)
        save(wizard, folder, "join-facility-ru")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        wait_for(app, lambda: shell.window is not wizard)

        # a conflict: both desks rename the same user while apart
        admin_here = users.authenticate(second, "admin", DEMO_PASSWORD)
        gate = next(u for u in users.list_users(second, admin_here) if u.username == "gate_officer")
        users.update_user(second, admin_here, gate.id, full_name="Токтогулов Эрмек")
        users.update_user(first, admin, gate.id, full_name="Токтогулов Эрмек Асанович")
        syncing.run_round(second)
        syncing.run_round(first)
        supervisor = users.authenticate(second, "supervisor", DEMO_PASSWORD)
        shell.facility_name = "Исправительная колония №47 (демо)"
        shell._open_main(supervisor)
        main_window = shell.window
        assert isinstance(main_window, MainWindow)
        main_window.sync.sync_now()
        wait_for(app, lambda: main_window.status.sync.text().startswith("Синхронизировано"))
        settle(app, shell)
        save(main_window, folder, "synced-status-ru")
        dialog = main_window.review_sync()
        assert isinstance(dialog, SyncReviewDialog)
        wait_for(app, lambda: dialog.conflict_table.rowCount() > 0)
        dialog.select_conflict(0)
        settle(app)
        save(dialog, folder, "sync-conflicts-ru")
        dialog.close()
        admin_window_user = users.authenticate(second, "admin", DEMO_PASSWORD)
        shell._open_main(admin_window_user)
        admin_window = shell.window
        admin_window.navigation.setCurrentRow(admin_window.navigation.count() - 1)
        page = admin_window.pages.currentWidget()
        page.tabs.setCurrentWidget(page.workstation)
        settle(app, shell)
        save(admin_window, folder, "workstation-server-ru")
        admin_window._logging_out = True
        admin_window.close()
        shell.sync.stop()
        server.should_exit = True
        first.dispose()
        second.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
