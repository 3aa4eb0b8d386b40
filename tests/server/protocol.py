"""Speaking the protocol by hand, as another client written against SYNC.md would."""

from __future__ import annotations

import time
from typing import Any

import httpx

from prisondesk.db.migrate import head_revision
from prisondesk.domain.audit_chain import chain_hash
from prisondesk.domain.ids import new_id
from prisondesk.server.tables import table_specs


def hlc(device: str, ahead_ms: int = 0, counter: int = 0) -> str:
    return f"{int(time.time() * 1000) + ahead_ms:015d}-{counter:05d}-{device}"


def enrol(
    client: httpx.Client,
    code: str,
    facility: tuple[str, str] | None = None,
    name: str = "test desk",
) -> tuple[str, str, dict[str, str]]:
    """Returns the device id, the facility id and the auth header."""
    body: dict[str, Any] = {"code": code, "name": name, "app_version": "test"}
    if facility:
        body["facility"] = {"id": facility[0], "code": facility[1]}
    answer = client.post("/api/v1/devices/enroll", json=body)
    assert answer.status_code == 200, answer.text
    data = answer.json()
    return data["device_id"], data["facility_id"], {"Authorization": f"Bearer {data['token']}"}


def wing_insert(
    device: str, facility_id: str | None, name: str, row_id: str | None = None, **hlc_args: int
) -> dict[str, Any]:
    row_id = row_id or new_id()
    stamp = hlc(device, **hlc_args)
    values = {"id": row_id, "facility_id": facility_id, "name": name, "position": 0}
    return {
        "op_id": new_id(),
        "table": "wing",
        "row_id": row_id,
        "kind": "insert",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        "base": {},
        "user_id": None,
        "device_time": "2026-11-28T09:15:00.000000Z",
    }


EMPTY_BY_TYPE = {"text": "", "integer": 0, "boolean": False, "json": []}


def insert_op(
    table: str, device: str, values: dict[str, Any], user: str | None = None
) -> dict[str, Any]:
    """An insert of every column of ``table``: the given values, the rest empty or null."""
    row = {}
    for name, column in table_specs()[table].columns.items():
        empty = None if column.nullable else EMPTY_BY_TYPE.get(column.wire_type)
        row[name] = values.get(name, empty)
    stamp = hlc(device)
    return {
        "op_id": new_id(),
        "table": table,
        "row_id": row["id"],
        "kind": "insert",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in row.items()},
        "base": {},
        "user_id": user,
        "device_time": "2026-11-28T09:15:00.000000Z",
    }


def update_op(
    table: str, row_id: str, values: dict[str, Any], stamp: str, base=None, user=None
) -> dict:
    return {
        "op_id": new_id(),
        "table": table,
        "row_id": row_id,
        "kind": "update",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        "base": base or {},
        "user_id": user,
        "device_time": "2026-11-28T09:15:00.000000Z",
    }


def push(
    client: httpx.Client, auth: dict[str, str], ops: list[dict], **body: Any
) -> httpx.Response:
    payload = {"protocol": 1, "schema": head_revision(), "ops": ops, **body}
    return client.post("/api/v1/sync/push", json=payload, headers=auth)


def statuses(response: httpx.Response) -> list[tuple[str, str | None]]:
    assert response.status_code == 200, response.text
    return [(r["status"], r.get("reason")) for r in response.json()["results"]]


def pull_all(client: httpx.Client, auth: dict[str, str], after: int = 0) -> list[dict]:
    changes = []
    while True:
        page = client.get("/api/v1/sync/pull", params={"after": after, "limit": 1000}, headers=auth)
        assert page.status_code == 200, page.text
        body = page.json()
        changes += body["changes"]
        after = body["next"]
        if not body["more"]:
            return changes


def audit_op(
    device: str,
    facility_id: str,
    user_id: str | None,
    action: str = "update",
    seq: int | None = None,
    prev_hash: str = "0" * 64,
) -> dict[str, Any]:
    """An audit entry of ``user_id``, pushed by that user: hashed as docs/audit-chain.md says,
    at ``seq`` after ``prev_hash``, or by default at a place of its own in the device's chain
    (a gap before it, which the server allows)."""
    row_id = new_id()
    op = insert_op(
        "audit_entry",
        device,
        {
            "id": row_id,
            "facility_id": facility_id,
            "device_seq": seq if seq is not None else 10_000 + int(row_id[-6:], 16),
            "at": "2026-12-03T09:00:00.000000Z",
            "user_id": user_id,
            "username": "test",
            "action": action,
            "entity": "test",
            "prev_hash": prev_hash,
        },
    )
    values = {column: field["value"] for column, field in op["fields"].items()}
    op["fields"]["entry_hash"]["value"] = chain_hash({**values, "origin_device": device})
    return {**op, "user_id": user_id}


def officer(
    client: httpx.Client, auth: dict[str, str], device: str, facility_id: str, role: str
) -> str:
    """A user of a facility that has none yet, made as a first desk makes one: the setup
    creates the administrator (an op by no user), who creates the officer; each change with
    its audit entry. The officer's audit entry goes last, so that it covers the officer's
    changes in the pushes that follow (server/authorise.py). Returns the officer's id."""
    admin, user = new_id(), new_id()

    def account(row_id: str, name: str, role: str) -> dict[str, Any]:
        values = {"id": row_id, "facility_id": facility_id, "username": name, "role": role}
        return insert_op("user_account", device, {**values, "full_name": name, "active": True})

    ops = [
        account(admin, "admin", "admin"),
        audit_op(device, facility_id, admin),
        {**account(user, "officer", role), "user_id": admin},
        {**audit_op(device, facility_id, admin), "user_id": admin},
        audit_op(device, facility_id, user),
    ]
    ops[1]["user_id"] = None  # the setup names no user; its audit entry names the admin
    answer = push(client, auth, ops)
    assert statuses(answer) == [("applied", None)] * len(ops), answer.text
    return user
