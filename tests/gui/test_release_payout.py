"""A release recorded from the prisoner file asks to pay the deposit out (Rule 103): the
registry officer answers Yes, types the card's last digits, and the card's handover sheet and
the final statement are printed; the account is empty after."""

from __future__ import annotations

from datetime import timedelta

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from prisondesk.services.core import users
from prisondesk.services.workshops import attendance, ledger, pay, rates
from prisondesk.services.workshops.rates import RateEntry
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.workshops import payout_dialog
from prisondesk.ui.workshops.payout_dialog import PayoutDialog
from tests.gui.flows import answer_next_question, click, keys, log_in, open_module, type_slowly
from tests.workshops.fixtures import allocated, make_workshop, today

PASSWORD = "second-pass2"


@pytest.fixture
def earned(db, staff, complete) -> str:
    """A prisoner who worked a day at 100.01 som, paid: 50.01 spendable, 50.00 held."""
    instructor = staff("instructor1", "instructor", "Жумабеков Эрлан")
    chief = staff("chief", "supervisor", "Касымова Динара")
    prisoner = complete().id
    day = today(db, chief)
    workshop = make_workshop(db, instructor, sessions=[(d, "full") for d in range(7)])
    _, place, _ = allocated(
        db, instructor, prisoner, workshop_id=workshop, starts_on=day - timedelta(days=3)
    )
    rates.add_rate(db, chief, RateEntry(workshop, "A", "session", 10_001, day))
    attendance.mark(db, instructor, place, day, "full", "attended")
    pay.approve_period(db, chief, pay.compute_period(db, chief, day, day).id)
    return prisoner


def test_a_release_pays_the_deposit_out_onto_the_card(
    qtbot, shell, db, registrar, earned, monkeypatch
):
    printed: list[bytes] = []
    monkeypatch.setattr(payout_dialog, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    users.set_language(db, registrar, "en")
    window = log_in(qtbot, shell, "registry1", PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[0]
    qtbot.waitUntil(file.move_button.isEnabled)
    click(qtbot, file.move_button)
    qtbot.waitUntil(lambda: bool(file.findChildren(MovementDialog)))
    dialog = file.findChildren(MovementDialog)[-1]
    qtbot.waitExposed(dialog)
    for _ in range(dialog.kind.count()):  # down the list of movements to the release
        if dialog.kind.currentData() == "release":
            break
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "release"
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PayoutDialog))
    assert "100.01" in asked[0]
    payout = QApplication.activeModalWidget()
    assert "50.01" in payout.amounts.text() and "50.00" in payout.amounts.text()
    qtbot.waitUntil(payout.card.hasFocus)
    type_slowly(qtbot, payout.card, "4417")
    click(qtbot, payout.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)
    card_sheet, statement = (
        pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range() for pdf in printed
    )
    assert "4417" in card_sheet and "100.01" in card_sheet.replace(",", ".")
    assert "release" in statement.lower()
    assert ledger.balance(db, registrar, earned).total == 0


def test_said_no_at_the_release_the_deposit_is_paid_out_from_the_file_later(
    qtbot, shell, db, registrar, earned, monkeypatch
):
    printed: list[bytes] = []
    monkeypatch.setattr(payout_dialog, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    users.set_language(db, registrar, "en")
    window = log_in(qtbot, shell, "registry1", PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[0]
    qtbot.waitUntil(file.move_button.isEnabled)
    click(qtbot, file.move_button)
    qtbot.waitUntil(lambda: bool(file.findChildren(MovementDialog)))
    dialog = file.findChildren(MovementDialog)[-1]
    qtbot.waitExposed(dialog)
    for _ in range(dialog.kind.count()):
        if dialog.kind.currentData() == "release":
            break
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, asked)  # not now
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(asked))
    assert ledger.balance(db, registrar, earned).total == 10_001
    qtbot.waitUntil(lambda: file.view.status == "released")
    tab = file.module_tabs["workshops"]
    index = file.tabs.indexOf(tab)
    bar = file.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(tab.payout_button.isEnabled)
    click(qtbot, tab.payout_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PayoutDialog))
    payout = QApplication.activeModalWidget()
    click(qtbot, payout.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)
    assert ledger.balance(db, registrar, earned).total == 0
    qtbot.waitUntil(lambda: not tab.payout_button.isEnabled())  # nothing left to pay
