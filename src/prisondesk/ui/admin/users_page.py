"""Administration page: the users of this facility, and what each role may do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.config import Paths, Settings
from prisondesk.domain.roles import (
    PERMISSION_LABELS,
    PERMISSIONS,
    ROLE_LABELS,
    ROLES,
    Permission,
    Role,
)
from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.users import UserInfo
from prisondesk.services.store import Store
from prisondesk.ui.admin.assessment_settings_tab import AssessmentSettingsTab
from prisondesk.ui.admin.backups_tab import BackupsTab
from prisondesk.ui.admin.parcel_settings_tab import ParcelSettingsTab
from prisondesk.ui.admin.user_dialog import UserDialog
from prisondesk.ui.admin.users_model import UsersModel
from prisondesk.ui.admin.visit_settings_tab import VisitSettingsTab
from prisondesk.ui.admin.workshop_settings_tab import WorkshopSettingsTab
from prisondesk.ui.admin.workstation_tab import WorkstationTab
from prisondesk.ui.errors import FieldErrors, ShownMessage, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import button, label


class UsersPage(QWidget):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("usersPage")
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_user)
        self.new_button = button("newUser")
        self.new_button.clicked.connect(self.new_user)
        self.edit_button = button("editUser")
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = button("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = button("unlockUser")
        self.unlock_button.clicked.connect(self.unlock_user)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.reset_button, self.unlock_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        self.message = label("usersMessage")
        self.errors = FieldErrors(self.message)
        self.info = label("usersInfo")
        self.shown_info = ShownMessage(self.info)
        users_tab = QWidget()
        users_layout = QVBoxLayout(users_tab)
        users_layout.addLayout(buttons)
        users_layout.addWidget(self.table)
        users_layout.addWidget(self.message)
        users_layout.addWidget(self.info)
        self.roles_table = QTableWidget()
        self.roles_table.setObjectName("rolesTable")
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(users_tab, "")
        self.tabs.addTab(self.roles_table, "")
        self.workstation = WorkstationTab(store, ops, actor, settings)
        self.tabs.addTab(self.workstation, "")
        self.visit_settings = VisitSettingsTab(store, ops, actor)
        self.tabs.addTab(self.visit_settings, "")
        self.parcel_settings = ParcelSettingsTab(store, ops, actor)
        self.tabs.addTab(self.parcel_settings, "")
        self.workshop_settings = WorkshopSettingsTab(store, ops, actor)
        self.tabs.addTab(self.workshop_settings, "")
        self.assessment_settings = AssessmentSettingsTab(store, ops, actor)
        self.tabs.addTab(self.assessment_settings, "")
        # the settings file lives in the data folder, beside the database and its backups
        self.backups = BackupsTab(store, ops, actor, Paths(settings.path.parent))
        self.tabs.addTab(self.backups, "")  # a headquarters desk has its database too
        # a headquarters account has no facility of its own to set up: its desk reads them
        for tab in (
            self.visit_settings,
            self.parcel_settings,
            self.workshop_settings,
            self.assessment_settings,
        ):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), actor.facility_id is not None)
        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Administration"))
        self.tabs.setTabText(0, self.tr("Users"))
        self.tabs.setTabText(1, self.tr("Roles and permissions"))
        self.tabs.setTabText(2, self.tr("This workstation"))
        self.tabs.setTabText(3, self.tr("Visits"))
        self.tabs.setTabText(4, self.tr("Parcels"))
        self.tabs.setTabText(5, self.tr("Workshops"))
        self.tabs.setTabText(6, self.tr("Assessments"))
        self.tabs.setTabText(7, self.tr("Backups"))
        self.new_button.setText(self.tr("&New user…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("Unl&ock"))  # U: the Language menu
        self._fill_roles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_roles(self) -> None:
        permissions = list(Permission)
        self.roles_table.setRowCount(len(permissions))
        self.roles_table.setColumnCount(len(Role))
        self.roles_table.setHorizontalHeaderLabels(
            [translate(ROLES, ROLE_LABELS[role]) for role in Role]
        )
        self.roles_table.setVerticalHeaderLabels(
            [translate(ROLES, PERMISSION_LABELS[p]) for p in permissions]
        )
        for row, permission in enumerate(permissions):
            for column, role in enumerate(Role):
                mark = "✓" if permission in PERMISSIONS[role] else ""
                self.roles_table.setItem(row, column, QTableWidgetItem(mark))

    def refresh(self) -> None:
        self.ops.run(
            users.list_users,
            self.store,
            self.actor,
            on_done=self.model.set_rows,
            on_error=self.errors.show,
        )

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _need_selection(self) -> UserInfo | None:
        user = self.selected()
        if user is None:
            self.shown_info.say(lambda: self.tr("Select a user first."))
        return user

    def new_user(self) -> None:
        self._open(UserDialog(self.store, self.ops, self.actor, parent=self))

    def edit_user(self) -> None:
        if (user := self._need_selection()) is not None:
            self._open(UserDialog(self.store, self.ops, self.actor, user, parent=self))

    def _open(self, dialog: UserDialog) -> None:
        self.errors.clear()
        self.shown_info.clear()
        dialog.saved.connect(lambda _user: self.refresh())
        dialog.open()

    def reset_password(self) -> None:
        if (user := self._need_selection()) is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("Temporary password for {name} (to be changed at the next login):").format(
                name=user.full_name
            ),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._act(
                users.reset_password,
                user,
                password,
                done=lambda: self.tr("The password of {name} was reset."),
            )

    def unlock_user(self) -> None:
        if (user := self._need_selection()) is not None:
            self._act(users.unlock_user, user, done=lambda: self.tr("{name} was unlocked."))

    def _act(self, fn, user: UserInfo, *args: object, done: Callable[[], str]) -> None:
        self.errors.clear()

        def finished(_: object) -> None:
            self.shown_info.say(lambda: done().format(name=user.full_name))
            self.refresh()

        self.ops.run(
            fn, self.store, self.actor, user.id, *args, on_done=finished, on_error=self.errors.show
        )
