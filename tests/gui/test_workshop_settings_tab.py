"""Administration → Workshops, from a real login: the share held until release is shown as
the example until the administrator sets the facility's own, by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from prisondesk.domain.workshops import EXAMPLE_HELD_PERCENT
from prisondesk.services.core import users
from prisondesk.services.workshops import settings
from prisondesk.ui.admin.users_page import UsersPage
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, keys, log_in, open_module


def test_the_administrator_sets_the_share_held_until_release(qtbot, shell, db, admin):
    users.set_language(db, admin, "en")
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    assert isinstance(page, UsersPage)
    bar = page.tabs.tabBar()
    tab = page.workshop_settings
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(tab)).center()
    )
    qtbot.waitUntil(lambda: tab.loaded is not None)
    assert tab.held.value() == EXAMPLE_HELD_PERCENT and "example" in tab.note.text()
    qtbot.keyClick(tab, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Alt+H: the share
    assert tab.held.hasFocus()
    qtbot.keyClick(tab.held, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, tab.held, "40")
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.info.text().startswith("Saved"))
    assert settings.pay_settings(db, admin).held_percent == 40
    assert "example" not in tab.note.text()
