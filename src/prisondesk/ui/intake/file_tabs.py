"""Tabs that the modules built on intake add to the prisoner file (visits today; parcels,
workshops and assessments as they arrive). Intake's screens may not import theirs
(import-linter), so the main window, which assembles the modules, registers them here."""

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
