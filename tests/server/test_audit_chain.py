"""The server stores no audit entry that desks could not store or would call broken: a
device's sequence number is held once, and an entry fits its device's hash chain (SYNC.md,
Push; docs/audit-chain.md). Over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import httpx
from sqlalchemy import select

from prisondesk.db.models import AuditEntry
from prisondesk.domain.audit_chain import GENESIS
from prisondesk.domain.ids import new_id
from prisondesk.services.core import audit, users
from prisondesk.sync import state
from tests.server.desks import ADMIN_PASSWORD, first_desk, joining_desk
from tests.server.protocol import audit_op, enrol, push, statuses


def _hash(op: dict) -> str:
    return op["fields"]["entry_hash"]["value"]


def test_a_repeated_sequence_number_no_longer_stalls_every_desk(tmp_path, server, enrolment_code):
    """The reproduction: a device pushed two audit entries with the same device_seq; the
    desks stored one, and every sync of the facility then re-pulled the whole audit table
    and still ended in a digest mismatch."""
    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    desk.sync()
    with desk.db.read() as session:
        facility_id = state.get(session, state.FACILITY_ID)
    admin = users.authenticate(desk.db, "admin", ADMIN_PASSWORD).user_id
    with httpx.Client(base_url=server.url, timeout=10) as client:
        device, _, auth = enrol(client, enrolment_code(), (facility_id, "BSH-1"))
        first = audit_op(device, facility_id, admin, seq=1)
        again = audit_op(device, facility_id, admin, seq=1)  # another entry, the same place
        answer = push(client, auth, [first, again])
        assert statuses(answer) == [("applied", None), ("rejected", "unique_violation")]
        in_one_push = audit_op(device, facility_id, admin, seq=2, prev_hash=_hash(first))
        twice = audit_op(device, facility_id, admin, seq=2, prev_hash=_hash(first))
        answer = push(client, auth, [in_one_push, twice])
        assert statuses(answer) == [("applied", None), ("rejected", "unique_violation")]
    report = desk.sync()
    assert report.digest == "ok" and not report.mismatched and not report.repulled
    assert audit.verify_chain(desk.db).ok
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    second.sync()  # its own entries (joining, a login) go up, then reach the first desk
    desk.sync()
    assert second.digest() == desk.digest()


def test_an_entry_that_does_not_fit_its_chain_is_refused(client, enrolment_code):
    from tests.server.protocol import officer
    from tests.server.test_protocol import _desk

    device, facility, auth = _desk(client, enrolment_code)
    user = officer(client, auth, device, facility, "registry_officer")
    start = audit_op(device, facility, user, seq=1)
    assert statuses(push(client, auth, [start])) == [("applied", None)]
    forged = audit_op(device, facility, user, seq=2, prev_hash=_hash(start))
    forged["fields"]["username"]["value"] = "someone else"  # changed after it was hashed
    not_first = audit_op(device, facility, user, seq=1, prev_hash="1" * 64)
    wrong_link = audit_op(device, facility, user, seq=2, prev_hash="2" * 64)
    zero = audit_op(device, facility, user, seq=0)
    fits = audit_op(device, facility, user, seq=2, prev_hash=_hash(start))
    then = audit_op(device, facility, user, seq=3, prev_hash=_hash(fits))  # same push
    after_a_gap = audit_op(device, facility, user, seq=9, prev_hash="3" * 64)
    answer = push(client, auth, [forged, not_first, wrong_link, zero, fits, then, after_a_gap])
    assert statuses(answer) == [("rejected", "invalid_value")] * 4 + [("applied", None)] * 3
    details = [r.get("detail", "") for r in answer.json()["results"][:4]]
    assert "entry_hash" in details[0] and "prev_hash" in details[1]
    assert "entry 1" in details[2] and "device_seq" in details[3]


def test_concurrent_pushes_of_one_place_store_one_entry(client, server, enrolment_code):
    from tests.server.protocol import officer
    from tests.server.test_protocol import _desk

    device, facility, auth = _desk(client, enrolment_code)
    user = officer(client, auth, device, facility, "registry_officer")
    rivals = [audit_op(device, facility, user, seq=1) for _ in range(8)]
    answers: list[str] = []

    def send(op: dict) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as own:
            answers.append(statuses(push(own, auth, [op]))[0][0])

    threads = [threading.Thread(target=send, args=(op,)) for op in rivals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == ["applied"] + ["rejected"] * 7


def test_honest_desks_chains_are_accepted_entry_by_entry(tmp_path, server, enrolment_code):
    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    for n in range(3):
        users.create_user(
            desk.db, desk.admin, f"user{n}", "Сотрудник", "gate_officer", "pass-one-1"
        )
        assert desk.sync().rejected == 0
    with desk.db.read() as session:
        first = session.scalars(select(AuditEntry).where(AuditEntry.device_seq == 1)).one()
    assert first.prev_hash == GENESIS


def test_an_entry_refused_for_its_place_covers_no_change(client, enrolment_code):
    """A desk resent a place of its chain with a valid hash: the entry is refused, and so is
    the change it was meant to cover (nothing lands unaudited)."""
    from tests.server.protocol import insert_op, officer
    from tests.server.test_protocol import _desk

    device, facility, auth = _desk(client, enrolment_code)
    user = officer(client, auth, device, facility, "registry_officer")
    first = audit_op(device, facility, user, seq=1)
    assert statuses(push(client, auth, [first])) == [("applied", None)]
    admin = client.get("/api/v1/sync/pull", params={"after": 0}, headers=auth).json()
    admin_id = next(
        c["row_id"]
        for c in admin["changes"]
        if c["table"] == "user_account" and c["row"]["role"] == "admin"
    )
    wing = insert_op("wing", device, {"id": new_id(), "facility_id": facility, "name": "Ж"})
    again = audit_op(device, facility, admin_id, seq=1)  # the admin's only entry: a held place
    answer = push(client, auth, [{**wing, "user_id": admin_id}, again])
    assert statuses(answer) == [("rejected", "forbidden"), ("rejected", "unique_violation")]


def test_conflict_records_never_carry_a_secret(client, enrolment_code):
    """A user's own new password and a manager's reset at once: the conflict record that
    supervisors (and headquarters) pull says that there was one, not the hashes."""
    from tests.server.protocol import hlc, officer, pull_all, update_op
    from tests.server.test_protocol import _desk

    device, facility, auth = _desk(client, enrolment_code)
    user = officer(client, auth, device, facility, "registry_officer")
    rows = pull_all(client, auth)
    admin = next(
        c["row_id"] for c in rows if c["table"] == "user_account" and c["row"]["role"] == "admin"
    )
    reset = update_op(
        "user_account", user, {"password_hash": "$argon2id$reset"}, hlc(device, 9), user=admin
    )
    own = update_op(
        "user_account", user, {"password_hash": "$argon2id$own"}, hlc(device, 5), user=user
    )
    ops = [audit_op(device, facility, admin), reset, audit_op(device, facility, user), own]
    assert [s for s, _ in statuses(push(client, auth, ops))] == [
        "applied",
        "applied",
        "applied",
        "merged",
    ]
    conflicts = [c["row"] for c in pull_all(client, auth) if c["table"] == "sync_conflict"]
    assert conflicts and {c["field"] for c in conflicts} == {"password_hash"}
    for conflict in conflicts:  # the reset overwrote a hash it did not name, the own one lost
        assert conflict["kept"]["value"] == conflict["lost"]["value"] == "***"
