"""The movement dialog recording a transfer to a facility of the central server, offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/transfer_screenshot.py \
        ru docs/screenshots/transfer-ru.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from prisondesk.config import Paths
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.intake import admissions, registry
from prisondesk.services.store import open_store
from prisondesk.sync import state
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.operations import Operations

OTHER_FACILITIES = [
    {"id": "01a20000-0000-7000-8000-000000000042", "code": "OSH-2", "name": "СИЗО-5 Ош"},
    {"id": "01a20000-0000-7000-8000-000000000043", "code": "NRN-3", "name": "ИК-3 Нарын"},
]


def settle(app: QApplication, ops: Operations) -> None:
    ops.wait()
    for _ in range(30):
        app.processEvents()


def main(language: str, out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    LanguageSwitcher(app).apply(language)
    paths = Paths.resolve(tempfile.mkdtemp())
    paths.ensure()
    store, _ = open_store(paths.database, paths.backups)
    fill_demo(store, prisoners=5)
    admin = users.authenticate(store, "admin", DEMO_PASSWORD)
    users.create_user(store, admin, "registry1", "Сыдыкова Айжан", "registry_officer", "temp-pass1")
    first = users.authenticate(store, "registry1", "temp-pass1")
    officer = users.change_password(store, first, "temp-pass1", "second-pass2")
    with store.apply_remote() as session:  # as the last sync listed the server's facilities
        state.put_directory(session, OTHER_FACILITIES)
    held = registry.page(store, officer, registry.RegistryFilter(status="in_custody"), limit=1)
    ops = Operations()
    file = PrisonerFile(store, ops, officer, admissions.admission(store, officer, held[0].id))
    file.show()
    file.record_movement()
    settle(app, ops)
    dialog = file.findChildren(MovementDialog)[-1]
    dialog.kind.setCurrentIndex(dialog.kind.findData("transfer_out"))
    dialog.facility.setCurrentIndex(1)
    settle(app, ops)
    dialog.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
