"""Screenshots of the parcel screens as a gate officer sees them on a 1366×768 screen, in
Russian and Kyrgyz: the receipt form filled in, the desk with a parcel just received, the
inspection, the parcel after inspection, the daily log, a supervisor asked for a parcel over
the quota; and the sender's 80 mm receipt and the parcel's label at a thermal printer's
203 dpi.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/parcel_screenshots.py

PNG files go to docs/screenshots (or the folder given).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from prisondesk.config import Paths, Settings
from prisondesk.db.models import Parcel, Prisoner, Visitor
from prisondesk.printing.parcels.receipt import render_parcel_label, render_parcel_receipt
from prisondesk.services.core import users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.parcels import documents
from prisondesk.services.store import open_store
from prisondesk.ui.i18n import LanguageSwitcher, paper_translate
from prisondesk.ui.shell import Shell

sys.path.insert(0, str(Path(__file__).parent))
from field_trial_screenshots import log_in, save, settle


def fill_receipt(app, shell, desk, number: str, visitor: str, kg: float, seal: str):
    """The receipt form opened with F2's action and filled in: the prisoner by number, a
    visitor of the registry as the sender, three items."""
    desk.receive()
    settle(app, shell)
    dialog = desk.dialog
    dialog.activateWindow()  # Xvfb has no window manager to do it
    QTest.keyClicks(dialog.recipient, number)
    QTest.keyClick(dialog.recipient, Qt.Key.Key_Return)
    settle(app, shell)
    dialog.sender_name.setText(visitor)  # QTest types Latin letters only
    QTest.keyClick(dialog.sender_name, Qt.Key.Key_Return)
    settle(app, shell)
    QTest.keyClick(dialog.senders, Qt.Key.Key_Return)
    dialog.weight.setValue(kg)
    dialog.seal.setText(seal)
    rows = dialog.items.rows
    rows[0].description.setText("Печенье «Юбилейное»")
    rows[0].quantity.setValue(3)
    rows[0].unit.setCurrentIndex(rows[0].unit.findData("pack"))
    for category, text in (("Clothing and footwear", "Носки шерстяные"), ("Other", "Телефон")):
        row = dialog.items.add_row(focus=False)
        row.category.setCurrentIndex(row.category.findData(category))
        row.description.setText(text)
    settle(app, shell)
    return dialog


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=200)
        with store.read() as session:
            prisoners = session.scalars(  # none of the demo's parcels: their quota is whole
                select(Prisoner.number)
                .where(
                    Prisoner.status == "in_custody", Prisoner.id.not_in(select(Parcel.prisoner_id))
                )
                .limit(2)
            ).all()
            visitor = session.scalar(select(Visitor.surname).limit(1))
        settings = Settings(paths.settings_file)
        languages = LanguageSwitcher(app)
        shell = Shell(app, store, settings, languages)
        shell.facility_name = "Исправительная колония №47 (демо)"
        for language, number in zip(("ru", "ky"), prisoners, strict=True):
            languages.apply(language)
            window = log_in(app, shell, "gate_officer", language)
            keys = [m.key for m in window.modules]
            window.navigation.setCurrentRow(keys.index("parcels"))
            settle(app, shell)
            desk = window.pages.currentWidget().desk
            dialog = fill_receipt(app, shell, desk, number, visitor, 4.25, f"A-42-{language}")
            save(app, dialog, folder, f"parcel-receipt-form-{language}")
            dialog.submit()
            settle(app, shell)
            save(app, window, folder, f"parcel-desk-received-{language}")

            desk.inspect()
            settle(app, shell)
            inspection = desk.dialog
            inspection.activateWindow()
            phone = list(inspection.results.values())[-1]
            phone.setCurrentIndex(phone.findData("Mobile phones and SIM cards"))
            list(inspection.notes.values())[-1].setText("в коробке из-под печенья")
            settle(app, shell)
            save(app, inspection, folder, f"parcel-inspection-{language}")
            inspection.submit()
            settle(app, shell)
            save(app, window, folder, f"parcel-desk-inspected-{language}")
            page = window.pages.currentWidget()
            page.setCurrentWidget(page.log)
            settle(app, shell)
            save(app, window, folder, f"parcel-daily-log-{language}")
            page.setCurrentWidget(page.desk)
            settle(app, shell)
            # this month's quota of the regime is spent: a supervisor must accept the next one
            dialog = fill_receipt(app, shell, desk, number, visitor, 30, f"B-42-{language}")
            dialog.submit()
            settle(app, shell)
            dialog.supervisor_dialog.activateWindow()
            save(app, dialog, folder, f"parcel-over-quota-{language}")
            dialog.supervisor_dialog.reject()
            dialog.reject()
            settle(app, shell)

            officer = users.authenticate(store, "gate_officer", DEMO_PASSWORD)
            doc = documents.receipt_document(store, officer, desk.parcel.row.id)
            tr = paper_translate(language)
            for name, pdf in (
                (f"parcel-receipt80-{language}", render_parcel_receipt(doc, "receipt80", tr)),
                (f"parcel-label-{language}", render_parcel_label(doc, tr)),
            ):
                page = pypdfium2.PdfDocument(pdf)[0]
                image = page.render(scale=203 / 72).to_pil()
                box = image.convert("L").point(lambda v: v < 250 and 255).getbbox()
                if box:  # the paper that was printed on, not the rest of the sheet
                    image = image.crop(
                        (0, 0, min(image.width, box[2] + 40), min(image.height, box[3] + 40))
                    )
                image.save(folder / f"{name}.png")
                print(folder / f"{name}.png", image.size)
            window._logging_out = True
            window.close()
            settle(app, shell)
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
