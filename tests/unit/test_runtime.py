"""The cycle collector's thresholds are raised for a sync round and put back after it; the
desktop freezes nothing."""

from __future__ import annotations

import gc
import threading

from prisondesk.runtime import GEN0_THRESHOLD, bulk_work


def test_a_round_raises_the_thresholds_and_puts_them_back():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with bulk_work():
        assert gc.get_threshold()[0] == GEN0_THRESHOLD
        with bulk_work():  # an overlapping round
            assert gc.get_threshold()[0] == GEN0_THRESHOLD
        assert gc.get_threshold()[0] == GEN0_THRESHOLD  # the first is still running
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


def test_rounds_on_threads_restore_once_all_have_ended():
    before = gc.get_threshold()
    inside, release = threading.Barrier(3), threading.Event()

    def round_() -> None:
        with bulk_work():
            inside.wait()
            release.wait()

    workers = [threading.Thread(target=round_) for _ in range(2)]
    for worker in workers:
        worker.start()
    inside.wait()
    assert gc.get_threshold()[0] == GEN0_THRESHOLD
    release.set()
    for worker in workers:
        worker.join()
    assert gc.get_threshold() == before


def test_a_failed_round_puts_them_back_too():
    before = gc.get_threshold()
    try:
        with bulk_work():
            raise RuntimeError("offline")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
