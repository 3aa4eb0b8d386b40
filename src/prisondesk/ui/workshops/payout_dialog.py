"""The deposit paid out at release (Rule 103): the balance shown, spendable and held, the
bank card's last digits typed, and on OK the payout recorded; the final statement and the
card's handover sheet, which the prisoner signs, are then printed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from prisondesk.printing.workshops.deposit_card import render_deposit_card_handover
from prisondesk.printing.workshops.statement import render_statement
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import documents, ledger
from prisondesk.services.workshops.ledger import Balance, Payout
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import locale, short_date, short_date_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.widgets import label, line_edit
from prisondesk.ui.workshops.money import show_som

STATEMENT_DAYS = 366 * 3  # the final statement goes back three years


class PayoutDialog(QDialog):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        balance: Balance,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.prisoner_id, self.balance, self.today = prisoner_id, balance, today
        self.setObjectName("payoutDialog")
        self.resize(520, 220)
        self.payout: Payout | None = None
        self.amounts = label("payoutAmounts")
        self.amounts.setWordWrap(True)
        self.card = line_edit("depositCard", 40)
        self.card_label = label()
        self.card_label.setBuddy(self.card)
        self.errors = FieldErrors(label("payoutError"), {"amount": label()})
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.card_label, self.card)
        layout = QVBoxLayout(self)
        layout.addWidget(self.amounts)
        layout.addLayout(form)
        layout.addWidget(self.errors.fields["amount"])
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.card.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay out the deposit"))
        self.amounts.setText(
            self.tr(
                "Spendable {spendable}, held until release {held}: {total} in all is paid "
                "onto the deposit card."
            ).format(
                spendable=show_som(self.balance.spendable),
                held=show_som(self.balance.held),
                total=show_som(self.balance.total),
            )
        )
        self.card_label.setText(self.tr("&Card, last digits"))

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.buttons.setEnabled(False)
        self.errors.clear()
        self.ops.run(
            ledger.pay_out_on_release,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=self._paid,
            on_error=self._refused,
        )

    def reject(self) -> None:
        """Esc or Cancel while the payout is being recorded and printed is ignored: the
        card's handover sheet must come out of it."""
        if self.buttons.isEnabled():
            super().reject()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)

    def _paid(self, payout: Payout) -> None:
        self.payout = payout
        self.ops.run(
            documents.deposit_card_document,
            self.store,
            self.actor,
            self.prisoner_id,
            payout,
            self.card.text(),
            short_date,
            on_done=self._print_card,
            on_error=self._refused,
        )

    def _print_card(self, card) -> None:
        mark = locale().decimalPoint()
        print_pdf(self, render_deposit_card_handover(card, translate, mark), self.windowTitle())
        self.ops.run(
            documents.statement_document,
            self.store,
            self.actor,
            self.prisoner_id,
            self.today - timedelta(days=STATEMENT_DAYS),
            self.today,
            True,
            translate,
            short_date,
            short_date_time,
            on_done=self._print_statement,
            on_error=self._refused,
        )

    def _print_statement(self, statement) -> None:
        mark = locale().decimalPoint()
        print_pdf(self, render_statement(statement, translate, mark), self.windowTitle())
        self.accept()
