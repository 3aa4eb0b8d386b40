"""Administration tab: the facility's parcel rules. How many parcels, and how heavy in all, a
prisoner may receive in a calendar month by regime; the categories the gate itemises contents
by; and the prohibited things an inspection may find, with where each goes (confiscated, or to
the medical service) and whether its confiscation needs an incident note. The lists shipped
are labelled examples; the facility sets its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.parcels import (
    EXAMPLE_CATEGORIES,
    EXAMPLE_PROHIBITED,
    MAX_WEIGHT_GRAMS,
    PARCELS,
    Quota,
)
from prisondesk.services.core.actor import Actor
from prisondesk.services.parcels import settings as parcel_settings
from prisondesk.services.parcels.settings import ParcelSettings, Prohibited
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, ShownMessage, translate
from prisondesk.ui.intake.admission_pages import REGIMES
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label

# the shipped examples are kept as their English source, shown translated: a line left as
# shown is saved as the example it is, so it stays translated in every language
_EXAMPLES = (*EXAMPLE_CATEGORIES, *(p.name for p in EXAMPLE_PROHIBITED))


def _shown(name: str) -> str:
    return translate(PARCELS, name) if name in _EXAMPLES else name


def _stored(text: str) -> str:
    text = text.strip()
    return next((source for source in _EXAMPLES if translate(PARCELS, source) == text), text)


class ParcelSettingsTab(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("parcelSettings")
        self.loaded: ParcelSettings | None = None
        self.note = label("parcelSettingsNote")
        self.note.setWordWrap(True)
        self.count = {regime: QSpinBox() for regime in REGIMES}
        self.weight = {regime: QDoubleSpinBox() for regime in REGIMES}
        for regime in REGIMES:
            self.count[regime].setObjectName(f"parcels_{regime}")
            self.count[regime].setRange(0, 100)
            self.weight[regime].setObjectName(f"parcel_kg_{regime}")
            self.weight[regime].setRange(0, 10 * MAX_WEIGHT_GRAMS / 1000)
            self.weight[regime].setDecimals(1)
        self.regime_labels = {regime: label() for regime in REGIMES}
        self.header_count, self.header_weight = label(), label()
        quotas = QGridLayout()
        quotas.addWidget(self.header_count, 0, 1)
        quotas.addWidget(self.header_weight, 0, 2)
        for row, regime in enumerate(REGIMES, start=1):
            quotas.addWidget(self.regime_labels[regime], row, 0)
            quotas.addWidget(self.count[regime], row, 1)
            quotas.addWidget(self.weight[regime], row, 2)
        self.categories_label = label()
        self.categories = QPlainTextEdit()
        self.categories.setObjectName("parcelCategories")
        self.categories.setTabChangesFocus(True)
        self.categories_label.setBuddy(self.categories)
        self.prohibited_label = label()
        self.prohibited = QTableWidget(0, 3)
        self.prohibited.setObjectName("prohibitedItems")
        self.prohibited.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.prohibited.horizontalHeader().setStretchLastSection(False)
        self.prohibited.setColumnWidth(0, 300)
        self.prohibited_label.setBuddy(self.prohibited)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addProhibited")
        self.add_button.clicked.connect(lambda _checked=False: self.add_prohibited())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeProhibited")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_prohibited())
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveParcelSettings")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.errors = FieldErrors(
            label("parcelSettingsError"),
            {name: label() for name in ("quotas", "categories", "prohibited")},
        )
        self.info = label("parcelSettingsInfo")
        self.shown_info = ShownMessage(self.info)
        lists = QGridLayout()
        lists.addWidget(self.categories_label, 0, 0)
        lists.addWidget(self.prohibited_label, 0, 1)
        lists.addWidget(self.categories, 1, 0)
        lists.addWidget(self.prohibited, 1, 1)
        lists.addWidget(self.errors.fields["categories"], 2, 0)
        lists.addWidget(self.errors.fields["prohibited"], 2, 1)
        lists.setColumnStretch(1, 2)
        lists.setColumnStretch(0, 1)
        rows = QHBoxLayout()
        rows.addStretch()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        lists.addLayout(rows, 3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(quotas)
        layout.addWidget(self.errors.fields["quotas"])
        layout.addLayout(lists, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        self.retranslate()
        self.ops.run(
            parcel_settings.parcel_settings,
            store,
            actor,
            on_done=self._show,
            on_error=self.errors.show,
        )

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Parcels a prisoner may receive in a calendar month, by regime, and the lists "
                "the gate works from. The values shipped are examples: set your facility's own."
            )
        )
        self.header_count.setText(self.tr("Parcels a month"))
        self.header_weight.setText(self.tr("Their weight in all, kg"))
        for regime, text in REGIMES.items():
            self.regime_labels[regime].setText(translate("intake", text))
        self.categories_label.setText(self.tr("Content &categories, one a line"))
        self.prohibited_label.setText(self.tr("P&rohibited items"))
        self.prohibited.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("To the medical service"), self.tr("Needs an incident note")]
        )
        self.prohibited.resizeColumnToContents(1)
        self.prohibited.resizeColumnToContents(2)
        self.add_button.setText(self.tr("A&dd a prohibited item"))
        self.remove_button.setText(self.tr("Re&move it"))
        self.save_button.setText(self.tr("Sa&ve the parcel rules"))
        if self.loaded is not None:
            self._show(self.loaded)  # the examples in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, settings: ParcelSettings) -> None:
        self.loaded = settings
        for regime in REGIMES:
            quota = settings.quotas.get(regime, Quota(0, 0))
            self.count[regime].setValue(quota.count)
            self.weight[regime].setValue(quota.weight_grams / 1000)
        self.categories.setPlainText("\n".join(_shown(c) for c in settings.categories))
        self.prohibited.setRowCount(0)
        for item in settings.prohibited:
            self.add_prohibited(item, focus=False)

    def add_prohibited(self, item: Prohibited | None = None, focus: bool = True) -> None:
        row = self.prohibited.rowCount()
        self.prohibited.insertRow(row)
        self.prohibited.setItem(row, 0, QTableWidgetItem(_shown(item.name) if item else ""))
        for column, ticked in (
            (1, item.medical if item else False),
            (2, item.incident if item else False),
        ):
            cell = QTableWidgetItem()
            cell.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.prohibited.setItem(row, column, cell)
        if focus:
            self.prohibited.setFocus()
            self.prohibited.setCurrentCell(row, 0)
            self.prohibited.editItem(self.prohibited.item(row, 0))

    def remove_prohibited(self) -> None:
        row = self.prohibited.currentRow()
        if row >= 0:
            self.prohibited.removeRow(row)

    def entered(self) -> ParcelSettings:
        """The rules as typed (the service checks them)."""
        table = self.prohibited
        checked = Qt.CheckState.Checked
        prohibited = tuple(
            Prohibited(
                _stored(table.item(row, 0).text() if table.item(row, 0) else ""),
                medical=table.item(row, 1).checkState() == checked,
                incident=table.item(row, 2).checkState() == checked,
            )
            for row in range(table.rowCount())
            if table.item(row, 0) and table.item(row, 0).text().strip()
        )
        categories = tuple(
            _stored(line) for line in self.categories.toPlainText().splitlines() if line.strip()
        )
        quotas = {
            regime: Quota(self.count[regime].value(), round(self.weight[regime].value() * 1000))
            for regime in REGIMES
        }
        return ParcelSettings(categories, prohibited, quotas, examples=False)

    def save(self) -> None:
        self.errors.clear()
        self.shown_info.clear()
        self.ops.run(
            parcel_settings.save_parcel_settings,
            self.store,
            self.actor,
            self.entered(),
            on_done=self._saved,
            on_error=self.errors.show,
        )

    def _saved(self, saved: ParcelSettings) -> None:
        self._show(saved)
        self.shown_info.say(lambda: self.tr("Saved. The gate works from these rules now."))
