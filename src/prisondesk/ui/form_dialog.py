"""A form of named fields in a dialog: each field with its label (a mnemonic and a buddy)
and its error beside it; OK sends the form to its service, every problem shows beside its
field and the form stays as typed. The small forms of every module are made of it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label

WIDTH = 520  # px: a form's width; its height is what its rows need


class FormDialog(QDialog):
    """A form of named fields, each with its label (a mnemonic and a buddy) and its error
    beside it. OK runs :meth:`request` through the executor; ``saved`` carries the
    service's answer and the dialog closes."""

    saved = Signal(object)

    def __init__(self, ops: Operations, name: str, fields: tuple[str, ...], parent: QWidget | None):
        super().__init__(parent)
        self.ops = ops
        self.setObjectName(name)
        self.labels: dict[str, QLabel] = {field: label() for field in fields}
        self.errors = FieldErrors(label(f"{name}Error"), {field: label() for field in fields})
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.wrong = False  # a field the form checks itself is wrong: nothing is sent

    def add_row(self, field: str, widget: QWidget) -> None:
        self.labels[field].setBuddy(widget)
        self.form.addRow(self.labels[field], widget)
        self.form.addRow("", self.errors.fields[field])

    def finish(self, *above: QWidget, below: QLayout | None = None) -> None:
        """Lay the form out: ``above`` it, the form's rows, ``below`` them (taking the room
        the dialog has to spare), the general error and the buttons."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        if below is not None:
            layout.addLayout(below, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(max(WIDTH, self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
        """The texts in the language of now (each form sets its own)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def request(self) -> tuple[object, ...] | None:
        """(service function, its arguments…), or None when nothing is to be sent."""
        raise NotImplementedError

    def read_day(self, field: DateField, name: str) -> date | None:
        """The day typed (None when empty); a text that is no date is said beside it."""
        if field.problem():
            self.errors.show_at(name, field.problem)
            self.wrong = True
            return None
        return field.value()

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return  # already on its way
        self.errors.clear()
        self.wrong = False
        request = self.request()
        if request is None or self.wrong:
            return
        fn, *args = request
        self.buttons.setEnabled(False)
        self.ops.run(fn, *args, on_done=self._saved, on_error=self._refused)

    def _saved(self, answer: object) -> None:
        self.saved.emit(answer)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
