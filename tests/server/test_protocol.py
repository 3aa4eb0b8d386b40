"""The endpoints of SYNC.md over real HTTP, on SQLite and on PostgreSQL: what is stored, what
comes back, and every whole-request and per-op refusal."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime

import pytest

from prisondesk.db.migrate import head_revision
from prisondesk.domain.hlc import Timestamp
from prisondesk.domain.ids import new_id
from prisondesk.server import devices
from prisondesk.server.models import ServerDevice
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
    wing_insert,
)


def _desk(client, enrolment_code, code="BSH-1"):
    facility_id = new_id()
    device, facility, auth = enrol(client, enrolment_code(code), (facility_id, code))
    assert facility == facility_id  # the first offline workstation lends its facility id
    return device, facility, auth


def test_push_pull_digest_round_trip(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    op = wing_insert(device, facility, "Блок А")
    assert statuses(push(client, auth, [op])) == [("applied", None)]
    changes = pull_all(client, auth)
    assert len(changes) == 1
    change = changes[0]
    assert change["table"] == "wing" and change["row_id"] == op["row_id"]
    assert change["row"] == {k: v["value"] for k, v in op["fields"].items()}
    assert change["hlc"] == {k: v["hlc"] for k, v in op["fields"].items()}
    assert change["deleted"] is False and change["seq"] >= 1
    digest = client.get("/api/v1/sync/digest", headers=auth).json()
    assert digest["as_of"] == change["seq"]
    assert digest["tables"]["wing"] == {"count": 1, "xor": f"{row_hash(change['row']):032x}"}
    assert digest["tables"]["prisoner"] == {"count": 0, "xor": "0" * 32}


def test_a_push_is_noted_as_the_device_last_seen(server, client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    [enrolled] = [d for d in devices.devices(server.db) if d.id == device]
    assert enrolled.last_seen_at is None
    before = datetime.now(UTC)
    push(client, auth, [wing_insert(device, facility, "Блок А")])
    [seen] = [d for d in devices.devices(server.db) if d.id == device]
    assert before <= seen.last_seen_at <= datetime.now(UTC)
    push(client, auth, [wing_insert(device, facility, "Блок Б")])  # within the minute
    [again] = [d for d in devices.devices(server.db) if d.id == device]
    assert again.last_seen_at == seen.last_seen_at
    with server.db.write() as session:  # a minute later, as far as the server knows
        stored = session.get(ServerDevice, device)
        stored.last_seen_at = seen.last_seen_at - devices.SEEN_EVERY
    push(client, auth, [wing_insert(device, facility, "Блок В")])
    [later] = [d for d in devices.devices(server.db) if d.id == device]
    assert later.last_seen_at > seen.last_seen_at


def test_a_replayed_push_is_answered_duplicate_and_stored_once(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    ops = [wing_insert(device, facility, f"Блок {n}") for n in range(3)]
    assert [s for s, _ in statuses(push(client, auth, ops))] == ["applied"] * 3
    assert [s for s, _ in statuses(push(client, auth, ops))] == ["duplicate"] * 3
    assert len(pull_all(client, auth)) == 3
    # an update replayed is a duplicate too; so is an insert replayed after its row changed
    renamed = update_op(
        "wing", ops[0]["row_id"], {"name": "Блок 0-1"}, hlc(device, ahead_ms=10), {}
    )
    assert statuses(push(client, auth, [renamed])) == [("applied", None)]
    last = max(c["seq"] for c in pull_all(client, auth))
    assert [s for s, _ in statuses(push(client, auth, [renamed, ops[0]]))] == ["duplicate"] * 2
    assert pull_all(client, auth, after=last) == []  # nothing written again


def test_an_update_moves_the_row_to_a_new_seq_with_its_current_state(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    first = wing_insert(device, facility, "Блок А")
    second = wing_insert(device, facility, "Блок Б")
    push(client, auth, [first, second])
    before = {c["row_id"]: c["seq"] for c in pull_all(client, auth)}
    later = hlc(device, ahead_ms=10)
    renamed = update_op("wing", first["row_id"], {"name": "Блок А-1"}, later, {"name": "Блок А"})
    assert statuses(push(client, auth, [renamed])) == [("applied", None)]
    changes = pull_all(client, auth, after=max(before.values()))
    assert [(c["row_id"], c["row"]["name"]) for c in changes] == [(first["row_id"], "Блок А-1")]
    assert changes[0]["seq"] > max(before.values())
    assert changes[0]["hlc"]["name"] == later


def test_concurrent_edits_keep_the_higher_hlc_and_record_the_loser(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    other, _, other_auth = enrol(client, enrolment_code())
    wing = wing_insert(device, facility, "Блок А")
    push(client, auth, [wing])
    early, late = hlc(other, ahead_ms=5), hlc(device, ahead_ms=50)
    winner = update_op("wing", wing["row_id"], {"name": "Победитель"}, late, {"name": "Блок А"})
    loser = update_op("wing", wing["row_id"], {"name": "Проигравший"}, early, {"name": "Блок А"})
    assert statuses(push(client, auth, [winner])) == [("applied", None)]
    assert statuses(push(client, other_auth, [loser])) == [("merged", None)]
    rows = {c["table"]: c["row"] for c in pull_all(client, other_auth)}
    assert rows["wing"]["name"] == "Победитель"
    conflict = rows["sync_conflict"]
    assert conflict["row_id"] == wing["row_id"] and conflict["field"] == "name"
    assert conflict["kept"] == {"value": "Победитель", "hlc": late}
    assert conflict["lost"] == {"value": "Проигравший", "hlc": early}


def test_a_later_write_over_an_unseen_value_wins_and_records_what_it_replaced(
    client, enrolment_code
):
    device, facility, auth = _desk(client, enrolment_code)
    other, _, other_auth = enrol(client, enrolment_code())
    wing = wing_insert(device, facility, "Блок А")
    push(client, auth, [wing])
    push(client, auth, [update_op("wing", wing["row_id"], {"name": "B"}, hlc(device, 5))])
    blind = update_op("wing", wing["row_id"], {"name": "C"}, hlc(other, 50), {"name": "Блок А"})
    assert statuses(push(client, other_auth, [blind])) == [("applied", None)]
    rows = {c["table"]: c["row"] for c in pull_all(client, auth)}
    assert rows["wing"]["name"] == "C"
    assert rows["sync_conflict"]["lost"]["value"] == "B"


def test_a_delete_is_a_final_tombstone_and_leaves_the_digest(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    wing = wing_insert(device, facility, "Блок А")
    push(client, auth, [wing])
    tombstone = {
        **update_op("wing", wing["row_id"], {}, ""),
        "kind": "delete",
        "fields": {"deleted": {"value": True, "hlc": hlc(device, 5)}},
    }
    assert statuses(push(client, auth, [tombstone])) == [("applied", None)]
    revive = update_op(
        "wing", wing["row_id"], {"name": "снова"}, hlc(device, 10), {"name": "Блок А"}
    )
    assert statuses(push(client, auth, [revive])) == [("merged", None)]  # lost to the delete
    changes = {c["table"]: c for c in pull_all(client, auth)}
    change = changes["wing"]
    assert change["deleted"] is True and change["row"]["name"] == "Блок А"
    assert changes["sync_conflict"]["row"]["lost"]["value"] == "снова"
    digest = client.get("/api/v1/sync/digest", headers=auth).json()
    assert digest["tables"]["wing"]["count"] == 0


def test_per_op_refusals_never_block_the_other_ops(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    good = wing_insert(device, facility, "Блок А")
    too_long = wing_insert(device, facility, "x" * 101)
    wrong_type = wing_insert(device, facility, "Блок В")
    wrong_type["fields"]["position"]["value"] = "1"
    bad_hlc = wing_insert(device, facility, "Блок Г")
    bad_hlc["fields"]["name"]["hlc"] = "yesterday"
    bad_uuid = wing_insert(device, facility, "Блок Д")
    bad_uuid["row_id"] = bad_uuid["fields"]["id"]["value"] = "1; DROP TABLE server_row"
    missing = wing_insert(device, facility, "Блок Е")
    del missing["fields"]["position"]
    unknown_table = {**wing_insert(device, facility, "x"), "table": "no_such_table"}
    unknown_row = update_op("wing", new_id(), {"name": "x"}, hlc(device))
    conflict_row = {**wing_insert(device, facility, "x"), "table": "sync_conflict"}
    event_update = update_op("movement", new_id(), {"note": "x"}, hlc(device))
    event_delete = {**update_op("audit_entry", new_id(), {}, ""), "kind": "delete"}
    event_delete["fields"] = {"deleted": {"value": True, "hlc": hlc(device)}}
    answer = push(
        client,
        auth,
        [
            good,
            too_long,
            wrong_type,
            bad_hlc,
            bad_uuid,
            missing,
            unknown_table,
            unknown_row,
            conflict_row,
            event_update,
            event_delete,
        ],
    )
    assert statuses(answer) == [
        ("applied", None),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "unknown_table"),
        ("rejected", "unknown_row"),
        ("rejected", "forbidden"),
        ("rejected", "append_only"),
        ("rejected", "append_only"),
    ]
    assert [c["row_id"] for c in pull_all(client, auth)] == [good["row_id"]]


def test_a_device_cannot_write_another_facilitys_rows(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code, "BSH-1")
    stranger, stranger_facility, stranger_auth = _desk(client, enrolment_code, "OSH-2")
    theirs = wing_insert(stranger, stranger_facility, "Чужой блок")
    push(client, stranger_auth, [theirs])
    into_theirs = wing_insert(device, stranger_facility, "Подброшенный")
    edit_theirs = update_op("wing", theirs["row_id"], {"name": "взлом"}, hlc(device, 50))
    move_away = wing_insert(device, facility, "Мой")
    push(client, auth, [move_away])
    moved = update_op(
        "wing", move_away["row_id"], {"facility_id": stranger_facility}, hlc(device, 60)
    )
    shared = wing_insert(device, None, "Общий")
    assert statuses(push(client, auth, [into_theirs, edit_theirs, moved, shared])) == [
        ("rejected", "out_of_scope"),
        ("rejected", "out_of_scope"),
        ("rejected", "out_of_scope"),
        ("rejected", "forbidden"),
    ]
    their_rows = {c["row_id"]: c["row"]["name"] for c in pull_all(client, stranger_auth)}
    assert their_rows == {theirs["row_id"]: "Чужой блок"}
    assert [c["row"]["name"] for c in pull_all(client, auth)] == ["Мой"]


def test_sql_in_every_string_field_is_stored_as_text(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    attack = "x'); DROP TABLE server_row; --"
    stamp = hlc(device)
    row_id = new_id()
    values = {
        "id": row_id,
        "facility_id": facility,
        "username": attack[:64],
        "full_name": attack,
        "role": attack[:32],
        "password_hash": attack,
        "must_change_password": True,
        "active": True,
        "language": attack[:8],
    }
    op = {
        **update_op("user_account", row_id, {}, stamp),
        "kind": "insert",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
    }
    op["user_id"] = attack[:64]  # no such user: refused, and nothing broken
    assert statuses(push(client, auth, [op])) == [("rejected", "forbidden")]
    op = {**op, "op_id": new_id(), "user_id": officer(client, auth, device, facility, "admin")}
    assert statuses(push(client, auth, [op])) == [("applied", None)]
    assert (
        client.get(
            "/api/v1/sync/pull", params={"after": "0; DROP TABLE x", "limit": 1}, headers=auth
        ).status_code
        == 422
    )
    bad_table = client.get(
        "/api/v1/sync/pull", params={"after": 0, "table": "wing' OR '1'='1"}, headers=auth
    )
    assert bad_table.status_code == 422  # no such table: nothing read
    assert bad_table.json()["error"]["code"] == "malformed"
    [change] = [c for c in pull_all(client, auth) if c["row_id"] == row_id]
    assert change["row"] == values


def test_requests_without_a_valid_token_are_refused(client, server, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic x"}):
        for method, path in (
            ("GET", "/api/v1/sync/pull"),
            ("GET", "/api/v1/sync/digest"),
            ("GET", "/api/v1/sync/schema"),
            ("POST", "/api/v1/sync/push"),
        ):
            answer = client.request(method, path, headers=headers, json={})
            assert answer.status_code == 401, (method, path, headers)
            assert answer.json()["error"]["code"] == "unauthorized"
    devices.revoke(server.db, device)
    revoked = push(client, auth, [wing_insert(device, facility, "после отзыва")])
    assert revoked.status_code == 401
    assert "revoked" in revoked.json()["error"]["message"]
    assert pull_all(client, enrol(client, enrolment_code())[2]) == []


def test_malformed_bodies_are_422_with_the_json_error(client, enrolment_code):
    _device, _facility, auth = _desk(client, enrolment_code)
    headers = {**auth, "Content-Type": "application/json"}
    for body in (
        b"{not json",
        b"[]",
        b'{"protocol": 1}',
        b'{"protocol":1,"schema":"x","ops":[{}]}',
    ):
        answer = client.post("/api/v1/sync/push", content=body, headers=headers)
        assert answer.status_code == 422, body
        assert answer.json()["error"]["code"] == "malformed"
    not_gzip = client.post(
        "/api/v1/sync/push", content=b"plain", headers={**headers, "Content-Encoding": "gzip"}
    )
    assert not_gzip.status_code == 422


def test_bodies_over_8_mib_are_413_however_they_come(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    big = json.dumps(
        {
            "protocol": 1,
            "schema": head_revision(),
            "ops": [wing_insert(device, facility, "x" * 100) for _ in range(1)],
            "pad": "x" * (20 << 20),
        }
    ).encode()
    declared = client.post("/api/v1/sync/push", content=big, headers=auth)
    assert declared.status_code == 413
    assert declared.json()["error"]["code"] == "too_large"
    chunked = client.post(
        "/api/v1/sync/push",
        content=(big[i : i + 65536] for i in range(0, len(big), 65536)),
        headers=auth,
    )
    assert chunked.status_code == 413
    bomb = gzip.compress(big)
    assert len(bomb) < 1 << 20
    zipped = client.post(
        "/api/v1/sync/push", content=bomb, headers={**auth, "Content-Encoding": "gzip"}
    )
    assert zipped.status_code == 413
    assert pull_all(client, auth) == []


def test_gzip_both_ways(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    ops = [wing_insert(device, facility, f"Блок {n}") for n in range(40)]
    body = gzip.compress(
        json.dumps({"protocol": 1, "schema": head_revision(), "ops": ops}).encode()
    )
    answer = client.post(
        "/api/v1/sync/push",
        content=body,
        headers={**auth, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert statuses(answer).count(("applied", None)) == 40
    page = client.get(
        "/api/v1/sync/pull", params={"after": 0}, headers={**auth, "Accept-Encoding": "gzip"}
    )
    assert page.headers["content-encoding"] == "gzip"
    assert len(page.json()["changes"]) == 40


def test_pull_limits_and_paging(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    push(client, auth, [wing_insert(device, facility, f"Блок {n}") for n in range(5)])
    for params in ({"limit": 1001}, {"limit": 0}, {"after": -1}):
        answer = client.get("/api/v1/sync/pull", params=params, headers=auth)
        assert answer.status_code == 422, params
    first = client.get("/api/v1/sync/pull", params={"limit": 2}, headers=auth).json()
    assert len(first["changes"]) == 2 and first["more"] is True
    assert first["next"] == first["changes"][-1]["seq"]
    rest = client.get(
        "/api/v1/sync/pull", params={"after": first["next"], "limit": 1000}, headers=auth
    ).json()
    assert len(rest["changes"]) == 3 and rest["more"] is False


def test_old_protocols_and_schemas_get_426(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    op = wing_insert(device, facility, "x")
    assert push(client, auth, [op], protocol=2).status_code == 426
    old = push(client, auth, [op], schema="0002_intake")
    assert old.status_code == 426 and old.json()["error"]["code"] == "schema_too_old"
    newer = push(client, auth, [op], schema="9999_future")
    assert newer.status_code == 426 and newer.json()["error"]["code"] == "server_too_old"
    assert pull_all(client, auth) == []


def test_a_clock_far_ahead_is_clamped_and_flagged(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    year = 365 * 24 * 3600 * 1000
    op = wing_insert(device, facility, "из будущего", ahead_ms=year)
    answer = push(client, auth, [op]).json()["results"][0]
    assert answer["status"] == "applied" and answer["flags"] == ["clock_skew"]
    [change] = pull_all(client, auth)
    stamp = Timestamp.parse(change["hlc"]["name"])
    assert stamp.device_id == device
    assert stamp.ms < Timestamp.parse(hlc(device)).ms + 5 * 60 * 1000
    assert change["row"]["name"] == "из будущего"
    # its stored HLC is not the one it was sent with: a replay is known by its receipt
    replayed = push(client, auth, [op]).json()["results"][0]
    assert replayed["status"] == "duplicate"
    assert len(pull_all(client, auth)) == 1


def test_headquarters_reads_every_facility_and_pushes_nothing(client, enrolment_code):
    a, fa, auth_a = _desk(client, enrolment_code, "BSH-1")
    b, fb, auth_b = _desk(client, enrolment_code, "OSH-2")
    push(client, auth_a, [wing_insert(a, fa, "А")])
    push(client, auth_b, [wing_insert(b, fb, "Б")])
    hq, hq_facility, hq_auth = enrol(client, enrolment_code(None))
    assert hq_facility is None
    assert sorted(c["row"]["name"] for c in pull_all(client, hq_auth)) == ["А", "Б"]
    refused = push(client, hq_auth, [wing_insert(hq, fa, "HQ")])
    assert refused.status_code == 403
    assert len(pull_all(client, auth_a)) == 1


def test_the_schema_endpoint_describes_every_replicated_table(client, enrolment_code):
    _, _, auth = _desk(client, enrolment_code)
    body = client.get("/api/v1/sync/schema", headers=auth).json()
    assert body["schema"] == head_revision()
    assert body["tables"]["movement"]["kind"] == "event"
    assert body["tables"]["prisoner"]["columns"]["date_of_birth"] == "date"
    assert body["tables"]["sync_conflict"]["kind"] == "event"


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/hello",
        "/api/v1/devices/enroll",
        "/api/v1/sync/schema",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/sync/digest",
        "/healthz",
    ):
        assert path in paths


def test_hostile_fields_are_refused_per_op_not_with_a_500(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    other_device = new_id()
    forged = wing_insert(device, facility, "чужие часы")
    for item in forged["fields"].values():
        item["hlc"] = hlc(other_device)  # another device's clock: a forgery
    odd_hlc = wing_insert(device, facility, "x")
    odd_hlc["fields"]["name"]["hlc"] = ["not", "text"]
    underscores = wing_insert(device, facility, "x")
    underscores["fields"]["name"]["hlc"] = f"1_1_1_1_1_1_1_1-00000-{device}"
    newline = wing_insert(device, facility, "x")
    newline["row_id"] = newline["fields"]["id"]["value"] = newline["row_id"] + "\n"
    # int() reads "+…" and other scripts' digits; times in the past, so that only the check
    # of the text itself can refuse them (a time far ahead is clamped, not refused)
    signed = wing_insert(device, facility, "x")
    signed["fields"]["name"]["hlc"] = f"+{'0' * 14}-00000-{device}"
    arabic_digits = wing_insert(device, facility, "x")
    arabic_digits["fields"]["name"]["hlc"] = f"{'٠' * 15}-00000-{device}"
    good = wing_insert(device, facility, "Блок А")
    answer = push(
        client, auth, [forged, odd_hlc, underscores, newline, signed, arabic_digits, good]
    )
    assert statuses(answer) == [("rejected", "invalid_value")] * 6 + [("applied", None)]
    huge = client.get("/api/v1/sync/pull", params={"after": 10**20}, headers=auth)
    assert huge.status_code == 422


def test_control_characters_in_text_are_refused_but_tab_and_new_line_pass(client, enrolment_code):
    """The attack: an ESC in a name reached every desk and broke their XLSX exports. Text
    holds no control character but tab and new line, as the desks' own checks say."""
    device, facility, auth = _desk(client, enrolment_code)
    bad = [
        wing_insert(device, facility, f"Блок{character}А")
        for character in ("\x1b", "\r", "\x7f", "\x85", "\x0b")
    ]
    good = [wing_insert(device, facility, "Блок\tА"), wing_insert(device, facility, "Блок\nБ")]
    answer = push(client, auth, [*bad, *good])
    assert statuses(answer) == [("rejected", "invalid_value")] * 5 + [("applied", None)] * 2
    assert "control characters" in str(answer.json()["results"][0])
    names = {c["row"]["name"] for c in pull_all(client, auth)}
    assert names == {"Блок\tА", "Блок\nБ"}
    # an update of one column is checked the same way
    row = good[0]["row_id"]
    escape = update_op("wing", row, {"name": "Блок\x1b[2J"}, hlc(device))
    assert statuses(push(client, auth, [escape])) == [("rejected", "invalid_value")]


