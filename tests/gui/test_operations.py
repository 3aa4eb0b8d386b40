from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject

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


def test_a_window_closed_meanwhile_gets_no_answer_even_through_a_lambda(qtbot, ops):
    """A callback bound to a deleted widget, or a lambda over one, is not called: a prisoner
    file closed while its tabs were loading (a crash in a full run)."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    gone, kept = QLabel(), QLabel()
    answers: list[str] = []
    release = threading.Event()
    ops.run(release.wait, 5, on_done=lambda _r: answers.append(gone.text()))
    ops.run(lambda: None, on_done=lambda _r: answers.append(f"kept {kept.text()}"))
    shiboken6.delete(gone)  # closed while the work ran
    release.set()
    qtbot.waitUntil(lambda: ops.idle)
    assert answers == ["kept "]


def test_busy_signal_brackets_the_work(qtbot, ops):
    states: list[bool] = []
    ops.busy_changed.connect(states.append)
    ops.run(lambda: None)
    qtbot.waitUntil(lambda: ops.idle and len(states) == 2)
    assert states == [True, False]


def test_garbage_is_collected_on_the_gui_thread_never_on_a_worker(qtbot):
    """Without ui/garbage.py, the worker's allocations make CPython collect the cycle holding a
    QObject on the worker thread: the crash of a CI run."""
    import gc

    assert not gc.isenabled()  # as in the program: tests/gui/conftest.py, app.py
    gui_thread = threading.get_ident()
    freed_in: list[int] = []

    class Holder:
        pass

    holder = Holder()
    holder.me, holder.qobject = holder, QObject()
    weakref.finalize(holder, lambda: freed_in.append(threading.get_ident()))
    del holder

    def allocate() -> None:
        for _ in range(100_000):
            cycle: list[object] = []
            cycle.append(cycle)

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_in == []  # the worker passed every threshold and collected nothing
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)
    assert freed_in == [gui_thread]


def test_the_work_and_its_answer_are_let_go_on_the_gui_thread(qtbot, ops):
    """A widget's bound method as the work, a lambda over one, the result and an error are
    freed on the GUI thread, even when the widget was closed while the work ran: freed on the
    worker, a Python-owned Qt object is deleted from the wrong thread (a crashed CI worker)."""
    gui_thread = threading.get_ident()
    freed_in: list[tuple[str, int]] = []

    class Owner:
        def __init__(self, name: str) -> None:
            self.qobject = QObject()
            weakref.finalize(self, lambda: freed_in.append((name, threading.get_ident())))

        def work(self, release: threading.Event) -> Owner:
            release.wait(5)
            return Owner("result")

        def fail(self) -> None:
            raise ValueError(self)  # the traceback holds the owner too

    release = threading.Event()
    for _ in range(20):  # the worker drops its references just after the answer is sent
        bound, closed_over, failing = Owner("bound"), Owner("lambda"), Owner("error")
        ops.run(bound.work, release)
        ops.run(lambda closed_over=closed_over: closed_over.qobject.objectName())
        ops.run(failing.fail, on_error=lambda exc: None)
        del bound, closed_over, failing  # the window closed while its work ran
        release.set()
        qtbot.waitUntil(lambda: ops.idle)
        qtbot.waitUntil(lambda: len(freed_in) == 4, timeout=5000)
        names = ("bound", "error", "lambda", "result")
        assert sorted(freed_in) == [(name, gui_thread) for name in names]
        freed_in.clear()
        release.clear()
