"""Render the visits calendar (with the supervisor's report) and the visitor registry, in
Russian, on demo data, to PNG.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tools/calendar_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from tools.screenshots import save, settle

from prisondesk.config import Paths, Settings
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.services.visits import calendar, schedule
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.shell import Shell


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    languages = LanguageSwitcher(app)
    languages.apply("ru")
    with tempfile.TemporaryDirectory() as temp:
        paths = Paths.resolve(temp)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=80)
        chief = users.authenticate(store, "supervisor", DEMO_PASSWORD)
        # a day blocked after visits were booked: the report a supervisor settles
        today = calendar.facility_day(store, chief)
        week = calendar.week(store, chief, today)
        busy = next(c for c in week.cells if c.bookings and c.day > today)
        schedule.block_date(store, chief, busy.day, "Карантин по гриппу")
        shell = Shell(app, store, Settings(paths.settings_file), languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        shell._open_main(chief)
        window = shell.window
        window.resize(1400, 900)
        window.navigation.setCurrentRow([m.key for m in window.modules].index("visits"))
        visits = window.pages.currentWidget()
        visits.setCurrentWidget(visits.calendar)
        settle(app, shell)
        page = visits.calendar
        # a visiting time with visits booked, not the blocked day
        place = next(p for p, c in page.cells.items() if c.bookings and not c.blocked)
        page.grid.setCurrentCell(*place)
        settle(app, shell)
        save(window, folder, "visit-calendar-ru")
        visits.setCurrentWidget(visits.visitors)
        registry = visits.visitors
        registry.query.setText("асан")
        registry.find()
        settle(app, shell)
        registry.results.selectRow(0)
        settle(app, shell)
        save(window, folder, "visitor-registry-ru")
        window._logging_out = True
        window.close()
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
