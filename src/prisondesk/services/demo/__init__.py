"""Realistic demo data: a facility, users of every role, a few hundred prisoners, a week
of visits, a month of parcels, two workshops with two months of attendance and pay, and
assessments in every state with plans and case notes. One file per module, each building on
the ones below it (core, intake, visits, parcels, workshops, assessments); a module that
arrives adds its own file and one line to :func:`fill_demo`.

Every demo user has the password :data:`DEMO_PASSWORD` (documented in the README); the user
names are the role names (``admin``, ``gate_officer``, ...), and ``supervisor2`` is a second
supervisor (no one approves their own assessment).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from prisondesk.db.engine import Database
from prisondesk.domain.roles import Role
from prisondesk.services.demo import assessments, intake, parcels, visits, workshops
from prisondesk.services.demo.core import DEMO_PASSWORD, actor_with_role, fill_staff


@dataclass(frozen=True)
class DemoReport:
    facility_code: str
    users_created: list[str]
    prisoners_created: int
    bookings_created: int | None = 0  # None: the visits of an earlier run are there
    parcels_created: int | None = 0  # None: the parcels of an earlier run are there
    allocations_created: int | None = 0  # None: the workshops of an earlier run are there
    assessments_created: int | None = 0  # None: the assessments of an earlier run are there


def fill_demo(db: Database, prisoners: int = 300, seed: int = 47) -> DemoReport:
    """Add demo data; safe to run twice (existing users are kept, prisoners topped up)."""
    rng = random.Random(seed)
    info, _admin, created = fill_staff(db, rng)
    # files are admitted by the registry, as the server's authorisation expects of them
    registrar = actor_with_role(db, Role.REGISTRY_OFFICER)
    added = intake.add_prisoners(db, registrar, info.id, info.code, prisoners, rng)
    booked = visits.fill_visits(db, rng)
    # parcels come after the visits: families registered there hand theirs in at the gate
    received = parcels.fill_parcels(db, rng)
    placed = workshops.fill_workshops(db, rng)
    assessed = assessments.fill_assessments(db, rng)
    return DemoReport(info.code, created, added, booked, received, placed, assessed)


__all__ = ["DEMO_PASSWORD", "DemoReport", "fill_demo"]