def test_nul_characters_in_ids_are_refused_per_op_not_with_a_500(client, enrolment_code):
    """PostgreSQL takes no NUL in a text parameter: ids that cannot be ids are never looked
    up, and the ops that carry them are refused alone."""
    device, facility, auth = _desk(client, enrolment_code)
    nul_row = wing_insert(device, facility, "x")
    nul_row["row_id"] = nul_row["fields"]["id"]["value"] = nul_row["row_id"][:-1] + "\x00"
    nul_op = wing_insert(device, facility, "x")
    nul_op["op_id"] = "\x00" + nul_op["op_id"][1:]
    nul_prisoner = insert_op(
        "contact", device, {"id": new_id(), "facility_id": facility, "prisoner_id": "a\x00b"}
    )
    nul_text = wing_insert(device, facility, "Блок\x00А")  # a control character in text
    good = wing_insert(device, facility, "Блок Б")
    answer = push(client, auth, [nul_row, nul_op, nul_prisoner, nul_text, good])
    assert statuses(answer) == [("rejected", "invalid_value")] * 4 + [("applied", None)]
    names = {c["row"]["name"] for c in pull_all(client, auth)}
    assert names == {"Блок Б"}
    refused = client.get("/api/v1/sync/pull", params={"table": "wing\x00"}, headers=auth)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "malformed"


