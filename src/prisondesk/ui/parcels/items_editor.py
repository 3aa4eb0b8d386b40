"""The itemised contents of a parcel as the officer types them: one row per item (category,
description, quantity, unit), rows added with a button and removed with their own. Built of
plain inputs in a grid, so Tab walks every field in reading order and Enter moves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.parcels import MAX_ITEMS, MAX_QUANTITY, PARCELS, UNIT_LABELS
from prisondesk.services.parcels.receipt import ItemEntry
from prisondesk.ui.errors import translate
from prisondesk.ui.widgets import label, line_edit


class _EnterKey(QObject):
    """Enter in a spin box (which keeps it from its line edit's ``returnPressed``)."""

    pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        )
        if enter:
            self.pressed.emit()
        return enter


class ItemRow:
    def __init__(self, categories: tuple[str, ...]) -> None:
        self.category = QComboBox()
        self.category.setObjectName("itemCategory")
        for name in categories:  # a shipped example category is shown translated
            self.category.addItem(translate(PARCELS, name), name)
        self.description = line_edit("itemDescription", 200)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("itemQuantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity_enter = _EnterKey(self.quantity)
        self.quantity.installEventFilter(self.quantity_enter)
        self.unit = QComboBox()
        self.unit.setObjectName("itemUnit")
        for code, text in UNIT_LABELS.items():
            self.unit.addItem(translate(PARCELS, text), code.value)
        self.remove = QPushButton("✕")
        self.remove.setObjectName("removeItem")
        self.description.returnPressed.connect(self.quantity.setFocus)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.category, self.description, self.quantity, self.unit, self.remove)

    def entry(self) -> ItemEntry:
        return ItemEntry(
            self.category.currentData() or "",
            self.description.text(),
            self.quantity.value(),
            self.unit.currentData() or "",
        )


class ItemsEditor(QWidget):
    def __init__(self, categories: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemsEditor")
        self.categories = categories
        self.rows: list[ItemRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.headers = [label() for _ in range(4)]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self.grid)
        column.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the rows
        self.scroll.setWidget(inner)
        self.scroll.setMinimumHeight(150)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addItem")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _checked=False: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self.add_row(focus=False)

    def retranslate(self) -> None:
        for header, text in zip(
            self.headers,
            (self.tr("Category"), self.tr("What it is"), self.tr("Quantity"), self.tr("Unit")),
            strict=True,
        ):
            header.setText(text)
        self.add_button.setText(self.tr("Add an &item"))
        for row in self.rows:
            row.remove.setToolTip(self.tr("Remove this item"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self, focus: bool = True) -> ItemRow | None:
        if len(self.rows) >= MAX_ITEMS:
            return None
        row = ItemRow(self.categories)
        row.remove.setToolTip(self.tr("Remove this item"))
        row.remove.setAutoDefault(False)
        row.remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        # Enter in the last field of a row starts the next item
        row.quantity_enter.pressed.connect(lambda r=row: self._after_quantity(r))
        self.rows.append(row)
        self._lay_out()
        if focus:  # once the new row is shown (its layout shows it on the next turn)
            QTimer.singleShot(0, lambda: self._focus(row))
        return row

    def _focus(self, row: ItemRow) -> None:
        if row in self.rows:
            row.category.setFocus()
            self.scroll.ensureWidgetVisible(row.category)

    def _after_quantity(self, row: ItemRow) -> None:
        if row is self.rows[-1]:
            self.add_row()
        else:
            self.rows[self.rows.index(row) + 1].category.setFocus()

    def remove_row(self, row: ItemRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._lay_out()
        if not self.rows:
            self.add_row()
        else:
            self.rows[-1].description.setFocus()

    def _lay_out(self) -> None:
        previous: QWidget | None = None
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)

    def entries(self) -> tuple[ItemEntry, ...]:
        """The items typed; rows left empty are not items."""
        return tuple(r.entry() for r in self.rows if r.description.text().strip())

    def first_input(self) -> QLineEdit:
        return self.rows[0].description
