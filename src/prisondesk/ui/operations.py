"""Run service calls off the GUI thread and bring results and errors back to it.

One single-thread pool serialises database work (SQLite has one writer anyway), so the GUI never
blocks on a write and two operations never race. Results and errors arrive as queued signals on
the GUI thread. Modelled on Anki's ``taskman``/``CollectionOp``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def _alive(callback: Callable[..., Any]) -> bool:
    """A window closed while its operation ran gets no answer: its widgets are gone. The
    widget is the bound method's owner, or one a lambda closes over (``lambda rows:
    self._show(rows)``)."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return shiboken6.isValid(owner)
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # a cell not filled yet
            continue
        if isinstance(value, QObject) and not shiboken6.isValid(value):
            return False
    return True


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.relay, self.fn, self.args, self.kwargs = relay, fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # every error is handed to the GUI, none is lost
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Operations(QObject):
    """``ops.run(service_fn, *args, on_done=..., on_error=...)`` from any widget."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        **kwargs: Any,
    ) -> None:
        relay = _Relay()
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._pending.discard(relay)
            relay.deleteLater()
            if not self._pending:
                self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            finish()
            if on_done is not None and _alive(on_done):
                on_done(result)

        def failed(exc: Exception) -> None:
            finish()
            if on_error is not None and _alive(on_error):
                on_error(exc)
            else:
                log.error("operation %s failed", getattr(fn, "__name__", fn), exc_info=exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._pool.start(_Job(relay, fn, args, kwargs))

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
