"""Speaking the protocol by hand, as another client written against SYNC.md would."""

from __future__ import annotations

import time
from typing import Any

import httpx

from prisondesk.db.migrate import head_revision
from prisondesk.domain.ids import new_id
from prisondesk.server.tables import table_specs


def hlc(device: str, ahead_ms: int = 0, counter: int = 0) -> str:
    return f"{int(time.time() * 1000) + ahead_ms:015d}-{counter:05d}-{device}"


def enrol(
    client: httpx.Client, code: str, facility: tuple[str, str] | None = None
) -> tuple[str, str, dict[str, str]]:
    """Returns the device id, the facility id and the auth header."""
    body: dict[str, Any] = {"code": code, "name": "test desk", "app_version": "test"}
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


def insert_op(table: str, device: str, values: dict[str, Any]) -> dict[str, Any]:
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
        "user_id": None,
        "device_time": "2026-11-28T09:15:00.000000Z",
    }


def update_op(table: str, row_id: str, values: dict[str, Any], stamp: str, base=None) -> dict:
    return {
        "op_id": new_id(),
        "table": table,
        "row_id": row_id,
        "kind": "update",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        "base": base or {},
        "user_id": None,
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
