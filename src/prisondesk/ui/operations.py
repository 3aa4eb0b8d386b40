"""Run service calls off the GUI thread and bring results and errors back to it.

One single-thread pool serialises database work (SQLite has one writer anyway), so the GUI never
blocks on a write and two operations never race. Results and errors arrive as queued signals on
the GUI thread. Modelled on Anki's ``taskman``/``CollectionOp``.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
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
    """Lives in the GUI thread as long as the operations; the worker's signal is queued to it."""

    finished = Signal(int)


class _Job(QRunnable):
    """The worker's side of one operation. The GUI thread keeps its own references to the work
    and takes the outcome from a shared list, so the worker never drops the last reference to
    anything: a Python-owned Qt object freed there (a widget's bound method as the work, a
    lambda over one, a result) would be deleted from the wrong thread and crash the program."""

    def __init__(self, relay: _Relay, ticket: int, work: tuple, outcome: list) -> None:
        super().__init__()
        self.relay, self.ticket, self.work, self.outcome = relay, ticket, work, outcome

    def run(self) -> None:
        fn, args, kwargs = self.work
        self.work = None
        try:
            self.outcome.append((True, fn(*args, **kwargs)))
        except Exception as exc:  # every error is handed to the GUI, none is lost
            self.outcome.append((False, exc))
        del fn, args, kwargs  # before the GUI is told, while it still holds them too
        self.relay.finished.emit(self.ticket)


@dataclass
class _Pending:
    """What the GUI thread holds of an operation until its answer is delivered."""

    work: tuple
    outcome: list[tuple[bool, Any]]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None


class Operations(QObject):
    """``ops.run(service_fn, *args, on_done=..., on_error=...)`` from any widget."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending: dict[int, _Pending] = {}
        self._tickets = itertools.count()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        **kwargs: Any,
    ) -> None:
        ticket = next(self._tickets)
        pending = _Pending((fn, args, kwargs), [], on_done, on_error)
        self._pending[ticket] = pending
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self._relay, ticket, pending.work, pending.outcome))

    def _deliver(self, ticket: int) -> None:
        pending = self._pending.pop(ticket)
        if not self._pending:
            self.busy_changed.emit(False)
        succeeded, value = pending.outcome.pop()
        if succeeded:
            if pending.on_done is not None and _alive(pending.on_done):
                pending.on_done(value)
        elif pending.on_error is not None and _alive(pending.on_error):
            pending.on_error(value)
        else:
            fn = pending.work[0]
            log.error("operation %s failed", getattr(fn, "__name__", fn), exc_info=value)

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
