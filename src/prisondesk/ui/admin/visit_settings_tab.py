"""Administration tab: how many visits each regime allows in a month, how many people may
come to one visit, and whether children may come without an adult. The figures shipped are
labelled examples; the facility sets its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.visits import CHILD_UNDER, Allowance, VisitorLimits
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import schedule
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.intake.admission_pages import REGIMES
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label


def _spin(name: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    return spin


class VisitSettingsTab(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("visitSettings")
        self.short = {regime: _spin(f"short_{regime}", 0, 100) for regime in REGIMES}
        self.long = {regime: _spin(f"long_{regime}", 0, 100) for regime in REGIMES}
        self.total, self.adults = _spin("total", 1, 20), _spin("adults", 1, 20)
        self.children = _spin("children", 0, 20)
        self.children_alone = QCheckBox()
        self.children_alone.setObjectName("childrenAlone")
        self.note = label("visitSettingsNote")
        self.note.setWordWrap(True)
        self.regime_labels = {regime: label() for regime in REGIMES}
        self.header_short, self.header_long = label(), label()
        grid = QGridLayout()
        grid.addWidget(self.header_short, 0, 1)
        grid.addWidget(self.header_long, 0, 2)
        for row, regime in enumerate(REGIMES, start=1):
            grid.addWidget(self.regime_labels[regime], row, 0)
            grid.addWidget(self.short[regime], row, 1)
            grid.addWidget(self.long[regime], row, 2)
        self.limit_labels = {name: label() for name in ("total", "adults", "children")}
        limits = QFormLayout()
        for name, spin in (
            ("total", self.total),
            ("adults", self.adults),
            ("children", self.children),
        ):
            limits.addRow(self.limit_labels[name], spin)
        limits.addRow(self.children_alone)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveVisitSettings")
        self.save_button.clicked.connect(self.save)
        self.info = label("visitSettingsInfo")
        self.errors = FieldErrors(label("visitSettingsError"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addLayout(limits)
        layout.addWidget(self.save_button)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        layout.addStretch()
        self.retranslate()
        self.ops.run(
            schedule.visit_settings,
            store,
            actor,
            on_done=self._show,
            on_error=self.errors.show,
        )

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "Visits a prisoner may receive in a calendar month, by regime, and the size of "
                "a visiting party. The values shipped are examples: set your facility's own. "
                "Lawyer and official visits are not counted."
            )
        )
        self.header_short.setText(self.tr("Short visits"))
        self.header_long.setText(self.tr("Long visits"))
        for regime, text in REGIMES.items():
            self.regime_labels[regime].setText(translate("intake", text))
        self.limit_labels["total"].setText(self.tr("People at one visit"))
        self.limit_labels["adults"].setText(self.tr("of them adults, at most"))
        self.limit_labels["children"].setText(self.tr("of them children, at most"))
        self.children_alone.setText(
            self.tr(
                "Children may visit without an adult (an adult: {age} or older on the day "
                "of the visit)"
            ).format(age=CHILD_UNDER)
        )
        self.save_button.setText(self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, settings: schedule.VisitSettings) -> None:
        for regime in REGIMES:
            allowance = settings.allowances.get(regime, Allowance(0, 0))
            self.short[regime].setValue(allowance.short)
            self.long[regime].setValue(allowance.long)
        self.total.setValue(settings.limits.total)
        self.adults.setValue(settings.limits.adults)
        self.children.setValue(settings.limits.children)
        self.children_alone.setChecked(settings.children_alone)

    def save(self) -> None:
        self.errors.clear()
        self.info.clear()
        allowances = {
            regime: Allowance(self.short[regime].value(), self.long[regime].value())
            for regime in REGIMES
        }
        limits = VisitorLimits(self.total.value(), self.adults.value(), self.children.value())
        self.ops.run(
            schedule.set_visit_settings,
            self.store,
            self.actor,
            allowances,
            limits,
            self.children_alone.isChecked(),
            on_done=self._saved,
            on_error=self.errors.show,
        )

    def _saved(self, _result: object) -> None:
        self.info.setText(self.tr("Saved. New bookings follow these figures."))
