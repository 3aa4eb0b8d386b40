from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from prisondesk.services.core import facility, users
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.password_dialog import ChangePasswordDialog
from prisondesk.ui.setup_wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD


def _fill_wizard(qtbot, wizard: SetupWizard, code="BSH-1", password="first-admin-1"):
    wizard.code.setText(code)  # QTest types ASCII only; Cyrillic goes in as text
    wizard.name.setText("Исправительная колония №1")
    wizard.wings.setPlainText("Блок А\nБлок Б\n")
    wizard.next()
    qtbot.keyClicks(wizard.username, "admin")
    wizard.full_name.setText("Асанов Бакыт")
    qtbot.keyClicks(wizard.password, password)
    qtbot.keyClicks(wizard.repeat, password)


def test_first_run_wizard_sets_up_and_opens_the_main_window(qtbot, shell, db):
    shell.start()
    wizard = shell.window
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    _fill_wizard(qtbot, wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow))
    main = shell.window
    assert main.status.facility.text() == "Facility: Исправительная колония №1"
    assert "Асанов Бакыт" in main.status.user.text()
    assert facility.current_facility(db).code == "BSH-1"


def test_wizard_shows_a_bad_code_at_its_field_and_creates_nothing(qtbot, shell, db):
    shell.start()
    wizard = shell.window
    _fill_wizard(qtbot, wizard, code="бш")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.code_error.isVisible())
    assert "facility code" in wizard.code_error.text()
    assert wizard.currentPage() is wizard.facility_page
    assert facility.current_facility(db) is None
    assert isinstance(shell.window, SetupWizard)


def test_wizard_refuses_different_passwords(qtbot, shell, db):
    shell.start()
    wizard = shell.window
    _fill_wizard(qtbot, wizard)
    wizard.repeat.setText("something-else-1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.password_error.text() == "The two passwords differ."
    assert facility.current_facility(db) is None


def _login(qtbot, login: LoginDialog, username: str, password: str) -> None:
    login.username.clear()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password, delay=60)  # a person types
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_wrong_password_then_login(qtbot, shell, admin):
    shell.start()
    login = shell.window
    assert isinstance(login, LoginDialog)
    assert login.facility.text() == "Исправительная колония №1"
    _login(qtbot, login, "admin", "wrong")
    qtbot.waitUntil(lambda: login.error.isVisible())
    assert login.error.text() == "Wrong user name or password, or the account is disabled."
    assert login.password.text() == ""
    _login(qtbot, login, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow))


def test_empty_login_is_answered_without_a_call(qtbot, shell, admin):
    shell.start()
    login = shell.window
    login.submit()
    assert login.error.text() == "Enter your user name and password."


def test_locked_account_message(qtbot, shell, db, admin):
    users.create_user(db, admin, "gate1", "Нурлан", "gate_officer", "first-pass1")
    shell.start()
    login = shell.window
    for _ in range(5):
        _login(qtbot, login, "gate1", "bad")
        qtbot.waitUntil(lambda: login.buttons.isEnabled() and login.error.isVisible())
    assert "locked for 15 more minutes" in login.error.text()


def test_temporary_password_must_be_changed_first(qtbot, shell, db, admin):
    users.create_user(db, admin, "gate1", "Нурлан", "gate_officer", "first-pass1")
    shell.start()
    _login(qtbot, shell.window, "gate1", "first-pass1")
    qtbot.waitUntil(lambda: isinstance(shell.window, ChangePasswordDialog))
    dialog = shell.window
    qtbot.keyClicks(dialog.old, "first-pass1")
    qtbot.keyClicks(dialog.new, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.new_error.isVisible())
    assert dialog.new_error.text() == "Пароль должен содержать не менее 8 символов."  # user is ru
    for edit in (dialog.new, dialog.repeat):
        edit.setText("my-own-pass-2")
    dialog.submit()
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow))
    assert not users.authenticate(db, "gate1", "my-own-pass-2").must_change_password


def test_gate_officer_sees_no_administration(qtbot, shell, db, admin):
    users.create_user(db, admin, "gate1", "Нурлан", "gate_officer", "first-pass1")
    officer = users.authenticate(db, "gate1", "first-pass1")
    shell.facility_name = "X"
    shell._open_main(officer)
    main = shell.window
    keys = [main.navigation.item(i).data(0x0100) for i in range(main.navigation.count())]
    assert "admin" not in keys and keys[0] == "intake"


def test_logout_returns_to_login(qtbot, shell, admin, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shell.start()
    _login(qtbot, shell.window, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shell.window.logout_action.trigger()
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginDialog))
    assert shell.window.isVisible()


def test_shell_makes_the_daily_backup_while_running(qtbot, shell, admin, paths):
    shell.backups = paths.backups
    assert shell.backup_timer.isActive()
    shell.back_up_if_due()
    qtbot.waitUntil(lambda: shell.ops.idle)
    assert len(list(paths.backups.glob("*-daily.sqlite3"))) == 1
    shell.back_up_if_due()  # not due again within the day
    qtbot.waitUntil(lambda: shell.ops.idle)
    assert len(list(paths.backups.glob("*-daily.sqlite3"))) == 1