def test_an_edit_that_reaches_a_deleted_record_is_kept_as_a_conflict(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    other, _, other_auth = enrol(client, enrolment_code())
    wing = wing_insert(device, facility, "Блок А")
    push(client, auth, [wing])
    tombstone = {
        **update_op("wing", wing["row_id"], {}, ""),
        "kind": "delete",
        "fields": {"deleted": {"value": True, "hlc": hlc(device, 5)}},
    }
    push(client, auth, [tombstone])
    late_edit = update_op(
        "wing", wing["row_id"], {"name": "поздно"}, hlc(other, 50), {"name": "Блок А"}
    )
    assert statuses(push(client, other_auth, [late_edit])) == [("merged", None)]
    rows = {c["table"]: c for c in pull_all(client, auth)}
    assert rows["wing"]["deleted"] is True and rows["wing"]["row"]["name"] == "Блок А"
    assert rows["sync_conflict"]["row"]["lost"]["value"] == "поздно"


def test_an_enrolled_workstation_cannot_be_taken_over_with_a_new_code(client, enrolment_code):
    facility_id = new_id()
    first = client.post(
        "/api/v1/devices/enroll",
        json={
            "code": enrolment_code(),
            "name": "desk",
            "app_version": "t",
            "device_id": new_id(),
            "facility": {"id": facility_id, "code": "BSH-1"},
        },
    ).json()
    takeover = client.post(
        "/api/v1/devices/enroll",
        json={
            "code": enrolment_code(),
            "name": "thief",
            "app_version": "t",
            "device_id": first["device_id"],
        },
    )
    assert takeover.status_code == 409
    assert takeover.json()["error"]["code"] == "device_enrolled"
    still = client.get("/api/v1/sync/digest", headers={"Authorization": f"Bearer {first['token']}"})
    assert still.status_code == 200


def _setting_insert(device: str, facility: str, key: str, ahead_ms: int = 0) -> dict:
    row_id, stamp = new_id(), hlc(device, ahead_ms=ahead_ms)
    values = {"id": row_id, "facility_id": facility, "key": key, "value": 1}
    return {
        "op_id": new_id(),
        "table": "facility_setting",
        "row_id": row_id,
        "kind": "insert",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        "base": {},
        "user_id": None,
        "device_time": None,
    }


def test_a_unique_value_is_held_once_and_freed_by_a_rename_or_a_delete(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    first = _setting_insert(device, facility, "k1")
    assert statuses(push(client, auth, [first])) == [("applied", None)]
    taken = _setting_insert(device, facility, "k1", ahead_ms=1)
    assert statuses(push(client, auth, [taken])) == [("rejected", "unique_violation")]
    # a later push renames the holder: the value is free for another row
    renamed = update_op("facility_setting", first["row_id"], {"key": "k2"}, hlc(device, 2))
    assert statuses(push(client, auth, [renamed])) == [("applied", None)]
    again = _setting_insert(device, facility, "k1", ahead_ms=3)
    assert statuses(push(client, auth, [again])) == [("applied", None)]
    # deleting the holder of "k2" frees it too
    deleted = {
        **update_op("facility_setting", first["row_id"], {"deleted": True}, hlc(device, 4)),
        "kind": "delete",
    }
    assert statuses(push(client, auth, [deleted])) == [("applied", None)]
    reused = _setting_insert(device, facility, "k2", ahead_ms=5)
    assert statuses(push(client, auth, [reused])) == [("applied", None)]
    changes = pull_all(client, auth)
    live = {
        c["row"]["key"] for c in changes if c["table"] == "facility_setting" and not c["deleted"]
    }
    assert live == {"k1", "k2"}


def test_fields_and_base_that_are_not_objects_make_the_body_malformed(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    good = wing_insert(device, facility, "Блок В")
    for bad in (
        {**wing_insert(device, facility, "x"), "fields": [["name", "x"]]},
        {**wing_insert(device, facility, "x"), "fields": "name=x"},
        {**wing_insert(device, facility, "x"), "base": ["name"]},
        {**wing_insert(device, facility, "x"), "base": None},
    ):
        answer = push(client, auth, [bad, good])
        assert answer.status_code == 422 and answer.json()["error"]["code"] == "malformed"
    # a field that is not {"value", "hlc"} rejects its op alone
    item_list = wing_insert(device, facility, "x")
    item_list["fields"]["name"] = ["x", "hlc"]
    answer = push(client, auth, [item_list, good])
    assert statuses(answer) == [("rejected", "invalid_value"), ("applied", None)]


def test_not_a_number_is_refused_and_breaks_nothing_after_it(client, enrolment_code):
    """NaN is not JSON (RFC 8259); Python's json writes it anyway. It is refused, and the
    ops after it go on."""
    device, facility, auth = _desk(client, enrolment_code)
    setting = _setting_insert(device, facility, "nan")
    setting["fields"]["value"]["value"] = float("nan")
    good = wing_insert(device, facility, "Блок Г")
    body = json.dumps({"protocol": 1, "schema": head_revision(), "ops": [setting, good]})
    answer = client.post(
        "/api/v1/sync/push", content=body, headers={**auth, "Content-Type": "application/json"}
    )
    assert statuses(answer) == [("rejected", "invalid_value"), ("applied", None)]
    renamed = update_op("wing", good["row_id"], {"name": "Блок Г-1"}, hlc(device, 5))
    assert statuses(push(client, auth, [renamed])) == [("applied", None)]


def test_a_replayed_insert_is_duplicate_after_its_row_was_deleted(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    first = _setting_insert(device, facility, "once")
    assert statuses(push(client, auth, [first])) == [("applied", None)]
    deleted = {
        **update_op("facility_setting", first["row_id"], {"deleted": True}, hlc(device, 4)),
        "kind": "delete",
    }
    assert statuses(push(client, auth, [deleted])) == [("applied", None)]
    assert statuses(push(client, auth, [first])) == [("duplicate", None)]
    alive = [c for c in pull_all(client, auth) if c["row_id"] == first["row_id"]]
    assert [c["deleted"] for c in alive] == [True]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('{"protocol": 1, "ops": [], "x": ' + "[" * 900 + "]" * 900 + "}", "nests deeper"),
        ('{"protocol": 1, "ops": [], "x": ' + "[" * 5000 + "]" * 5000 + "}", "nests deeper"),
        ('{"protocol": 1, "schema": "\\ud800", "ops": []}', "lone surrogate"),
        ('{"protocol": 1, "ops": [], "x": NaN, "y": "\\udfff"}', "lone surrogate"),
        ('{"protocol": 1, "ops": [', "not valid JSON"),
    ],
)
def test_hostile_json_is_a_422_not_a_500(client, enrolment_code, body, said):
    _, _, auth = _desk(client, enrolment_code)
    for path in ("/api/v1/sync/push", "/api/v1/devices/enroll"):
        answer = client.post(
            path, content=body, headers={**auth, "Content-Type": "application/json"}
        )
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"]["code"] == "malformed"
        assert said in answer.json()["error"]["message"]


def test_a_deep_json_value_never_reaches_the_store(client, enrolment_code):
    """A value nested 900 deep in a JSON column was a 500; one within orjson's limits but
    deeper than a pull can write would have stopped every pull of the facility."""
    device, facility, auth = _desk(client, enrolment_code)
    for depth in (65, 300, 900):
        setting = _setting_insert(device, facility, f"deep{depth}")
        setting["fields"]["value"]["value"] = json.loads("[" * depth + "]" * depth)
        answer = push(client, auth, [setting])
        assert answer.status_code == 422 and "nests deeper" in answer.text
    assert statuses(push(client, auth, [_setting_insert(device, facility, "flat")])) == [
        ("applied", None)
    ]
    assert client.get("/api/v1/sync/pull", params={"after": 0}, headers=auth).status_code == 200


def test_the_schema_publishes_text_limits_and_unique_keys_and_the_server_keeps_them(
    client, enrolment_code
):
    """SYNC.md, Values: a client written from the page learns the rules from /sync/schema."""
    device, facility, auth = _desk(client, enrolment_code)
    tables = client.get("/api/v1/sync/schema", headers=auth).json()["tables"]
    assert tables["audit_entry"]["unique"] == [["origin_device", "device_seq"]]
    assert tables["user_account"]["unique"] == [["facility_id", "username"]]
    assert tables["prisoner"]["unique"] == [["number"]]
    assert "unique" not in tables["wing"]
    limit = tables["wing"]["limits"]["name"]["max_length"]
    assert set(tables["wing"]["limits"]) == {"name"}  # ids are uuids, not limited text
    longest = wing_insert(device, facility, "Б" * limit)
    too_long = wing_insert(device, facility, "Б" * (limit + 1))
    answer = push(client, auth, [longest, too_long])
    assert statuses(answer) == [("applied", None), ("rejected", "invalid_value")]
    for name, table in tables.items():
        for column in table.get("limits", {}):
            assert table["columns"][column] == "text", (name, column)


@pytest.mark.parametrize("protocol", ["1", 1.0, True, None])
def test_the_protocol_is_an_integer(client, enrolment_code, protocol):
    _, _, auth = _desk(client, enrolment_code)
    body = {"protocol": protocol, "schema": head_revision(), "ops": []}
    answer = client.post("/api/v1/sync/push", json=body, headers=auth)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "malformed"


def test_a_field_missing_from_base_counts_as_unseen(client, enrolment_code):
    """SYNC.md, Push: a device that overwrites a value without saying it saw the one there
    (nothing in ``base``) leaves a conflict record, as one whose ``base`` is stale does."""
    device, facility, auth = _desk(client, enrolment_code)
    other, _, other_auth = enrol(client, enrolment_code(), (facility, "BSH-1"))
    wing = wing_insert(device, facility, "Блок А")
    assert statuses(push(client, auth, [wing])) == [("applied", None)]
    theirs = update_op(
        "wing", wing["row_id"], {"name": "Блок 1"}, hlc(device, 1), {"name": "Блок А"}
    )
    assert statuses(push(client, auth, [theirs])) == [("applied", None)]
    unseen = update_op("wing", wing["row_id"], {"name": "Блок Один"}, hlc(other, 2))
    seen = update_op(
        "wing", wing["row_id"], {"name": "Блок I"}, hlc(other, 3), {"name": "Блок Один"}
    )
    assert statuses(push(client, other_auth, [unseen, seen])) == [("applied", None)] * 2
    conflicts = [c for c in pull_all(client, auth) if c["table"] == "sync_conflict"]
    assert [c["row"]["lost"]["value"] for c in conflicts] == ["Блок 1"]  # only the unseen one


def test_the_additions_page_types_the_transfer_columns_as_the_schema_does(client, enrolment_code):
    from pathlib import Path

    _, _, auth = _desk(client, enrolment_code)
    columns = client.get("/api/v1/sync/schema", headers=auth).json()["tables"]["prisoner"]
    page = (Path(__file__).resolve().parents[2] / "docs" / "sync-additions.md").read_text()
    served = {columns["columns"]["transfer_to"], columns["columns"]["transfer_from"]}
    assert served == {"text"} and "two nullable `text` columns, `transfer_to`" in page


def test_the_json_checks_hold_whatever_the_content_type_s_case(client, enrolment_code):
    _, _, auth = _desk(client, enrolment_code)
    body = '{"protocol": 1, "schema": "\\ud800", "ops": []}'
    headers = {**auth, "Content-Type": "Application/JSON"}
    answer = client.post("/api/v1/sync/push", content=body, headers=headers)
    assert answer.status_code == 422 and "lone surrogate" in answer.text


def test_a_push_says_how_long_it_held_the_push_lock(client, enrolment_code):
    import re

    device, facility, auth = _desk(client, enrolment_code)
    answer = push(client, auth, [wing_insert(device, facility, "Блок А")])
    timing = answer.headers["Server-Timing"]
    held = re.fullmatch(
        r'lock;dur=([0-9]+\.[0-9]);desc="push lock held", push;dur=([0-9]+\.[0-9])', timing
    )
    assert held is not None
    lock, whole = float(held.group(1)), float(held.group(2))
    assert 0 < lock <= whole < 10_000
