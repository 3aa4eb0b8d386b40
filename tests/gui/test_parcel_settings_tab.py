"""Administration → Parcels, reached from a real login: the administrator sets the quotas,
adds a category and a prohibited item by keys; the examples left as shown stay examples (so
they stay translated); an emptied list is refused beside it and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prisondesk.domain.parcels import EXAMPLE_CATEGORIES, Quota
from prisondesk.services.parcels import settings
from prisondesk.ui.admin.parcel_settings_tab import ParcelSettingsTab
from prisondesk.ui.admin.users_page import UsersPage
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, keys, log_in, open_module, type_slowly


def _parcels_tab(qtbot, shell, db, admin, language: str = "en") -> ParcelSettingsTab:
    from prisondesk.services.core import users

    users.set_language(db, admin, language)
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    assert isinstance(page, UsersPage)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    tab = page.parcel_settings
    assert page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.loaded is not None)
    return tab


def test_the_administrator_sets_quotas_and_lists_by_keys(qtbot, shell, db, admin):
    tab = _parcels_tab(qtbot, shell, db, admin, "ru")
    assert "Продукты питания" in tab.categories.toPlainText()  # an example, shown translated
    count = tab.count["general"]
    qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
    qtbot.keyClick(count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, count, "3")
    qtbot.mouseClick(tab.categories.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.categories, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.categories, Qt.Key.Key_Return)
    type_slowly(qtbot, tab.categories, "Семена")
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    type_slowly(qtbot, QApplication.focusWidget(), "Энергетики")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: bool(tab.info.text() or tab.errors.text()))
    assert tab.info.text() == tab.tr("Saved. The gate works from these rules now.")
    saved = settings.parcel_settings(db, admin)
    assert saved.quotas["general"] == Quota(3, 20_000)
    assert saved.categories == (*EXAMPLE_CATEGORIES, "Семена")  # examples kept as examples
    assert saved.prohibited[-1].name == "Энергетики" and not saved.prohibited[-1].medical
    assert saved.prohibited[0].name == "Alcohol" and saved.prohibited[0].incident
    assert not saved.examples


def test_an_emptied_list_is_refused_beside_it(qtbot, shell, db, admin):
    tab = _parcels_tab(qtbot, shell, db, admin)
    qtbot.mouseClick(tab.categories.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.categories, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.categories, Qt.Key.Key_Delete)
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.errors.fields["categories"].isVisible())
    assert tab.errors.fields["categories"].text() == "The list cannot be empty."
    assert settings.parcel_settings(db, admin).examples  # nothing was saved
