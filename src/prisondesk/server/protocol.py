"""The request and response bodies of SYNC.md as pydantic models: they validate what comes
in (a malformed body is a 422) and publish the shapes in ``/openapi.json``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SkipValidation, model_validator

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


class OpIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    op_id: str = Field(max_length=64)
    table: str = Field(max_length=64)
    row_id: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    # {column: {"value": ..., "hlc": "..."}}: checked per op by the push itself (a bad one is
    # rejected alone); pydantic would copy every field of every op first
    fields: SkipValidation[dict[str, Any] | None] = Field(
        default=None, description='{column: {"value": <wire value>, "hlc": "<HLC>"}}'
    )
    base: SkipValidation[dict[str, Any]] = Field(default_factory=dict)
    # added to protocol 1 (feature "op_values", docs/sync-additions.md): fields that share
    # one HLC, sent as {column: value} and that HLC, instead of ``fields``
    values: SkipValidation[dict[str, Any] | None] = Field(
        default=None, description="{column: <wire value>}, each written at hlc"
    )
    hlc: str | None = Field(default=None, max_length=100)
    user_id: str | None = Field(default=None, max_length=64)
    device_time: str | None = Field(default=None, max_length=40)


class PushIn(BaseModel):
    protocol: int
    schema_: str = Field(alias="schema", max_length=64)
    ops: list[OpIn] = Field(max_length=MAX_OPS)

    @model_validator(mode="after")
    def fields_are_objects(self) -> PushIn:
        """A malformed body is a 422 as a whole (the fields themselves are checked per op)."""
        for op in self.ops:
            if op.values is None:
                if type(op.fields) is not dict or op.hlc is not None:
                    raise ValueError("an op sends fields, or values with their hlc")
            elif type(op.values) is not dict or op.fields is not None or op.hlc is None:
                raise ValueError("an op sends fields, or values with their hlc")
            if type(op.base) is not dict:
                raise ValueError("fields, values and base are objects: {column: ...}")
        return self


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
