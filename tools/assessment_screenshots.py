"""Screenshots of risk and needs assessment as a social worker and a supervisor see them on a
1366×768 screen, in Russian and Kyrgyz: the assessments due (the social worker's home page),
an assessment being answered, the supervisor's approval of one awaiting it, the prisoner
file's Assessment and plan tab and its Timeline, from the demo's data.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/assessment_screenshots.py

PNG files go to docs/screenshots (or the folder given).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from prisondesk.config import Paths, Settings
from prisondesk.db.models import Assessment, Prisoner
from prisondesk.services.demo import fill_demo
from prisondesk.services.intake import admissions
from prisondesk.services.store import open_store
from prisondesk.ui.assessments.assessment_dialog import AssessmentDialog
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.shell import Shell

sys.path.insert(0, str(Path(__file__).parent))
from field_trial_screenshots import log_in, save, settle


def assessment_of(store, status: str) -> Assessment:
    with store.read() as session:
        return session.scalars(
            select(Assessment).where(Assessment.status == status).order_by(Assessment.started_at)
        ).first()


def close(app, shell, window) -> None:
    window._logging_out = True
    window.close()
    settle(app, shell)


def shoot_dialog(app, shell, page, assessment_id: str, folder: Path, name: str) -> None:
    dialog = AssessmentDialog(
        shell.store, shell.ops, page.actor, assessment_id, page.lists.today, page
    )
    dialog.show()
    settle(app, shell)
    save(app, dialog, folder, name)
    dialog.reject()
    settle(app, shell)


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=120)
        settings = Settings(paths.settings_file)
        languages = LanguageSwitcher(app)
        shell = Shell(app, store, settings, languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        draft = assessment_of(store, "draft")
        waiting = assessment_of(store, "awaiting_approval")
        approved = assessment_of(store, "approved")
        with store.read() as session:
            prisoner = session.get(Prisoner, approved.prisoner_id)
        for language in ("ru", "ky"):
            languages.apply(language)
            window = log_in(app, shell, "social_worker", language)
            page = window.pages.currentWidget()
            settle(app, shell)
            save(app, window, folder, f"assessment-due-{language}")
            shoot_dialog(app, shell, page, draft.id, folder, f"assessment-form-{language}")
            registry = window.pages.widget([m.key for m in window.modules].index("intake"))
            window.navigation.setCurrentRow([m.key for m in window.modules].index("intake"))
            settle(app, shell)
            view = admissions.admission(shell.store, page.actor, prisoner.id)
            file = PrisonerFile(shell.store, shell.ops, page.actor, view, registry)
            file.show()
            settle(app, shell)
            for key, name in (("assessments", "plan"), ("timeline", "timeline")):
                file.tabs.setCurrentWidget(file.module_tabs[key])
                settle(app, shell)
                save(app, file, folder, f"assessment-file-{name}-{language}")
            file.close()
            close(app, shell, window)

            window = log_in(app, shell, "supervisor", language)
            keys = [m.key for m in window.modules]
            window.navigation.setCurrentRow(keys.index("assessments"))
            settle(app, shell)
            page = window.pages.currentWidget()
            shoot_dialog(app, shell, page, waiting.id, folder, f"assessment-approval-{language}")
            close(app, shell, window)
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
