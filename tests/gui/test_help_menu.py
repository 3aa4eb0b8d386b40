"""Help → Copy diagnostics, reached by keys after a real login: the support report is on the
clipboard and the status bar says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from prisondesk import __version__
from prisondesk.services.core import users
from prisondesk.sync import state
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import log_in

TOKEN = "desk-token-Lr4kWm2ZpQ8s"


def test_copy_diagnostics_by_keys(qtbot, shell, db, admin, paths):
    with db.apply_remote() as session:
        state.put(session, state.SERVER_URL, "https://sync.example.kg:8470")
        state.put(session, state.TOKEN, TOKEN)
    QApplication.clipboard().setText("before")
    users.set_language(db, admin, "en")  # the words checked are the English source
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    assert window.help_menu.title() == "He&lp"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.help_menu
    qtbot.keyClick(menu, Qt.Key.Key_D)  # Copy &diagnostics
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "before", timeout=10_000)
    text = QApplication.clipboard().text()
    assert f"PrisonDesk: {__version__}" in text
    assert f"Folder: {paths.home}" in text
    assert "Server: https://sync.example.kg:8470" in text and TOKEN not in text
    assert window.status.currentMessage().startswith("Diagnostics copied to the clipboard")
