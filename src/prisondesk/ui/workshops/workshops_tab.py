"""The prisoner file's *Workshops* tab: the prisoner's places (training and work) and waiting
list entries, their deposit account with its statement, a certificate for a programme
completed; and the step a release takes: the deposit paid out onto the card, whose handover
sheet can be printed again from the payout recorded (the printer jammed, the sheet was lost).
The tab reads all this again each time it is shown: a payout made from the release meanwhile
is there."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.roles import Permission
from prisondesk.domain.workshops import END_LABELS, WAITING_LABELS, WORKSHOPS, EndReason
from prisondesk.domain.workshops import WaitingStatus as Waiting
from prisondesk.printing.workshops.certificate import render_certificate
from prisondesk.printing.workshops.deposit_card import render_deposit_card_handover
from prisondesk.printing.workshops.statement import render_statement
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import allocations, documents, ledger, waiting
from prisondesk.services.workshops.allocations import AllocationView
from prisondesk.services.workshops.ledger import Balance, RecordedPayout
from prisondesk.services.workshops.waiting import WaitingView
from prisondesk.ui.errors import ShownMessage, show_error, translate
from prisondesk.ui.i18n import facility_time, locale, short_date, short_date_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if
from prisondesk.ui.workshops.money import show_som
from prisondesk.ui.workshops.payout_dialog import PayoutDialog

STATEMENT_DAYS = 366  # the statement printed from the file: the last year


class WorkshopsTab(QWidget):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.prisoner_id = prisoner_id
        self.setObjectName("prisonerWorkshops")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.places: list[AllocationView] = []
        self.entries: list[WaitingView] = []
        self.balance: Balance | None = None
        self.payout: RecordedPayout | None = None  # the latest, if any
        self.places_table = rows_table("prisonerPlaces", 5)
        self.entries_table = rows_table("prisonerWaiting", 3)
        self.entries_table.setMaximumHeight(110)
        self.balance_label = label("prisonerDeposit")
        self.balance_label.setStyleSheet("font-weight: 600;")
        self.statement_button = button("printStatement", self.print_statement)
        self.certificate_button = button("printCertificate", self.print_certificate)
        self.payout_button = button("payOutDeposit", self.pay_out)
        show_if(self.payout_button, _pays(actor))
        self.again_button = button("printCardSheetAgain", self.print_card_sheet_again)
        show_if(self.again_button, _pays(actor))
        self.places_table.itemSelectionChanged.connect(self._place_chosen)
        self.message = label("prisonerWorkshopsMessage")
        self.shown = ShownMessage(self.message)
        buttons = QHBoxLayout()  # under the balance: four buttons leave it no room beside
        buttons.addStretch(1)
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.certificate_button)
        buttons.addWidget(self.payout_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places_table, 2)
        layout.addWidget(self.entries_table, 1)
        layout.addWidget(self.balance_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.places_table.setHorizontalHeaderLabels(
            [
                self.tr("Workshop"),
                self.tr("Programme"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Ended"),
            ]
        )
        self.entries_table.setHorizontalHeaderLabels(
            [self.tr("Waiting list of"), self.tr("Status"), self.tr("Since")]
        )
        self.statement_button.setText(self.tr("Print the &statement"))
        self.certificate_button.setText(self.tr("Print the certi&ficate"))
        self.payout_button.setText(self.tr("Pay &out the deposit…"))
        self.again_button.setText(self.tr("Print the card sheet a&gain"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if _pays(self.actor):  # before the balance: shown with it (one worker, in order)
            self.ops.run(
                ledger.latest_payout,
                self.store,
                self.actor,
                self.prisoner_id,
                on_done=lambda found: self._read("payout", found),
                on_error=self.shown.say_error,
            )
        self.ops.run(
            allocations.allocations_of,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=lambda found: self._read("places", found),
            on_error=self.shown.say_error,
        )
        self.ops.run(
            waiting.entries_of,
            self.store,
            self.actor,
            self.prisoner_id,
            on_done=lambda found: self._read("entries", found),
            on_error=self.shown.say_error,
        )
        if self._may_read_deposit():
            self.ops.run(
                ledger.balance,
                self.store,
                self.actor,
                self.prisoner_id,
                on_done=lambda found: self._read("balance", found),
                on_error=self.shown.say_error,
            )

    def _may_read_deposit(self) -> bool:
        return any(self.actor.can(p) for p in ledger.READING)

    def _read(self, what: str, found) -> None:
        setattr(self, what, found)
        self._show()

    def _show(self) -> None:
        fill_table(
            self.places_table,
            [
                (
                    p.workshop_name,
                    p.programme_name,
                    short_date(p.starts_on),
                    short_date(p.ends_on) if p.ends_on else "",
                    translate(WORKSHOPS, END_LABELS[EndReason(p.end_reason)])
                    if p.end_reason
                    else "",
                )
                for p in self.places
            ],
        )
        fill_table(
            self.entries_table,
            [
                (
                    e.workshop_name,
                    translate(WORKSHOPS, WAITING_LABELS[Waiting(e.status)]),
                    facility_time(e.requested_at, self.tz),
                )
                for e in self.entries
            ],
        )
        balance = self.balance
        show_if(self.statement_button, balance is not None)
        self.payout_button.setEnabled(balance is not None and balance.total > 0)
        self.again_button.setEnabled(self.payout is not None)
        if balance is None:
            self.balance_label.clear()
        else:
            self.balance_label.setText(
                self.tr(
                    "Deposit: {total} ({spendable} spendable, {held} held until release)"
                ).format(
                    total=show_som(balance.total),
                    spendable=show_som(balance.spendable),
                    held=show_som(balance.held),
                )
            )
        self._place_chosen()

    def _place(self) -> AllocationView | None:
        row = self.places_table.currentRow()
        chosen = self.places_table.selectionModel().hasSelection()
        return self.places[row] if chosen and 0 <= row < len(self.places) else None

    def _place_chosen(self) -> None:
        place = self._place()
        self.certificate_button.setEnabled(
            place is not None and bool(place.programme_id) and place.end_reason == "completed"
        )

    def print_statement(self) -> None:
        today = local_today(self.tz)
        self.ops.run(
            documents.statement_document,
            self.store,
            self.actor,
            self.prisoner_id,
            today - timedelta(days=STATEMENT_DAYS),
            today,
            False,
            translate,
            short_date,
            short_date_time,
            on_done=lambda doc: print_pdf(
                self, render_statement(doc, translate, locale().decimalPoint()), doc.prisoner
            ),
            on_error=self.shown.say_error,
        )

    def print_certificate(self) -> None:
        place = self._place()
        if place is None:
            return
        self.ops.run(
            documents.certificate_document,
            self.store,
            self.actor,
            place.id,
            short_date,
            on_done=lambda doc: print_pdf(self, render_certificate(doc, translate), doc.number),
            on_error=self.shown.say_error,
        )

    def print_card_sheet_again(self) -> None:
        """The handover sheet of the latest payout, as it was paid (not today's balance)."""
        self.ops.run(
            documents.deposit_card_again,
            self.store,
            self.actor,
            self.prisoner_id,
            short_date,
            on_done=lambda doc: print_pdf(
                self,
                render_deposit_card_handover(doc, translate, locale().decimalPoint()),
                doc.prisoner,
            ),
            on_error=self.shown.say_error,
        )

    def pay_out(self) -> None:
        """The deposit paid out later than at the release (the officer said No then); the
        part held until release is refused while the prisoner is held."""
        if self.balance is None or self.balance.total <= 0:
            return
        dialog = PayoutDialog(
            self.store,
            self.ops,
            self.actor,
            self.prisoner_id,
            self.balance,
            local_today(self.tz),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()


def _pays(actor: Actor) -> bool:
    """Who pays a deposit out: the registry that records the release, or a supervisor."""
    return actor.can(Permission.EDIT_PRISONERS) or actor.can(Permission.APPROVE)


def pay_out_after_release(
    parent: QWidget, store: Store, ops: Operations, actor: Actor, prisoner_id: str, kind: str
) -> None:
    """A release was recorded: the prisoner's deposit, if any, is paid out onto their card,
    which the officer is asked to do now (the file's Workshops tab can do it later)."""
    if kind != "release" or not _pays(actor):
        return

    def ask(balance: Balance) -> None:
        if balance.total <= 0:
            return
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("WorkshopsTab", "Deposit"),
            QCoreApplication.translate(
                "WorkshopsTab",
                "The prisoner's deposit holds {total}. Pay it out onto the deposit card now?",
            ).format(total=show_som(balance.total)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        info = facility.current_facility(store)
        today = local_today(zone(info.time_zone if info else None))
        dialog = PayoutDialog(store, ops, actor, prisoner_id, balance, today, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ops.run(
        ledger.balance,
        store,
        actor,
        prisoner_id,
        on_done=ask,
        on_error=lambda exc: show_error(parent, exc),
    )
