"""Intake tells the modules above it that a prisoner left through core.departures; the
modules are wired in services/modules.py, which every front end loads."""

from __future__ import annotations

import pytest

from prisondesk.services import modules
from prisondesk.services.core import departures
from prisondesk.services.parcels import custody
from prisondesk.services.visits import bookings
from prisondesk.services.workshops import allocations


def test_every_module_with_records_for_a_prisoner_hears_of_a_departure():
    modules.load()
    assert departures._handlers == {
        "visits": bookings.cancel_pending_for,
        "parcels": custody.hold_or_forward_for,
        "workshops": allocations.end_for,
    }
    modules.load()  # a second front end in one process registers nothing twice
    assert list(departures._handlers) == ["visits", "parcels", "workshops"]


def test_a_departure_before_the_modules_are_loaded_is_refused_not_half_done(monkeypatch):
    monkeypatch.setattr(departures, "_loaded", False)
    with pytest.raises(RuntimeError, match="modules cannot see departures"):
        departures.prisoner_left(None, None, None, "p", "auto:release")  # type: ignore[arg-type]


def test_each_handler_runs_in_the_callers_transaction(monkeypatch):
    seen = []
    monkeypatch.setattr(departures, "_handlers", {})
    departures.register("a", lambda *args: seen.append(("a", args)) or 1)
    departures.register("b", lambda *args: seen.append(("b", args)) or 0)
    session, db, actor = object(), object(), object()
    departures.prisoner_left(session, db, actor, "p1", "auto:release")  # type: ignore[arg-type]
    assert seen == [
        ("a", (session, db, actor, "p1", "auto:release")),
        ("b", (session, db, actor, "p1", "auto:release")),
    ]
