"""Screenshots of the Reports module as a supervisor sees it on a 1366×768 screen, in Russian
and Kyrgyz: reports over the last four weeks of the demo's data, their charts above their
tables; and the first page of each one's PDF (with reportlab's charts), rendered to PNG.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/report_screenshots.py \
        [folder] [report…]

PNG files go to docs/screenshots (or the folder given); without report names, those of
``SHOWN`` are taken.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pypdfium2
from PySide6.QtWidgets import QApplication

from prisondesk.config import Paths, Settings
from prisondesk.services.demo import fill_demo
from prisondesk.services.store import open_store
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.shell import Shell

sys.path.insert(0, str(Path(__file__).parent))
from field_trial_screenshots import log_in, save, settle

SHOWN = ["parcels_received", "population", "workshop_attendance", "mandela_compliance"]


def main(folder: Path, names: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=150)
        settings = Settings(paths.settings_file)
        languages = LanguageSwitcher(app)
        shell = Shell(app, store, settings, languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        for language in ("ru", "ky"):
            languages.apply(language)
            window = log_in(app, shell, "supervisor", language)
            keys = [m.key for m in window.modules]
            window.navigation.setCurrentRow(keys.index("reports"))
            viewer = window.pages.currentWidget().viewer
            today = date.today()
            viewer.first.set_value(today - timedelta(days=27))  # the demo's recent weeks
            viewer.last.set_value(today)
            viewer.period_box.setCurrentIndex(viewer.period_box.findData("chosen"))
            for name in names:
                viewer.report_box.setCurrentIndex(viewer.report_box.findData(name))
                viewer.show_report()
                settle(app, shell)
                stem = f"report-{name.replace('_', '-')}-{language}"
                save(app, window, folder, stem)
                page = pypdfium2.PdfDocument(viewer.pdf())[0]
                page.render(scale=110 / 72).to_pil().save(folder / f"{stem}-pdf.png")
                print(folder / f"{stem}-pdf.png")
            window._logging_out = True
            window.close()
            settle(app, shell)
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    raise SystemExit(main(folder, sys.argv[2:] or SHOWN))
