"""Many pushes and pulls at once never skip a ``seq`` (SYNC.md, Pull): pullers that read
while others write must each end up with every row, in strictly increasing ``seq`` order.
Run against real PostgreSQL (and SQLite) through the HTTP server, with threads."""

from __future__ import annotations

import threading

import httpx

from prisondesk.domain.ids import new_id
from tests.server.protocol import enrol, push, statuses, wing_insert

PUSHERS, BATCHES, BATCH = 6, 12, 40
PULLERS = 3


def test_concurrent_pushes_and_pulls_never_skip_a_change(server, enrolment_code):
    facility = new_id()
    with httpx.Client(base_url=server.url, timeout=60) as setup:
        desks = [enrol(setup, enrolment_code(), (facility, "BSH-1")) for _ in range(PUSHERS)]
    pushed: list[str] = []
    pushed_lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def pusher(device: str, auth: dict[str, str]) -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=60) as client:
                for _ in range(BATCHES):
                    ops = [wing_insert(device, facility, "Блок") for _ in range(BATCH)]
                    assert statuses(push(client, auth, ops)) == [("applied", None)] * BATCH
                    with pushed_lock:
                        pushed.extend(op["row_id"] for op in ops)
        except BaseException as problem:  # reported by the main thread
            errors.append(problem)

    seen: list[list[tuple[int, str]]] = [[] for _ in range(PULLERS)]

    def puller(index: int, auth: dict[str, str]) -> None:
        after = 0
        try:
            with httpx.Client(base_url=server.url, timeout=60) as client:
                while True:
                    finished = done.is_set()
                    page = client.get(
                        "/api/v1/sync/pull", params={"after": after, "limit": 97}, headers=auth
                    ).json()
                    seen[index].extend((c["seq"], c["row_id"]) for c in page["changes"])
                    after = page["next"]
                    if finished and not page["more"]:
                        return
        except BaseException as problem:
            errors.append(problem)

    threads = [threading.Thread(target=pusher, args=(d, a)) for d, _, a in desks]
    readers = [threading.Thread(target=puller, args=(i, desks[i][2])) for i in range(PULLERS)]
    for thread in readers + threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    for thread in readers:
        thread.join()
    assert not errors, errors
    assert len(pushed) == PUSHERS * BATCHES * BATCH
    for stream in seen:
        seqs = [seq for seq, _ in stream]
        assert seqs == sorted(set(seqs))  # strictly increasing
        assert sorted(row for _, row in stream) == sorted(pushed)  # each row, exactly once
