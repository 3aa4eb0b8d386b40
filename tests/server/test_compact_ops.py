"""The compact op (docs/sync-additions.md, feature "op_values": ``values`` with their one
``hlc`` instead of ``fields``) and the server's packed storage of a row's per-column maps,
over real HTTP on SQLite and PostgreSQL; and a workstation choosing the form by what the
server says it understands."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from prisondesk.db.migrate import head_revision
from prisondesk.domain.ids import new_id
from prisondesk.services.core import facility
from prisondesk.services.intake import admissions
from prisondesk.sync import state
from prisondesk.sync.engine import RoundReport, SyncEngine, shared_hlc
from prisondesk.sync.http import SyncClient
from tests.intake.fixtures import identity
from tests.server.protocol import (
    enrol,
    hlc,
    insert_op,
    officer,
    pull_all,
    push,
    statuses,
    update_op,
    wing_insert,
)


@pytest.fixture
def desk(client, enrolment_code):
    facility = new_id()
    device, _, auth = enrol(client, enrolment_code("BSH-1"), (facility, "BSH-1"))
    return device, facility, auth


def test_hello_names_the_additions_the_server_understands(client):
    assert client.get("/api/v1/hello").json()["features"] == ["op_values"]


def test_values_with_one_hlc_are_stored_and_pulled_as_fields_would_be(client, desk):
    device, facility, auth = desk
    full = wing_insert(device, facility, "Блок А")
    compact = shared_hlc(wing_insert(device, facility, "Блок Б"))
    assert "fields" not in compact and compact["values"]["name"] == "Блок Б"
    assert statuses(push(client, auth, [full, compact])) == [("applied", None)] * 2
    pulled = {c["row"]["name"]: c for c in pull_all(client, auth)}
    for op, name in ((full, "Блок А"), (compact, "Блок Б")):
        change = pulled[name]
        stamp = hlc_of(op)
        assert change["hlc"] == dict.fromkeys(change["row"], stamp)
    # a replayed compact insert is known by its id's HLC, as a full one is
    assert statuses(push(client, auth, [dict(compact, op_id=new_id())])) == [("duplicate", None)]
    # an update that changes one field: that field's HLC alone moves
    later = hlc(device, ahead_ms=1000)
    rename = shared_hlc(update_op("wing", compact["row_id"], {"name": "Блок В"}, later))
    assert statuses(push(client, auth, [rename])) == [("applied", None)]
    [change] = [c for c in pull_all(client, auth) if c["row_id"] == compact["row_id"]]
    assert change["hlc"]["name"] == later
    assert {k: v for k, v in change["hlc"].items() if k != "name"} == {
        k: hlc_of(compact) for k in change["row"] if k != "name"
    }


def hlc_of(op: dict) -> str:
    return op["hlc"] if "values" in op else op["fields"]["id"]["hlc"]


def test_compact_inserts_claim_unique_values_like_full_ones(client, desk):
    device, facility, auth = desk
    registrar = officer(client, auth, device, facility, "registry_officer")
    first, second = (
        shared_hlc(
            insert_op(
                "prisoner",
                device,
                {
                    "id": new_id(),
                    "facility_id": facility,
                    "number": "BSH-000001",
                    "surname": surname,
                    "given_name": "Бакыт",
                },
                user=registrar,
            )
        )
        for surname in ("Асанов", "Усенов")
    )
    answer = push(client, auth, [first, second])
    assert [s for s, _ in statuses(answer)] == ["applied", "rejected"]
    assert answer.json()["results"][1]["reason"] == "unique_violation"


@pytest.mark.parametrize(
    "change",
    [
        {"hlc": None},  # values without their HLC
        {"fields": {"name": {"value": "x", "hlc": "y"}}},  # both forms at once
        {"values": ["Блок"]},  # not an object
    ],
)
def test_a_malformed_compact_op_makes_the_body_malformed(client, desk, change):
    device, facility, auth = desk
    op = {**shared_hlc(wing_insert(device, facility, "Блок")), **change}
    answer = push(client, auth, [op])
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "malformed"
    assert pull_all(client, auth) == []


def test_fields_with_an_op_hlc_are_malformed_too(client, desk):
    device, facility, auth = desk
    op = wing_insert(device, facility, "Блок")
    op["hlc"] = hlc(device)
    assert push(client, auth, [op]).status_code == 422


def test_compact_values_are_checked_like_fields(client, desk):
    device, facility, auth = desk
    foreign = shared_hlc(wing_insert(device, facility, "Блок"))
    foreign["hlc"] = hlc(new_id())  # another device's clock
    bad_type = shared_hlc(wing_insert(device, facility, "Блок"))
    bad_type["values"]["position"] = "первый"
    unknown = shared_hlc(wing_insert(device, facility, "Блок"))
    unknown["values"]["colour"] = "red"
    answer = push(client, auth, [foreign, bad_type, unknown])
    assert statuses(answer) == [("rejected", "invalid_value")] * 3


@pytest.mark.parametrize("features", [["op_values"], []])
def test_a_workstation_sends_the_form_the_server_understands(db, admin, registrar, features):
    admissions.start_admission(db, registrar, identity())
    with db.apply_remote() as session:  # enrolled with its facility
        state.put(session, state.FACILITY_ID, facility.current_facility(db).id)
    bodies: list[dict] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/hello":
            return httpx.Response(
                200,
                json={
                    "protocol": 1,
                    "server_version": "x",
                    "schema": head_revision(),
                    "server_time": "2026-11-29T00:00:00.000000Z",
                    "features": features,
                },
            )
        raw = request.read()
        if request.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        body = json.loads(raw)
        bodies.append(body)
        results = [{"op_id": op["op_id"], "status": "applied"} for op in body["ops"]]
        return httpx.Response(200, json={"results": results, "server_time": "x"})

    client = SyncClient("http://server", "token", transport=httpx.MockTransport(server))
    engine = SyncEngine(db, client, head_revision())
    report = RoundReport()
    engine.push(report)
    ops = [op for body in bodies for op in body["ops"]]
    assert report.pushed == len(ops) > 0
    if features:
        assert all("values" in op and "fields" not in op for op in ops)
    else:
        assert all("fields" in op and "values" not in op for op in ops)
