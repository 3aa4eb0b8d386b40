"""The login window: user name, password and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, shown
from prisondesk.ui.language_box import LanguageBox
from prisondesk.ui.operations import Operations
from prisondesk.ui.scanner import PasswordField
from prisondesk.ui.widgets import label, line_edit


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Actor
    language_chosen = Signal(str)

    def __init__(
        self,
        store: Store,
        ops: Operations,
        facility_name: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops = store, ops
        self.setObjectName("loginDialog")
        self.facility_name = facility_name
        self.facility = label("facility")
        self.facility.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facility.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.username = line_edit("username", 32)
        self.password = PasswordField("password")
        self.password.submitted.connect(self.submit)
        self.password.scanned.connect(self._scanned)
        self.language = LanguageBox(language)
        self.language_touched = False  # chosen here: overrides the user's saved language
        self.language.currentIndexChanged.connect(self._language_changed)
        self.error = label("error")
        self.errors = FieldErrors(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.language_label = QLabel()
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facility)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PrisonDesk — log in"))
        self.facility.setText(shown(self.facility_name))
        self.username_label.setText(self.tr("&User name"))
        self.username_label.setBuddy(self.username)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.language_label.setText(self.tr("&Language"))
        self.language_label.setBuddy(self.language)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self.language_touched = True
        self.language_chosen.emit(self.language.language())

    def chosen_language(self) -> str | None:
        return self.language.language() if self.language_touched else None

    def submit(self) -> None:
        self.errors.clear()
        if not self.username.text().strip() or not self.password.text():
            self.errors.say(lambda: self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.ops.run(
            users.authenticate,
            self.store,
            self.username.text(),
            self.password.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _scanned(self) -> None:
        self.errors.say(lambda: self.tr("That was a scan, not a password. Type your password."))

    def _done(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.errors.show(exc)
