"""A supervisor restricts visits of one visitor or of the prisoner: a ban or closed visits
only, with a reason, from a day to an optional end (it then ends by itself)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import calendar, visitors
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import date_edit, label, line_edit

KINDS = {
    "ban": QT_TRANSLATE_NOOP("RestrictionDialog", "Ban on visits"),
    "closed_only": QT_TRANSLATE_NOOP("RestrictionDialog", "Closed visits only"),
}


class RestrictionDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        *,
        subject: str,
        visitor_id: str | None = None,
        prisoner_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.visitor_id, self.prisoner_id = visitor_id, prisoner_id
        self.setObjectName("restrictionDialog")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, text in KINDS.items():
            self.kind.addItem(translate("RestrictionDialog", text), code)
        self.reason = line_edit("reason", 2000)
        self.placeholder = QDate.currentDate()  # the desk's clock until the facility's arrives
        self.starts = date_edit("startsOn", self.placeholder)
        self.has_end = QCheckBox()
        self.has_end.setObjectName("hasEnd")
        self.ends = date_edit("endsOn", self.placeholder.addMonths(3))
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        errors = {name: label() for name in ("kind", "reason", "ends_on")}
        self.errors = FieldErrors(label("restrictionError"), errors)
        self.labels = {name: label() for name in ("kind", "reason", "starts")}
        form = QFormLayout()
        form.addRow(label("subject", subject))
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.labels["reason"], self.reason)
        form.addRow("", errors["reason"])
        form.addRow(self.labels["starts"], self.starts)
        form.addRow(self.has_end, self.ends)
        form.addRow("", errors["ends_on"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Restrict visits"))
        self.labels["kind"].setText(self.tr("Restriction"))
        self.labels["reason"].setText(self.tr("Reason"))
        self.labels["starts"].setText(self.tr("From"))
        self.has_end.setText(self.tr("Until"))
        self.ops.run(calendar.facility_day, self.store, self.actor, on_done=self._start_on)

    def _start_on(self, today: date) -> None:
        """Dates start at the facility's today, unless the supervisor has changed them."""
        if self.starts.date() == self.placeholder:
            self.starts.setDate(QDate(today))
        if self.ends.date() == self.placeholder.addMonths(3):
            self.ends.setDate(QDate(today).addMonths(3))

    def save(self) -> None:
        self.errors.clear()
        self.ops.run(
            visitors.add_restriction,
            self.store,
            self.actor,
            kind=self.kind.currentData(),
            reason=self.reason.text(),
            starts_on=self.starts.date().toPython(),
            ends_on=self.ends.date().toPython() if self.has_end.isChecked() else None,
            visitor_id=self.visitor_id,
            prisoner_id=self.prisoner_id,
            on_done=self._done,
            on_error=self.errors.show,
        )

    def _done(self, _restriction_id: str) -> None:
        self.saved.emit()
        self.accept()
