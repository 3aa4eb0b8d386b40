"""Numbers printed on documents (visit passes, parcel receipts), unique without the network:
the facility's code, a letter for the kind, this desk's tag and the desk's own count."""

from __future__ import annotations

from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, LocalState
from prisondesk.domain.numbers import device_tag


def next_desk_number(
    session: Session, db: Database, facility_id: str | None, counter: str, letter: str
) -> str:
    """``BSH-1-V7QK-00042``: the next of this desk's count ``counter``, in the caller's
    transaction."""
    state = session.get(LocalState, counter)
    if state is None:
        state = LocalState(key=counter, value="0")
        session.add(state)
    state.value = str(int(state.value) + 1)
    facility = session.get(Facility, facility_id)
    code = facility.code if facility else "PD"
    return f"{code}-{letter}{device_tag(db.device_id)}-{int(state.value):05d}"
