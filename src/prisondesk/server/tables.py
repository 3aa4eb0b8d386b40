"""What the server knows of each replicated table, derived from the models: its kind, each
column's wire type, whether it may be null and how long a text may be, and which column groups
must be unique. Pushed values are checked against this before they are stored."""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Annotated, Any

from pydantic import ConfigDict, Field, Strict, StringConstraints, TypeAdapter, ValidationError
from sqlalchemy import String
from typing_extensions import TypedDict

from prisondesk.db.models import SyncConflict
from prisondesk.db.replication import Replicated, replicated_models
from prisondesk.domain.validation import has_control_characters
from prisondesk.domain.wire import from_wire, to_wire
from prisondesk.sync.schema import unique_keys, wire_type

UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
INT64 = 2**63
SERVER_WRITTEN = frozenset({SyncConflict.__tablename__})  # devices may not push these


@dataclass(frozen=True)
class ColumnSpec:
    wire_type: str
    nullable: bool
    max_length: int | None
    # a quick test that a value is already in its one wire form (most are): true means
    # ``normalized`` would return it unchanged; false means ask ``normalized``
    as_sent: Callable[[Any], bool] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "as_sent", _as_sent(self.wire_type, self.max_length))


@dataclass(frozen=True)
class TableSpec:
    name: str
    kind: str
    columns: dict[str, ColumnSpec]
    unique: tuple[tuple[str, ...], ...]
    follows_prisoner: bool = False  # goes with the prisoner on a transfer (transfers.py)


def _spec(model: type[Replicated]) -> TableSpec:
    table = model.__table__  # type: ignore[attr-defined]
    columns = {}
    for name in model.data_columns():
        column = table.c[name]
        length = column.type.length if isinstance(column.type, String) else None
        columns[name] = ColumnSpec(wire_type(column), bool(column.nullable), length)
    return TableSpec(
        table.name,
        model.replication_kind,
        columns,
        tuple(tuple(key) for key in unique_keys(model)),  # as /sync/schema publishes them
        model.follows_prisoner,
    )


@cache
def table_specs() -> dict[str, TableSpec]:
    return {spec.name: spec for spec in map(_spec, replicated_models())}


class InvalidValue(ValueError):
    pass


CANONICAL_DATETIME = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z\Z"
)


def normalized(spec: ColumnSpec, value: Any) -> Any:
    """The value as every side writes it (SYNC.md, Values), or ``InvalidValue``. Datetimes
    in another ISO 8601 form are rewritten to the one form digests hash
    (``2026-11-28T09:15:00.000000Z``)."""
    kind = spec.wire_type
    if value is None:
        if spec.nullable:
            return None
        raise InvalidValue(f"not a valid {kind}")
    if kind == "text":
        if isinstance(value, str) and (spec.max_length is None or len(value) <= spec.max_length):
            if has_control_characters(value):  # desks refuse them too (services/core)
                raise InvalidValue("control characters (tab and new line aside) in text")
            return value
    elif kind == "uuid":
        if isinstance(value, str) and UUID_TEXT.match(value):
            return value
    elif kind == "json":
        if _finite(value):
            return value
    elif kind == "boolean":
        if isinstance(value, bool):
            return value
    elif kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool) and -INT64 <= value < INT64:
            return value
    elif kind == "datetime":
        if isinstance(value, str) and CANONICAL_DATETIME.match(value):
            return value
        if isinstance(value, str) and value.endswith("Z"):
            try:
                return to_wire(from_wire(value, "datetime"))
            except ValueError:
                pass
    elif kind == "date":
        if isinstance(value, str) and len(value) == 10 and _parses(date.fromisoformat, value):
            return value
    elif kind == "bytes" and isinstance(value, str) and _parses(_base64, value):
        return value
    raise InvalidValue(f"not a valid {kind}")


_PLAIN_JSON = frozenset({str, int, bool})


