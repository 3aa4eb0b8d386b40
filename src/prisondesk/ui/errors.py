"""Turning exceptions into messages a user can act on: translated, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from prisondesk.domain.errors import UserFacingError

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, UserFacingError):
        return exc.render(translate)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not completed. The details were written to "
        "the log file; please tell support.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("errors", "PrisonDesk"), message_for(exc)
    )


class FieldErrors:
    """Shows a service error under the input it concerns, or in a general label."""

    def __init__(self, general: QLabel, fields: dict[str, QLabel] | None = None) -> None:
        self.general = general
        self.fields = fields or {}
        for label in [general, *self.fields.values()]:
            label.setStyleSheet("color: #b00020;")
            label.setWordWrap(True)
            label.hide()

    def clear(self) -> None:
        for label in [self.general, *self.fields.values()]:
            label.clear()
            label.hide()

    def show(self, exc: BaseException) -> None:
        self.clear()
        field = exc.field if isinstance(exc, UserFacingError) else None
        label = self.fields.get(field or "", self.general)
        label.setText(message_for(exc))
        label.show()

    def text(self) -> str:
        shown = [lbl.text() for lbl in [self.general, *self.fields.values()] if lbl.text()]
        return " ".join(shown)
