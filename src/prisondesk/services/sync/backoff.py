"""When to try the next sync round: a steady interval while the server answers; after
failures, exponentially longer waits with jitter (so fifty desks coming back after an outage
do not all knock at once), capped; a cheap reachability probe meanwhile lets a desk sync as
soon as the connection is back."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

INTERVAL_S = 60.0
MAX_S = 30 * 60.0
PROBE_S = 15.0


@dataclass
class Backoff:
    interval: float = INTERVAL_S
    maximum: float = MAX_S
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def succeeded(self) -> float:
        self.failures = 0
        return self.next_delay()

    def failed(self) -> float:
        self.failures += 1
        return self.next_delay()

    def next_delay(self) -> float:
        """Seconds until the next round: ±10 % around the interval when all is well; after
        ``n`` failures up to ``interval · 2ⁿ`` (capped), drawn from its upper half."""
        if self.failures == 0:
            return self.interval * self.rng.uniform(0.9, 1.1)
        ceiling = min(self.maximum, self.interval * 2 ** min(self.failures, 30))
        return self.rng.uniform(ceiling / 2, ceiling)
