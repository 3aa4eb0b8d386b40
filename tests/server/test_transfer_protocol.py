"""Transfers spoken by hand, as another client written against SYNC.md would see them, on
SQLite and PostgreSQL: what each facility pulls, what its digest counts, what it may still
push."""

from __future__ import annotations

from typing import Any

import pytest

from prisondesk.domain.ids import new_id
from prisondesk.sync.digest import row_hash
from tests.server.protocol import (
    enrol,
    hlc,
    insert_op,
    officer,
    pull_all,
    push,
    statuses,
    update_op,
)


@pytest.fixture
def two_facilities(client, enrolment_code):
    desks = []
    for code in ("BSH-1", "OSH-2"):
        facility = new_id()
        device, _, auth = enrol(client, enrolment_code(code), (facility, code))
        OFFICERS[device] = officer(client, auth, device, facility, "registry_officer")
        desks.append((device, facility, auth))
    return desks


def _admitted(client, desk) -> tuple[str, str]:
    device, facility, auth = desk
    prisoner, contact = new_id(), new_id()
    ops = [
        insert_op(
            "prisoner",
            device,
            {
                "id": prisoner,
                "facility_id": facility,
                "number": f"BSH-{prisoner[-6:]}",
                "status": "in_custody",
                "surname": "Көчмөн",
                "given_name": "Бакыт",
                "cell": "12",
            },
        ),
        insert_op(
            "contact",
            device,
            {
                "id": contact,
                "facility_id": facility,
                "prisoner_id": prisoner,
                "full_name": "Көчмөн Айгүл",
                "phone": "+996 555 123456",
            },
        ),
    ]
    assert statuses(_push(client, auth, ops)) == [("applied", None)] * 2
    ADMISSIONS[prisoner] = ops
    return prisoner, contact


OFFICERS: dict[str, str] = {}  # each desk's registry officer, by device id


def _push(client, auth, ops: list[dict]):
    """Push ``ops`` as the registry officer of the desk whose clock stamped them."""

    def by_officer(op: dict) -> dict:
        stamp = next(iter(op["fields"].values()))["hlc"]
        return {**op, "user_id": OFFICERS[stamp[22:]]}

    return push(client, auth, [by_officer(op) for op in ops])


ADMISSIONS: dict[str, list[dict]] = {}  # the ops that admitted each prisoner, for replays


BASE = {"status": "in_custody", "transfer_to": None}  # what the sender saw: no conflict


def _hex(row: dict[str, Any]) -> str:
    return f"{row_hash(row):032x}"


def _cursor(client, auth) -> int:
    return client.get("/api/v1/sync/digest", headers=auth).json()["as_of"]


def test_the_facilities_endpoint_lists_where_a_prisoner_can_go(client, two_facilities):
    assert client.get("/api/v1/facilities").status_code == 401
    _, _, auth = two_facilities[0]
    listed = client.get("/api/v1/facilities", headers=auth).json()["facilities"]
    assert [(f["code"], f["id"]) for f in listed] == [
        ("BSH-1", two_facilities[0][1]),
        ("OSH-2", two_facilities[1][1]),
    ]
    assert "/api/v1/facilities" in client.get("/openapi.json").json()["paths"]


def test_a_transfer_names_another_facility_of_the_server(client, two_facilities):
    (device, facility, auth), _ = two_facilities
    prisoner, _ = _admitted(client, two_facilities[0])
    leaving = {"status": "transferred_out"}
    ops = [
        update_op("prisoner", prisoner, {**leaving, "transfer_to": facility}, hlc(device)),
        update_op("prisoner", prisoner, {**leaving, "transfer_to": new_id()}, hlc(device)),
        update_op("prisoner", prisoner, {**leaving, "transfer_to": "OSH-2"}, hlc(device)),
    ]
    assert statuses(_push(client, auth, ops)) == [("rejected", "invalid_value")] * 3
    [change] = [c for c in pull_all(client, auth) if c["table"] == "prisoner"]
    assert change["row"]["status"] == "in_custody"  # nothing of the refused ops was stored


