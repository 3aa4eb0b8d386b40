"""Marking user-visible text for translation outside Qt.

The core must not import Qt, yet its messages reach users. ``QT_TRANSLATE_NOOP`` marks a
source string so that ``pyside6-lupdate`` extracts it under its context; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

ERRORS = "errors"  # the translation context of every service error message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
