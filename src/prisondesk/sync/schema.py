"""The replicated tables as SYNC.md describes them to other clients (``/sync/schema``):
each table's kind, the wire type of each column, the text limits and the unique keys, derived
from the models themselves (the server checks pushes by the same functions)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

import prisondesk.db.models  # noqa: F401  (registers every replicated table)
from prisondesk.db.replication import Replicated, replicated_models

UUID_LENGTH = 36


def wire_type(column: Column[Any]) -> str:
    """One of the SYNC.md value types: uuid, text, integer, boolean, date, datetime, json,
    bytes."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, LargeBinary):
        return "bytes"
    if isinstance(kind, String | Text):
        named_id = column.key == "id" or column.key.endswith("_id")
        return "uuid" if named_id and getattr(kind, "length", None) == UUID_LENGTH else "text"
    raise TypeError(f"column {column} has no wire type")


def text_limits(model: type[Replicated]) -> dict[str, int]:
    """The longest text each text column holds (SYNC.md, Values: ``limits``)."""
    table = model.__table__  # type: ignore[attr-defined]
    limits = {}
    for name in model.data_columns():
        column = table.c[name]
        length = getattr(column.type, "length", None)
        if wire_type(column) == "text" and length is not None:
            limits[name] = length
    return limits


def unique_keys(model: type[Replicated]) -> list[list[str]]:
    """The unique keys every copy keeps besides ``id`` (SYNC.md, Values: ``unique``). An
    event's ``origin_device`` is the device part of its HLC (docs/sync-additions.md)."""
    table = model.__table__  # type: ignore[attr-defined]
    keys = {
        tuple(column.key for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    }
    keys |= {(column.key,) for column in table.columns if column.unique and not column.primary_key}
    return [list(key) for key in sorted(keys)]


def table_schema(model: type[Replicated]) -> dict[str, Any]:
    table = model.__table__  # type: ignore[attr-defined]
    described: dict[str, Any] = {
        "kind": model.replication_kind,
        "columns": {name: wire_type(table.c[name]) for name in model.data_columns()},
    }
    limits = text_limits(model)
    if limits:
        described["limits"] = {name: {"max_length": n} for name, n in limits.items()}
    unique = unique_keys(model)
    if unique:
        described["unique"] = unique
    return described


def sync_schema(revision: str) -> dict[str, Any]:
    """The body of ``GET /api/v1/sync/schema`` for a database at schema ``revision``."""
    return {
        "schema": revision,
        "tables": {
            model.__tablename__: table_schema(model)  # type: ignore[attr-defined]
            for model in replicated_models()
        },
    }
