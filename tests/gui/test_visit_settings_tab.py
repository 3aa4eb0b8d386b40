"""Administration → Visits: the facility sets its own allowances, visitor limits and whether
children may visit without an adult."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from prisondesk.db.models import AuditEntry, FacilitySetting
from prisondesk.domain.visits import EXAMPLE_ALLOWANCES
from prisondesk.services.core import users
from prisondesk.services.visits import schedule
from prisondesk.ui.admin.users_page import UsersPage
from prisondesk.ui.admin.visit_settings_tab import VisitSettingsTab
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, click_tab, log_in, log_out, open_module, retype_number


def open_visit_settings(qtbot, shell) -> VisitSettingsTab:
    """Logged in as the administrator, Administration chosen, the Visits tab clicked; once
    the stored figures have arrived."""
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    assert isinstance(page, UsersPage)
    tab = page.visit_settings
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.total.value() == 3)  # the settings have arrived
    return tab


def test_the_administrator_replaces_the_example_figures(qtbot, shell, db, admin):
    """Logged in, Administration → Visits: the example figures are shown and said to be
    examples; three are typed over, Save clicked: stored as typed."""
    users.set_language(db, admin, "en")  # the words checked here are the English ones
    tab = open_visit_settings(qtbot, shell)
    assert tab.short["general"].value() == EXAMPLE_ALLOWANCES["general"].short
    assert tab.note.isVisible() and "examples" in tab.note.text()
    retype_number(qtbot, tab.short["general"], 3)
    retype_number(qtbot, tab.long["strict"], 0)
    retype_number(qtbot, tab.total, 4)
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: bool(tab.info.text() or tab.errors.general.text()))
    assert tab.info.isVisible() and tab.info.text().startswith("Saved"), tab.errors.general.text()
    settings = schedule.visit_settings(db, admin)
    assert settings.allowances["general"].short == 3 and settings.allowances["strict"].long == 0
    assert settings.limits.total == 4 and settings.children_alone is False
    with db.read() as session:
        assert session.query(FacilitySetting).count() == 3


def test_children_without_an_adult_are_allowed_from_the_visits_tab(qtbot, shell, db, admin):
    """Logged in, Administration → Visits, the box ticked with the mouse, Save: stored,
    audited, and shown ticked when the tab opens again."""
    tab = open_visit_settings(qtbot, shell)
    box = tab.children_alone
    assert not box.isChecked() and "18" in box.text()  # in the admin's language
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: bool(tab.info.text() or tab.errors.general.text()))
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
    log_out(qtbot, shell.window)  # the tab opens again after the next login
    again = open_visit_settings(qtbot, shell)
    assert again is not tab
    qtbot.waitUntil(again.children_alone.isChecked)
