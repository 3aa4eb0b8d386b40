"""Administration tab for this workstation: idle lock and the lock key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QKeySequenceEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.config import Settings
from prisondesk.services import workstation
from prisondesk.services.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workstation import MAX_IDLE_MINUTES, WorkstationSettings
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label


class WorkstationTab(QWidget):
    saved = Signal(object)  # WorkstationSettings

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.settings = store, ops, actor, settings
        current = workstation.read_settings(settings)
        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setValue(current.idle_lock_minutes)
        self.lock_key = QKeySequenceEdit(QKeySequence(current.lock_shortcut))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.info = label("workstationInfo")
        errors = {name: label() for name in ("idle_lock_minutes", "lock_shortcut")}
        self.errors = FieldErrors(label(), errors)
        self.idle_label, self.key_label = label(), label()
        form = QFormLayout()
        form.addRow(self.idle_label, self.idle)
        form.addRow("", errors["idle_lock_minutes"])
        form.addRow(self.key_label, self.lock_key)
        form.addRow("", errors["lock_shortcut"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.idle_label.setText(self.tr("Lock after idle minutes (0 = never)"))
        self.key_label.setText(self.tr("Key that locks at once"))
        self.save_button.setText(self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        self.errors.clear()
        self.info.clear()
        chosen = WorkstationSettings(
            self.idle.value(),
            self.lock_key.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
        )
        self.ops.run(
            workstation.update_settings,
            self.store,
            self.actor,
            self.settings,
            chosen,
            on_done=self._done,
            on_error=self.errors.show,
        )

    def _done(self, saved: WorkstationSettings) -> None:
        self.info.setText(self.tr("Saved. The new settings apply now."))
        self.saved.emit(saved)
