"""The parcel desk at the gate. The scan field keeps the focus: scanning (or typing) a
parcel's tracking number opens it anywhere on this screen, on either keyboard layout. Two
queues list what waits for inspection and for handover; the parcel on screen shows its items
with their results, its history (who, when, what) and the steps it can take next. Enter in
the empty scan field takes the next step: inspect it, or hand it over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import zone
from prisondesk.domain.parcels import (
    CHANNEL_LABELS,
    PARCELS,
    RESULT_LABELS,
    STATUS_LABELS,
    UNIT_LABELS,
    Channel,
    ItemResult,
    Status,
    Unit,
)
from prisondesk.printing.parcels.handover_sheet import render_handover_sheet
from prisondesk.printing.parcels.receipt import render_parcel_label, render_parcel_receipt
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import custody, documents, settings, views
from prisondesk.services.parcels.settings import ParcelSettings
from prisondesk.services.parcels.views import ParcelDetail, ParcelRow
from prisondesk.services.store import Store
from prisondesk.ui.desk_message import DeskMessage
from prisondesk.ui.errors import MakeText, translate
from prisondesk.ui.i18n import LANGUAGES, facility_time, paper_translate
from prisondesk.ui.intake.movement_dialog import departure_reason
from prisondesk.ui.operations import Operations
from prisondesk.ui.parcels.inspection_dialog import InspectionDialog
from prisondesk.ui.parcels.labels import event_label, kilograms
from prisondesk.ui.parcels.reason_dialog import ReasonDialog
from prisondesk.ui.parcels.receipt_dialog import ReceiptDialog
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.scanner import ScanField
from prisondesk.ui.widgets import button, label


class ParcelDeskPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("parcelDesk")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)  # times as the facility's clock
        self.parcel: ParcelDetail | None = None
        self.settings: ParcelSettings | None = None
        self.inspection_rows: list[ParcelRow] = []
        self.handover_rows: list[ParcelRow] = []

        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.scan = ScanField()
        self.scan.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.scan.scanned.connect(self.open_code)
        self.scan.typed.connect(self.open_code)
        self.scan.confirmed.connect(self.default_action)
        self.receive_button = button("receiveParcel", self.receive)
        QShortcut(QKeySequence("F2"), self, activated=self.receive)
        self.message = label("parcelMessage")
        self.shown = DeskMessage(self.message, self.scan, self._stray_text, self._repeat_text)

        self.inspection_label, self.handover_label = label(), label()
        self.inspection_queue = self._queue("awaitingInspection", self._open_from_inspection)
        self.handover_queue = self._queue("awaitingHandover", self._open_from_handover)

        self.title = label("parcelTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.facts = label("parcelFacts")
        self.facts.setWordWrap(True)
        self.items = QTableWidget(0, 4)
        self.items.setObjectName("parcelItems")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history = QListWidget()
        self.history.setObjectName("parcelHistory")
        self.history.setMaximumHeight(120)

        self.inspect_button = button("inspectParcel", self.inspect)
        self.hand_over_button = button("handOver", self.hand_over)
        self.refused_button = button("refusedParcel", self.record_refusal)
        self.return_button = button("returnParcel", self.return_to_sender)
        self.forward_button = button("forwardParcel", self.forward)
        self.receipt_button = button("printReceipt", self.print_receipt)
        self.label_button = button("printLabel", self.print_label)
        self.sheet_button = button("printHandoverSheet", self.print_handover_sheet)
        self.photo_button = button("addParcelPhoto", self.add_photo)
        self.paper_label = label()
        self.paper = QComboBox()
        self.paper.setObjectName("paperLanguage")
        for code, name in LANGUAGES.items():
            self.paper.addItem(name, code)
        self.paper_label.setBuddy(self.paper)
        self.receipt_size = QComboBox()  # the sender's receipt: on the receipt printer or A4
        self.receipt_size.setObjectName("receiptSize")
        self._layout()
        self.retranslate()
        self._show(None)
        self.load_settings()
        self.refresh_queues()

    def _queue(self, name: str, opened: Callable[[], None]) -> QListWidget:
        queue = QListWidget()
        queue.setObjectName(name)
        queue.itemActivated.connect(lambda _item: opened())
        return queue

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.receive_button)
        left = QVBoxLayout()
        left.addWidget(self.inspection_label)
        left.addWidget(self.inspection_queue, 1)
        left.addWidget(self.handover_label)
        left.addWidget(self.handover_queue, 1)
        steps = QHBoxLayout()
        for each in (self.inspect_button, self.hand_over_button, self.refused_button):
            steps.addWidget(each)
        steps.addWidget(self.photo_button)
        steps.addStretch()
        steps.addWidget(self.return_button)
        steps.addWidget(self.forward_button)
        paper = QHBoxLayout()
        paper.addWidget(self.receipt_button)
        paper.addWidget(self.label_button)
        paper.addWidget(self.sheet_button)
        paper.addStretch()
        # what the papers print on and in which language: a line of its own, so that the
        # buttons above keep their words whole in every language at 1280 pixels
        paper_settings = QHBoxLayout()
        paper_settings.addStretch()
        paper_settings.addWidget(self.receipt_size)
        paper_settings.addWidget(self.paper_label)
        paper_settings.addWidget(self.paper)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.facts)
        right.addWidget(self.items, 2)
        right.addWidget(self.history, 1)
        right.addLayout(steps)
        right.addLayout(paper)
        right.addLayout(paper_settings)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addLayout(row, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Gate: parcels"))
        self.scan.setPlaceholderText(self.tr("Scan a parcel's barcode…"))
        self.receive_button.setText(self.tr("&Receive a parcel…"))
        self.receive_button.setToolTip(self.tr("F2"))
        self.inspect_button.setText(self.tr("&Inspect…"))
        self.hand_over_button.setText(self.tr("&Hand over"))
        self.refused_button.setText(self.tr("Re&fused…"))
        self.return_button.setText(self.tr("Re&turn to sender…"))
        self.forward_button.setText(self.tr("For&ward…"))
        self.receipt_button.setText(self.tr("Print re&ceipt"))
        self.label_button.setText(self.tr("Print la&bel"))
        self.sheet_button.setText(self.tr("Print handover sh&eet"))
        self.photo_button.setText(self.tr("Add a ph&oto…"))
        self.paper_label.setText(self.tr("&Paper in"))
        size = self.receipt_size.currentData()
        self.receipt_size.clear()
        self.receipt_size.addItem(self.tr("80 mm"), "receipt80")
        self.receipt_size.addItem(self.tr("A4"), "a4")
        self.receipt_size.setCurrentIndex(max(0, self.receipt_size.findData(size)))
        self.items.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("What it is"), self.tr("Quantity"), self.tr("Result")]
        )
        self._show_queues()
        self._show(self.parcel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_scan(self) -> None:
        """A dialog closed: the desk's window takes the keys again (the system usually does
        this; not every one does) and the scan field has them."""
        self.window().activateWindow()
        self.scan.setFocus()

    # --- messages ------------------------------------------------------------------------
    def _stray_text(self) -> str:
        return self.tr(
            "A barcode was scanned into another field or window: nothing was recorded. "
            "Close the window or click the scan field, and scan again."
        )

    def _repeat_text(self) -> str:
        return self.tr("The same barcode was scanned twice: the second scan was ignored.")

    # --- data ----------------------------------------------------------------------------
    def load_settings(self) -> None:
        self.ops.run(
            settings.parcel_settings,
            self.store,
            self.actor,
            on_done=lambda found: setattr(self, "settings", found),
            on_error=self.shown.say_error,
        )

    def refresh_queues(self) -> None:
        self.ops.run(
            views.waiting,
            self.store,
            self.actor,
            Status.AWAITING_INSPECTION,
            on_done=lambda rows: self._queues_read(rows, None),
            on_error=self.shown.say_error,
        )
        self.ops.run(
            views.waiting,
            self.store,
            self.actor,
            Status.AWAITING_HANDOVER,
            on_done=lambda rows: self._queues_read(None, rows),
            on_error=self.shown.say_error,
        )

    def _queues_read(self, inspection: list | None, handover: list | None) -> None:
        if inspection is not None:
            self.inspection_rows = inspection
        if handover is not None:
            self.handover_rows = handover
        self._show_queues()

    def _show_queues(self) -> None:
        for queue, rows in (
            (self.inspection_queue, self.inspection_rows),
            (self.handover_queue, self.handover_rows),
        ):
            queue.clear()
            for row in rows:
                queue.addItem(
                    QListWidgetItem(
                        f"{row.tracking} · {row.prisoner} · {self._time(row.received_at)}"
                    )
                )
        self.inspection_label.setText(
            self.tr("Awaiting inspection: %n", "", len(self.inspection_rows))
        )
        self.handover_label.setText(self.tr("Awaiting handover: %n", "", len(self.handover_rows)))

    def _time(self, moment: datetime) -> str:
        return facility_time(moment, self.tz)

    # --- opening a parcel --------------------------------------------------------------
    def open_code(self, code: str) -> None:
        self.ops.run(
            views.find_scanned,
            self.store,
            self.actor,
            code,
            on_done=self.open_parcel,
            on_error=self._refused_scan,
        )

    def _refused_scan(self, exc: Exception) -> None:
        self._show(None)
        self.shown.say_error(exc)

    def open_parcel(self, parcel_id: str, then: MakeText | None = None) -> None:
        def opened(detail: ParcelDetail) -> None:
            self._show(detail)
            self.shown.say(then or (lambda: self._next_step(detail)), warn=detail.clash)
            self.scan.setFocus()

        self.ops.run(
            views.parcel_detail,
            self.store,
            self.actor,
            parcel_id,
            on_done=opened,
            on_error=self.shown.say_error,
        )

    def _open_from_inspection(self) -> None:
        row = self.inspection_queue.currentRow()
        if 0 <= row < len(self.inspection_rows):
            self.open_parcel(self.inspection_rows[row].id)

    def _open_from_handover(self) -> None:
        row = self.handover_queue.currentRow()
        if 0 <= row < len(self.handover_rows):
            self.open_parcel(self.handover_rows[row].id)

    def _next_step(self, detail: ParcelDetail) -> str:
        if detail.clash:
            return self.tr(
                "Desks working apart ended this parcel in different ways: a supervisor must "
                "check it."
            )
        status = detail.row.status
        if status == Status.AWAITING_INSPECTION:
            return self.tr("Inspect the parcel: press Enter or Inspect.")
        if status == Status.AWAITING_HANDOVER:
            return self.tr(
                "Print the handover sheet for the prisoner to sign, then press Enter or Hand over."
            )
        return self.tr("This parcel is no longer waiting: {status}.").format(
            status=translate(PARCELS, STATUS_LABELS[status])
        )

    def _show(self, detail: ParcelDetail | None) -> None:
        self.parcel = detail
        self.items.setRowCount(0)
        self.history.clear()
        status = detail.row.status if detail else None
        here = status in (Status.AWAITING_INSPECTION, Status.AWAITING_HANDOVER, Status.REFUSED)
        self.inspect_button.setEnabled(status == Status.AWAITING_INSPECTION)
        self.hand_over_button.setEnabled(status == Status.AWAITING_HANDOVER)
        self.refused_button.setEnabled(status == Status.AWAITING_HANDOVER)
        self.return_button.setEnabled(here or status == Status.HELD)
        self.forward_button.setEnabled(status == Status.HELD)
        self.photo_button.setEnabled(here or status == Status.HELD)
        for each in (self.receipt_button, self.label_button):
            each.setEnabled(detail is not None)
        self.sheet_button.setEnabled(status in (Status.AWAITING_HANDOVER, Status.HANDED_OVER))
        if detail is None:
            self.title.setText(self.tr("Scan a parcel, or choose one in a list."))
            self.facts.clear()
            return
        row = detail.row
        self.title.setText(f"{row.tracking} · {row.prisoner}")
        facts = [
            self.tr("Status: {status}").format(
                status=translate(PARCELS, STATUS_LABELS[row.status])
            ),
            self.tr("From: {sender} ({channel})").format(
                sender=row.sender,
                channel=translate(PARCELS, CHANNEL_LABELS.get(Channel(detail.channel), "")),
            ),
            self.tr("Received {when}; {kg} kg; seal {seal}").format(
                when=self._time(row.received_at), kg=kilograms(row.weight_grams), seal=row.seal
            ),
        ]
        if detail.photos or detail.xray_images:
            facts.append(
                self.tr("Photos: {photos}; x-ray images: {xray}").format(
                    photos=detail.photos, xray=detail.xray_images
                )
            )
        if detail.quota_approval:
            facts.append(
                self.tr("Over the quota, accepted by {approval}").format(
                    approval=detail.quota_approval
                )
            )
        self.facts.setText("\n".join(facts))
        for item in detail.items:
            index = self.items.rowCount()
            self.items.insertRow(index)
            unit = translate(PARCELS, UNIT_LABELS.get(Unit(item.unit), item.unit))
            result = (
                translate(PARCELS, RESULT_LABELS[ItemResult(item.result)]) if item.result else ""
            )
            for column, text in enumerate(
                (
                    translate(PARCELS, item.category),
                    item.description,
                    f"{item.quantity} {unit}",
                    result,
                )
            ):
                cell = QTableWidgetItem(text)
                if item.result and item.result != ItemResult.PASSED:
                    cell.setForeground(Qt.GlobalColor.red)
                self.items.setItem(index, column, cell)
        for line in detail.history:
            text = f"{self._time(line.at)} · {event_label(line.kind)}"
            if line.officer:
                text += f" · {line.officer}"
            if line.detail:  # a prohibited thing of the shipped list is shown translated
                text += f" · {departure_reason(translate(PARCELS, line.detail))}"
            self.history.addItem(text)

    # --- steps ---------------------------------------------------------------------------
    def default_action(self) -> None:
        """Enter in the empty scan field: the parcel's next step."""
        if self.parcel is None:
            return
        if self.inspect_button.isEnabled():
            self.inspect()
        elif self.hand_over_button.isEnabled():
            self.hand_over()

    def receive(self) -> None:
        if self.settings is None:
            return  # the lists arrive a moment after the page opens
        dialog = ReceiptDialog(self.store, self.ops, self.actor, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.received.connect(self._received)
        dialog.finished.connect(lambda _result: self._back_to_scan())
        self.dialog = dialog
        dialog.open()

    def _received(self, parcel_id: str) -> None:
        self.refresh_queues()
        self.open_parcel(
            parcel_id,
            lambda: self.tr(
                "Parcel received. Print the receipt for the sender and the label for the parcel."
            ),
        )

    def inspect(self) -> None:
        if self.parcel is None or self.settings is None:
            return
        dialog = InspectionDialog(
            self.store, self.ops, self.actor, self.parcel, self.settings, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parcel_id = self.parcel.row.id
        dialog.accepted.connect(lambda: self._stepped(parcel_id))
        dialog.finished.connect(lambda _result: self._back_to_scan())
        self.dialog = dialog
        dialog.open()

    def hand_over(self) -> None:
        if self.parcel is None:
            return
        row = self.parcel.row
        answer = QMessageBox.question(
            self,
            self.tr("Hand over"),
            self.tr(
                "Hand parcel {tracking} over to {prisoner}? They sign the handover sheet."
            ).format(tracking=row.tracking, prisoner=row.prisoner),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.scan.setFocus()
            return
        self.ops.run(
            custody.hand_over,
            self.store,
            self.actor,
            row.id,
            on_done=lambda _status: self._stepped(row.id),
            on_error=self.shown.say_error,
        )

    def record_refusal(self) -> None:
        self._ask(
            self.tr("Refused by the prisoner"),
            self.tr("The prisoner would not take the parcel. It stays here until it is returned."),
            self.tr("&Why"),
            custody.record_refusal,
        )

    def return_to_sender(self) -> None:
        self._ask(
            self.tr("Return to the sender"),
            self.tr("The parcel goes back to its sender."),
            self.tr("&Why"),
            custody.return_to_sender,
        )

    def forward(self) -> None:
        self._ask(
            self.tr("Forward the parcel"),
            self.tr("The prisoner has left: the parcel is sent on after them."),
            self.tr("&Where to"),
            custody.forward,
        )

    def _ask(self, title: str, intro: str, field: str, service) -> None:
        if self.parcel is None:
            return
        parcel_id = self.parcel.row.id
        dialog = ReasonDialog(
            self.ops,
            title,
            f"{self.parcel.row.tracking} · {self.parcel.row.prisoner}. {intro}",
            field,
            lambda text: service(self.store, self.actor, parcel_id, text),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._stepped(parcel_id))
        dialog.finished.connect(lambda _result: self._back_to_scan())
        self.dialog = dialog
        dialog.open()

    def _stepped(self, parcel_id: str) -> None:
        self.refresh_queues()
        self.open_parcel(parcel_id, lambda: self._recorded())

    def _recorded(self) -> str:
        status = self.parcel.row.status if self.parcel else None
        text = self.tr("Recorded: {status}.").format(
            status=translate(PARCELS, STATUS_LABELS[status]) if status else ""
        )
        if status == Status.AWAITING_HANDOVER:
            text += " " + self._next_step(self.parcel)
        return text

    def add_photo(self) -> None:
        """A photo of the parcel or its contents, from the camera's or the scanner's file."""
        if self.parcel is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A photo of the parcel"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        if not path:
            self._back_to_scan()
            return
        parcel_id = self.parcel.row.id
        self.ops.run(
            custody.attach_photo,
            self.store,
            self.actor,
            parcel_id,
            Path(path).read_bytes(),
            on_done=lambda count: self.open_parcel(
                parcel_id, lambda: self.tr("Photo added: %n photo(s) of this parcel.", "", count)
            ),
            on_error=self.shown.say_error,
        )

    # --- paper ---------------------------------------------------------------------------
    def _paper(self) -> tuple[str, Callable[[str, str], str]]:
        code = self.paper.currentData() or "ru"
        return code, paper_translate(code)

    def print_receipt(self) -> None:
        self._print_receipt_doc(
            lambda doc, tr: render_parcel_receipt(
                doc, self.receipt_size.currentData() or "receipt80", tr
            ),
            self.tr("Parcel receipt {tracking}"),
        )

    def print_label(self) -> None:
        self._print_receipt_doc(render_parcel_label, self.tr("Parcel label {tracking}"))

    def _print_receipt_doc(self, render, title: str) -> None:
        if self.parcel is None:
            return
        _, tr = self._paper()
        self.ops.run(
            documents.receipt_document,
            self.store,
            self.actor,
            self.parcel.row.id,
            on_done=lambda doc: self._print(render(doc, tr), title.format(tracking=doc.tracking)),
            on_error=self.shown.say_error,
        )

    def print_handover_sheet(self) -> None:
        if self.parcel is None:
            return
        _, tr = self._paper()
        self.ops.run(
            documents.handover_document,
            self.store,
            self.actor,
            self.parcel.row.id,
            on_done=lambda doc: self._print(
                render_handover_sheet(doc, tr),
                self.tr("Handover sheet {tracking}").format(tracking=doc.tracking),
            ),
            on_error=self.shown.say_error,
        )

    def _print(self, pdf: bytes, title: str) -> None:
        print_pdf(self, pdf, title)
        self._back_to_scan()  # the print dialog has closed