def test_each_side_pulls_its_own_view_of_a_transfer(client, two_facilities):
    (a, fa, auth_a), (b, fb, auth_b) = two_facilities
    prisoner, contact = _admitted(client, two_facilities[0])
    before = _cursor(client, auth_a)
    move = update_op(
        "prisoner", prisoner, {"status": "transferred_out", "transfer_to": fb}, hlc(a), BASE
    )
    assert statuses(_push(client, auth_a, [move])) == [("applied", None)]

    # the sender: the file as it left, then the contact revoked, and nothing of the receiver
    kept, revoked = pull_all(client, auth_a, after=before)
    assert (kept["table"], kept["deleted"]) == ("prisoner", False)
    assert kept["row"]["status"] == "transferred_out" and kept["row"]["transfer_to"] == fb
    assert kept["row"]["facility_id"] == fa
    assert revoked == {
        "seq": revoked["seq"],
        "table": "contact",
        "row_id": contact,
        "deleted": True,
        "revoked": True,
        "row": {"id": contact},
        "hlc": {},
    }
    assert kept["seq"] < revoked["seq"]
    # page by page, one change each, the merge of both kinds of change loses nothing
    paged, after = [], 0
    while True:
        page = client.get(
            "/api/v1/sync/pull", params={"after": after, "limit": 1}, headers=auth_a
        ).json()
        paged += page["changes"]
        after = page["next"]
        if not page["more"]:
            break
    assert paged == pull_all(client, auth_a)
    assert [c["seq"] for c in paged] == sorted({c["seq"] for c in paged})
    assert "Айгүл" not in str(pull_all(client, auth_a))  # not from the start either
    # a re-pull of one table carries the revocation too
    table_page = client.get(
        "/api/v1/sync/pull", params={"after": 0, "table": "contact"}, headers=auth_a
    ).json()
    assert [c.get("revoked") for c in table_page["changes"]] == [True]

    # the receiver: the file arriving and the contact, as its own
    arrived = {c["table"]: c for c in pull_all(client, auth_b)}
    file = arrived["prisoner"]["row"]
    assert (file["status"], file["facility_id"], file["transfer_from"]) == ("in_transit", fb, fa)
    assert (file["transfer_to"], file["wing_id"], file["cell"]) == (None, None, "")
    assert arrived["contact"]["row"]["facility_id"] == fb
    assert arrived["contact"]["row"]["phone"] == "+996 555 123456"
    assert "revoked" not in arrived["contact"]

    # digests: the sender counts the file it kept, the receiver both rows
    digest_a = client.get("/api/v1/sync/digest", headers=auth_a).json()["tables"]
    assert digest_a["prisoner"] == {"count": 1, "xor": _hex(kept["row"])}
    assert digest_a["contact"]["count"] == 0
    digest_b = client.get("/api/v1/sync/digest", headers=auth_b).json()["tables"]
    assert digest_b["prisoner"] == {"count": 1, "xor": _hex(file)}
    assert digest_b["contact"] == {"count": 1, "xor": _hex(arrived["contact"]["row"])}

    # the sender's answer was lost and it pushes the admission and the transfer again: each
    # is a duplicate, though the rows are the receiver's now
    replayed = _push(client, auth_a, [*ADMISSIONS[prisoner], move])
    assert statuses(replayed) == [("duplicate", None)] * 3

    # the sender may no longer write the prisoner's rows, nor add any
    late = [
        update_op("contact", contact, {"phone": "+996 700 111111"}, hlc(a)),
        update_op("prisoner", prisoner, {"cell": "13"}, hlc(a)),
        insert_op(
            "contact",
            a,
            {"id": new_id(), "facility_id": fa, "prisoner_id": prisoner, "full_name": "Брат"},
        ),
    ]
    assert statuses(_push(client, auth_a, late)) == [("rejected", "out_of_scope")] * 3

    # the receiver writes them as its own
    arrival = update_op("prisoner", prisoner, {"status": "in_custody", "cell": "7"}, hlc(b))
    assert statuses(_push(client, auth_b, [arrival])) == [("applied", None)]
    assert [c["row"]["status"] for c in pull_all(client, auth_a) if c["table"] == "prisoner"] == [
        "transferred_out"
    ]


def test_headquarters_sees_each_file_once_as_it_is_now(client, two_facilities, enrolment_code):
    (a, _, auth_a), (_, fb, _) = two_facilities
    prisoner, _ = _admitted(client, two_facilities[0])
    move = update_op(
        "prisoner", prisoner, {"status": "transferred_out", "transfer_to": fb}, hlc(a), BASE
    )
    _push(client, auth_a, [move])
    _, _, hq = enrol(client, enrolment_code(None))
    changes = pull_all(client, hq)
    assert not any(c.get("revoked") for c in changes)
    [file] = [c["row"] for c in changes if c["table"] == "prisoner"]
    assert (file["status"], file["facility_id"]) == ("in_transit", fb)
