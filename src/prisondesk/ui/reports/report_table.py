"""A report's table on screen: a model over its rows (a year's gate log is tens of thousands
of lines, which a model shows without making a widget per cell), its cells written as the
paper writes them in the reader's language, numbers to the right, the totals row in bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from prisondesk.printing.reports.cells import NUMBERS, Words
from prisondesk.printing.reports.report_pdf import TOTAL
from prisondesk.services.reports.report import REPORTS_CONTEXT, Report
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import locale, short_date

Index = QModelIndex | QPersistentModelIndex


def screen_words() -> Words:
    """The interface's language, its way of writing a day and its decimal mark."""
    return Words(translate, short_date, locale().decimalPoint() or ",")


class ReportModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.report: Report | None = None
        self.words = screen_words()

    def show(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.words = screen_words()
        self.endResetModel()

    def retranslate(self) -> None:
        self.show(self.report)

    def rows(self) -> list[tuple[object, ...]]:
        if self.report is None:
            return []
        totals = [self.report.totals] if self.report.totals is not None else []
        return [*self.report.rows, *totals]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.rows) + (self.report.totals is not None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def is_totals(self, row: int) -> bool:
        return (
            self.report is not None
            and self.report.totals is not None
            and row == len(self.report.rows)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.report is None or not index.isValid():
            return None
        column = self.report.columns[index.column()]
        totals = self.is_totals(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.report.totals if totals else self.report.rows[index.row()]
            assert row is not None
            value = row[index.column()]
            if totals and index.column() == 0 and value is None:
                return self.words.paper(TOTAL)
            return self.words.cell(value, column.kind.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind.value in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.report is None
            or role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
        ):
            return None
        return translate(REPORTS_CONTEXT, self.report.columns[section].title)
