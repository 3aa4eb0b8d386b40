"""The facility directory a workstation keeps for transfers: stored as the server lists it,
kept when the server cannot answer, emptied by a server that has none, and read by the
movement service without this facility."""

from __future__ import annotations

import httpx

from prisondesk.db.migrate import head_revision
from prisondesk.services.core import directory, facility
from prisondesk.services.intake import movements
from prisondesk.sync import state
from prisondesk.sync.engine import SyncEngine
from prisondesk.sync.http import SyncClient

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
        directory.Destination(OSH["id"], "OSH-2", "СИЗО Ош")
    ]


def test_a_server_without_a_list_clears_it_and_a_failure_keeps_it(db, admin, registrar):
    def listing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"facilities": [OSH]})

    _engine(db, listing).refresh_directory()
    assert [d.code for d in movements.destinations(db, registrar)] == ["OSH-2"]
    for status in (503, 403):  # down, or a proxy refusing the path: the list stays

        def failing(request: httpx.Request, status=status) -> httpx.Response:
            return httpx.Response(status, json={"error": {"code": "x", "message": "x"}})

        _engine(db, failing).refresh_directory()  # fails nothing else of the round
        assert [d.code for d in movements.destinations(db, registrar)] == ["OSH-2"]

    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    _engine(db, dropped).refresh_directory()
    assert [d.code for d in movements.destinations(db, registrar)] == ["OSH-2"]

    def older(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": {"code": "not_found", "message": "Not Found"}})

    _engine(db, older).refresh_directory()
    assert _stored(db) == "[]"
    assert movements.destinations(db, registrar) == []  # only transfers outside the system
