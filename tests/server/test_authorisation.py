"""The server authorises every pushed change (server/authorise.py), on SQLite and
PostgreSQL: the attacks of the security review, made with a real desk's own sync token
against a real server, and what honest desks still push."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from prisondesk.db.models import UserAccount
from prisondesk.domain.ids import new_id
from prisondesk.services.core import users
from prisondesk.services.core.passwords import hash_password
from prisondesk.sync import state
from tests.server.desks import ADMIN_PASSWORD, first_desk, joining_desk
from tests.server.protocol import audit_op, hlc, insert_op, push, statuses, update_op


def _token_of(desk) -> tuple[dict[str, str], str]:
    """What an attacker reads from a desk's database: its token (and its device id)."""
    with desk.db.read() as session:
        token = state.get(session, state.TOKEN)
    return {"Authorization": f"Bearer {token}"}, desk.db.device_id


def _user_id(desk, username: str) -> str:
    with desk.db.read() as session:
        return session.scalar(select(UserAccount.id).where(UserAccount.username == username))


def _as(op: dict, user_id: str | None) -> dict:
    return {**op, "user_id": user_id}


@pytest.fixture
def facility_desk(tmp_path, server, enrolment_code):
    desk = first_desk(tmp_path / "a", server.url, enrolment_code())
    users.create_user(
        desk.db, desk.admin, "gate1", "Токтогулов Эрмек", "gate_officer", "temp-pass1"
    )
    users.create_user(desk.db, desk.admin, "boss1", "Начальник", "supervisor", "temp-pass1")
    assert desk.sync().rejected == 0
    return desk


def test_a_desk_token_cannot_make_a_gate_officer_an_administrator(
    client: httpx.Client, server, facility_desk, tmp_path, enrolment_code
):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    gate = _user_id(facility_desk, "gate1")
    takeover = update_op(
        "user_account",
        gate,
        {"role": "admin", "password_hash": hash_password("attacker-1"), "active": True},
        hlc(device),
    )
    answer = push(client, auth, [_as(takeover, gate), audit_op(device, facility_id, gate)])
    assert statuses(answer)[0] == ("rejected", "forbidden")
    # the same with no user named, or with a user the server does not know
    for user in (None, new_id()):
        again = {**takeover, "op_id": new_id()}
        assert statuses(push(client, auth, [_as(again, user)]))[0] == ("rejected", "forbidden")
    # no desk takes it: a new desk of the facility still has a gate officer
    second = joining_desk(tmp_path / "b", server.url, enrolment_code())
    with second.db.read() as session:
        role = session.scalar(select(UserAccount.role).where(UserAccount.id == gate))
    assert role == "gate_officer"
    assert users.authenticate(second.db, "admin", ADMIN_PASSWORD).role == "admin"


def test_a_supervisor_cannot_change_an_account_even_as_a_conflict_switch(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    boss, gate = _user_id(facility_desk, "boss1"), _user_id(facility_desk, "gate1")
    switch = _as(update_op("user_account", gate, {"role": "supervisor"}, hlc(device)), boss)
    answer = push(client, auth, [switch, audit_op(device, facility_id, boss)])
    assert statuses(answer) == [("rejected", "forbidden"), ("applied", None)]


def test_a_change_needs_its_users_audit_entry_and_a_role_that_may_make_it(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    admin, gate = facility_desk.admin.user_id, _user_id(facility_desk, "gate1")
    wing = {"id": new_id(), "facility_id": facility_id, "name": "Блок В", "position": 2}
    # an administrator configures the facility: with their audit entry it lands
    ops = [_as(insert_op("wing", device, wing), admin), audit_op(device, facility_id, admin)]
    assert statuses(push(client, auth, ops)) == [("applied", None), ("applied", None)]
    # a gate officer may not add a wing, audited or not
    other = {**wing, "id": new_id(), "name": "Блок Г"}
    ops = [_as(insert_op("wing", device, other), gate), audit_op(device, facility_id, gate)]
    assert statuses(push(client, auth, ops))[0] == ("rejected", "forbidden")
    # an audit entry names the user who pushes it
    forged = _as(audit_op(device, facility_id, admin), gate)
    assert statuses(push(client, auth, [forged])) == [("rejected", "forbidden")]


def test_a_change_with_no_audit_entry_of_its_user_is_refused(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    admin, boss = facility_desk.admin.user_id, _user_id(facility_desk, "boss1")
    wing = {"id": new_id(), "facility_id": facility_id, "name": "Блок В", "position": 2}
    # another user's audit entry is the device's latest: it covers nobody else
    ops = [audit_op(device, facility_id, boss)]
    assert statuses(push(client, auth, ops)) == [("applied", None)]
    ops = [_as(insert_op("wing", device, wing), admin)]
    assert statuses(push(client, auth, ops)) == [("rejected", "forbidden")]
    # the device's latest audit entry, pushed before, covers its user's next changes (a
    # transaction too large for one push)
    assert statuses(push(client, auth, [audit_op(device, facility_id, admin)]))[0][0] == "applied"
    ops = [_as(insert_op("wing", device, {**wing, "id": new_id()}), admin)]
    assert statuses(push(client, auth, ops)) == [("applied", None)]


def test_after_setup_no_change_is_anonymous_but_a_failed_login(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    wing = {"id": new_id(), "facility_id": facility_id, "name": "Блок В", "position": 2}
    assert statuses(push(client, auth, [insert_op("wing", device, wing)])) == [
        ("rejected", "forbidden")
    ]
    failed = audit_op(device, facility_id, None, action="login_failed")
    assert statuses(push(client, auth, [failed])) == [("applied", None)]
    other = audit_op(device, facility_id, None, action="update")
    assert statuses(push(client, auth, [other])) == [("rejected", "forbidden")]


def test_a_user_changes_their_own_password_and_language_only(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    gate = _user_id(facility_desk, "gate1")
    own = {"password_hash": hash_password("new-pass-22"), "must_change_password": False}
    ops = [
        _as(update_op("user_account", gate, own, hlc(device)), gate),
        _as(update_op("user_account", gate, {"language": "ky"}, hlc(device, counter=1)), gate),
        _as(update_op("user_account", gate, {"full_name": "Кто-то"}, hlc(device, counter=2)), gate),
        audit_op(device, facility_id, gate),
    ]
    assert statuses(push(client, auth, ops)) == [
        ("applied", None),
        ("applied", None),
        ("rejected", "forbidden"),
        ("applied", None),
    ]


def test_an_audit_entry_the_server_refuses_covers_nothing(client, facility_desk):
    auth, device = _token_of(facility_desk)
    facility_id = facility_desk.admin.facility_id
    boss = _user_id(facility_desk, "boss1")
    room = {"id": new_id(), "facility_id": facility_id, "name": "Комната 3", "active": True}
    elsewhere = audit_op(device, new_id(), boss)  # another facility's: out of scope
    ops = [_as(insert_op("visit_room", device, room), boss), elsewhere]
    assert statuses(push(client, auth, ops)) == [
        ("rejected", "forbidden"),
        ("rejected", "out_of_scope"),
    ]
    # with an audit entry that is stored, the same change lands
    ops = [_as(insert_op("visit_room", device, room), boss), audit_op(device, facility_id, boss)]
    assert statuses(push(client, auth, ops)) == [("applied", None), ("applied", None)]
