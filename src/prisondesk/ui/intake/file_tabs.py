"""Tabs that the modules built on intake add to the prisoner file (visits, parcels,
workshops; assessments as they arrive), and the steps they take after a movement. Intake's
screens may not import theirs (import-linter), so the main window, which assembles the
modules, registers them here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.operations import Operations

# (store, ops, actor, prisoner id, the prisoner as the tab names them) -> the tab's widget
MakeTab = Callable[[Store, Operations, Actor, str, str], QWidget]


@dataclass(frozen=True)
class FileTab:
    key: str  # the module's key (ui/modules.py)
    title: str  # marked with QT_TRANSLATE_NOOP("PrisonerFile", ...), translated when shown
    make: MakeTab


_tabs: dict[str, FileTab] = {}


def register(tab: FileTab) -> None:
    """A module's tab (registering the same key again replaces it)."""
    _tabs[tab.key] = tab


def registered() -> list[FileTab]:
    return list(_tabs.values())


# (the file's window, store, ops, actor, prisoner id, movement kind) -> nothing: what a module
# does once a movement is recorded (at a release, workshops offer to pay out the deposit)
AfterMove = Callable[[QWidget, Store, Operations, Actor, str, str], None]
_after_move: dict[str, AfterMove] = {}


def register_after_move(module: str, step: AfterMove) -> None:
    _after_move[module] = step


def after_move_steps() -> list[AfterMove]:
    return list(_after_move.values())
