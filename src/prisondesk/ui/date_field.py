"""A date field officers can type into: ``01.11.2026`` or ``01112026`` (the dots come by
themselves), left empty where the form allows, or picked from a calendar that opens near a
sensible day (today; about thirty years back for a birth date) with F4 or Alt+Down.

A text that is no date stays as typed (nothing the officer typed is dropped) and the field
says plainly what is wrong with it; forms read :meth:`DateField.value` and show
:meth:`DateField.problem` beside the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.ui.i18n import locale

_TYPED = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
EARLIEST = date(1900, 1, 1)


def parse_date(text: str) -> date | None:
    """``dd.mm.yyyy`` (also with one-digit day or month, or -, / or a space between) or
    ``ddmmyyyy``; raises ValueError for a text that is not a real date."""
    text = text.strip()
    if not text:
        return None
    found = _TYPED.match(text) or _DIGITS.match(text)
    if found is None:
        raise ValueError("format")
    day, month, year = (int(part) for part in found.groups())
    value = date(year, month, day)  # ValueError: 31.02, month 13
    if value < EARLIEST:
        raise ValueError("range")
    return value


def about_thirty_years_ago() -> date:
    """Where a birth date's calendar opens when the field is empty."""
    today = date.today()
    return today.replace(year=today.year - 30, day=min(today.day, 28))


class _CalendarPopup(QWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class DateField(QWidget):
    """``near()`` gives the day the calendar opens at when the field is empty."""

    edited = Signal()  # the officer left the field: its problem may have changed

    def __init__(
        self, name: str, near: Callable[[], date] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.near = near or date.today
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}Text")
        self.edit.setMaxLength(10)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName(f"{name}Calendar")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.button.clicked.connect(self.open_calendar)
        self.setFocusProxy(self.edit)  # a label's buddy and Tab land in the text
        # a label's Alt+letter focuses its buddy only if the buddy itself takes focus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # one line high, like the line edits beside it in a form
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.popup: _CalendarPopup | None = None  # the calendar, made when first opened
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.button.setToolTip(self.tr("Calendar (F4)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return False

    # --- the value ---------------------------------------------------------------------
    def value(self) -> date | None:
        """The date typed, None when empty; raises ValueError when the text is no date."""
        return parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.strftime("%d.%m.%Y") if value else "")

    def problem(self) -> str:
        """What is wrong with the text, in the user's language ("" when it is a date or
        empty)."""
        text = self.edit.text().strip()
        if digits := _DIGITS.match(text):
            text = ".".join(digits.groups())  # said as it would be written: 31.02.1990
        try:
            parse_date(text)
        except ValueError as wrong:
            if str(wrong) == "format":
                return self.tr("Type the date as dd.mm.yyyy, for example 01.11.2026.")
            if str(wrong) == "range":
                return self.tr("{date} is too long ago.").format(date=text)
            return self.tr("{date} is not a date: there is no such day.").format(date=text)
        return ""

    def _tidy(self) -> None:
        """``01112026`` becomes ``01.11.2026`` when the officer moves on."""
        try:
            value = self.value()
        except ValueError:
            value = None
        if value is not None:
            self.set_value(value)
        self.edited.emit()

    # --- the calendar ------------------------------------------------------------------
    def open_calendar(self) -> None:
        try:
            start = self.value() or self.near()
        except ValueError:
            start = self.near()
        if self.popup is None:  # made once, shown each time
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        calendar = self.popup.calendar
        calendar.setLocale(locale())  # month and day names in the language shown now
        calendar.setSelectedDate(QDate(start))
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())
        self.edit.setFocus()
        self.edited.emit()
