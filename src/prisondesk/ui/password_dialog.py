"""Changing one's own password (forced at the first login with a temporary password)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import line_edit


def _password_edit(name: str) -> QLineEdit:
    return line_edit(name, 128, password=True)


class ChangePasswordDialog(QDialog):
    changed = Signal(object)  # the updated Actor

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        forced: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.old, self.new, self.repeat = (
            _password_edit("old_password"),
            _password_edit("new_password"),
            _password_edit("repeat"),
        )
        self.old_error, self.new_error, self.general = QLabel(), QLabel(), QLabel()
        self.errors = FieldErrors(
            self.general, {"old_password": self.old_error, "new_password": self.new_error}
        )
        intro = QLabel(
            self.tr("You logged in with a temporary password. Choose your own password now.")
            if forced
            else self.tr("Choose a new password.")
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old)
        form.addRow("", self.old_error)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        form.addRow("", self.new_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        if self.new.text() != self.repeat.text():
            self.new_error.setText(self.tr("The two new passwords differ."))
            self.new_error.show()
            return
        self.buttons.setEnabled(False)
        self.ops.run(
            users.change_password,
            self.store,
            self.actor,
            self.old.text(),
            self.new.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, actor: Actor) -> None:
        self.changed.emit(actor)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
