from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prisondesk.services.core import users
from prisondesk.ui.admin.user_dialog import UserDialog
from prisondesk.ui.admin.users_page import UsersPage
from prisondesk.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def main(qtbot, shell, admin) -> MainWindow:
    shell.facility_name = "Исправительная колония №1"
    shell._open_main(admin)
    window = shell.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def _users_page(main: MainWindow) -> UsersPage:
    index = [m.key for m in main.modules].index("admin")
    main.navigation.setCurrentRow(index)
    page = main.pages.currentWidget()
    assert isinstance(page, UsersPage)
    return page


def test_navigation_shows_the_modules_a_role_may_use(main):
    titles = [main.navigation.item(i).text() for i in range(main.navigation.count())]
    # an administrator manages accounts: no prisoners' files, no visits, no assessments
    assert titles == ["Reports", "Administration"]


def test_status_bar_shows_user_facility_sync_and_clock(qtbot, main):
    assert main.status.user.text() == "User: Асанов Бакыт (Administrator)"
    qtbot.waitUntil(lambda: main.status.sync.text() == "Sync: not set up")
    assert not main.status.sync_button.isEnabled()
    assert main.status.clock.text()


def test_hot_key_locks_and_unlocking_keeps_typed_input(qtbot, main, db):
    page = _users_page(main)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.new_user()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UserDialog))
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "half-typed")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.username, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.locked and not dialog.isVisible()
    assert "Асанов Бакыт" in main.lock_screen.who.text()
    qtbot.keyClicks(main.lock_screen.password, "wrong")
    qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.lock_screen.error.isVisible())
    assert main.locked
    # the lock screen asks the password alone: no "user name" in its message
    assert main.lock_screen.error.text() == "Wrong password, or your account has been disabled."
    qtbot.keyClicks(main.lock_screen.password, ADMIN_PASSWORD, delay=60)
    qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.locked)
    assert dialog.isVisible() and dialog.username.text() == "half-typed"
    dialog.reject()


def test_idle_time_locks_the_workstation(qtbot, main):
    main.idle.interval_ms = 150
    main.idle.restart()
    qtbot.waitUntil(lambda: main.locked, timeout=3000)


def test_locked_window_cannot_simply_be_closed(qtbot, main):
    main.lock()
    assert not main.close()
    assert main.isVisible() and main.locked


def test_admin_creates_a_user_and_bad_input_shows_at_the_field(qtbot, main, db, admin):
    page = _users_page(main)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.new_user()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UserDialog))
    qtbot.keyClicks(dialog.username, "x")
    dialog.full_name.setText("Токтосунов Нурлан")
    dialog.role.setCurrentIndex(dialog.role.findData("gate_officer"))
    qtbot.keyClicks(dialog.password, "temp-pass-1")
    dialog.submit()
    username_error = dialog.errors.fields["username"]
    qtbot.waitUntil(lambda: username_error.isVisible())
    assert "3 to 32" in username_error.text()
    dialog.username.setText("gate1")
    dialog.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [page.model.user_at(i).username for i in range(2)] == ["admin", "gate1"]
    assert page.model.data(page.model.index(1, 2)) == "Gate officer"
    assert page.model.data(page.model.index(1, 3)) == "Must change password"
    assert users.authenticate(db, "gate1", "temp-pass-1").must_change_password


def test_admin_unlocks_a_locked_user(qtbot, main, db, admin):
    created = users.create_user(db, admin, "gate1", "Нурлан", "gate_officer", "first-pass1")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong passwords until locked
            users.authenticate(db, "gate1", "bad")
    page = _users_page(main)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.data(page.model.index(1, 3)) == "Locked"
    page.table.selectRow(1)
    page.unlock_user()
    qtbot.waitUntil(lambda: page.info.text() == "Нурлан was unlocked.")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(1, 3)) == "Must change password")
    assert created.username == "gate1"


def test_unlock_without_selection_says_what_to_do(main):
    page = _users_page(main)
    page.unlock_user()
    assert page.info.text() == "Select a user first."


def test_roles_tab_shows_the_permission_matrix(main):
    page = _users_page(main)
    table = page.roles_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Gate officer" in headers and "Administrator" in headers
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    admin_column = headers.index("Administrator")
    assert table.item(rows.index("Manage users"), admin_column).text() == "✓"
    gate_column = headers.index("Gate officer")
    assert table.item(rows.index("Manage users"), gate_column).text() == ""


def test_switching_language_retranslates_the_open_window(qtbot, main, shell, db):
    assert "pseudo" not in main.language_actions  # only with --pseudo-locale
    main.language_actions["ky"].trigger()
    qtbot.waitUntil(lambda: main.navigation.item(0).text() == "Отчеттор")
    assert main.session_menu.title() == "&Сеанс"
    assert main.status.user.text() == "Колдонуучу: Асанов Бакыт (Администратор)"
    main.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: main.navigation.item(0).text() == "Отчёты")
    main.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: main.navigation.item(0).text() == "Reports")
    qtbot.waitUntil(lambda: shell.ops.idle)
    assert users.authenticate(db, "admin", ADMIN_PASSWORD).language == "en"


def test_workstation_tab_applies_new_lock_settings_at_once(qtbot, main, settings):
    from PySide6.QtGui import QKeySequence

    page = _users_page(main)
    tab = page.workstation
    tab.idle.setValue(1)
    tab.lock_key.setKeySequence(QKeySequence("F9"))
    tab.save()
    qtbot.waitUntil(lambda: tab.info.text() == "Saved. The new settings apply now.")
    assert main.idle.interval_ms == 60_000
    assert settings.get(settings.LOCK_SHORTCUT) == "F9"
    assert main.lock_action.text().endswith("F9")
    qtbot.keyClick(main.navigation, Qt.Key.Key_F9)
    assert main.locked


def test_workstation_tab_shows_a_bad_key_at_its_field(qtbot, main):
    from PySide6.QtGui import QKeySequence

    tab = _users_page(main).workstation
    tab.lock_key.setKeySequence(QKeySequence("L"))
    tab.save()
    error = tab.errors.fields["lock_shortcut"]
    qtbot.waitUntil(lambda: bool(error.text()))
    assert "function key" in error.text()
    assert not main.locked


def test_locking_during_a_question_answers_no_and_keeps_the_idle_lock(qtbot, main):
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, main.lock)  # the officer walks away with "Log out?" on screen
    main.log_out()  # blocks in the question until the lock closes it
    assert main.locked and not main._logging_out
    qtbot.keyClicks(main.lock_screen.password, ADMIN_PASSWORD, delay=60)
    qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.locked)
    assert main.idle.timer.isActive()
    assert main.isVisible()


def test_the_pseudo_locale_asked_for_stays_after_login_and_is_never_saved(
    qtbot, shell, db, registrar, languages, settings
):
    from prisondesk.config import Settings
    from prisondesk.ui.i18n import PSEUDO
    from tests.gui.flows import log_in

    users.set_language(db, registrar, "ru")  # the user's own language
    languages.apply(PSEUDO)  # as `prisondesk gui --pseudo-locale` starts
    window = log_in(qtbot, shell, "registry1", "second-pass2")
    assert languages.language == PSEUDO
    assert window.navigation.item(0).text().startswith("[")  # every string pseudo-translated
    assert window.language_actions[PSEUDO].isChecked()
    window.language_actions["ky"].trigger()  # a real language chosen: that one, and saved
    qtbot.waitUntil(lambda: languages.language == "ky")
    window.language_actions[PSEUDO].trigger()
    qtbot.waitUntil(lambda: languages.language == PSEUDO)
    assert settings.get(Settings.LANGUAGE) == "ky"
