"""The facility directory a workstation keeps for transfers: stored as the server lists it,
left as it was by a server that has none, and read by the movement service without this
facility."""

from __future__ import annotations

import httpx
import pytest

from prisondesk.db.migrate import head_revision
from prisondesk.services import facility, movements
from prisondesk.sync import state
from prisondesk.sync.engine import SyncEngine
from prisondesk.sync.http import Offline, SyncClient

OSH = {"id": "01a20000-0000-7000-8000-000000000002", "code": "OSH-2", "name": "СИЗО Ош"}


def _engine(db, answer) -> SyncEngine:
    client = SyncClient("http://server", "token", transport=httpx.MockTransport(answer))
    return SyncEngine(db, client, head_revision())


def _stored(db) -> str:
    with db.read() as session:
        return state.get(session, state.DIRECTORY)


def test_the_directory_is_kept_sorted_and_read_without_this_facility(db, admin, registrar):
    own = {"id": facility.current_facility(db).id, "code": "BSH-1", "name": "ИК-1"}
    calls = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["Authorization"])
        return httpx.Response(200, json={"facilities": [OSH, own]})

    _engine(db, answer).refresh_directory()
    assert '"code":"BSH-1"' in _stored(db).split("OSH-2")[0]  # sorted by code
    assert calls == ["Bearer token"]
    with db.apply_remote() as session:  # enrolled: the device knows its facility
        state.put(session, state.FACILITY_ID, own["id"])
    assert movements.destinations(db, registrar) == [
        movements.Destination(OSH["id"], "OSH-2", "СИЗО Ош")
    ]


def test_a_server_without_a_directory_leaves_the_list_as_it_was(db, admin, registrar):
    def none(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": {"code": "not_found", "message": "Not Found"}})

    _engine(db, none).refresh_directory()
    assert _stored(db) == ""
    assert movements.destinations(db, registrar) == []  # only transfers outside the system

    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503)

    with pytest.raises(Offline):  # a failure is the round's failure, reported as usual
        _engine(db, down).refresh_directory()
