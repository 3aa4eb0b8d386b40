"""The registry table: rows arrive page by page from a loader, and search results as a whole.

The model never queries: ``fetchMore`` asks its loader for the next page (run in the
background), and ``append_page`` adds what came back, so a list of 100,000 files opens with
its first page and grows as the officer scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.intake.registry import RegistryRow
from prisondesk.services.intake.search import PrisonerHit
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date

Index = QModelIndex | QPersistentModelIndex
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("intake", "Draft"),
    "in_custody": QT_TRANSLATE_NOOP("intake", "In custody"),
    "at_court": QT_TRANSLATE_NOOP("intake", "At court"),
    "in_transit": QT_TRANSLATE_NOOP("intake", "Arriving by transfer"),
    "transferred_out": QT_TRANSLATE_NOOP("intake", "Transferred out"),
    "released": QT_TRANSLATE_NOOP("intake", "Released"),
}
COLUMNS = ("number", "full_name", "date_of_birth", "status", "wing", "cell")
SORT_KEYS = {0: "number", 1: "surname", 2: "date_of_birth", 3: "status"}


class RegistryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # a headquarters desk's rows name their facility (its code): id -> code
        self.facility_codes: dict[str, str] = {}
        self.columns: tuple[str, ...] = COLUMNS
        self._rows: list[RegistryRow | PrisonerHit] = []
        self._total = 0
        self._loading = False
        self.loader: Callable[[int], None] | None = None  # asks for the page at an offset

    def show_facilities(self, codes: dict[str, str]) -> None:
        """A last column with each row's facility (a desk holding several facilities)."""
        self.beginResetModel()
        self.facility_codes = codes
        self.columns = (*COLUMNS, "facility")
        self.endResetModel()

    # --- feeding -------------------------------------------------------------------------
    def set_rows(self, rows: list[RegistryRow | PrisonerHit], total: int | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(rows) if total is None else total
        self._loading = False
        self.endResetModel()

    def append_page(self, rows: list[RegistryRow]) -> None:
        self._loading = False
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.loader is not None and self.canFetchMore(parent):
            self._loading = True
            self.loader(len(self._rows))

    def retranslate(self) -> None:
        """Headers, dates and statuses again, in the language just chosen."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> RegistryRow | PrisonerHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Status"),
            self.tr("Wing"),
            self.tr("Cell"),
            self.tr("Facility"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if column == "facility":
            return self.facility_codes.get(row.facility_id or "", "")
        if column == "full_name":
            return row.full_name
        if column == "date_of_birth":
            return short_date(row.date_of_birth)
        if column == "status":
            return translate("intake", STATUS_LABELS.get(row.status, row.status))
        return getattr(row, column)
