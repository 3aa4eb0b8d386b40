"""Runs sync rounds in the background: on a timer with backoff and jitter, as soon as the
server is reachable again, and when someone asks ("Sync now"). Rounds run on their own
worker thread — never on the GUI thread, and never queued behind the desk's own work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from prisondesk.services.store import Store
from prisondesk.services.sync import syncing
from prisondesk.services.sync.backoff import PROBE_S, Backoff
from prisondesk.services.sync.syncing import SyncStatus
from prisondesk.ui.errors import message_for
from prisondesk.ui.operations import Operations

FIRST_ROUND_MS = 3000


@dataclass(frozen=True)
class SyncState:
    status: SyncStatus | None
    running: bool
    error: str = ""  # the last failure, translated
    summary: str = ""


class SyncScheduler(QObject):
    changed = Signal(object)  # SyncState
    round_done = Signal(object)  # RoundReport: views may refresh what came in

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = Operations(self)  # a thread of its own
        self.backoff = Backoff()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(int(PROBE_S * 1000))
        self.probe_timer.timeout.connect(self._probe)
        self.state = SyncState(None, running=False)
        self._probing = False
        self._starting = False

    def start(self) -> None:
        """Show the status at once and, once enrolled, sync shortly after start-up (also
        called after enrolling)."""
        self._starting = True
        self.worker.run(syncing.status, self.store, on_done=self._show_status)

    def refresh_status(self) -> None:
        self.worker.run(syncing.status, self.store, on_done=self._show_status)

    def stop(self) -> None:
        self.timer.stop()
        self.probe_timer.stop()
        self.worker.wait()

    def sync_now(self) -> None:
        if self.state.running:
            return
        self.timer.stop()
        self._emit(SyncState(self.state.status, running=True, error=self.state.error))
        self.worker.run(
            syncing.round_and_status, self.store, on_done=self._finished, on_error=self._failed
        )

    def _finished(self, result: tuple) -> None:
        report, status = result
        self.probe_timer.stop()
        self.timer.start(int(self.backoff.succeeded() * 1000))
        self._emit(SyncState(status, running=False, summary=report.summary()))
        self.round_done.emit(report)

    def _failed(self, exc: Exception) -> None:
        error = message_for(exc)
        delay = self.backoff.failed()
        if self.state.status is None or self.state.status.enrolled:
            self.timer.start(int(delay * 1000))
        self._emit(SyncState(self.state.status, running=False, error=error))
        self.worker.run(syncing.status, self.store, on_done=self._show_status)
        if isinstance(exc, syncing.SyncProblem) and self.state.status is not None:
            self.probe_timer.start()

    def _probe(self) -> None:
        if self.state.running or self._probing:
            return
        self._probing = True
        self.worker.run(
            syncing.server_reachable, self.store, on_done=self._probed, on_error=self._probed
        )

    def _probed(self, reachable: object) -> None:
        self._probing = False
        if reachable is True:  # the connection is back: do not wait for the backoff
            self.probe_timer.stop()
            self.sync_now()

    def _show_status(self, status: SyncStatus) -> None:
        if self._starting:
            self._starting = False
            if status.enrolled and not self.state.running:
                self.timer.start(FIRST_ROUND_MS)
        self._emit(SyncState(status, self.state.running, self.state.error, self.state.summary))

    def _emit(self, state: SyncState) -> None:
        self.state = state
        self.changed.emit(state)
