"""Property: workstations that change records and add events offline, in any order, and
sync in any interleaving, end up with the server's state — every event once, and every value
that lost to a concurrent write kept in a conflict record (SYNC.md, Principles 1-3)."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from prisondesk.db.models import AuditEntry, SyncConflict, Wing
from prisondesk.server import devices
from prisondesk.services.core import audit
from prisondesk.services.sync import syncing
from prisondesk.sync import state
from prisondesk.sync.http import SyncClient
from tests.server.desks import Desk, account, first_desk, joining_desk
from tests.server.live import empty

DESKS = 3
NAMES = st.sampled_from(["А", "Б", "В", "Г"])  # few values: equal values happen, as in life
steps = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, DESKS - 1), NAMES),
        st.tuples(st.just("rename"), st.integers(0, DESKS - 1), st.integers(0, 50), NAMES),
        st.tuples(
            st.just("move"), st.integers(0, DESKS - 1), st.integers(0, 50), st.integers(0, 3)
        ),
        st.tuples(st.just("delete"), st.integers(0, DESKS - 1), st.integers(0, 50)),
        st.tuples(st.just("event"), st.integers(0, DESKS - 1)),
        st.tuples(st.just("sync"), st.integers(0, DESKS - 1)),
    ),
    min_size=1,
    max_size=25,
)


class Writes:
    """What the test did, to check the conflict records against."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], list[object]] = defaultdict(list)
        self.bases: dict[tuple[str, str], list[object]] = defaultdict(list)
        self.events: list[str] = []


def _wings(desk: Desk) -> list[Wing]:
    with desk.db.read() as session:
        return list(session.scalars(select(Wing).where(~Wing.deleted).order_by(Wing.id)))


def _act(desk: Desk, step: tuple, writes: Writes) -> None:
    kind = step[0]
    if kind == "sync":
        assert desk.sync().repulled == []  # converged by pulls alone, not by digest repair
        return
    admin = account(desk)
    with desk.db.write(admin.user_id) as session:
        if kind == "insert":
            wing = Wing(name=step[2], position=0, deleted=False, facility_id=_facility(desk))
            session.add(wing)
            session.flush()
            writes.values[(wing.id, "name")].append(step[2])
            writes.values[(wing.id, "position")].append(0)
        elif kind == "event":  # an audit entry of its own: events merge by union
            entry = audit.record(session, desk.db, admin, "test", "event", None)
            writes.events.append(entry.id)
        else:
            visible = session.scalars(select(Wing).where(~Wing.deleted).order_by(Wing.id)).all()
            if not visible:
                return
            wing = visible[step[2] % len(visible)]
            if kind == "delete":
                wing.deleted = True
            else:
                column, value = ("name", step[3]) if kind == "rename" else ("position", step[3])
                writes.bases[(wing.id, column)].append(getattr(wing, column))
                writes.values[(wing.id, column)].append(value)
                setattr(wing, column, value)
        session.flush()
        audit.record(session, desk.db, admin, "test", "wing", None)


def _facility(desk: Desk) -> str:
    with desk.db.read() as session:
        return state.get(session, state.FACILITY_ID)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps)
def test_any_interleaving_converges(live_server, steps):
    empty(live_server.db)
    url = live_server.url
    devices.add_facility(live_server.db, "BSH-1", "Колония")

    def code() -> str:
        return devices.new_enrolment_code(live_server.db, "BSH-1")[0]

    with tempfile.TemporaryDirectory() as folder:
        desks = [first_desk(Path(folder) / "0", url, code())]
        desks[0].sync()
        desks += [joining_desk(Path(folder) / str(n), url, code()) for n in range(1, DESKS)]
        writes = Writes()
        for step in steps:
            _act(desks[step[1]], step, writes)
        for _ in range(2):  # everyone pushes, then everyone has pulled everything
            for desk in desks:
                assert desk.sync().repulled == []
        with desks[0].db.read() as session:
            token = state.get(session, state.TOKEN)
        with SyncClient(url, token) as client:
            server_digest = client.digest()["tables"]
        for desk in desks:
            assert desk.digest() == server_digest
            assert syncing.status(desk.db).pending == 0
            with desk.db.read() as session:
                events = set(session.scalars(select(AuditEntry.id)))
                assert events >= set(writes.events)
                conflicts = list(session.scalars(select(SyncConflict)))
                final = {w.id: w for w in session.scalars(select(Wing))}
        lost = defaultdict(set)
        for conflict in conflicts:
            lost[(conflict.row_id, conflict.field)].add(repr(conflict.lost["value"]))
        for (row_id, column), values in writes.values.items():
            end = getattr(final[row_id], column)
            superseded = {repr(b) for b in writes.bases[(row_id, column)]}
            for value in values:
                if value != end:
                    assert repr(value) in lost[(row_id, column)] | superseded, (
                        row_id,
                        column,
                        value,
                        end,
                    )
        for desk in desks:
            desk.db.dispose()
