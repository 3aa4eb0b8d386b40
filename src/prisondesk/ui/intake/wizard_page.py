"""The base of every admission wizard page: a form whose rows carry their own error label,
and the save call the wizard runs in the background before it moves on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from prisondesk.services.intake.admissions import AdmissionView
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.widgets import label

SaveCall = tuple[Callable[..., AdmissionView], tuple[Any, ...]]


class AdmissionPage(QWizardPage):
    optional = False  # True: nothing to save on Next (the page saves on its own)

    def __init__(self) -> None:
        super().__init__()
        self.saved = False  # set when the background save has succeeded
        self.form = QFormLayout()
        self._titles: list[tuple[QLabel, str]] = []
        self._date_fields: dict[str, DateField] = {}
        self.general_error = label()
        self.notice = label()
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)

    def add_field(self, title: str, widget: QWidget, field: str | None = None) -> None:
        """A row; ``title`` is a source string of this page's translation context."""
        caption = label()
        caption.setBuddy(widget)  # makes the &-letter a shortcut instead of a shown "&"
        self._titles.append((caption, title))
        self.form.addRow(caption, widget)
        if field is not None:
            error = label()
            self.errors.add(field, error)
            self.form.addRow("", error)
        if isinstance(widget, DateField) and field is not None:
            self._date_fields[field] = widget
            # an impossible date is said at once, when the officer leaves the field
            widget.edited.connect(lambda: self._show_date_problem(field))

    def _show_date_problem(self, field: str) -> None:
        date_field = self._date_fields[field]
        if date_field.problem():
            self.errors.show_at(field, date_field.problem)  # said again after a switch
        else:
            self.errors.clear_at(field)

    def date_problems(self) -> dict[str, Callable[[], str]]:
        """Dates typed that are no dates, by field, each said in the language of the moment:
        checked before anything is saved."""
        return {name: field.problem for name, field in self._date_fields.items() if field.problem()}

    def retranslate(self) -> None:
        context = type(self).__name__
        for caption, title in self._titles:
            caption.setText(QCoreApplication.translate(context, title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, view: AdmissionView) -> None:
        """Show a stored draft (for continuing it)."""

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        raise NotImplementedError
