"""A button's clicked(bool) or an action's triggered(bool) hands its flag to the slot: a slot
with an optional parameter then gets False for it. "New admission" failed on every click so
(its draft was False). No button or action of the program is connected so."""

from __future__ import annotations

import ast
from pathlib import Path

import prisondesk.ui

BOOL_SIGNALS = {"clicked", "triggered", "toggled"}


def _connections_with_optional_parameters(source: str) -> list[str]:
    found = []
    tree = ast.parse(source)
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if not (isinstance(func, ast.Attribute) and func.attr == "connect" and call.args):
                continue
            signal, slot = func.value, call.args[0]
            if not (isinstance(signal, ast.Attribute) and signal.attr in BOOL_SIGNALS):
                continue
            if isinstance(slot, ast.Attribute) and slot.attr in methods:
                method = methods[slot.attr]
                if method.args.defaults:  # an optional parameter the flag lands in
                    found.append(f"{cls.name}.{slot.attr} (line {call.lineno})")
    return found


def test_no_button_or_action_hands_its_flag_to_a_slot_parameter():
    folder = Path(prisondesk.ui.__file__).parent
    found = [
        f"{path.relative_to(folder)}: {where}"
        for path in sorted(folder.rglob("*.py"))
        for where in _connections_with_optional_parameters(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_finds_the_defect_it_guards_against():
    source = (
        "class Page:\n"
        "    def __init__(self):\n"
        "        self.new_button.clicked.connect(self.start_admission)\n"
        "    def start_admission(self, draft=None):\n"
        "        pass\n"
    )
    assert _connections_with_optional_parameters(source) == ["Page.start_admission (line 3)"]
