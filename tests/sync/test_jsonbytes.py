"""orjson stands in for the standard library in sync bodies and digests: the digest's bytes
must stay exactly those SYNC.md defines through ``json.dumps``, whatever a row holds."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from prisondesk.domain.jsonbytes import canonical, dumps, loads
from prisondesk.server.push import _key


def spec_bytes(row) -> bytes:
    """SYNC.md, Digest: the canonical form, as its reference writes it."""
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


text = st.text(st.characters(exclude_categories=("Cs",)))  # surrogates are not UTF-8
scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: orjson refuses them, the slow path writes them
    | st.floats(allow_nan=False, allow_infinity=False)
    | text
)


def containers(inner):
    return st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4)


values = st.recursive(scalars, containers)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(text, values, max_size=8))
def test_canonical_is_byte_for_byte_the_reference(row):
    assert canonical(row) == spec_bytes(row)


def test_the_cases_where_orjson_differs_take_the_exact_path():
    for row in (
        {"x": 1e16, "y": 1e-7},  # Python writes 1e+16 and 1e-07
        {"n": 2**70},  # beyond 64 bits
        {"nested": {"list": [0.5, {"deep": 1e22}]}},
        {"control": "\x00\x1f\u2028\u2029", "quote": '"\\/', "кириллица": "Жүсүп"},
    ):
        assert canonical(row) == spec_bytes(row)


def test_bodies_round_trip_as_utf8():
    body = {"ops": [{"surname": "Асанов", "n": 1, "ok": True, "none": None}]}
    assert loads(dumps(body)) == body
    assert "Асанов".encode() in dumps(body)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.booleans() | st.integers() | text | st.floats(), max_size=3))
def test_unique_keys_are_stored_as_before(values):
    """The server's unique-value text must stay what json.dumps wrote (stored keys)."""
    row = {f"c{i}": value for i, value in enumerate(values)}
    assert _key(row, tuple(row)) == json.dumps(values, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(values)
def test_what_is_written_reads_back(value):
    """Round trip through our own reader, whatever orjson or the standard library wrote
    (integers beyond 64 bits excepted: orjson reads them as floats)."""
    text = json.dumps(value, ensure_ascii=False)
    expected = json.loads(text)
    if _big_integer(expected):
        return
    assert loads(text) == expected
    assert loads(dumps(value)) == expected


def test_not_a_number_written_by_older_code_still_reads():
    assert str(loads('{"x": NaN, "y": Infinity}')) == "{'x': nan, 'y': inf}"


def _big_integer(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not -(2**63) <= value < 2**64
    if isinstance(value, dict):
        return any(_big_integer(v) for v in value.values())
    if isinstance(value, list):
        return any(_big_integer(v) for v in value)
    return False
