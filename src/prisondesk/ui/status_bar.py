"""The status bar: who is logged in, which facility, sync state, and a clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from prisondesk.ui.widgets import label


class ShellStatusBar(QStatusBar):
    def __init__(self, user: str, role: str, facility: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._user, self._role, self._facility = user, role, facility
        self.user = label("statusUser")
        self.facility = label("statusFacility")
        self.sync = label("statusSync")
        self.clock = label("statusClock")
        for widget in (self.user, self.facility, self.sync, self.clock):
            self.addPermanentWidget(widget)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.user.setText(self.tr("User: {name} ({role})").format(name=self._user, role=self._role))
        self.facility.setText(self.tr("Facility: {name}").format(name=self._facility))
        self.sync.setText(self.tr("Sync: not set up"))
        self.tick()

    def set_role_label(self, role: str) -> None:
        self._role = role
        self.retranslate()

    def tick(self) -> None:
        self.clock.setText(
            QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
