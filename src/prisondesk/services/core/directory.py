"""The facilities of the central server, as the last sync listed them (``sync/engine.py``
keeps the list): where a prisoner can be transferred, and where one arriving comes from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from prisondesk.sync import state


@dataclass(frozen=True)
class Destination:
    id: str
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


def others(session: Session) -> list[Destination]:
    """Every listed facility but this one (none before the first sync)."""
    own = state.get(session, state.FACILITY_ID)
    listed = state.directory(session)
    return [Destination(f["id"], f["code"], f["name"]) for f in listed if f["id"] != own]


def label_of(session: Session, facility_id: str) -> str:
    """A facility as people name it, or "" when the list does not hold it."""
    return next((f.label for f in others(session) if f.id == facility_id), "")
