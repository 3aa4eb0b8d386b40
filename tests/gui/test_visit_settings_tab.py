"""Administration → Visits: the facility sets its own allowances and visitor limits."""

from __future__ import annotations

from prisondesk.db.models import FacilitySetting
from prisondesk.domain.visits import EXAMPLE_ALLOWANCES
from prisondesk.services.visits import schedule
from prisondesk.ui.admin.visit_settings_tab import VisitSettingsTab


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
    allowances, limits = schedule.visit_settings(db, admin)
    assert allowances["general"].short == 3 and allowances["strict"].long == 0
    assert limits.total == 4
    with db.read() as session:
        assert session.query(FacilitySetting).count() == 2
