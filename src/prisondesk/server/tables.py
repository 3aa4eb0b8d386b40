"""What the server knows of each replicated table, derived from the models: its kind, each
column's wire type, whether it may be null and how long a text may be, and which column groups
must be unique. Pushed values are checked against this before they are stored."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import String, UniqueConstraint

from prisondesk.db.models import SyncConflict
from prisondesk.db.replication import Replicated, replicated_models
from prisondesk.sync.schema import wire_type

UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
INT64 = 2**63
SERVER_WRITTEN = frozenset({SyncConflict.__tablename__})  # devices may not push these


@dataclass(frozen=True)
class ColumnSpec:
    wire_type: str
    nullable: bool
    max_length: int | None


@dataclass(frozen=True)
class TableSpec:
    name: str
    kind: str
    columns: dict[str, ColumnSpec]
    unique: tuple[tuple[str, ...], ...]


def _spec(model: type[Replicated]) -> TableSpec:
    table = model.__table__  # type: ignore[attr-defined]
    columns = {}
    for name in model.data_columns():
        column = table.c[name]
        length = column.type.length if isinstance(column.type, String) else None
        columns[name] = ColumnSpec(wire_type(column), bool(column.nullable), length)
    unique = [
        tuple(c.key for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    unique += [(c.key,) for c in table.columns if c.unique and not c.primary_key]
    return TableSpec(table.name, model.replication_kind, columns, tuple(sorted(set(unique))))


@cache
def table_specs() -> dict[str, TableSpec]:
    return {spec.name: spec for spec in map(_spec, replicated_models())}


def valid_value(spec: ColumnSpec, value: Any) -> bool:
    """Whether ``value`` is a well-formed wire value of the column (SYNC.md, Values)."""
    if value is None:
        return spec.nullable
    kind = spec.wire_type
    if kind == "json":
        return True
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool) and -INT64 <= value < INT64
    if not isinstance(value, str):
        return False
    if kind == "uuid":
        return UUID_TEXT.match(value) is not None
    if kind == "text":
        return spec.max_length is None or len(value) <= spec.max_length
    if kind == "date":
        return _parses(date.fromisoformat, value) and len(value) == 10
    if kind == "datetime":
        return value.endswith("Z") and _parses(datetime.fromisoformat, value[:-1])
    if kind == "bytes":
        return _parses(lambda v: base64.b64decode(v, validate=True), value)
    return False


def _parses(parse: Any, value: str) -> bool:
    try:
        parse(value)
    except (ValueError, binascii.Error):
        return False
    return True
