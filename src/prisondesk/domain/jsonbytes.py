"""JSON for sync bodies and digests, through orjson: sync moves megabytes of JSON each round
and the standard library's encoder and decoder were a third of the server's time.

``canonical`` is SYNC.md's digest form — keys sorted, separators ``,`` and ``:``, UTF-8,
non-ASCII not escaped, exactly what ``json.dumps(row, sort_keys=True, separators=(",", ":"),
ensure_ascii=False)`` writes. orjson writes the same bytes for everything sync carries except
floats in exponent form (``1e+16`` against ``1e16``) and integers beyond 64 bits, so a row
holding a float or an integer orjson refuses goes through the standard library.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(body: Any) -> bytes:
    """Compact UTF-8 JSON (a request or response body)."""
    return orjson.dumps(body)


def loads(data: bytes | str) -> Any:
    """JSON text to Python. What orjson refuses but the standard library reads (``NaN``,
    ``Infinity``, written by older code) is read by the standard library, so a stored row
    never becomes unreadable. (orjson reads an integer beyond 64 bits as a float.)"""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def column_text(value: Any) -> str:
    """A JSON column's stored text (SQLAlchemy's ``json_serializer``): what ``json.dumps``
    accepts, at orjson's speed; an integer beyond 64 bits takes the slow path."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        return json.dumps(value)


def canonical(row: dict[str, Any]) -> bytes:
    """The row in SYNC.md's canonical JSON (the bytes its digest hashes)."""
    if not _holds_float(row):
        try:
            return orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # an integer beyond 64 bits, a non-text key: the slow, exact path
            pass
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


_PLAIN = frozenset({str, int, bool, type(None)})  # what almost every column holds


def _holds_float(row: dict[str, Any]) -> bool:
    """Whether a float hides in the row. It runs for every row stored: the types of its
    values are told apart in C, and only the others (lists, objects) are walked in Python."""
    kinds = set(map(type, row.values()))
    if _PLAIN.issuperset(kinds):
        return False
    if float in kinds:
        return True
    return any(type(value) not in _PLAIN and _has_float(value) for value in row.values())


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    return False
