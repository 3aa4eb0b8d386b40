"""Screenshots of the field trial's screens as officers see them on a 1366×768 screen, in
Russian and Kyrgyz: the admission wizard (a date that is no date; the family step), the gate
desk after a check-in, the registry card a gate officer opens, the lock screen.

Run under Xvfb with a screen of that size (a real X server, so sizes and fonts are real):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/field_trial_screenshots.py

PNG files go to docs/screenshots (or the folder given).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from prisondesk.config import Paths, Settings
from prisondesk.db.models import Prisoner, PrisonerVisitor, VisitRoom
from prisondesk.domain.visits import VisitKind
from prisondesk.services.core import users
from prisondesk.services.core.errors import ServiceError
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.services.visits import bookings, calendar, schedule
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.shell import Shell


def settle(app: QApplication, shell: Shell, rounds: int = 3) -> None:
    for _ in range(rounds):
        for _ in range(30):
            app.processEvents()
        shell.ops.wait()
    QTest.qWait(200)


def save(app: QApplication, widget: QWidget, folder: Path, name: str) -> None:
    """The whole screen, as the officer sees it (the window and what lies around it)."""
    target = folder / f"{name}.png"
    app.primaryScreen().grabWindow(0).save(str(target))
    print(target, widget.width(), "×", widget.height())


def log_in(app: QApplication, shell: Shell, username: str, language: str):
    actor = users.authenticate(shell.store, username, DEMO_PASSWORD)
    actor = users.set_language(shell.store, actor, language)
    shell._logged_in(actor)
    window = shell.window
    window.showMaximized()
    settle(app, shell)
    return window


def todays_passes(store, wanted: int) -> list[str]:
    """Visits booked for today, open all day, that nobody has come for yet (the demo's own
    visits of today may be over at the hour the tool runs)."""
    chief = users.authenticate(store, "supervisor", DEMO_PASSWORD)
    clerk = users.authenticate(store, "registry_officer", DEMO_PASSWORD)
    today = calendar.facility_day(store, chief)
    with store.read() as session:
        room = session.scalar(select(VisitRoom.id).limit(1))
        links = session.execute(
            select(PrisonerVisitor.prisoner_id, PrisonerVisitor.visitor_id)
            .join(Prisoner, Prisoner.id == PrisonerVisitor.prisoner_id)
            .where(PrisonerVisitor.approved, Prisoner.status == "in_custody")
        ).all()
    slot = schedule.add_slot(
        store, chief, SlotSpec(room, VisitKind.SHORT, today.weekday(), "00:00", "23:59", 9, today)
    )
    found = []
    for prisoner_id, visitor_id in links:
        if len(found) == wanted:
            return found
        try:
            booked = bookings.book_visit(
                store,
                clerk,
                prisoner_id=prisoner_id,
                slot_id=slot,
                day=today,
                visitor_ids=[visitor_id],
                lead_id=visitor_id,
            )
        except ServiceError:  # allowance used, a child alone, …: try the next family
            continue
        found.append(booked.barcode)
    raise SystemExit("too few families of the demo can be booked today")


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=200)
        settings = Settings(paths.settings_file)
        languages = LanguageSwitcher(app)
        shell = Shell(app, store, settings, languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        barcodes = todays_passes(store, 2)
        for language, barcode in zip(("ru", "ky"), barcodes, strict=True):
            languages.apply(language)
            clerk = log_in(app, shell, "registry_officer", language)
            clerk.registry.new_button.click()
            settle(app, shell)
            wizard = clerk.registry.findChildren(QWidget, "admissionWizard")[-1]
            wizard.activateWindow()  # Xvfb has no window manager to do it
            QTest.keyClicks(wizard.identity.surname, "Zhumabekov")
            wizard.identity.date_of_birth.setFocus()
            QTest.keyClicks(wizard.identity.date_of_birth.edit, "31021990")
            QTest.keyClick(wizard.identity.date_of_birth.edit, Qt.Key.Key_Tab)
            settle(app, shell)
            save(app, wizard, folder, f"field-trial-admission-{language}")
            # the family step: a prisoner who declined to name a relative, no note typed yet
            identity = wizard.identity
            identity.date_of_birth.edit.clear()
            QTest.keyClicks(identity.date_of_birth.edit, "17051990")
            QTest.keyClicks(identity.given_name, "Omurbek")
            identity.sex.setCurrentIndex(1)
            wizard.next()  # the draft is saved
            settle(app, shell)
            contacts = next(i for i in wizard.pageIds() if wizard.page(i) is wizard.contacts)
            wizard.setStartId(contacts)  # straight to the family step of the saved draft
            wizard.restart()
            wizard.contacts.known.setCurrentIndex(wizard.contacts.known.findData("declined"))
            wizard.next()  # refused: the note says what is known
            settle(app, shell)
            save(app, wizard, folder, f"field-trial-family-{language}")
            wizard.done(0)
            clerk._logging_out = True
            clerk.close()

            officer_window = log_in(app, shell, "gate_officer", language)
            desk = officer_window.pages.currentWidget().gate
            QTest.keyClicks(desk.scan, barcode)
            QTest.keyClick(desk.scan, Qt.Key.Key_Return)
            settle(app, shell)
            QTest.keyClicks(desk.locker, "14")
            QTest.keyClick(desk.locker, Qt.Key.Key_Return)  # Enter checks in
            settle(app, shell)
            save(app, officer_window, folder, f"field-trial-gate-checked-in-{language}")
            # the registry card: what a gate officer sees of a prisoner
            keys = [m.key for m in officer_window.modules]
            officer_window.navigation.setCurrentRow(keys.index("intake"))
            registry = officer_window.pages.currentWidget()
            registry.query.setText("Асанов")  # QTest types Latin letters only
            settle(app, shell)
            QTest.keyClick(registry.query, Qt.Key.Key_Return)
            settle(app, shell)
            save(app, officer_window, folder, f"field-trial-registry-card-{language}")
            for card in registry.findChildren(QWidget, "prisonerCard"):
                card.close()
            officer_window.lock()
            settle(app, shell)
            save(app, officer_window, folder, f"field-trial-locked-{language}")
            officer_window._logging_out = True
            officer_window.close()
            settle(app, shell)
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
