"""Marking user-visible text for translation outside Qt.

The core must not import Qt, yet its messages reach users. ``QT_TRANSLATE_NOOP`` marks a
source string so that ``pyside6-lupdate`` extracts it under its context; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

ERRORS = "errors"  # the translation context of every service error message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Label(str):
    """A message's parameter that is itself a label (a role, a visit's outcome): its source
    text, in English where nothing translates it, and its context, so the message shown in
    another language shows the label in that language too."""

    context: str

    def __new__(cls, context: str, text: str) -> Label:
        label = super().__new__(cls, text)
        label.context = context
        return label
