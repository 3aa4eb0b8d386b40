"""Render the main screens offscreen to PNG files for the README and for review.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from prisondesk.config import Paths, Settings
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.shell import Shell


def settle(app: QApplication, shell: Shell | None = None) -> None:
    for _ in range(20):
        app.processEvents()
    if shell is not None:
        shell.ops.wait()
        for _ in range(20):
            app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        settings = Settings(paths.settings_file)
        languages = LanguageSwitcher(app)
        languages.apply("ru")
        shell = Shell(app, store, settings, languages)
        shell.start()
        settle(app)
        save(shell.window, folder, "setup-wizard-ru")
        fill_demo(store, prisoners=50)
        shell.facility_name = "Исправительная колония №47 (демо)"
        shell.show_login()
        settle(app)
        save(shell.window, folder, "login-ru")
        admin = users.authenticate(store, "admin", DEMO_PASSWORD)
        shell._open_main(admin)
        main_window = shell.window
        assert isinstance(main_window, MainWindow)
        main_window.navigation.setCurrentRow(main_window.navigation.count() - 1)
        settle(app, shell)
        save(main_window, folder, "administration-ru")
        main_window.navigation.setCurrentRow(1)
        languages.apply("ky")
        settle(app)
        save(main_window, folder, "coming-soon-ky")  # a module not built yet
        languages.apply("pseudo")
        main_window.navigation.setCurrentRow(main_window.navigation.count() - 1)
        settle(app, shell)
        save(main_window, folder, "administration-pseudo")
        languages.apply("ru")
        registrar = users.authenticate(store, "registry_officer", DEMO_PASSWORD)
        shell._open_main(registrar)
        clerk_window = shell.window
        clerk_window.registry.query.setText("Asanov")
        clerk_window.registry.refresh()
        settle(app, shell)
        save(clerk_window, folder, "registry-search-ru")
        wizard = clerk_window.registry.start_admission()
        wizard.identity.surname.setText("Жумабеков")
        wizard.identity.given_name.setText("Өмүрбек")
        settle(app)
        save(wizard, folder, "admission-identity-ru")
        wizard.done(0)  # closed without the question Escape asks
        main_window = clerk_window
        main_window.lock()
        settle(app)
        save(main_window, folder, "locked-ru")
        main_window._logging_out = True
        main_window.close()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
