"""Small widget factories for the inputs and labels every form repeats."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QPushButton, QWidget

from prisondesk.ui.i18n import date_format, date_time_format, locale


def show_if(widget: QWidget, condition: bool) -> None:
    """Show ``widget`` only if ``condition``. A widget not laid out yet is only ever hidden:
    shown without a parent, it opens as a window of its own for a moment and takes the
    keyboard from the window the officer works in (a prisoner file's tabs did, each time)."""
    if widget.parentWidget() is None:
        if not condition:
            widget.hide()
        return
    widget.setVisible(condition)


def line_edit(name: str, max_length: int | None = None, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if max_length is not None:
        edit.setMaxLength(max_length)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def label(name: str = "", text: str = "") -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    return widget


def photo_label(name: str) -> QLabel:
    """A framed 120×160 place for a prisoner's photo (3:4, as stored)."""
    widget = label(name)
    widget.setFixedSize(120, 160)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setStyleSheet("border: 1px solid #aaa;")
    return widget


def show_photo(place: QLabel, jpeg: bytes | None) -> bool:
    """Put a stored JPEG in its place; false when there is none to show."""
    if not jpeg:
        return False
    pixmap = QPixmap()
    pixmap.loadFromData(jpeg)
    place.setPixmap(pixmap.scaled(place.size()))
    return True


def button(name: str, slot: Callable[[], object] | None = None) -> QPushButton:
    """A push button; a click calls ``slot`` with nothing (never ``clicked``'s ``checked``
    flag landing in an optional parameter)."""
    widget = QPushButton()
    widget.setObjectName(name)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


class _FollowsLocale(QObject):
    def __init__(self, edit: QDateTimeEdit, with_time: bool) -> None:
        super().__init__(edit)
        self.edit, self.with_time = edit, with_time
        edit.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        # the edit's locale reaches its calendar pop-up: month and weekday names, first weekday
        self.edit.setLocale(locale())
        self.edit.setDisplayFormat(date_time_format() if self.with_time else date_format())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.apply()
        return False


def date_edit(name: str, value: QDate | None = None) -> QDateEdit:
    """A date field with its calendar, written as the interface's language writes dates."""
    edit = QDateEdit(value if value is not None else QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    follow_locale(edit)
    return edit


def date_time_edit(name: str, value: QDateTime) -> QDateTimeEdit:
    """A day-and-hour field with its calendar, written as the interface's language does."""
    edit = QDateTimeEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    follow_locale(edit, with_time=True)
    return edit


def follow_locale(edit: QDateTimeEdit, with_time: bool = False) -> None:
    """A date (or date and time) field shows its value as every label writes dates
    (18.06.1989 in Russian and Kyrgyz), with a calendar in the interface's language, now and
    after each language switch."""
    _FollowsLocale(edit, with_time)
