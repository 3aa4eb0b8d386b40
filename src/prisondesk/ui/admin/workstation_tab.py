"""Administration tab for this workstation: idle lock, the lock key, and enrolment with the
central server."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QKeySequenceEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.config import Settings
from prisondesk.services.core import workstation
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.workstation import MAX_IDLE_MINUTES, WorkstationSettings
from prisondesk.services.store import Store
from prisondesk.services.sync import syncing
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit


class WorkstationTab(QWidget):
    saved = Signal(object)  # WorkstationSettings
    enrolled = Signal()

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
        layout.addWidget(self._server_box())
        layout.addStretch()
        self.retranslate()
        self.ops.run(syncing.status, self.store, on_done=self._show_server)

    def _server_box(self) -> QGroupBox:
        self.server_box = QGroupBox()
        self.server_state = label("serverState")
        self.server_state.setWordWrap(True)
        self.server = line_edit("server", 300)
        self.enrol_code = line_edit("enrolCode", 64)
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.server_label, self.enrol_code_label = label(), label()
        server_errors = {name: label() for name in ("server", "code")}
        self.server_errors = FieldErrors(label("enrolError"), server_errors)
        form = QFormLayout(self.server_box)
        form.addRow(self.server_state)
        form.addRow(self.server_label, self.server)
        form.addRow("", server_errors["server"])
        form.addRow(self.enrol_code_label, self.enrol_code)
        form.addRow("", server_errors["code"])
        form.addRow("", self.enrol_button)
        form.addRow(self.server_errors.general)
        self.server_status: syncing.SyncStatus | None = None
        return self.server_box

    def retranslate(self) -> None:
        self.idle_label.setText(self.tr("Lock after idle minutes (0 = never)"))
        self.key_label.setText(self.tr("Key that locks at once"))
        self.save_button.setText(self.tr("Save"))
        self.server_box.setTitle(self.tr("Central server"))
        self.server_label.setText(self.tr("Server &address"))
        self.server_label.setBuddy(self.server)
        self.server.setPlaceholderText(self.tr("e.g. https://sync.example.kg:8470"))
        self.enrol_code_label.setText(self.tr("Enrolment &code"))
        self.enrol_code_label.setBuddy(self.enrol_code)
        self.enrol_button.setText(self.tr("&Enrol this workstation"))
        self._show_server(self.server_status)

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

    def _show_server(self, status: syncing.SyncStatus | None) -> None:
        self.server_status = status
        if status is None:
            self.server_state.clear()
        elif status.enrolled:
            self.server_state.setText(
                self.tr(
                    "Enrolled with {server}. Enrol again only if the server asks for it."
                ).format(server=status.server_url)
            )
            if not self.server.text():
                self.server.setText(status.server_url)
        else:
            self.server_state.setText(
                self.tr(
                    "Not enrolled: this workstation works alone. Enter the server address and "
                    "a one-time code from the server administrator to sync with the others."
                )
            )

    def enrol(self) -> None:
        self.server_errors.clear()
        self.enrol_button.setEnabled(False)
        self.ops.run(
            syncing.enrol,
            self.store,
            self.actor,
            self.server.text(),
            self.enrol_code.text(),
            on_done=self._enrolled,
            on_error=self._enrol_failed,
        )

    def _enrolled(self, _result: object) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_code.clear()
        self.ops.run(syncing.status, self.store, on_done=self._show_server)
        self.enrolled.emit()

    def _enrol_failed(self, exc: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.server_errors.show(exc)

    def _done(self, saved: WorkstationSettings) -> None:
        self.info.setText(self.tr("Saved. The new settings apply now."))
        self.saved.emit(saved)
