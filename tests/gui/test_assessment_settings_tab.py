"""Administration → Assessments, from a real login: the days within which a first assessment
is due are shown as the example until the administrator sets the facility's own, and the
wing suggested for a security level is chosen by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from prisondesk.domain.assessments import EXAMPLE_FIRST_ASSESSMENT_DAYS, SecurityLevel
from prisondesk.services.assessments import settings
from prisondesk.services.core import facility, users
from prisondesk.ui.admin.users_page import UsersPage
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, keys, log_in, open_module


def test_the_administrator_sets_the_assessment_rules(qtbot, shell, db, admin):
    users.set_language(db, admin, "en")
    window = log_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    page = open_module(qtbot, window, "admin")
    assert isinstance(page, UsersPage)
    bar = page.tabs.tabBar()
    tab = page.assessment_settings
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(tab)).center()
    )
    qtbot.waitUntil(lambda: tab.loaded is not None)
    assert tab.days.value() == EXAMPLE_FIRST_ASSESSMENT_DAYS and "example" in tab.note.text()
    qtbot.keyClick(tab, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the days
    assert tab.days.hasFocus()
    qtbot.keyClick(tab.days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, tab.days, "10")
    qtbot.keyClick(tab, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Alt+H: high security
    combo = tab.wings[SecurityLevel.HIGH]
    assert combo.hasFocus() and combo.currentText() == "— no suggestion —"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the facility's first wing
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.info.text().startswith("Saved"))
    first_wing = facility.current_facility(db).wings[0]
    saved = settings.assessment_settings(db, admin)
    assert (saved.first_within_days, saved.wings, saved.example) == (
        10,
        {"high": first_wing.id},
        False,
    )
    assert "example" not in tab.note.text()
