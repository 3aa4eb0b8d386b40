"""The lists of the workshops page: each a heading over its table with the heading's buttons
beside it, one row chosen at a time, one line a row — the names and free texts share the
width and are elided (the whole text in the tooltip), the short columns fit. The sections
of the page (the waiting list, the places held, the pay rates) reach the page through
:class:`PlacesHost`.

Their texts keep the page's translation context, "PlacesPage": they were the page's own
strings, and the catalogues hold them under its name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.workshops import WORKSHOPS
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops.workshops import WorkshopDetail
from prisondesk.ui.errors import translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table

WIDEST_COLUMN = 220  # px: a column sized to its texts, up to this
Row = TypeVar("Row")


class PlacesHost(Protocol):
    """The page a section sits on (a QWidget: the forms a section opens are the page's, so
    they open over it): the workshop chosen, its reads and its message line."""

    store: Store
    ops: Operations
    actor: Actor
    tz: ZoneInfo
    manages: bool
    chosen_id: str | None
    detail: WorkshopDetail | None

    def read_chosen(self, fn: Callable, then: Callable[[object], None], *args: object) -> None:
        """A view of the chosen workshop; dropped when another is chosen meanwhile."""

    def open_form(self, dialog: QDialog) -> QDialog: ...

    def say(self, make: Callable[[], str]) -> None: ...

    def say_error(self, exc: Exception) -> None: ...

    def places_changed(self, entry_id: str | None, name: str) -> None:
        """A place given (from the waiting entry ``entry_id``) or ended (``None``)."""


def code_label(code: str, labels: dict, enum: type) -> str:
    """A stored code in the user's language (the code itself if it is unknown)."""
    try:
        return translate(WORKSHOPS, labels[enum(code)])
    except ValueError:
        return code


def list_table(name: str, columns: int, elided: tuple[int, ...] = ()) -> QTableWidget:
    """A table of rows chosen one at a time; the ``elided`` columns (names, free texts) share
    the width, one line a row."""
    table = rows_table(name, columns)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if elided:
        table.setWordWrap(False)  # one line a row, a long text elided
        table.horizontalHeader().setStretchLastSection(False)
        for column in elided:
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def list_section(
    title: QLabel, table: QTableWidget, *buttons: QPushButton, box: QWidget | None = None
) -> QWidget:
    """A list with its heading, the heading's buttons beside it on one line; laid out on
    ``box``, or on a new widget."""
    title.setBuddy(table)
    title.setStyleSheet("font-weight: 600;")
    top = QHBoxLayout()
    top.addWidget(title)
    top.addStretch()
    for each in buttons:
        top.addWidget(each)
    box = box if box is not None else QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    return box


def fill_list(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    fill_table(table, rows)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            table.setColumnWidth(column, min(table.columnWidth(column), WIDEST_COLUMN))
    header.resizeSections()  # the stretched columns share the width again
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.item(row, column).setToolTip(text)  # the whole of an elided text


def chosen_row(table: QTableWidget, rows: list[Row]) -> Row | None:
    """The row chosen in ``table``, of the ``rows`` it shows; None when none is."""
    index = table.currentRow()
    selected = table.selectionModel().hasSelection()
    return rows[index] if selected and 0 <= index < len(rows) else None
