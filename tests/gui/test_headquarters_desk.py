"""A headquarters desk as its people reach it, through a real server holding two facilities:
the first start joins with a headquarters code (typed into the wizard), the wizard goes on to
the desk's own administrator, who lands in the main window; a headquarters viewer logs in by
typing, sees the registry of both facilities (a search finds a name in either, each row
saying its facility) and opens each report for all facilities side by side or for one. No
page, tab or menu offers a write: the only buttons are for finding, showing, saving and
printing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget, QWizard

from prisondesk.services.core import users
from prisondesk.services.reports import run
from prisondesk.services.reports.report import REPORTS
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.setup_wizard import SetupWizard
from tests.gui.flows import click, keys, log_in, log_out, open_module, type_slowly
from tests.gui.test_every_window import Findings, each_tab
from tests.gui.test_reports_page import alt, choose, show
from tests.server.desks import desk_with_prisoners

ADMIN_PASSWORD = "hq-admin-pw1"
VIEWER_PASSWORD = "viewer-pass-2"
# what a headquarters viewer may press: find, show, stop, save, print, export, close
READING_BUTTONS = {
    "Sho&w",
    "Sto&p (Esc)",
    "Save P&DF…",
    "Pri&nt…",
    "E&xport…",
    "&Refresh",
}


@pytest.fixture
def facilities(tmp_path, server, enrolment_code):
    """Two facilities with their prisoners on the server."""
    desk_with_prisoners(
        tmp_path / "a",
        server.url,
        enrolment_code("BSH-1"),
        "BSH-1",
        "Исправительная колония №1",
        ["Асанов", "Бекова"],
    )
    desk_with_prisoners(
        tmp_path / "b",
        server.url,
        enrolment_code("OSH-2", "Колония №2"),
        "OSH-2",
        "Колония №2",
        ["Жээнбеков", "Асанова", "Токтогулов"],
    )


def join_as_headquarters(qtbot, shell, server, enrolment_code) -> MainWindow:
    """The first start, by clicks and keys: Join, the server, the headquarters code,
    Finish; then the desk's administrator, Finish."""
    shell.start()
    wizard = shell.window
    assert isinstance(wizard, SetupWizard)
    qtbot.waitExposed(wizard)
    click(qtbot, wizard.join_choice)
    qtbot.mouseClick(wizard.server, Qt.MouseButton.LeftButton)
    type_slowly(qtbot, wizard.server, server.url)
    qtbot.mouseClick(wizard.enrol_code, Qt.MouseButton.LeftButton)
    type_slowly(qtbot, wizard.enrol_code, enrolment_code(None))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.admin_page, timeout=30_000)
    assert wizard.admin_page.title() == "Headquarters desk: its first administrator"
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # enrolled: no going back
    for field, text in (
        (wizard.username, "hqadmin"),
        (wizard.full_name, "Штаб Админ"),
        (wizard.password, ADMIN_PASSWORD),
        (wizard.repeat, ADMIN_PASSWORD),
    ):
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        keys(qtbot, field, text)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    return shell.window