def _as_sent(kind: str, limit: int | None) -> Callable[[Any], bool]:
    if kind == "text":
        if limit is None:
            return lambda value: type(value) is str and not has_control_characters(value)
        return lambda value: (
            type(value) is str and len(value) <= limit and not has_control_characters(value)
        )
    if kind == "uuid":
        match = UUID_TEXT.match
        return lambda value: type(value) is str and match(value) is not None
    if kind == "datetime":
        match = CANONICAL_DATETIME.match
        return lambda value: type(value) is str and match(value) is not None
    if kind == "boolean":
        return lambda value: type(value) is bool
    if kind == "integer":
        return lambda value: type(value) is int and -INT64 <= value < INT64
    if kind == "json":  # texts, numbers and lists of texts pass; anything else is walked
        return lambda value: (
            type(value) in _PLAIN_JSON
            or (type(value) is list and all(type(item) in _PLAIN_JSON for item in value))
        )
    return lambda value: False  # dates and bytes: parsed by normalized


def plain_values(spec: TableSpec, values: dict[str, Any], every_column: bool) -> bool:
    """Whether ``values`` name only the table's columns (``every_column``: all of them) and
    each text, uuid, datetime, boolean and integer is already in its one wire form — checked
    by pydantic in one call, in Rust, for the whole op. This runs for every op pushed; an op
    it does not pass (and the table's date, bytes and json columns, see ``checked_apart``)
    goes through ``ColumnSpec.as_sent`` and ``normalized``, which say what is wrong."""
    try:
        _values_adapter(spec.name, every_column).validate_python(values)
    except ValidationError:
        return False
    return True


def checked_apart(spec: TableSpec) -> tuple[str, ...]:
    """The columns ``plain_values`` leaves to ``as_sent``: dates and bytes must parse, and a
    JSON value may hold anything finite."""
    return _checked_apart(spec.name)


@cache
def _checked_apart(table: str) -> tuple[str, ...]:
    columns = table_specs()[table].columns
    return tuple(name for name, column in columns.items() if column.wire_type not in _STRICT)


_UUID_PATTERN = UUID_TEXT.pattern.removesuffix("\\Z") + "$"  # Rust's regex: $ is the very end
_DATETIME_PATTERN = CANONICAL_DATETIME.pattern.removesuffix("\\Z") + "$"
# text holds no control character but tab and new line (domain/validation.py, in Rust's syntax)
_TEXT_PATTERN = "^[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$"
_STRICT = {
    "text": Annotated[str, StringConstraints(pattern=_TEXT_PATTERN)],
    "uuid": Annotated[str, StringConstraints(pattern=_UUID_PATTERN)],
    "datetime": Annotated[str, StringConstraints(pattern=_DATETIME_PATTERN)],
    "boolean": bool,
    "integer": Annotated[int, Field(ge=-INT64, lt=INT64)],
}


@cache
def _values_adapter(table: str, every_column: bool) -> TypeAdapter[Any]:
    fields: dict[str, Any] = {}
    for name, column in table_specs()[table].columns.items():
        kind: Any = _STRICT.get(column.wire_type, Any)
        if column.wire_type == "text" and column.max_length is not None:
            kind = Annotated[
                str, StringConstraints(max_length=column.max_length, pattern=_TEXT_PATTERN)
            ]
        fields[name] = kind | None if column.nullable and kind is not Any else kind
    shape = TypedDict(f"{table}_values", fields, total=every_column)  # type: ignore[operator]
    shape.__pydantic_config__ = ConfigDict(strict=True, extra="forbid")  # type: ignore[attr-defined]
    return TypeAdapter(Annotated[shape, Strict()])


def _finite(value: Any) -> bool:
    """JSON holds no NaN or infinity (RFC 8259); Python's json would write them anyway."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def valid_value(spec: ColumnSpec, value: Any) -> bool:
    """Whether ``value`` is a well-formed wire value of the column (SYNC.md, Values)."""
    try:
        normalized(spec, value)
    except InvalidValue:
        return False
    return True


def _base64(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


def _parses(parse: Any, value: str) -> bool:
    try:
        parse(value)
    except (ValueError, binascii.Error):
        return False
    return True
