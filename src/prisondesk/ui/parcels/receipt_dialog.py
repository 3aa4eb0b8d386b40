"""Receiving a parcel at the gate: for whom (found by name in any script, or their ID card
scanned), from whom (a registered visitor found by name or document, or a name as written on
the post), how it came, its weight and seal, and what it holds. What the prisoner may still
receive this month is shown before anything is accepted; a parcel over the quota takes a
supervisor's signature and reason, or goes back.

Every problem of the form is shown at once beside its field. Enter never submits the form
(a scanned seal ends in Enter): Ctrl+Enter or Alt+A accepts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.parcels import CHANNEL_LABELS, MAX_WEIGHT_GRAMS, PARCELS
from prisondesk.services.core.actor import Actor
from prisondesk.services.intake import search
from prisondesk.services.intake.search import PrisonerHit
from prisondesk.services.parcels import receipt
from prisondesk.services.parcels.receipt import OverQuota, ParcelEntry, QuotaLeft, QuotaOverride
from prisondesk.services.parcels.settings import ParcelSettings
from prisondesk.services.store import Store
from prisondesk.services.visits.search import VisitorHit, search_visitors
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.items_editor import ItemsEditor
from prisondesk.ui.parcels.labels import kilograms
from prisondesk.ui.parcels.supervisor_dialog import SupervisorDialog
from prisondesk.ui.scanner import ScanField, accepts_scans
from prisondesk.ui.widgets import label, line_edit, show_if

FIELDS = ("prisoner", "channel", "sender", "sender_document", "weight", "seal", "items", "note")


class ReceiptDialog(QDialog):
    received = Signal(str)  # the new parcel's id

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        settings: ParcelSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("parcelReceiptDialog")
        self.resize(900, 640)
        self.prisoner: PrisonerHit | None = None
        self.sender: VisitorHit | None = None
        self.prisoner_hits: list[PrisonerHit] = []
        self.sender_hits: list[VisitorHit] = []
        self.left: QuotaLeft | None = None
        self.parcel_id: str | None = None

        # for whom: a name typed, or the ID card scanned (its number)
        self.recipient = ScanField()
        self.recipient.setObjectName("recipient")
        self.recipient.scanned.connect(self.find_prisoner)
        self.recipient.typed.connect(self.find_prisoner)
        self.recipient.confirmed.connect(self._choose_prisoner)
        self.prisoners = QListWidget()
        self.prisoners.setObjectName("recipientHits")
        self.prisoners.setMaximumHeight(90)
        self.prisoners.hide()  # shown while there are people to choose from
        self.prisoners.itemActivated.connect(lambda _item: self._choose_prisoner())
        self.chosen = label("recipientChosen")
        self.chosen.setStyleSheet("font-weight: 600;")
        self.quota = label("quotaLeft")
        self.quota.setWordWrap(True)

        # from whom
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.sender_name = line_edit("senderName", 200)
        self.sender_name.returnPressed.connect(self.find_sender)
        self.sender_name.textEdited.connect(lambda _text: self._forget_sender())
        self.senders = QListWidget()
        self.senders.setObjectName("senderHits")
        self.senders.setMaximumHeight(70)
        self.senders.hide()
        self.senders.itemActivated.connect(lambda _item: self._choose_sender())
        self.sender_document = line_edit("senderDocument", 100)
        self.sender_document.returnPressed.connect(self.focusNextChild)

        # the parcel
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("weightKg")
        self.weight.setDecimals(3)
        self.weight.setRange(0, MAX_WEIGHT_GRAMS / 1000)
        self.weight.setSingleStep(0.1)
        self.weight.lineEdit().returnPressed.connect(self.focusNextChild)
        self.weight.valueChanged.connect(lambda _kg: self._show_quota())
        self.seal = accepts_scans(line_edit("seal", 40))  # a tag may carry a barcode
        self.seal.returnPressed.connect(lambda: self.items.rows[0].category.setFocus())
        self.items = ItemsEditor(settings.categories)
        self.note = line_edit("parcelNote", 500)

        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptParcel")
        self.accept_button.clicked.connect(lambda _checked=False: self.submit())
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelParcel")
        self.cancel_button.clicked.connect(lambda _checked=False: self.reject())
        for button in (self.accept_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter moves on; it never submits (a scan ends in it)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        self.labels = {name: label() for name in FIELDS}
        self.errors = FieldErrors(
            label("receiptError"), {name: label() for name in (*FIELDS, "quota")}
        )
        self._layout()
        self.retranslate()
        self.recipient.setFocus()

    def _layout(self) -> None:
        fields = self.errors.fields
        form = QFormLayout()
        form.addRow(self.labels["prisoner"], self.recipient)
        form.addRow("", self.prisoners)
        form.addRow("", self.chosen)
        form.addRow("", self.quota)
        form.addRow("", fields["prisoner"])
        form.addRow(self.labels["channel"], self.channel)
        form.addRow(self.labels["sender"], self.sender_name)
        form.addRow("", self.senders)
        form.addRow("", fields["sender"])
        form.addRow(self.labels["sender_document"], self.sender_document)
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addSpacing(16)
        weight_row.addWidget(self.labels["seal"])
        weight_row.addWidget(self.seal, 1)
        form.addRow(self.labels["weight"], weight_row)
        form.addRow("", fields["weight"])
        form.addRow("", fields["seal"])
        form.addRow(self.labels["items"], self.items)
        form.addRow("", fields["items"])
        form.addRow(self.labels["note"], self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.general, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(fields["quota"])
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a parcel"))
        texts = {
            "prisoner": self.tr("&For"),
            "channel": self.tr("&How it came"),
            "sender": self.tr("&Sender"),
            "sender_document": self.tr("Sender's &document"),
            "weight": self.tr("&Weight, kg"),
            "seal": self.tr("Seal or ta&g"),
            "items": self.tr("Contents"),
            "note": self.tr("N&ote"),
        }
        buddies = {
            "prisoner": self.recipient,
            "channel": self.channel,
            "sender": self.sender_name,
            "sender_document": self.sender_document,
            "weight": self.weight,
            "seal": self.seal,
            "note": self.note,
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            if name in buddies:
                self.labels[name].setBuddy(buddies[name])
        self.recipient.setPlaceholderText(
            self.tr("The prisoner's name or number, or scan their ID card")
        )
        self.sender_name.setPlaceholderText(
            self.tr("A visitor's name or document number and Enter, or the name on the post")
        )
        current = self.channel.currentData()
        self.channel.clear()
        for code, text in CHANNEL_LABELS.items():
            self.channel.addItem(translate(PARCELS, text), code.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))
        self.accept_button.setText(self.tr("&Accept the parcel"))
        self.accept_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_quota()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- for whom --------------------------------------------------------------------------
    def find_prisoner(self, text: str) -> None:
        self.ops.run(
            search.search,
            self.store,
            self.actor,
            text,
            on_done=self._show_prisoners,
            on_error=self.errors.show,
        )

    def _show_prisoners(self, hits: list[PrisonerHit]) -> None:
        self.prisoner_hits = hits
        self.prisoners.clear()
        show_if(self.prisoners, len(hits) > 1)
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.number}  {hit.full_name}  {short_date(hit.date_of_birth)}  "
                f"{hit.wing} {hit.cell}"
            )
            self.prisoners.addItem(item)
        if len(hits) == 1:  # an ID card, or a name only one person has
            self.prisoners.setCurrentRow(0)
            self._choose_prisoner()
        elif hits:
            self.prisoners.setCurrentRow(0)
            self.prisoners.setFocus()
        else:
            self.errors.show_at("prisoner", lambda: self.tr("Nobody here by that name or number."))

    def _choose_prisoner(self) -> None:
        row = self.prisoners.currentRow()
        if not 0 <= row < len(self.prisoner_hits):
            return
        self.prisoner = self.prisoner_hits[row]
        self.errors.clear_at("prisoner")
        self.chosen.setText(f"{self.prisoner.number}  {self.prisoner.full_name}")
        self.prisoners.clear()
        self.prisoners.hide()
        self.recipient.clear()
        self.left = None
        self._show_quota()
        self.ops.run(
            receipt.quota_left,
            self.store,
            self.actor,
            self.prisoner.id,
            on_done=self._quota_known,
            on_error=self.errors.show,
        )
        self.channel.setFocus()

    def _quota_known(self, left: QuotaLeft) -> None:
        self.left = left
        self._show_quota()

    def _show_quota(self) -> None:
        left = self.left
        if left is None:
            self.quota.clear()
        elif left.quota is None:
            self.quota.setText(
                self.tr("No parcel quota is set for this prisoner's regime: ask a supervisor.")
            )
        else:
            self.quota.setText(
                self.tr("Left this month: {count} of {all} parcels, {kg} of {all_kg} kg.").format(
                    count=left.count_left,
                    all=left.quota.count,
                    kg=kilograms(left.weight_left),
                    all_kg=kilograms(left.quota.weight_grams),
                )
            )
        over = left is not None and not left.allows(self.grams())
        self.quota.setStyleSheet("color: #b00020; font-weight: 600;" if over else "")

    # --- from whom -------------------------------------------------------------------------
    def find_sender(self) -> None:
        text = self.sender_name.text().strip()
        if not text or self.sender is not None:
            self.focusNextChild()
            return
        self.ops.run(
            search_visitors,
            self.store,
            self.actor,
            text,
            on_done=self._show_senders,
            on_error=self.errors.show,
        )

    def _show_senders(self, hits: list[VisitorHit]) -> None:
        self.sender_hits = hits
        self.senders.clear()
        show_if(self.senders, bool(hits))
        for hit in hits:
            self.senders.addItem(
                f"{hit.full_name}  {short_date(hit.date_of_birth)}  {hit.document}"
            )
        if hits:
            self.senders.setCurrentRow(0)
            self.senders.setFocus()
        else:  # a name on the post: kept as typed
            self.sender_document.setFocus()

    def _choose_sender(self) -> None:
        row = self.senders.currentRow()
        if not 0 <= row < len(self.sender_hits):
            return
        self.sender = self.sender_hits[row]
        self.sender_name.setText(self.sender.full_name)
        self.sender_document.setText(self.sender.document)
        self.sender_document.setReadOnly(True)
        self.senders.clear()
        self.senders.hide()
        self.weight.setFocus()
        self.weight.selectAll()  # typed over, as when Tab brings the officer here

    def _forget_sender(self) -> None:
        """The name edited after a visitor was chosen: the sender is what is typed now."""
        if self.sender is not None:
            self.sender = None
            self.sender_document.clear()
            self.sender_document.setReadOnly(False)

    # --- accepting -------------------------------------------------------------------------
    def grams(self) -> int:
        return round(self.weight.value() * 1000)

    def entry(self) -> ParcelEntry:
        return ParcelEntry(
            prisoner_id=self.prisoner.id if self.prisoner else "",
            channel=self.channel.currentData() or "",
            sender_name="" if self.sender else self.sender_name.text(),
            sender_visitor_id=self.sender.id if self.sender else None,
            sender_document="" if self.sender else self.sender_document.text(),
            weight_grams=self.grams(),
            seal=self.seal.text(),
            items=self.items.entries(),
            note=self.note.text(),
        )

    def submit(self, override: QuotaOverride | None = None) -> None:
        if not self.accept_button.isEnabled():
            return  # already on its way
        self.errors.clear()
        self.accept_button.setEnabled(False)
        self.ops.run(
            receipt.receive_parcel,
            self.store,
            self.actor,
            self.entry(),
            override,
            on_done=self._received,
            on_error=self._refused,
        )

    def _received(self, parcel_id: str) -> None:
        self.parcel_id = parcel_id
        self.received.emit(parcel_id)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.accept_button.setEnabled(True)
        if isinstance(exc, OverQuota):
            self.left = exc.left
            self._show_quota()
            self._ask_supervisor(exc)
            return
        self.errors.show(exc)

    def _ask_supervisor(self, exc: OverQuota) -> None:
        """Over the quota: a supervisor signs in and gives a reason, or the officer hands the
        parcel back (the form stays as typed)."""
        self.errors.show(exc)
        dialog = SupervisorDialog(self.store, self.ops, self.actor, self.errors.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.submit(dialog.override))
        self.supervisor_dialog = dialog
        dialog.open()
