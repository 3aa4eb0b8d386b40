"""Creating a user, or editing one's name, role and whether the account is enabled."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import HEADQUARTERS_ROLES, ROLE_LABELS, ROLES, Role
from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.users import UserInfo
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import line_edit


class UserDialog(QDialog):
    saved = Signal(object)  # UserInfo

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.user = store, ops, actor, user
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.username = line_edit("username", 32)
        self.full_name = line_edit("full_name", 200)
        self.role = QComboBox()
        self.role.setObjectName("role")
        # a headquarters desk keeps administrators and headquarters viewers only
        offered = Role if actor.facility_id is not None else HEADQUARTERS_ROLES
        for role in offered:
            self.role.addItem(translate(ROLES, ROLE_LABELS[role]), role.value)
        self.password = line_edit("password", password=True)
        self.active = QCheckBox(self.tr("Account enabled"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        labels = {
            name: QLabel()
            for name in ("username", "full_name", "role", "password", "active", "general")
        }
        self.errors = FieldErrors(labels.pop("general"), labels)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow("", labels["username"])
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow("", labels["full_name"])
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", labels["role"])
        if user is None:
            form.addRow(self.tr("Temporary password"), self.password)
            form.addRow("", labels["password"])
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.active.setChecked(user.active)
            form.addRow("", self.active)
            form.addRow("", labels["active"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        if self.user is None:
            self.ops.run(
                users.create_user,
                self.store,
                self.actor,
                self.username.text(),
                self.full_name.text(),
                self.role.currentData(),
                self.password.text(),
                on_done=self._done,
                on_error=self._failed,
            )
        else:
            self.ops.run(
                users.update_user,
                self.store,
                self.actor,
                self.user.id,
                full_name=self.full_name.text(),
                role=self.role.currentData(),
                active=self.active.isChecked(),
                on_done=self._done,
                on_error=self._failed,
            )

    def _done(self, user: UserInfo) -> None:
        self.saved.emit(user)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
