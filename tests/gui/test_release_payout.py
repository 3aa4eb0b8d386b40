"""A release recorded from the prisoner file asks to pay the deposit out (Rule 103): the
registry officer answers Yes, types the card's last digits, and the card's handover sheet and
the final statement are printed; the account is empty after. The sheet can be printed again
from the file's Workshops tab, with what the payout paid, once a payout is recorded."""

from __future__ import annotations

from datetime import timedelta

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.services.core import users
from prisondesk.services.workshops import attendance, ledger, pay, rates
from prisondesk.services.workshops.rates import RateEntry
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.workshops import payout_dialog, workshops_tab
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
    dialog = _release_dialog(qtbot, file)
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
    dialog = _release_dialog(qtbot, file)
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


def _release_dialog(qtbot, file: PrisonerFile) -> MovementDialog:
    """The file's movement dialog, opened by a click, the release chosen by keys (down the
    list of movements)."""
    qtbot.waitUntil(file.move_button.isEnabled)
    click(qtbot, file.move_button)
    qtbot.waitUntil(lambda: bool(file.findChildren(MovementDialog)))
    dialog = file.findChildren(MovementDialog)[-1]
    qtbot.waitExposed(dialog)
    for _ in range(dialog.kind.count()):
        if dialog.kind.currentData() == "release":
            break
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "release"
    return dialog


def _open_file(qtbot, shell) -> PrisonerFile:
    """Log in as the registry officer and open the prisoner's file from the registry."""
    window = log_in(qtbot, shell, "registry1", PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    return registry.findChildren(PrisonerFile)[0]


def _workshops_tab(qtbot, file: PrisonerFile):
    """Click the file's Workshops tab; the tab, once it shows the deposit."""
    tab = file.module_tabs["workshops"]
    bar = file.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(file.tabs.indexOf(tab)).center()
    )
    assert file.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.balance_label.text().startswith("Deposit:"))
    return tab


def _text(pdf: bytes) -> str:
    [page] = pypdfium2.PdfDocument(pdf)
    return page.get_textpage().get_text_range().replace("\r", "")


def test_the_card_sheet_is_printed_again_from_the_file_after_a_jam(
    qtbot, shell, db, registrar, earned, monkeypatch
):
    """The sheet came out of the release jammed: from the file's Workshops tab the officer
    prints it again, with the payout's amounts (the account is empty by now)."""
    printed: list[bytes] = []
    monkeypatch.setattr(payout_dialog, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    again: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        workshops_tab, "print_pdf", lambda p, pdf, title: again.append((pdf, title))
    )
    users.set_language(db, registrar, "en")
    file = _open_file(qtbot, shell)
    dialog = _release_dialog(qtbot, file)
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, [])
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PayoutDialog))
    payout = QApplication.activeModalWidget()
    qtbot.waitUntil(payout.card.hasFocus)
    type_slowly(qtbot, payout.card, "4417")
    click(qtbot, payout.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), PayoutDialog))

    tab = _workshops_tab(qtbot, file)
    assert "Deposit: 0.00" in tab.balance_label.text()
    qtbot.waitUntil(tab.again_button.isEnabled)  # a payout is recorded
    assert tab.again_button.text() == "Print the card sheet a&gain"
    click(qtbot, tab.again_button)
    qtbot.waitUntil(lambda: len(again) == 1, timeout=10_000)
    pdf, title = again[0]
    reprint, first = _text(pdf), _text(printed[0])
    assert "Асанов Бакыт Нурланович" in title
    shown = reprint.replace(",", ".")
    for amount in ("50.01", "50.00", "100.01"):  # spendable, held, in all: what was paid
        assert amount in shown
    assert "Handover of the deposit card" in reprint and "Сыдыкова Айжан" in reprint
    # the same sheet, but for the card's digits, which were typed for the first one only
    assert "4417" in first and "4417" not in reprint
    assert [line for line in first.split("\n") if "Bank card" not in line] == reprint.split("\n")
    click(qtbot, tab.again_button)  # and once more: each reprint is audited
    qtbot.waitUntil(lambda: len(again) == 2, timeout=10_000)
    assert _text(again[1][0]) == reprint
    with db.read() as session:
        notes = session.scalars(
            select(AuditEntry.note).where(
                AuditEntry.action == "read", AuditEntry.entity == "deposit_account"
            )
        ).all()
    assert len(notes) == 2 and all(n.startswith("card sheet printed again") for n in notes)


def test_before_any_payout_the_card_sheet_cannot_be_printed_again(
    qtbot, shell, db, registrar, earned, monkeypatch
):
    again: list[bytes] = []
    monkeypatch.setattr(workshops_tab, "print_pdf", lambda p, pdf, title: again.append(pdf))
    users.set_language(db, registrar, "en")
    tab = _workshops_tab(qtbot, _open_file(qtbot, shell))
    assert "100.01" in tab.balance_label.text()  # a deposit, never paid out
    assert tab.again_button.isVisible() and not tab.again_button.isEnabled()
    qtbot.mouseClick(tab.again_button, Qt.MouseButton.LeftButton)  # a click does nothing
    qtbot.wait(200)
    assert again == []
