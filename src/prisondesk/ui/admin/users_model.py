"""A thin table model of users: ``set_rows`` replaces the rows; ``data`` never queries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from prisondesk.domain.roles import ROLE_LABELS, ROLES
from prisondesk.services.core.users import UserInfo
from prisondesk.ui.errors import translate

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    COLUMNS = ("username", "full_name", "role", "state")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[UserInfo] = []

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "role":
            return translate(ROLES, ROLE_LABELS[user.role])
        if column == "state":
            return self._state(user)
        return getattr(user, column)

    def _state(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Disabled")
        if user.locked:
            return self.tr("Locked")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")
