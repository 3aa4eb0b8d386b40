"""Tuning of CPython's cycle collector for the command line, the server and sync rounds.

Sync parses and builds millions of small objects (a page of 500 changes is some 40,000
dicts and strings). With CPython's default thresholds the cycle collector ran every 700 new
objects and kept rescanning the whole heap — the application's modules, Qt's wrappers,
SQLAlchemy's metadata — which was a third of a push's time on the server and a fifth of a
pull's on a desk. What start-up made is frozen (never scanned again) and young objects are
collected 50,000 allocations apart (at 10,000, an eighth of the cost was left). Memory is
still freed at once by reference counting;
only garbage cycles wait a little longer.

The desktop runs for a whole shift: it freezes nothing and raises the thresholds only while a
sync round runs (``bulk_work``), then puts them back.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

GEN0_THRESHOLD = 50_000


def tune_garbage_collector() -> None:
    """For a process that mostly syncs (the server, ``prisondesk sync``): call once start-up
    is done (modules imported, main objects built)."""
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, 20, 100)


_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def bulk_work() -> Iterator[None]:
    """The raised thresholds for the length of a sync round (rounds may overlap: the last
    one out restores the thresholds it found)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(GEN0_THRESHOLD, 20, _saved[2])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
