"""The Mandela Rules list as a supervisor works through it: logged in, Reports → the "Files
to complete" tab clicked, each file opened from its row by a double click or by the arrow
keys and Enter; the medical notices on a tab of their own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prisondesk.services import demo
from prisondesk.services.core import users
from prisondesk.services.reports import compliance
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.reports.compliance_page import CompliancePage
from prisondesk.ui.reports.reports_page import ReportsPage
from tests.gui.flows import click_tab, double_click_row, log_in, open_module

STAFF_PASSWORD = "second-pass2"  # what the staff fixture leaves


def open_compliance(qtbot, shell, username: str, password: str) -> CompliancePage:
    """Log in, click Reports in the navigation and its "Files to complete" tab."""
    window = log_in(qtbot, shell, username, password)
    reports = open_module(qtbot, window, "reports")
    assert isinstance(reports, ReportsPage)
    assert reports.tabText(reports.indexOf(reports.compliance)) == "Files to complete"
    click_tab(qtbot, reports, reports.compliance)
    return reports.compliance


@pytest.fixture
def drafts(db, monkeypatch) -> None:
    """The demo facility two days on: the few admissions it left as drafts are overdue."""
    demo.fill_demo(db, prisoners=120, seed=5)
    later = compliance.utc_now() + timedelta(days=2)
    monkeypatch.setattr(compliance, "utc_now", lambda: later)
    users.set_language(db, users.authenticate(db, "supervisor", demo.DEMO_PASSWORD), "en")


def opened_file(qtbot, page: CompliancePage) -> PrisonerFile:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrisonerFile))
    file = QApplication.activeModalWidget()
    assert file.parent() is page
    qtbot.waitExposed(file)
    return file


def test_supervisor_works_through_the_files_to_complete(qtbot, shell, drafts):
    """The first file opened with a double click (as the page says), closed with Escape; the
    next reached with the arrow key and opened with Enter, as a desk at the keyboard does."""
    page = open_compliance(qtbot, shell, "supervisor", demo.DEMO_PASSWORD)
    qtbot.waitUntil(lambda: page.table.rowCount() > 1)
    missing = {page.table.item(r, 3).text() for r in range(page.table.rowCount())}
    assert missing == {"admission left as a draft"}
    assert page.count.text() == f"Files to complete: {page.table.rowCount()}"
    first, second = page.table.item(0, 0).text(), page.table.item(1, 0).text()
    double_click_row(qtbot, page.table, 0)
    file = opened_file(qtbot, page)
    assert file.view.number == first
    qtbot.keyClick(file, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file.isVisible())
    assert QApplication.activeModalWidget() is None  # one file opened, not two

    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentRow() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_file(qtbot, page).view.number == second


def test_medical_notices_list_injuries_flagged_for_the_medical_service(qtbot, shell, db):
    demo.fill_demo(db, prisoners=150, seed=5)  # about one in ten has an injury noted
    supervisor = users.authenticate(db, "supervisor", demo.DEMO_PASSWORD)
    users.set_language(db, supervisor, "en")
    page = open_compliance(qtbot, shell, "supervisor", demo.DEMO_PASSWORD)
    click_tab(qtbot, page.tabs, page.notices)
    qtbot.waitUntil(lambda: page.notices.rowCount() > 0)
    complaints = [n for n in page.medical if n.ill_treatment_complaint]
    row = page.medical.index(complaints[0])
    assert page.notices.item(row, 1).text() == complaints[0].full_name
    assert page.notices.item(row, 3).text().startswith("Complains of ill-treatment:")


def test_the_page_names_its_tabs(qtbot, shell, db, chief):
    users.set_language(db, chief, "en")
    page = open_compliance(qtbot, shell, "chief", STAFF_PASSWORD)
    tabs = page.tabs
    shown = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert shown == ["Files to complete", "Medical notices"]
    click_tab(qtbot, tabs, page.notices)
    assert page.notices.horizontalHeaderItem(3).text() == "Description"
