"""Inspecting a parcel: how (x-ray, by hand, or both), each item's result, and the x-ray
station's image attached from its file. An item is passed, or is one of the facility's
prohibited things: it is then confiscated (or sent to the medical service, as the list says),
with an incident note where the list asks for one."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.parcels import METHOD_LABELS, PARCELS, UNIT_LABELS, Unit
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import custody
from prisondesk.services.parcels.custody import Confiscation, Inspection
from prisondesk.services.parcels.settings import ParcelSettings
from prisondesk.services.parcels.views import ParcelDetail
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

PASSED = ""  # the result box's first choice; any other is the name of a prohibited thing


class InspectionDialog(QDialog):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        parcel: ParcelDetail,
        settings: ParcelSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.parcel, self.settings = parcel, settings
        self.setObjectName("inspectionDialog")
        self.resize(960, 520)
        self.image: bytes | None = None
        self.heading = label("inspectionHeading", f"{parcel.row.tracking} · {parcel.row.prisoner}")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method_label = label()
        self.method_label.setBuddy(self.method)
        self.results: dict[str, QComboBox] = {}
        self.notes: dict[str, QWidget] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.result_header, self.note_header = label(), label()
        grid.addWidget(self.result_header, 0, 1)
        grid.addWidget(self.note_header, 0, 2)
        for row, item in enumerate(parcel.items, start=1):
            unit = translate(PARCELS, UNIT_LABELS.get(Unit(item.unit), item.unit))
            grid.addWidget(label("", f"{item.description} — {item.quantity} {unit}"), row, 0)
            result = QComboBox()
            result.setObjectName("itemResult")
            result.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            note = line_edit("incidentNote", 2000)
            note.returnPressed.connect(self.focusNextChild)
            grid.addWidget(result, row, 1)
            grid.addWidget(note, row, 2)
            self.results[item.id], self.notes[item.id] = result, note
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(grid)
        inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.image_button = QPushButton()
        self.image_button.setObjectName("attachXray")
        self.image_button.setAutoDefault(False)
        self.image_button.clicked.connect(lambda _checked=False: self.choose_image())
        self.image_name = label("xrayFile")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveInspection")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _checked=False: self.submit())
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.reject())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self.errors = FieldErrors(
            label("inspectionError"),
            {name: label() for name in ("method", "results", "incident_note", "xray_image")},
        )
        form = QFormLayout()
        form.addRow(self.method_label, self.method)
        form.addRow("", self.errors.fields["method"])
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_button)
        image_row.addWidget(self.image_name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.general, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        for name in ("results", "incident_note"):
            layout.addWidget(self.errors.fields[name])
        layout.addLayout(image_row)
        layout.addWidget(self.errors.fields["xray_image"])
        layout.addLayout(buttons)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        order = [self.method]
        for item_id, result in self.results.items():
            order += [result, self.notes[item_id]]
        order += [self.image_button, self.save_button, self.cancel_button]
        for first, then in pairwise(order):
            QWidget.setTabOrder(first, then)
        self.retranslate()
        self.method.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspect the parcel"))
        self.method_label.setText(self.tr("&Inspected by"))
        self.result_header.setText(self.tr("Result"))
        self.note_header.setText(self.tr("Incident note (where needed)"))
        current = self.method.currentData()
        self.method.clear()
        for code, text in METHOD_LABELS.items():
            self.method.addItem(translate(PARCELS, text), code.value)
        self.method.setCurrentIndex(max(0, self.method.findData(current)))
        for box in self.results.values():
            chosen = box.currentData()
            box.clear()
            box.addItem(self.tr("Passed"), PASSED)
            for prohibited in self.settings.prohibited:
                where = (
                    self.tr("to the medical service")
                    if prohibited.medical
                    else self.tr("confiscated")
                )
                box.addItem(f"{translate(PARCELS, prohibited.name)}: {where}", prohibited.name)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self.image_button.setText(self.tr("Attach the &x-ray image…"))
        self.save_button.setText(self.tr("&Save the inspection"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The x-ray image"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """The image as the x-ray station saved it (checked by the service when saved)."""
        self.image = path.read_bytes()
        self.image_name.setText(path.name)

    def inspection(self) -> Inspection:
        medical = {p.name for p in self.settings.prohibited if p.medical}
        results, confiscations = {}, {}
        for item_id, box in self.results.items():
            what = box.currentData()
            if what == PASSED:
                results[item_id] = "passed"
                continue
            results[item_id] = "medical" if what in medical else "confiscated"
            confiscations[item_id] = Confiscation(what, self.notes[item_id].text())
        return Inspection(self.method.currentData() or "", results, confiscations, self.image)

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.ops.run(
            custody.inspect_parcel,
            self.store,
            self.actor,
            self.parcel.row.id,
            self.inspection(),
            on_done=lambda _status: self.accept(),
            on_error=self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(exc)
