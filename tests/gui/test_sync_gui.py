"""Two GUI workstations and a real server converge: the first desk enrols from the
Administration page, the second joins the facility from its first-run wizard, and "Sync now"
carries a new user from one to the other. The supervisors' review dialog switches a
conflict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from prisondesk.config import Settings
from prisondesk.services.core import facility, users
from prisondesk.services.sync import review
from prisondesk.ui.login_dialog import LoginDialog
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.setup_wizard import SetupWizard
from prisondesk.ui.shell import Shell
from prisondesk.ui.sync.review_dialog import SyncReviewDialog
from tests.conftest import ADMIN_PASSWORD
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


def _log_in(qtbot, shell: Shell, username: str, password: str) -> MainWindow:
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginDialog))
    login = shell.window
    login.username.clear()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password, delay=60)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    return shell.window


def _synced(main: MainWindow) -> bool:
    return main.status.sync.text().startswith("Synced")


def test_two_gui_workstations_converge_through_the_server(
    qtbot, shell, second_shell, admin, db, server, enrolment_code
):
    users.set_language(db, admin, "en")  # the texts below are the English ones
    shell.start()
    first = _log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: first.status.sync.text() == "Sync: not set up")
    page = next(
        first.pages.widget(i)
        for i in range(first.pages.count())
        if hasattr(first.pages.widget(i), "workstation")
    ).workstation
    page.server.setText(server.url)
    page.enrol_code.setText(enrolment_code())
    page.enrol_button.click()
    qtbot.waitUntil(lambda: _synced(first), timeout=20_000)
    assert "Enrolled with" in page.server_state.text()

    second_shell.start()
    wizard = second_shell.window
    assert isinstance(wizard, SetupWizard)
    wizard.join_choice.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.server.setText(server.url)
    wizard.enrol_code.setText("WRONG-CODE-1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.enrol_code_error.isVisible(), timeout=10_000)
    assert "used or expired" in wizard.enrol_code_error.text()
    wizard.enrol_code.setText(enrolment_code())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    second = _log_in(qtbot, second_shell, "admin", ADMIN_PASSWORD)  # a user pulled from A
    assert second.status.facility.text() == "Facility: Исправительная колония №1"
    qtbot.waitUntil(lambda: _synced(second), timeout=20_000)

    actor_b = users.authenticate(second_shell.store, "admin", ADMIN_PASSWORD)
    users.create_user(
        second_shell.store, actor_b, "gate7", "Осмонов Улан", "gate_officer", "temp-pass1"
    )
    qtbot.waitUntil(lambda: second.status.sync_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(second.status.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "waiting" not in second.status.sync.text() and _synced(second), timeout=20_000
    )
    qtbot.waitUntil(lambda: first.status.sync_button.isEnabled(), timeout=20_000)
    first.sync_now_action.trigger()
    qtbot.waitUntil(
        lambda: "gate7" in {u.username for u in users.list_users(db, admin)}, timeout=20_000
    )
    assert facility.current_facility(db).id == facility.current_facility(second_shell.store).id


def test_the_review_dialog_switches_a_conflict(
    qtbot, db, admin, staff, ops, tmp_path, server, enrolment_code
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
    dialog = SyncReviewDialog(db, ops, chief)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.conflict_table.rowCount() == 1)
    assert dialog.conflict_table.item(0, 2).text() == "Surname"  # not surname
    assert dialog.conflict_table.item(0, 3).text() == "Здесь"
    assert dialog.conflict_table.item(0, 5).text() == "Там"
    assert dialog.conflict_table.item(0, 7).text() == "to review"
    assert not dialog.switch_button.isEnabled()
    dialog.select_conflict(0)
    assert dialog.switch_button.isEnabled()
    dialog.switch_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_table.item(0, 7).text() == "switched")
    assert not dialog.keep_button.isEnabled()
    assert [c.decision for c in review.conflicts(db, chief)] == ["switch"]
    assert admissions.admission(db, registrar, view.id).identity.surname == "Там"
    assert dialog.tabs.tabText(1) == "Rejected changes"
    other.db.dispose()
