"""Hybrid logical clock, exactly as SYNC.md writes it.

An HLC is the text ``"{ms:015d}-{counter:05d}-{device_id}"``; it sorts as text. The clock
advances on every local write (:meth:`HybridClock.tick`) and on every HLC received from another
device (:meth:`HybridClock.observe`), so a device never issues a value lower than one it has seen,
even when its wall clock goes backwards.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 99_999
HLC_TEXT = re.compile(r"([0-9]{15})-([0-9]{5})-([0-9A-Za-z-]{1,64})")


@dataclass(frozen=True, order=True)
class Timestamp:
    ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.ms:015d}-{self.counter:05d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        # ASCII digits only: int() alone would take "1_000" or other scripts' digits, and the
        # text would then sort apart from its value
        found = HLC_TEXT.fullmatch(text) if isinstance(text, str) else None
        if found is None:
            raise ValueError(f"not a hybrid logical clock value: {text!r}")
        return cls(int(found[1]), int(found[2]), found[3])


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """A thread-safe HLC for one device. ``last`` restores the clock after a restart."""

    def __init__(
        self,
        device_id: str,
        last: str | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.device_id = device_id
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._ms, self._counter = 0, 0
        if last:
            stamp = Timestamp.parse(last)
            self._ms, self._counter = stamp.ms, stamp.counter

    @property
    def last(self) -> str:
        return str(Timestamp(self._ms, self._counter, self.device_id))

    def tick(self) -> str:
        """Return a new HLC for a local write, greater than every value seen so far."""
        with self._lock:
            self._advance(self._now_ms(), remote=None)
            return self.last

    def observe(self, received: str) -> None:
        """Move the clock past an HLC that came from another device."""
        remote = Timestamp.parse(received)
        with self._lock:
            self._advance(self._now_ms(), remote=remote)

    def _advance(self, wall: int, remote: Timestamp | None) -> None:
        candidates = [wall, self._ms] + ([remote.ms] if remote else [])
        new_ms = max(candidates)
        if new_ms == self._ms and remote and new_ms == remote.ms:
            counter = max(self._counter, remote.counter) + 1
        elif new_ms == self._ms:
            counter = self._counter + 1
        elif remote and new_ms == remote.ms:
            counter = remote.counter + 1
        else:
            counter = 0
        if counter > MAX_COUNTER:  # more than 100k writes in one millisecond: borrow the next
            new_ms, counter = new_ms + 1, 0
        self._ms, self._counter = new_ms, counter
