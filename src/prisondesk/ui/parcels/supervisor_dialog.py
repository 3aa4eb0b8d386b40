"""A supervisor signs in at the gate to accept a parcel over the prisoner's quota, and says
why. Their password is checked as at login (wrong ones count towards their lockout, a scanner
burst never counts); the parcel is then received with their approval, written as theirs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import Permission
from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels.receipt import QuotaOverride
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.scanner import PasswordField
from prisondesk.ui.widgets import label, line_edit


class SupervisorDialog(QDialog):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, why: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("supervisorDialog")
        self.resize(560, 240)
        self.override: QuotaOverride | None = None
        self.why = label("overQuota", why)
        self.why.setWordWrap(True)
        self.username = line_edit("supervisorUsername", 64)
        self.password = PasswordField("supervisorPassword")
        self.password.setMaxLength(128)
        self.password.submitted.connect(lambda _text: self.reason.setFocus())
        self.password.scanned.connect(self._scanned)
        self.reason = line_edit("quotaReason", 300)
        self.reason.returnPressed.connect(self.submit)
        self.username_label, self.password_label, self.reason_label = label(), label(), label()
        self.errors = FieldErrors(
            label("supervisorError"),
            {"username": label(), "quota_reason": label()},
        )
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow("", self.errors.fields["username"])
        form.addRow(self.password_label, self.password)
        form.addRow(self.reason_label, self.reason)
        form.addRow("", self.errors.fields["quota_reason"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A supervisor accepts the parcel"))
        self.username_label.setText(self.tr("Supervisor's &username"))
        self.username_label.setBuddy(self.username)
        self.password_label.setText(self.tr("Pass&word"))
        self.password_label.setBuddy(self.password)
        self.reason_label.setText(self.tr("&Reason for accepting it"))
        self.reason_label.setBuddy(self.reason)

    def _scanned(self) -> None:
        self.errors.say(
            lambda: self.tr("That was a scan, not a password: type the supervisor's password.")
        )

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.errors.say(
                lambda: self.tr("Say why the parcel is accepted over the quota."), "quota_reason"
            )
            self.reason.setFocus()
            return
        self.buttons.setEnabled(False)
        self.ops.run(
            users.authenticate,
            self.store,
            self.username.text().strip(),
            self.password.text(),
            on_done=self._signed_in,
            on_error=self._failed,
        )

    def _signed_in(self, supervisor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        if (
            not supervisor.can(Permission.APPROVE)
            or supervisor.facility_id != self.actor.facility_id
        ):
            self.errors.say(
                lambda: self.tr("Only a supervisor of this facility may accept it."), "username"
            )
            return
        self.override = QuotaOverride(supervisor, self.reason.text())
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.errors.show(exc)

    def error_text(self) -> str:
        return self.errors.text()
