"""The request and response bodies of SYNC.md as pydantic models: they validate what comes
in (a malformed body is a 422) and publish the shapes in ``/openapi.json``."""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import (
    BaseModel,
    Field,
    SkipValidation,
    StrictInt,
    StringConstraints,
    field_validator,
)
from typing_extensions import TypedDict

MAX_OPS = 5000


class HelloOut(BaseModel):
    protocol: int
    server_version: str
    schema_: str = Field(alias="schema")
    server_time: str
    features: list[str] = Field(
        default_factory=list,
        description="added to protocol 1: optional parts this server understands "
        '("op_values": an op may send values with their one HLC instead of fields)',
    )


class LocalFacilityIn(BaseModel):
    """Optional (added to protocol 1): the facility a workstation set up offline."""

    id: str = Field(max_length=36)
    code: str = Field(max_length=16)


class EnrollIn(BaseModel):
    code: str = Field(max_length=64)
    name: str = Field(max_length=200)
    app_version: str = Field(max_length=40)
    device_id: str | None = Field(
        default=None, pattern=r"^[0-9a-f-]{36}$", description="optional: the workstation's own id"
    )
    facility: LocalFacilityIn | None = None


class EnrollOut(BaseModel):
    device_id: str
    token: str
    facility_id: str | None
    server_time: str


def _text(limit: int) -> Any:
    return Annotated[str, StringConstraints(max_length=limit)]


# a TypedDict, not a model: a push holds thousands of ops, and the push works on plain dicts
# (building a model per op cost more than checking its fields)
class OpIn(TypedDict):
    """One change (SYNC.md, Push)."""

    op_id: _text(64)  # type: ignore[valid-type]
    table: _text(64)  # type: ignore[valid-type]
    row_id: _text(64)  # type: ignore[valid-type]
    kind: _text(16)  # type: ignore[valid-type]
    # {column: {"value": ..., "hlc": "..."}}: checked per op by the push itself (a bad one is
    # rejected alone); pydantic would copy every field of every op first
    fields: NotRequired[
        Annotated[
            SkipValidation[dict[str, Any] | None],
            Field(description='{column: {"value": <wire value>, "hlc": "<HLC>"}}'),
        ]
    ]
    base: NotRequired[SkipValidation[dict[str, Any]]]
    # added to protocol 1 (feature "op_values", docs/sync-additions.md): fields that share
    # one HLC, sent as {column: value} and that HLC, instead of ``fields``
    values: NotRequired[
        Annotated[
            SkipValidation[dict[str, Any] | None],
            Field(description="{column: <wire value>}, each written at hlc"),
        ]
    ]
    hlc: NotRequired[_text(100) | None]  # type: ignore[valid-type]
    user_id: NotRequired[_text(64) | None]  # type: ignore[valid-type]
    device_time: NotRequired[_text(40) | None]  # type: ignore[valid-type]


_OPTIONAL = ("fields", "values", "hlc", "user_id", "device_time")  # None when not sent


class PushIn(BaseModel):
    protocol: StrictInt  # SYNC.md: an integer ("1" and 1.0 are malformed)
    schema_: str = Field(alias="schema", max_length=64)
    ops: list[OpIn] = Field(max_length=MAX_OPS)

    @field_validator("ops")
    @classmethod
    def fields_are_objects(cls, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A malformed body is a 422 as a whole (the fields themselves are checked per op).
        The ops come out with every key of ``OpIn`` (the optional ones as their defaults)."""
        for op in ops:
            for key in _OPTIONAL:
                op.setdefault(key, None)
            if "base" not in op:
                op["base"] = {}
            if op["values"] is None:
                if type(op["fields"]) is not dict or op["hlc"] is not None:
                    raise ValueError("an op sends fields, or values with their hlc")
            elif type(op["values"]) is not dict or op["fields"] is not None or op["hlc"] is None:
                raise ValueError("an op sends fields, or values with their hlc")
            if type(op["base"]) is not dict:
                raise ValueError("fields, values and base are objects: {column: ...}")
        return ops


class OpResult(BaseModel):
    op_id: str
    status: Literal["applied", "merged", "duplicate", "rejected"]
    reason: str | None = None
    detail: str | None = None
    flags: list[str] = Field(default_factory=list)


class PushOut(BaseModel):
    results: list[OpResult]
    server_time: str


class Change(BaseModel):
    seq: int
    table: str
    row_id: str
    deleted: bool
    row: dict[str, Any]
    hlc: dict[str, str]
    revoked: bool = Field(
        default=False,
        description="added to protocol 1: the row is no longer this facility's to see (the "
        "prisoner was transferred); delete it. Sent with deleted true and a row of only its id.",
    )


class PullOut(BaseModel):
    changes: list[Change]
    next: int
    more: bool


class TableDigest(BaseModel):
    count: int
    xor: str


class DigestOut(BaseModel):
    as_of: int
    tables: dict[str, TableDigest]


class FacilityOut(BaseModel):
    id: str
    code: str
    name: str


class FacilitiesOut(BaseModel):
    """Added to protocol 1: the facilities a prisoner can be transferred to."""

    facilities: list[FacilityOut]
