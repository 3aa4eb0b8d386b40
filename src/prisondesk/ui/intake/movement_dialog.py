"""Recording a movement: a cell change, a court trip and return, a transfer out (to a facility
of the central server, whose file then goes with the prisoner, or to one outside it), the
arrival of a prisoner transferred here, a release with the hand-back of stored property ticked
item by item. Only the movements the prisoner's status allows are offered."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.clock import from_local, local, zone
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import utc_now
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.directory import Destination
from prisondesk.services.core.facility import WingInfo
from prisondesk.services.intake import movements
from prisondesk.services.intake.admissions import AdmissionView
from prisondesk.services.intake.movements import ALLOWED, MoveRequest
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import date_time_edit, label, line_edit

KIND_LABELS = {
    "cell_change": QT_TRANSLATE_NOOP("movements", "Move to another wing or cell"),
    "court_out": QT_TRANSLATE_NOOP("movements", "Out to court"),
    "court_return": QT_TRANSLATE_NOOP("movements", "Back from court"),
    "transfer_out": QT_TRANSLATE_NOOP("movements", "Transfer to another facility"),
    "transfer_in": QT_TRANSLATE_NOOP("movements", "Arrival by transfer"),
    "release": QT_TRANSLATE_NOOP("movements", "Release"),
    "admission": QT_TRANSLATE_NOOP("movements", "Admission"),
}


def departure_reason(text: str) -> str:
    """A reason that a prisoner's departure wrote on the records it closed ("auto:release"),
    shown as the movement's name; any other text as it was written."""
    kind = text.removeprefix("auto:")
    if kind != text and kind in KIND_LABELS:
        return translate("movements", KIND_LABELS[kind])
    return text


class MovementDialog(QDialog):
    recorded = Signal(object)  # MovementView

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        view: AdmissionView,
        wings: tuple[WingInfo, ...],
        time_zone: str | None = None,
        destinations: tuple[Destination, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.view = store, ops, actor, view
        self.setObjectName("movementDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # none pile up over a shift
        self.setWindowTitle(self.tr("Movement of {number}").format(number=view.number))
        self.kind = QComboBox()
        for code in ALLOWED.get(view.status, ()):
            self.kind.addItem(translate("movements", KIND_LABELS[code]), code)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.tz = zone(time_zone)
        now_here = local(utc_now(), self.tz).replace(tzinfo=None)  # the facility's clock
        self.when = date_time_edit("occurredAt", QDateTime(now_here))
        self.wing = QComboBox()
        for wing in wings:
            self.wing.addItem(wing.name, wing.id)
        self.cell = line_edit("cell", 20)
        # a facility of the central server takes the file along; "another" is one outside it.
        # Nothing is chosen at first: the file must not go anywhere by default.
        self.facility = QComboBox()
        self.facility.setObjectName("to_facility_id")
        if destinations:
            self.facility.addItem(self.tr("Choose the receiving facility…"), "")
        for target in destinations:
            self.facility.addItem(target.label, target.id)
        self.facility.addItem(self.tr("Another facility (the file stays here)"), None)
        self.facility.currentIndexChanged.connect(self._show_fields)
        self.destination = line_edit("destination", 200)
        self.reason = line_edit("reason", 2000)
        self.property = QListWidget()
        for entry in view.property:
            item = QListWidgetItem(f"{entry.item} × {entry.quantity} ({entry.storage_place})")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.property.addItem(item)
        fields = {
            name: label()
            for name in (
                "kind",
                "occurred_at",
                "wing_id",
                "cell",
                "to_facility_id",
                "destination",
                "reason",
                "property",
            )
        }
        self.errors = FieldErrors(label(), fields)
        self.form = QFormLayout()
        self.rows: dict[str, QWidget] = {}
        for name, title, widget in [
            ("kind", self.tr("What"), self.kind),
            ("occurred_at", self.tr("When"), self.when),
            ("wing_id", self.tr("Wing"), self.wing),
            ("cell", self.tr("Cell"), self.cell),
            ("to_facility_id", self.tr("To facility"), self.facility),
            ("destination", self.tr("Court or facility"), self.destination),
            ("reason", self.tr("Reason or note"), self.reason),
            ("property", self.tr("Property handed back"), self.property),
        ]:
            self.form.addRow(title, widget)
            self.form.addRow("", fields[name])
            self.rows[name] = widget
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._show_fields()

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        to_system = kind == "transfer_out" and self.facility.currentData() is not None
        visible = {
            "wing_id": kind in movements.PLACED,
            "cell": kind in movements.PLACED,
            "to_facility_id": kind == "transfer_out",
            "destination": kind == "court_out" or (kind == "transfer_out" and not to_system),
            "property": kind == "release",
        }
        for name, shown in visible.items():
            self.form.setRowVisible(self.rows[name], shown)

    def request(self) -> MoveRequest:
        returned = [
            self.property.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.property.count())
            if self.property.item(i).checkState() == Qt.CheckState.Checked
        ]
        kind = self.kind.currentData()
        to_facility = self.facility.currentData() if kind == "transfer_out" else None
        return MoveRequest(
            kind,
            from_local(self.when.dateTime().toPython(), self.tz),
            self.wing.currentData() if kind in movements.PLACED else None,
            self.cell.text(),
            "" if to_facility else self.destination.text(),
            self.reason.text(),
            returned,
            to_facility,
        )

    def submit(self) -> None:
        self.errors.clear()
        request = self.request()
        if request.to_facility_id and not self.confirm_handover(self.facility.currentText()):
            return
        self.buttons.setEnabled(False)
        self.ops.run(
            movements.record_movement,
            self.store,
            self.actor,
            self.view.id,
            request,
            on_done=self._done,
            on_error=self._failed,
        )

    def confirm_handover(self, facility: str) -> bool:
        """A transfer within the system hands the file over for good: asked once more."""
        answer = QMessageBox.question(
            self,
            self.tr("Transfer to {facility}").format(facility=facility),
            self.tr(
                "The file of {number} goes to {facility} on the next sync. The contacts, "
                "injuries, property and photo then leave this facility's workstations. "
                "Transfer?"
            ).format(number=self.view.number, facility=facility),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, movement: object) -> None:
        self.recorded.emit(movement)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