def test_a_headquarters_desk_is_joined_and_read_without_a_write_offered(
    qtbot, shell, db, languages, server, enrolment_code, facilities
):
    admin_window = join_as_headquarters(qtbot, shell, server, enrolment_code)
    assert admin_window.status.facility.text() == "Facility: Headquarters (all facilities)"
    assert [m.key for m in admin_window.modules] == ["reports", "admin"]
    admin = users.authenticate(db, "hqadmin", ADMIN_PASSWORD)
    users.set_language(db, admin, "en")
    users.create_user(db, admin, "analyst", "Аналитик Штаба", "hq_viewer", "temp-pass1")
    users.set_language(
        db,
        users.change_password(
            db, users.authenticate(db, "analyst", "temp-pass1"), "temp-pass1", VIEWER_PASSWORD
        ),
        "en",
    )
    log_out(qtbot, admin_window)

    window = log_in(qtbot, shell, "analyst", VIEWER_PASSWORD)
    assert [m.key for m in window.modules] == ["intake", "reports"]
    viewer = users.authenticate(db, "analyst", VIEWER_PASSWORD)

    # the registry of both facilities; a search finds a name in either
    registry = open_module(qtbot, window, "intake")
    assert not registry.new_button.isVisible()
    qtbot.waitUntil(lambda: registry.model.rowCount() == 5)
    codes = [registry.model.index(r, 6).data() for r in range(registry.model.rowCount())]
    assert sorted(codes) == ["BSH-1", "BSH-1", "OSH-2", "OSH-2", "OSH-2"]
    assert registry.model.headerData(6, Qt.Orientation.Horizontal) == "Facility"
    registry.query.setFocus()
    type_slowly(qtbot, registry.query, "Асанов")
    qtbot.waitUntil(lambda: registry.model.rowCount() == 2)
    found = {
        (registry.model.index(r, 1).data().split()[0], registry.model.index(r, 6).data())
        for r in range(2)
    }
    assert found == {("Асанов", "BSH-1"), ("Асанова", "OSH-2")}
    # one facility chosen: its files alone
    registry.facility.setFocus()
    qtbot.keyClick(registry.facility, Qt.Key.Key_End)
    assert registry.facility.currentText() == "Колония №2 (OSH-2)"
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1)
    assert registry.model.index(0, 1).data().startswith("Асанова")
    # a row opens the registry card: nothing to change there
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    card = QApplication.activeModalWidget()
    assert [b.text() for b in card.findChildren(QPushButton) if b.isVisible()] == ["Close"]
    card.reject()
    window.activateWindow()  # as the window manager does when the card closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # each report, for all facilities side by side, then for one
    reports = open_module(qtbot, window, "reports")
    # the list of files to complete is a facility's work: headquarters reads the report
    assert not reports.isTabVisible(reports.indexOf(reports.compliance))
    viewer_page = reports.viewer
    assert viewer_page.facility_box.isVisible()
    assert [viewer_page.facility_box.itemText(i) for i in range(3)] == [
        "All facilities",
        "Исправительная колония №1 (BSH-1)",
        "Колония №2 (OSH-2)",
    ]
    for name in REPORTS:
        choose(qtbot, viewer_page, viewer_page.report_box, name)
        choose(qtbot, viewer_page, viewer_page.period_box, "this_month")
        shown = show(qtbot, viewer_page)
        first, last = viewer_page.first.value(), viewer_page.last.value()
        assert shown == run.run_report(db, viewer, name, first, last)
        assert shown.facilities == ("Исправительная колония №1", "Колония №2")
        assert viewer_page.model.rowCount() >= (2 if shown.totals is not None else 0)
    choose(qtbot, viewer_page, viewer_page.report_box, "population")
    alt(qtbot, viewer_page, "i")
    qtbot.keyClick(viewer_page.facility_box, Qt.Key.Key_End)
    shown = show(qtbot, viewer_page)
    assert shown.facilities == ("Колония №2",)
    assert viewer_page.title.text().endswith("Колония №2")
    side = viewer_page.model.report
    assert side is shown and shown.totals is not None
    ends = [c.key for c in shown.columns].index("end")
    assert shown.totals[ends] == 3

    # no write action anywhere: every visible button reads, shows or saves
    for key in ("intake", "reports"):
        page = open_module(qtbot, window, key)
        tabs = (
            [i for i in range(page.count()) if page.isTabVisible(i)]
            if isinstance(page, QTabWidget)
            else [None]
        )
        for tab in tabs:
            if tab is not None:
                qtbot.mouseClick(
                    page.tabBar(),
                    Qt.MouseButton.LeftButton,
                    pos=page.tabBar().tabRect(tab).center(),
                )
            buttons = [
                b.text() for b in page.findChildren(QPushButton) if b.isVisible() and b.text()
            ]
            assert set(buttons) <= READING_BUTTONS, (key, tab, buttons)
    assert not window.review_action.isVisible()

    # in Russian and Kyrgyz too: one Alt+letter a control, and the pages fit a 1366×768 screen
    findings = {language: Findings(language) for language in ("ru", "ky")}
    for language, found in findings.items():
        languages.apply(language)
        if language == "ru":  # the desk's name follows the language too
            qtbot.waitUntil(
                lambda: (
                    window.status.facility.text()
                    == "Учреждение: Центральный аппарат (все учреждения)"
                )
            )
        found.check_menus(window)
        for key in ("intake", "reports"):
            page = open_module(qtbot, window, key)
            if isinstance(page, QTabWidget):
                for index in each_tab(qtbot, page):
                    found.check(window, f"headquarters: {key}, tab {index}")
            else:
                found.check(window, f"headquarters: {key}")
        found.assert_none()
