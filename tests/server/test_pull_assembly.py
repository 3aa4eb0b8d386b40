"""Pull pages are assembled from stored text: an HLC stored once for a whole row comes out
as the object SYNC.md describes, for every table."""

from __future__ import annotations

import json

from prisondesk.domain.jsonbytes import dumps
from prisondesk.server.pull import _change
from prisondesk.server.tables import table_specs

STAMP = "001764403200000-00007-01a20000-0000-7000-8000-000000000001"


def test_one_hlc_for_a_row_becomes_one_per_column_in_every_table():
    for name, spec in table_specs().items():
        row = dict.fromkeys(spec.columns)
        row["id"] = "01a20000-0000-7000-8000-0000000000aa"
        change = json.loads(
            _change(7, name, row["id"], False, dumps(row).decode(), dumps(STAMP).decode())
        )
        assert change["hlc"] == dict.fromkeys(spec.columns, STAMP), name
        assert change["row"] == row and change["seq"] == 7


def test_a_table_this_server_does_not_know_is_read_from_its_row():
    row = {"id": "x", "colour": "red"}
    change = json.loads(_change(1, "paint", "x", False, dumps(row).decode(), dumps(STAMP).decode()))
    assert change["hlc"] == {"id": STAMP, "colour": STAMP}
