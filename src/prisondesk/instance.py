"""One program at a time per data folder: a second window on the same database, or a restore
while the program runs, would fight over the file. QLockFile notices stale locks left by a
crash (dead process id) and takes them over."""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from prisondesk.config import Paths

LOCK_NAME = "prisondesk.lock"


def acquire_instance_lock(paths: Paths) -> QLockFile | None:
    """The held lock, or None when another PrisonDesk uses this data folder. Keep the object
    alive as long as the lock must hold; it is released when deleted or unlocked."""
    paths.home.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.home / LOCK_NAME))
    lock.setStaleLockTime(0)  # a lock is stale only if its process is gone
    return lock if lock.tryLock(0) else None
