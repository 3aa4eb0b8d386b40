"""Two GUI workstations and a real server converge: the first desk enrols from the
Administration page, the second joins the facility from its first-run wizard, and "Sync now"
carries a new user from one to the other. The supervisors' review dialog switches a
conflict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from prisondesk.config import Settings
from prisondesk.services.core import facility, users
from prisondesk.services.sync import review
from prisondesk.ui.admin.user_dialog import UserDialog
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.setup_wizard import SetupWizard
from prisondesk.ui.shell import Shell
from prisondesk.ui.sync.review_dialog import SyncReviewDialog
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import (
    activate_again,
    choose_item,
    click,
    click_row,
    click_tab,
    keys,
    log_in,
    open_module,
    press_alt,
    retype,
)
from tests.server.live import workstation


@pytest.fixture
def second_shell(qapp, tmp_path, languages) -> Iterator[Shell]:
    db = workstation(tmp_path / "second")
    settings = Settings(tmp_path / "second" / "settings.json")
    shell = Shell(qapp, db, settings, languages)
    yield shell
    shell.sync.stop()
    shell.ops.wait()
    if shell.window is not None:
        shell.window._logging_out = True
        shell.window.close()
        shell.window.deleteLater()
    db.dispose()


def _synced(main: MainWindow) -> bool:
    return main.status.sync.text().startswith("Synced")


def test_two_gui_workstations_converge_through_the_server(
    qtbot, shell, second_shell, admin, db, server, enrolment_code
):
    users.set_language(db, admin, "en")  # the texts below are the English ones
    first = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: first.status.sync.text() == "Sync: not set up")
    admin_page = open_module(qtbot, first, "admin")
    page = admin_page.workstation
    click_tab(qtbot, admin_page.tabs, page)
    retype(qtbot, page.server, server.url)
    press_alt(qtbot, Qt.Key.Key_C)  # Enrolment &code
    assert page.enrol_code.hasFocus()
    keys(qtbot, page.enrol_code, enrolment_code())
    click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: _synced(first), timeout=20_000)
    assert "Enrolled with" in page.server_state.text()

    second_shell.start()
    wizard = second_shell.window
    assert isinstance(wizard, SetupWizard)
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    press_alt(qtbot, Qt.Key.Key_J)  # Join an existing facility
    qtbot.waitUntil(wizard.join_choice.isChecked)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    press_alt(qtbot, Qt.Key.Key_S)  # Server address
    assert wizard.server.hasFocus()
    keys(qtbot, wizard.server, server.url)
    press_alt(qtbot, Qt.Key.Key_E)  # Enrolment code
    assert wizard.enrol_code.hasFocus()
    keys(qtbot, wizard.enrol_code, "WRONG-CODE-1")
    click(qtbot, finish)
    qtbot.waitUntil(lambda: wizard.enrol_code_error.isVisible(), timeout=10_000)
    assert "used or expired" in wizard.enrol_code_error.text()
    retype(qtbot, wizard.enrol_code, enrolment_code())
    click(qtbot, finish)
    qtbot.waitUntil(lambda: isinstance(second_shell.window, LoginDialog), timeout=10_000)
    second = log_in(qtbot, second_shell, "admin", ADMIN_PASSWORD)  # a user pulled from A
    assert second.status.facility.text() == "Facility: Исправительная колония №1"
    qtbot.waitUntil(lambda: _synced(second), timeout=20_000)
    actor_b = users.authenticate(second_shell.store, "admin", ADMIN_PASSWORD)

    # the administrator at the second desk adds a user there: Administration → New user…
    users_page = open_module(qtbot, second, "admin")
    assert users_page.tabs.currentIndex() == 0
    click(qtbot, users_page.new_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), UserDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.username.hasFocus)
    keys(qtbot, dialog.username, "gate7")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert dialog.full_name.hasFocus()
    keys(qtbot, dialog.full_name, "Осмонов Улан")
    choose_item(qtbot, dialog.role, "Gate officer")
    qtbot.keyClick(dialog.role, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    keys(qtbot, dialog.password, "temp-pass1")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "gate7" in {u.username for u in users.list_users(second_shell.store, actor_b)}
    qtbot.waitUntil(lambda: second.status.sync_button.isEnabled(), timeout=20_000)
    click(qtbot, second.status.sync_button)
    qtbot.waitUntil(
        lambda: "waiting" not in second.status.sync.text() and _synced(second), timeout=20_000
    )
    qtbot.waitUntil(lambda: first.status.sync_button.isEnabled(), timeout=20_000)
    activate_again(qtbot, first)  # the officer at the first desk presses F5 (Sync now)
    qtbot.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: "gate7" in {u.username for u in users.list_users(db, admin)}, timeout=20_000
    )
    assert facility.current_facility(db).id == facility.current_facility(second_shell.store).id


def test_the_review_dialog_switches_a_conflict(
    qtbot, shell, db, admin, staff, tmp_path, server, enrolment_code
):
    from prisondesk.services.intake import admissions
    from prisondesk.services.sync import syncing
    from tests.intake.fixtures import identity
    from tests.server.desks import Desk, joining_desk

    syncing.enrol(db, admin, server.url, enrolment_code())
    chief = staff("chief", "supervisor", "Начальник смены")
    registrar = staff("registry1", "registry_officer", "Сыдыкова")
    view = admissions.start_admission(db, registrar, identity())
    here = Desk(db, admin)
    here.sync()
    other = joining_desk(tmp_path / "other", server.url, enrolment_code())
    registrar_there = users.authenticate(other.db, "registry1", "second-pass2")
    admissions.save_identity(other.db, registrar_there, view.id, identity(surname="Там"))
    admissions.save_identity(db, registrar, view.id, identity(surname="Здесь"))
    other.sync()
    here.sync()
    users.set_language(db, chief, "en")  # the texts below are the English ones
    window = log_in(qtbot, shell, "chief", "second-pass2")
    press_alt(qtbot, Qt.Key.Key_Y)  # Sync
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.sync_menu)
    qtbot.keyClick(window.sync_menu, Qt.Key.Key_C)  # Conflicts and rejected changes…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SyncReviewDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1)
    assert dialog.conflict_table.item(0, 2).text() == "Surname"  # not surname
    assert dialog.conflict_table.item(0, 3).text() == "Здесь"
    assert dialog.conflict_table.item(0, 5).text() == "Там"
    assert dialog.conflict_table.item(0, 7).text() == "to review"
    assert not dialog.switch_button.isEnabled()
    click_row(qtbot, dialog.conflict_table, 0)
    assert dialog.switch_button.isEnabled()
    click(qtbot, dialog.switch_button)
    qtbot.waitUntil(lambda: dialog.conflict_table.item(0, 7).text() == "switched")
    assert not dialog.keep_button.isEnabled()
    assert [c.decision for c in review.conflicts(db, chief)] == ["switch"]
    assert admissions.admission(db, registrar, view.id).identity.surname == "Там"
    assert dialog.tabs.tabText(1) == "Rejected changes"
    click_tab(qtbot, dialog.tabs, dialog.rejected_table)
    assert dialog.rejected_table.isVisible()
    other.db.dispose()
