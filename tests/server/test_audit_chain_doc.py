"""docs/audit-chain.md is enough to write audit entries the server accepts: the hash is
computed here from the page's words alone (no project code), checked against the page's
worked example, and entries so made are pushed."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from prisondesk.domain.ids import new_id
from tests.server.protocol import insert_op, officer, push, statuses
from tests.server.test_protocol import _desk

PAGE = Path(__file__).resolve().parents[2] / "docs" / "audit-chain.md"


def hash_as_the_page_says(values: dict, device: str) -> str:
    body = {k: v for k, v in values.items() if k != "entry_hash"}  # step 1
    body["device"] = device  # step 2
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)  # 3
    return hashlib.sha256(text.encode("utf-8")).hexdigest()  # step 4


def test_the_worked_example_hashes_as_the_page_says():
    page = PAGE.read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", page, re.S).group(1))
    device = re.search(r"pushed by the device `([0-9a-f-]{36})`", page).group(1)
    stated = re.search(r"entry_hash = ([0-9a-f]{64})", page).group(1)
    assert len(example) == 13 and hash_as_the_page_says(example, device) == stated


def test_entries_written_from_the_page_are_accepted_and_a_wrong_one_refused(client, enrolment_code):
    device, facility, auth = _desk(client, enrolment_code)
    user = officer(client, auth, device, facility, "registry_officer")
    previous, ops = "0" * 64, []
    for seq in (1, 2, 3):
        values = {
            "id": new_id(),
            "facility_id": facility,
            "device_seq": seq,
            "at": f"2026-12-03T09:1{seq}:00.000000Z",
            "user_id": user,
            "username": "officer",
            "action": "read",
            "entity": "prisoner",
            "entity_id": None,
            "before": None,
            "after": {"shown": seq},
            "note": "Өмүрбеков — заметка",
            "prev_hash": previous,
        }
        values["entry_hash"] = previous = hash_as_the_page_says(values, device)
        ops.append(insert_op("audit_entry", device, values, user=user))
    wrong = dict(ops[-1]["fields"]["note"])
    forged = insert_op(
        "audit_entry",
        device,
        {
            **{k: f["value"] for k, f in ops[0]["fields"].items()},
            "id": new_id(),
            "device_seq": 4,
            "prev_hash": previous,
            "note": wrong["value"] + "!",  # the hash of another text
        },
        user=user,
    )
    answer = push(client, auth, [*ops, forged])
    assert statuses(answer) == [("applied", None)] * 3 + [("rejected", "invalid_value")]
