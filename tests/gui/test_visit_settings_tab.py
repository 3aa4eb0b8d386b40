"""Administration → Visits: the facility sets its own allowances, visitor limits and whether
children may visit without an adult."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from prisondesk.db.models import AuditEntry, FacilitySetting
from prisondesk.domain.visits import EXAMPLE_ALLOWANCES
from prisondesk.services.visits import schedule
from prisondesk.ui.admin.users_page import UsersPage
from prisondesk.ui.admin.visit_settings_tab import VisitSettingsTab
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, log_in, open_module


def test_the_administrator_replaces_the_example_figures(qtbot, db, ops, admin):
    tab = VisitSettingsTab(db, ops, admin)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.short["general"].value() == EXAMPLE_ALLOWANCES["general"].short)
    assert "examples" in tab.note.text()
    tab.short["general"].setValue(3)
    tab.long["strict"].setValue(0)
    tab.total.setValue(4)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.info.text().startswith("Saved"))
    settings = schedule.visit_settings(db, admin)
    assert settings.allowances["general"].short == 3 and settings.allowances["strict"].long == 0
    assert settings.limits.total == 4 and settings.children_alone is False
    with db.read() as session:
        assert session.query(FacilitySetting).count() == 3


def test_children_without_an_adult_are_allowed_from_the_visits_tab(qtbot, shell, db, admin):
    """Logged in, Administration → Visits, the box ticked with the mouse, Save: stored,
    audited, and shown ticked when the tab opens again."""
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    assert isinstance(page, UsersPage)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    tab = page.visit_settings
    assert page.tabs.currentWidget() is tab
    box = tab.children_alone
    qtbot.waitUntil(lambda: tab.total.value() == 3)  # the settings have arrived
    assert not box.isChecked() and "18" in box.text()  # in the admin's language
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: bool(tab.info.text() or tab.errors.text()))
    assert tab.info.text() == tab.tr("Saved. New bookings follow these figures.")
    assert schedule.visit_settings(db, admin).children_alone is True
    with db.read() as session:
        entry = session.scalar(
            select(AuditEntry)
            .where(
                AuditEntry.entity == "facility_setting",
                AuditEntry.after[schedule.CHILDREN_ALONE_KEY].isnot(None),
            )
            .order_by(AuditEntry.device_seq.desc())
        )
    assert entry.username == "admin" and entry.after == {schedule.CHILDREN_ALONE_KEY: True}
    again = VisitSettingsTab(db, shell.ops, admin)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.children_alone.isChecked)
