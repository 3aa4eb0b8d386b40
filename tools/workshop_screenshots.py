"""Screenshots of the workshops as an instructor and a supervisor see them on a 1366×768
screen, in Russian and Kyrgyz (today's sessions, the register, the workshops with their
waiting lists, a pay period), and the module's papers made from the demo's data: a deposit
statement, the deposit card's handover at release and a certificate of completion.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/workshop_screenshots.py

PNG files go to docs/screenshots (or the folder given).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import pypdfium2
from PIL import ImageOps
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from prisondesk.config import Paths, Settings
from prisondesk.db.models import Allocation, LedgerEntry
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.wire import utc_now
from prisondesk.printing.workshops.certificate import render_certificate
from prisondesk.printing.workshops.deposit_card import render_deposit_card_handover
from prisondesk.printing.workshops.statement import render_statement
from prisondesk.services.core import facility, users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.services.workshops import documents, ledger
from prisondesk.services.workshops.ledger import Payout
from prisondesk.ui.i18n import LanguageSwitcher, paper_translate
from prisondesk.ui.shell import Shell

sys.path.insert(0, str(Path(__file__).parent))
from field_trial_screenshots import log_in, save, settle


def papers(store, folder: Path, language: str) -> None:
    """The statement, the card's handover and a certificate of the demo's people."""
    chief = users.authenticate(store, "supervisor", DEMO_PASSWORD)
    with store.read() as session:
        paid = session.scalar(select(LedgerEntry.prisoner_id).limit(1))
        completed = session.scalar(
            select(Allocation.id).where(Allocation.end_reason == "completed").limit(1)
        )
    tr = paper_translate(language)
    info = facility.current_facility(store)
    today = local_today(zone(info.time_zone if info else None))  # the facility's day
    statement = documents.statement_document(
        store, chief, paid, today - timedelta(days=120), today, False, tr
    )
    balance = ledger.balance(store, chief, paid)
    card = documents.deposit_card_document(
        store, chief, paid, Payout(balance.spendable, balance.held, balance.total, balance), "4417"
    )
    certificate = documents.certificate_document(store, chief, completed)
    for name, pdf in (
        (f"workshop-statement-{language}", render_statement(statement, tr)),
        (f"workshop-deposit-card-{language}", render_deposit_card_handover(card, tr)),
        (f"workshop-certificate-{language}", render_certificate(certificate, tr)),
    ):
        image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.5).to_pil()
        foot = ImageOps.invert(image.convert("L")).getbbox()[3] + 60
        image.crop((0, 0, image.width, min(foot, image.height))).save(folder / f"{name}.png")
        print(folder / f"{name}.png")


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
        for language in ("ru", "ky"):
            languages.apply(language)
            window = log_in(app, shell, "instructor", language)
            page = window.pages.currentWidget()
            save(app, window, folder, f"workshop-today-{language}")
            page.setCurrentWidget(page.register)
            register = page.register  # the demo's leather workshop works on Tuesdays
            register.workshop.setCurrentIndex(register.workshop.findText("Кожевенный цех"))
            day = utc_now().date() - timedelta(days=1)
            while day.weekday() != 1:
                day -= timedelta(days=1)
            register.day.set_value(day)
            register.part.setCurrentIndex(register.part.findData("full"))
            register.load()
            settle(app, shell)
            save(app, window, folder, f"workshop-register-{language}")
            page.setCurrentWidget(page.places)
            settle(app, shell)
            table = page.places.workshops_table
            if table.rowCount():
                table.selectRow(0)
            settle(app, shell)
            save(app, window, folder, f"workshop-places-{language}")
            window._logging_out = True
            window.close()
            settle(app, shell)

            window = log_in(app, shell, "supervisor", language)
            keys = [m.key for m in window.modules]
            window.navigation.setCurrentRow(keys.index("workshops"))
            settle(app, shell)
            page = window.pages.currentWidget()
            page.setCurrentWidget(page.pay)
            settle(app, shell)
            if page.pay.periods.rowCount():
                page.pay.periods.selectRow(0)
            settle(app, shell)
            save(app, window, folder, f"workshop-pay-{language}")
            window._logging_out = True
            window.close()
            settle(app, shell)
            papers(store, folder, language)
        shell.sync.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
