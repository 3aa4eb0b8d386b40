"""Process-wide tuning shared by the desktop, the command line and the server.

Sync parses and builds millions of small objects (a page of 500 changes is some 40,000
dicts and strings). With CPython's default thresholds the cycle collector ran every 700 new
objects and kept rescanning the whole heap — the application's modules, Qt's wrappers,
SQLAlchemy's metadata — which was a third of a push's time on the server and a fifth of a
pull's on a desk. What start-up made is frozen (never scanned again) and young objects are
collected 50,000 allocations apart (at 10,000, an eighth of the cost was left). Memory is
still freed at once by reference counting;
only garbage cycles wait a little longer.
"""

from __future__ import annotations

import gc

GEN0_THRESHOLD = 50_000


def tune_garbage_collector() -> None:
    """Call once start-up is done (modules imported, main objects built)."""
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, 20, 100)
