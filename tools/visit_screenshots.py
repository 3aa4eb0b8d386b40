"""Render the gate desk (Russian) after a scan and both pass formats to PNG, on demo data with
a booking for today.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tools/visit_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tools.screenshots import save, settle

from prisondesk.commands import _translator
from prisondesk.config import Paths, Settings
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.visits import VisitKind
from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.intake import registry
from prisondesk.services.intake.registry import RegistryFilter
from prisondesk.services.store import open_store
from prisondesk.services.visits import bookings, passes, schedule, visitors
from prisondesk.services.visits.schedule import SlotSpec
from prisondesk.services.visits.visitors import VisitorEntry
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
        fill_demo(store, prisoners=20)
        clerk = users.authenticate(store, "registry_officer", DEMO_PASSWORD)
        chief = users.authenticate(store, "supervisor", DEMO_PASSWORD)
        today = local_today(zone("Asia/Bishkek"))
        room = schedule.add_room(store, chief, "Комната краткосрочных свиданий")
        slot = schedule.add_slot(
            store,
            chief,
            SlotSpec(room, VisitKind.SHORT, today.weekday(), "10:00", "12:00", 6, today),
        )
        prisoner = registry.page(store, clerk, RegistryFilter(status="in_custody"), limit=1)[0]
        family = [
            visitors.register_visitor(
                store,
                clerk,
                VisitorEntry(
                    "Асанова", "Гүлнара", "Токтогуловна", date(1968, 3, 9), "паспорт", "ID1234567"
                ),
            ),
            visitors.register_visitor(
                store,
                clerk,
                VisitorEntry(
                    "Асанов", "Нурсултан", "", date(2017, 5, 2), "свидетельство", "KG-0000123"
                ),
            ),
        ]
        import io

        from PIL import Image, ImageDraw

        face = Image.new("RGB", (360, 480), (214, 196, 176))
        ImageDraw.Draw(face).ellipse((90, 80, 270, 300), fill=(170, 130, 100))
        picture = io.BytesIO()
        face.save(picture, "JPEG")
        visitors.set_visitor_photo(store, clerk, family[0].id, picture.getvalue())
        for person, relation in zip(family, ("мать", "сын"), strict=True):
            link = visitors.link_visitor(store, clerk, prisoner.id, person.id, relation)
            visitors.approve_visitor(store, chief, link)
        booked = bookings.book_visit(
            store,
            clerk,
            prisoner_id=prisoner.id,
            slot_id=slot,
            day=today,
            visitor_ids=[p.id for p in family],
            lead_id=family[0].id,
        )
        document = passes.pass_for(store, clerk, booked.booking_id)
        for paper in ("receipt80", "a6"):
            pdf = render_visit_passes([document], paper, _translator("ru"))
            image = pypdfium2.PdfDocument(pdf)[0].render(scale=200 / 72).to_pil()
            image.save(folder / f"visit-pass-{paper}-ru.png")
            print(folder / f"visit-pass-{paper}-ru.png")
        from prisondesk.services.intake import admissions
        from prisondesk.ui.intake.prisoner_file import PrisonerFile
        from prisondesk.ui.operations import Operations

        ops = Operations()
        file = PrisonerFile(store, ops, clerk, admissions.admission(store, clerk, prisoner.id))
        file.tabs.setCurrentWidget(file.module_tabs["visits"])
        file.show()
        settle(app)
        ops.wait()
        settle(app)
        save(file, folder, "prisoner-visits-ru")
        booking = file.module_tabs["visits"].book()
        ops.wait()
        settle(app)
        save(booking, folder, "book-visit-ru")
        booking.close()
        file.close()
        shell = Shell(app, store, Settings(paths.settings_file), languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        shell._open_main(users.authenticate(store, "gate_officer", DEMO_PASSWORD))
        window = shell.window
        index = [m.key for m in window.modules].index("visits")
        window.navigation.setCurrentRow(index)
        desk = window.pages.currentWidget().gate
        settle(app, shell)
        QTest.keyClicks(desk.scan, booked.barcode)
        QTest.keyClick(desk.scan, Qt.Key.Key_Return)
        settle(app, shell)
        save(window, folder, "gate-desk-ru")
        window._logging_out = True
        window.close()
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
