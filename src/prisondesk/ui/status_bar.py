"""The status bar: who is logged in, which facility, sync state (with "Sync now"), a clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton, QWidget

from prisondesk.ui.errors import shown
from prisondesk.ui.i18n import short_date_time
from prisondesk.ui.widgets import label

WARN = "color: #b00020;"


class ShellStatusBar(QStatusBar):
    sync_requested = Signal()

    def __init__(self, user: str, role: str, facility: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._user, self._role, self._facility = user, role, facility
        self.user = label("statusUser")
        self.facility = label("statusFacility")
        self.sync = label("statusSync")
        # a failure with changes waiting is a long sentence in Russian or Kyrgyz: it wraps over
        # two or three lines rather than widening the window past a 1280-pixel screen
        self.sync.setWordWrap(True)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self.sync_requested)
        self.clock = label("statusClock")
        self.sync_state: object = None
        for widget in (self.user, self.facility, self.sync, self.sync_button, self.clock):
            self.addPermanentWidget(widget)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.retranslate()

    def retranslate(self) -> None:
        self.user.setText(self.tr("User: {name} ({role})").format(name=self._user, role=self._role))
        self.facility.setText(self.tr("Facility: {name}").format(name=shown(self._facility)))
        self.sync_button.setText(self.tr("Sync now"))
        self.show_sync(self.sync_state)
        self.tick()

    def show_sync(self, state: object) -> None:
        """``state`` is the scheduler's ``SyncState`` (None before the first status)."""
        self.sync_state = state
        status = getattr(state, "status", None)
        warn = False
        if status is None:
            text = self.tr("Sync: …")
        elif not status.enrolled:
            text = self.tr("Sync: not set up")
        elif state.running:  # type: ignore[attr-defined]
            text = self.tr("Sync: in progress…")
        elif state.error:  # type: ignore[attr-defined]
            warn = True
            text = self.tr("Sync failed; last success: {when}").format(
                when=self._when(status.last_success)
            )
        else:
            text = self.tr("Synced {when}").format(when=self._when(status.last_success))
        if status is not None and status.enrolled and status.pending:
            text += " · " + self.tr("%n change(s) waiting", "", status.pending)
        if status is not None and status.rejected:
            warn = True
            text += " · " + self.tr("%n rejected", "", status.rejected)
        self.sync.setText(text)
        self.sync.setStyleSheet(WARN if warn else "")
        self.sync.setToolTip(getattr(state, "error", "") or getattr(state, "summary", ""))
        self.sync_button.setEnabled(
            status is not None and status.enrolled and not getattr(state, "running", False)
        )

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        return short_date_time(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def set_role_label(self, role: str) -> None:
        self._role = role
        self.retranslate()

    def tick(self) -> None:
        self.clock.setText(short_date_time(QDateTime.currentDateTime()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
