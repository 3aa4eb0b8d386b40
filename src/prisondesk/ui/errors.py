"""Turning exceptions into messages a user can act on: translated, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from prisondesk.config import DATABASE_NAME
from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.text import Label
from prisondesk.services.store import plain_problem
from prisondesk.ui.i18n import short_date

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown(text: str) -> str:
    """A text as it is shown now: a ``Label`` in the language of the moment, else as it is."""
    return translate(text.context, str(text)) if isinstance(text, Label) else text


def log_unexpected(exc: BaseException) -> None:
    """An error no user was meant to see goes to the log (once, not at every switch)."""
    if not isinstance(exc, UserFacingError):
        log.error("unexpected error", exc_info=exc)


def message_for(exc: BaseException) -> str:
    log_unexpected(exc)
    return _message(exc)


def _message(exc: BaseException) -> str:
    """The message in the current language (made again after a language switch)."""
    if isinstance(exc, UserFacingError):
        return exc.render(translate, short_date)
    plain = plain_problem(exc, Path(DATABASE_NAME))  # the database locked by another program
    if plain is not None:
        return plain.render(translate, short_date)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not completed. The details were written to "
        "the log file; please tell support.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("errors", "PrisonDesk"), message_for(exc)
    )


# How a message is made in the current language: ``lambda: self.tr("Found: {n}").format(n=n)``.
MakeText = Callable[[], str]


class ShownMessage(QObject):
    """What a status or error label says, kept as the way it was made (the source text with its
    context and arguments, or the exception) and made again when the language changes, so a
    message already on screen follows a switch instead of staying in the old language.

    A text someone writes into the label directly replaces the message and stays as written."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self._parts: list[MakeText | str] = []
        self._shown = ""
        label.installEventFilter(self)

    def say(self, make: MakeText | str) -> None:
        """Show this message instead of any other."""
        self._parts = [make]
        self._render()

    def add(self, make: MakeText | str) -> None:
        """One more message after those shown."""
        written = self.label.text()
        if written != self._shown:  # written into the label directly: kept as it is
            self._parts = [written] if written else []
        self._parts.append(make)
        self._render()

    def say_error(self, exc: BaseException) -> None:
        log_unexpected(exc)
        self.say(lambda: _message(exc))

    def clear(self) -> None:
        self._parts = []
        self._shown = ""
        self.label.clear()

    def _render(self) -> None:
        made = (part() if callable(part) else part for part in self._parts)
        self._shown = " ".join(text for text in made if text)  # a part with nothing to say
        self.label.setText(self._shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self._parts:
            if self.label.text() == self._shown:
                self._render()
            else:
                self._parts = []  # overwritten meanwhile: not ours to change any more
        return False


class FieldErrors:
    """Shows a service error under the input it concerns, or in a general label; shown errors
    follow a language switch."""

    def __init__(self, general: QLabel, fields: dict[str, QLabel] | None = None) -> None:
        self.general = general
        self.fields: dict[str, QLabel] = {}
        self._messages: dict[int, ShownMessage] = {}
        self._watch(general)
        for field, label in (fields or {}).items():
            self.add(field, label)

    def add(self, field: str, label: QLabel) -> None:
        """One more field's own error label (a form built row by row)."""
        self.fields[field] = label
        self._watch(label)

    def _watch(self, label: QLabel) -> None:
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self._messages[id(label)] = ShownMessage(label)

    def clear(self) -> None:
        for label in [self.general, *self.fields.values()]:
            self._messages[id(label)].clear()
            label.hide()

    def clear_at(self, field: str) -> None:
        """No more problem beside ``field``; the others stay."""
        label = self.fields[field]
        self._messages[id(label)].clear()
        label.hide()

    def show(self, exc: BaseException) -> None:
        """The error beside its field; every problem of a form (``InvalidFields``) at once."""
        self.clear()
        for problem in getattr(exc, "problems", None) or (exc,):
            log_unexpected(problem)
            self.show_at(
                problem.field if isinstance(problem, UserFacingError) else None,
                lambda problem=problem: _message(problem),
            )

    def show_at(self, field: str | None, message: MakeText | str) -> None:
        """One more message beside ``field`` (or in the general label), keeping the others;
        given as a function that makes it, it follows a language switch."""
        label = self.fields.get(field or "", self.general)
        shown = self._messages[id(label)]
        # several problems without a field of their own share the general label
        if label is self.general and label.text():
            shown.add(message)
        else:
            shown.say(message)
        label.show()

    def say(self, message: MakeText, field: str | None = None) -> None:
        """This message alone (a check of the form's own, not a service's error)."""
        self.clear()
        self.show_at(field, message)

    def text(self) -> str:
        shown = [lbl.text() for lbl in [self.general, *self.fields.values()] if lbl.text()]
        return " ".join(shown)
