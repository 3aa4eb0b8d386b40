"""The Qt binding must not lose references to Python's singletons.

PySide6 6.12.0 dropped a reference to True on every bool signal emission and to None on every
constructor property keyword; the interpreter then aborted at exit. ``pyproject.toml`` pins a
release without the defect; this test fails loudly if an upgrade brings it back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

ROUNDS = 3000


class _Emitter(QObject):
    flag = Signal(bool)


def _refs() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_bool_signals_and_property_keywords_keep_references(qapp):
    emitter = _Emitter()
    emitter.flag.connect(lambda value: None)
    before = _refs()
    for _ in range(ROUNDS):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        QLabel(objectName="probe").deleteLater()
    after = _refs()
    lost = [b - a for a, b in zip(after, before, strict=True)]
    assert all(n < ROUNDS // 2 for n in lost), f"references lost (True, False, None): {lost}"
