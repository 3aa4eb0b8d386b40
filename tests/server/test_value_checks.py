"""The quick check of pushed values (``plain_values``, pydantic in one call per op) never lets
through a value the exact rules (``normalized``) would refuse or rewrite, for every column
of every replicated table; and a whole insert gets the same answer from both."""

from __future__ import annotations

import string
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prisondesk.domain.hlc import HybridClock
from prisondesk.server import push as push_module
from prisondesk.server.push_context import Device, PushContext, Rejected
from prisondesk.server.tables import (
    InvalidValue,
    checked_apart,
    normalized,
    plain_values,
    table_specs,
)

UUID = "0191d3a5-8f1e-7c2b-9a4d-5e6f7a8b9c0d"
DATETIME = "2026-11-28T09:15:00.000000Z"

near_misses = st.sampled_from(
    [
        UUID,
        UUID + "\n",  # Python's $ would take it; neither check may
        UUID.upper(),
        UUID[:-1],
        DATETIME,
        DATETIME + "\n",
        "2026-11-28T09:15:00Z",  # valid, but not the one form: normalized rewrites it
        "2026-11-28",
        "",
        "x" * 70,
        "x" * 400,
        True,
        False,
        0,
        -1,
        2**63 - 1,
        2**63,
        -(2**63),
        -(2**63) - 1,
        1.5,
        float("nan"),
        None,
        [],
        ["ky", "ru"],
        {"a": 1},
        b"bytes",
    ]
)
values = near_misses | st.text(alphabet=string.printable + "Асанов", max_size=80) | st.integers()
columns = st.sampled_from(
    [(spec.name, column) for spec in table_specs().values() for column in spec.columns]
)


def exact_and_unchanged(table: str, column: str, value: object) -> bool:
    try:
        return normalized(table_specs()[table].columns[column], value) == value
    except InvalidValue:
        return False


@settings(max_examples=3000, deadline=None)
@given(columns, values)
def test_the_quick_check_passes_only_what_the_exact_rules_keep_as_it_is(column, value) -> None:
    table, name = column
    spec = table_specs()[table]
    if plain_values(spec, {name: value}, every_column=False) and name not in checked_apart(spec):
        assert exact_and_unchanged(table, name, value), (table, name, value)


@settings(max_examples=300, deadline=None)
@given(columns, near_misses)
def test_a_value_in_its_one_form_passes_the_quick_check(column, value) -> None:
    """The quick check is not merely strict: what the exact rules keep unchanged passes it
    (else every push would take the slow path)."""
    table, name = column
    spec = table_specs()[table]
    sendable = type(value) not in (float, bytes)  # JSON sends neither of these this way
    if sendable and name not in checked_apart(spec) and exact_and_unchanged(table, name, value):
        assert plain_values(spec, {name: value}, every_column=False), (table, name, value)


def test_unknown_and_missing_columns_fail_the_quick_check() -> None:
    spec = table_specs()["wing"]
    whole = {name: None for name in spec.columns}
    whole.update(id=UUID, facility_id=UUID, name="A", position=1)
    assert plain_values(spec, whole, every_column=True)
    assert not plain_values(spec, {**whole, "surname": "x"}, every_column=True)
    partial = {"name": "B"}
    assert plain_values(spec, partial, every_column=False)
    assert not plain_values(spec, partial, every_column=True)


DEVICE = "0191d3a5-8f1e-7c2b-9a4d-000000000001"
VALID = {
    "uuid": UUID,
    "text": "x",
    "integer": 0,
    "boolean": False,
    "json": [],
    "date": "2026-11-28",
    "datetime": DATETIME,
    "bytes": "",
}


def whole_insert(table: str, odd_column: str, odd_value: object) -> dict:
    values = {name: VALID[c.wire_type] for name, c in table_specs()[table].columns.items()}
    values[odd_column] = odd_value
    values["id"] = UUID
    stamp = f"{int(datetime.now(UTC).timestamp() * 1000):015d}-00000-{DEVICE}"
    return {
        "op_id": UUID,
        "table": table,
        "row_id": UUID,
        "kind": "insert",
        "values": values,
        "hlc": stamp,
        "base": {},
        "fields": None,
        "user_id": None,
    }


def verdict(op: dict, quick: bool, monkeypatch) -> object:
    """``_checked_fields``'s answer: the values kept, or the reason and detail of a refusal."""
    if not quick:
        monkeypatch.setattr(push_module, "plain_values", lambda *args, **kwargs: False)
    device = Device(DEVICE, UUID)
    context = PushContext(None, None, device, HybridClock("server"), datetime.now(UTC))  # type: ignore[arg-type]
    fresh = {**op, "values": dict(op["values"])}
    try:
        return push_module._checked_fields(context, table_specs()[op["table"]], fresh, []).values
    except Rejected as refusal:
        return (refusal.reason, refusal.detail)
    finally:
        monkeypatch.undo()


@settings(max_examples=1500, deadline=None)
@given(columns, values | st.just("Асанов" * 20))
def test_a_whole_insert_gets_the_same_answer_on_both_paths(column, value) -> None:
    """Every column filled (as an insert is), one of them odd: the quick path and the exact
    rules alone keep the same values or refuse with the same reason and detail."""
    table, name = column
    if name == "id":
        return  # the op's own row id
    op = whole_insert(table, name, value)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert verdict(op, True, monkeypatch) == verdict(op, False, monkeypatch)
