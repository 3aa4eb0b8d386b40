"""The modules of a desk and where they hook into the ones below them.

Layers run one way (pyproject's import-linter contracts): core, then intake, then the
modules built on intake beside each other. When intake must tell the modules above it that
something happened (a prisoner left), or a module asks another beside it for something (a
plan asks for a workshop place), they are registered here, the one place that knows them
all. Front ends call :func:`load` before any service runs (``store.open_store``)."""

from __future__ import annotations

from prisondesk.services.core import departures, proposals
from prisondesk.services.parcels import custody
from prisondesk.services.visits import bookings
from prisondesk.services.workshops import allocations, waiting


def load() -> None:
    """Register every module's hooks (idempotent)."""
    departures.register("visits", bookings.cancel_pending_for)
    departures.register("parcels", custody.hold_or_forward_for)
    departures.register("workshops", allocations.end_for)
    departures.mark_loaded()
    # a rehabilitation plan's workshop place puts the prisoner on that workshop's list
    proposals.register_workshops(waiting.offered_to_plans, waiting.proposed_by_plan)
