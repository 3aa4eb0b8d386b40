"""A supervisor restricts visits of one visitor or of the prisoner: a ban or closed visits
only, with a reason, from a day to an optional end (it then ends by itself)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Signal
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
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

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
        self.today = date.today()  # the desk's clock until the facility's arrives
        # typed (dd.mm.yyyy) or picked from their calendars (F4)
        self.starts = DateField("startsOn", near=lambda: self.today)
        self.has_end = QCheckBox()
        self.has_end.setObjectName("hasEnd")
        self.ends = DateField("endsOn", near=lambda: self.today)
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        self._offered: dict[DateField, str] = {}
        self._set_dates(self.today)
        errors = {name: label() for name in ("kind", "reason", "starts_on", "ends_on")}
        self.errors = FieldErrors(label("restrictionError"), errors)
        self.labels = {name: label() for name in ("kind", "reason", "starts")}
        form = QFormLayout()
        form.addRow(label("subject", subject))
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.labels["reason"], self.reason)
        form.addRow("", errors["reason"])
        form.addRow(self.labels["starts"], self.starts)
        form.addRow("", errors["starts_on"])
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
        self.labels["kind"].setText(self.tr("&Restriction"))
        self.labels["reason"].setText(self.tr("R&eason"))
        self.labels["starts"].setText(self.tr("&From"))
        self.has_end.setText(self.tr("&Until"))
        for name, field in (("kind", self.kind), ("reason", self.reason), ("starts", self.starts)):
            self.labels[name].setBuddy(field)
        self.ops.run(calendar.facility_day, self.store, self.actor, on_done=self._start_on)

    def _start_on(self, today: date) -> None:
        """Dates start at the facility's today, unless the supervisor has typed them."""
        self._set_dates(today)

    def _set_dates(self, today: date) -> None:
        """The first day today, the last three months on (a usual term), where the supervisor
        has not typed a day over what was offered."""
        for field, value in ((self.starts, today), (self.ends, today + relativedelta(months=3))):
            if field.edit.text() in ("", self._offered.get(field, "")):
                field.set_value(value)
                self._offered[field] = field.edit.text()
        self.today = today

    def _dates(self) -> tuple[date, date | None] | None:
        """The first and the last day, or None with what is wrong said beside the fields."""
        fields = [("starts_on", self.starts)]
        if self.has_end.isChecked():
            fields.append(("ends_on", self.ends))
        values: list[date | None] = []
        for name, field in fields:
            problem = field.problem()
            value = None if problem else field.value()
            if not problem and value is None:
                problem = self.tr("Type the day.")
            if problem:
                self.errors.show_at(name, problem)
            values.append(value)
        if None in values:
            return None
        return values[0], values[1] if len(values) > 1 else None

    def save(self) -> None:
        self.errors.clear()
        dates = self._dates()
        if dates is None:
            return
        starts_on, ends_on = dates
        self.ops.run(
            visitors.add_restriction,
            self.store,
            self.actor,
            kind=self.kind.currentData(),
            reason=self.reason.text(),
            starts_on=starts_on,
            ends_on=ends_on,
            visitor_id=self.visitor_id,
            prisoner_id=self.prisoner_id,
            on_done=self._done,
            on_error=self.errors.show,
        )

    def _done(self, _restriction_id: str) -> None:
        self.saved.emit()
        self.accept()
