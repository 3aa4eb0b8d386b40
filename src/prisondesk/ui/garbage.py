"""Python's cycle collector runs on the GUI thread only.

CPython collects garbage cycles in whichever thread happens to pass a threshold. When that is
the worker of ui/operations.py and the garbage holds Qt wrappers, their C++ objects are deleted
from the wrong thread and the program dies with a segmentation fault (a CI run did, inside a
service call on the worker). So the GUI process switches automatic collection off and a timer
collects on the GUI thread instead, by the collector's own thresholds (runtime.bulk_work's
raised thresholds keep working). Anki does the same (``gc.disable`` and a periodic collection
on its main window); PyQt's long-standing ``GarbageCollector`` recipe is the model.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def due_generation() -> int:
    """The oldest generation whose threshold has been passed, or -1 (CPython's own rule: a
    generation is collected once the younger one was collected often enough)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for index in range(3):
        if counts[index] <= thresholds[index]:
            break
        generation = index
    return generation


class MainThreadCollector(QObject):
    """Lives as long as the application; ``stop`` gives the collector back to CPython."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        generation = due_generation()
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
