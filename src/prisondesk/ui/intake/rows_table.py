"""An editable table of rows (injuries, property, contacts) with Add and Remove buttons.

Each column is text, a whole number or a check box. Rows keep the id of the stored record
they came from, so saving the list updates those records instead of replacing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = "text"  # text | int | check


class RowsTable(QWidget):
    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed  # type into a cell; Tab to the next
        )
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add_by_hand)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_headers(self, titles: list[str], add: str, remove: str) -> None:
        self.table.setHorizontalHeaderLabels(titles)
        self.add_button.setText(add)
        self.remove_button.setText(remove)

    def add_row(self, values: dict[str, Any], row_id: str | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, spec in enumerate(self.columns):
            item = QTableWidgetItem()
            value = values.get(spec.key)
            if spec.kind == "check":
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText("" if value is None else str(value))
            if column == 0:
                item.setData(ID_ROLE, row_id)
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)

    def _add_by_hand(self) -> None:
        """Add: a new row whose first cell takes the typing at once."""
        self.add_row({})
        self.table.setFocus()
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def rows(self) -> list[tuple[str | None, dict[str, Any]]]:
        """(stored id or None, values) of every row; an unreadable number stays text so that
        the service reports it at the field."""
        found = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, spec in enumerate(self.columns):
                item = self.table.item(row, column)
                if spec.kind == "check":
                    values[spec.key] = item.checkState() == Qt.CheckState.Checked
                elif spec.kind == "int":
                    text = item.text().strip()
                    values[spec.key] = int(text) if text.lstrip("-").isdigit() else 0
                else:
                    values[spec.key] = item.text()
            found.append((self.table.item(row, 0).data(ID_ROLE), values))
        return found
