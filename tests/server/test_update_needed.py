"""A desk too old for the central server (426 schema_too_old) is told which version the
server expects, where support keeps the installer (``prisondesk server run --desk-installer``)
and that its data is kept — through real HTTP, in the words the desk shows."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from prisondesk import __version__
from prisondesk.domain.ids import new_id
from prisondesk.server.app import create_app
from prisondesk.services.sync import syncing
from prisondesk.sync.http import ServerRefused, SyncClient
from tests.server.protocol import enrol, push, wing_insert

INSTALLER = r"\\files\prisondesk\PrisonDesk-setup.exe"


def test_a_desk_too_old_hears_the_version_and_that_its_data_is_kept(server, enrolment_code):
    with httpx.Client(base_url=server.url, timeout=10) as http:
        device, facility, auth = _enrolled(http, enrolment_code)
    token = auth["Authorization"].removeprefix("Bearer ")
    with SyncClient(server.url, token) as client, pytest.raises(ServerRefused) as refused:
        client.push("0002_intake", [wing_insert(device, facility, "x")])
    assert refused.value.status == 426 and refused.value.code == "schema_too_old"
    assert refused.value.more == {"server_version": __version__}
    told = syncing._explained(refused.value)
    assert told.message.startswith("The server expects PrisonDesk {version}")
    assert str(told) == (
        f"The server expects PrisonDesk {__version__}; this workstation has {__version__}. "
        f"Ask support for the installer of {__version__}, then sync. This workstation's data "
        "is kept: the new version takes it over after a backup."
    )


def test_the_server_says_where_the_installer_is(server, enrolment_code):
    with TestClient(create_app(server.db, desk_installer=INSTALLER)) as http:
        device, facility, auth = _enrolled(http, enrolment_code)
        old = push(http, auth, [wing_insert(device, facility, "x")], schema="0002_intake")
    assert old.status_code == 426
    body = old.json()["error"]
    assert body["code"] == "schema_too_old"
    assert (body["server_version"], body["installer"]) == (__version__, INSTALLER)
    told = syncing._explained(ServerRefused(426, body["code"], body["message"], body))
    assert f"Install {__version__} from {INSTALLER}, then sync." in str(told)
    assert "data is kept" in str(told)


def _enrolled(http, enrolment_code):
    facility_id = new_id()
    device, facility, auth = enrol(http, enrolment_code("BSH-1"), (facility_id, "BSH-1"))
    return device, facility, auth
