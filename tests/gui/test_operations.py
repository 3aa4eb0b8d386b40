from __future__ import annotations

import threading

from prisondesk.services.core.errors import ValidationError


def test_results_and_errors_come_back_on_the_gui_thread(qtbot, ops):
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(x: int) -> tuple[int, int]:
        return x * 2, threading.get_ident()

    def fail() -> None:
        raise ValidationError("Bad {what}", field="name", what="input")

    ops.run(work, 21, on_done=lambda r: seen.update(result=r, thread=threading.get_ident()))
    ops.run(fail, on_error=lambda e: seen.update(error=e, error_thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen and "error" in seen)
    value, worker = seen["result"]
    assert value == 42 and worker != gui_thread  # the work ran off the GUI thread
    assert seen["thread"] == gui_thread and seen["error_thread"] == gui_thread
    assert str(seen["error"]) == "Bad input" and seen["error"].field == "name"
    qtbot.waitUntil(lambda: ops.idle)


def test_operations_run_one_at_a_time_in_order(qtbot, ops):
    order: list[int] = []
    for n in range(20):
        ops.run(lambda n=n: n, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_busy_signal_brackets_the_work(qtbot, ops):
    states: list[bool] = []
    ops.busy_changed.connect(states.append)
    ops.run(lambda: None)
    qtbot.waitUntil(lambda: ops.idle and len(states) == 2)
    assert states == [True, False]
