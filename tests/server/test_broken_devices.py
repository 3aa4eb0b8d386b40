"""Property: whatever a broken or hostile device of a facility pushes — audit entries at a
place its chain already holds, with a hash that is not theirs, linked to the wrong entry, or
after a gap — an honest desk of the facility syncing among it never ends with a digest
mismatch, and its own chain stays intact (SYNC.md, Push)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prisondesk.server import devices
from prisondesk.services.core import audit, users
from prisondesk.sync import state
from tests.server.desks import ADMIN_PASSWORD, first_desk
from tests.server.live import empty
from tests.server.protocol import audit_op, enrol, push

steps = st.lists(
    st.sampled_from(["good", "repeat", "bad_hash", "bad_link", "gap", "desk_writes", "sync"]),
    min_size=1,
    max_size=12,
)


class Broken:
    """A device of the facility that pushes whatever it likes, over HTTP."""

    def __init__(self, client: httpx.Client, code: str, facility_id: str, user: str) -> None:
        self.client, self.facility, self.user = client, facility_id, user
        self.device, _, self.auth = enrol(client, code, (facility_id, "BSH-1"))
        self.chain: list[str] = []  # the hashes of its entries the server took, by seq - 1

    def entry(self, seq: int, prev_hash: str) -> dict:
        return audit_op(self.device, self.facility, self.user, seq=seq, prev_hash=prev_hash)

    def act(self, step: str) -> None:
        last = self.chain[-1] if self.chain else "0" * 64
        seq = len(self.chain) + 1
        if step == "good":
            op = self.entry(seq, last)
        elif step == "repeat":
            op = self.entry(max(1, seq - 1), "0" * 64 if seq <= 2 else self.chain[-2])
        elif step == "bad_hash":
            op = self.entry(seq, last)
            op["fields"]["note"]["value"] = "changed after hashing"
        elif step == "bad_link":
            op = self.entry(seq, "f" * 64)
        else:  # a gap: a later place, linked to an entry the server never had
            op = self.entry(seq + 5, "e" * 64)
        answer = push(self.client, self.auth, [op]).json()["results"][0]
        if answer["status"] == "applied" and step == "good":
            self.chain.append(op["fields"]["entry_hash"]["value"])


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps)
def test_an_honest_desk_never_ends_with_a_digest_mismatch(live_server, steps):
    empty(live_server.db)
    devices.add_facility(live_server.db, "BSH-1", "Колония")
    code = lambda: devices.new_enrolment_code(live_server.db, "BSH-1")[0]  # noqa: E731
    with (
        tempfile.TemporaryDirectory() as folder,
        httpx.Client(base_url=live_server.url, timeout=30) as client,
    ):
        desk = first_desk(Path(folder) / "honest", live_server.url, code())
        desk.sync()
        with desk.db.read() as session:
            facility_id = state.get(session, state.FACILITY_ID)
        admin = users.authenticate(desk.db, "admin", ADMIN_PASSWORD)
        broken = Broken(client, code(), facility_id, admin.user_id)
        for n, step in enumerate(steps):
            if step == "desk_writes":
                name = f"user{n}"
                users.create_user(desk.db, admin, name, "Сотрудник", "gate_officer", "temp-pass1")
            elif step == "sync":
                desk.sync()
            else:
                broken.act(step)
        desk.sync()
        report = desk.sync()
        assert report.mismatched == [] and report.digest in ("ok", "unchanged"), report
        assert report.unstored == 0
        problem = audit.verify_chain(desk.db).problem
        assert problem is None or problem.device == broken.device  # its gaps, never ours
