"""A module page that is not built yet says what will come, instead of being blank."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from prisondesk.ui.errors import translate
from prisondesk.ui.widgets import label


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        """``title`` and ``description`` are source strings in the "modules" context."""
        super().__init__(parent)
        self._title, self._description = title, description
        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.body = label("pageBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("modules", self._title))
        self.body.setText(translate("modules", self._description))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
