"""A language chooser shown on the first-run wizard and the login window."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from prisondesk.ui.i18n import LANGUAGES


class LanguageBox(QComboBox):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGES.items():
            self.addItem(name, code)  # each language is named in itself: never translated
        self.set_language(current)

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))

    def language(self) -> str:
        return self.currentData()
