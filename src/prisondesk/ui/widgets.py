"""Small widget factories for the inputs and labels every form repeats."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QPushButton

from prisondesk.ui.i18n import date_format, date_time_format, locale


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


def button(name: str) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
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


def follow_locale(edit: QDateTimeEdit, with_time: bool = False) -> None:
    """A date (or date and time) field shows its value as every label writes dates
    (18.06.1989 in Russian and Kyrgyz), with a calendar in the interface's language, now and
    after each language switch."""
    _FollowsLocale(edit, with_time)
