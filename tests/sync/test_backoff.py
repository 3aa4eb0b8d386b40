import random

from hypothesis import given
from hypothesis import strategies as st

from prisondesk.services.sync.backoff import MAX_S, Backoff


def test_waits_grow_after_failures_and_reset_after_success():
    backoff = Backoff(interval=60, rng=random.Random(1))
    steady = backoff.next_delay()
    assert 54 <= steady <= 66
    waits = [backoff.failed() for _ in range(6)]
    assert 60 <= waits[0] <= 120 and 960 <= waits[4] <= 1800
    assert backoff.succeeded() <= 66 and backoff.failures == 0


@given(failures=st.integers(0, 1000), seed=st.integers(0, 2**32))
def test_waits_are_positive_capped_and_jittered(failures, seed):
    backoff = Backoff(interval=60, failures=failures, rng=random.Random(seed))
    delay = backoff.next_delay()
    assert 0 < delay <= MAX_S * 1.0001 or (failures == 0 and delay <= 66)
