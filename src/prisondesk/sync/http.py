"""The protocol's HTTP calls (SYNC.md, Endpoints) with httpx: bearer token, gzip both ways,
and errors turned into two kinds — the server could not be reached (:class:`Offline`, try
again later) or it answered with an error (:class:`ServerRefused`, with the protocol's code)."""

from __future__ import annotations

import gzip
from typing import Any

import httpx

from prisondesk import __version__
from prisondesk.domain.jsonbytes import dumps, loads
from prisondesk.sync import PROTOCOL

GZIP_OVER = 4096
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def encoded(body: Any) -> bytes:
    """A request body as sent: compact UTF-8 JSON."""
    return dumps(body)


class SyncFailure(Exception):
    pass


class Offline(SyncFailure):
    """No answer: no network, server down, connection dropped, timeout."""


class ServerRefused(SyncFailure):
    def __init__(
        self, status: int, code: str, message: str, more: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.more = more or {}  # the body's other fields (a 426's server_version, installer)


class SyncClient:
    def __init__(self, base_url: str, token: str = "", transport: Any = None) -> None:
        self.base_url = base_url.rstrip("/")
        headers = {"User-Agent": f"PrisonDesk/{__version__}", "Accept-Encoding": "gzip"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.base_url, headers=headers, timeout=TIMEOUT, transport=transport
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        headers, content = {}, None
        if body is not None:
            content = encoded(body)
            headers["Content-Type"] = "application/json"
            if len(content) > GZIP_OVER:
                # level 1: a third of level 5's time for 10 % more bytes
                content = gzip.compress(content, compresslevel=1)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self._http.request(
                method, path, content=content, headers=headers, params=params or None
            )
        except httpx.HTTPError as problem:  # connect, read, write, protocol errors
            raise Offline(str(problem) or type(problem).__name__) from problem
        if response.status_code >= 500:
            raise Offline(f"server error {response.status_code}")
        try:
            payload = loads(response.content)
        except ValueError:
            raise Offline(f"not a PrisonDesk server (HTTP {response.status_code})") from None
        if response.status_code >= 400:
            failure = payload.get("error", {}) if isinstance(payload, dict) else {}
            raise ServerRefused(
                response.status_code,
                str(failure.get("code", "error")),
                str(failure.get("message", "")),
                {k: v for k, v in failure.items() if k not in ("code", "message")},
            )
        return payload

    def hello(self) -> dict[str, Any]:
        answer = self._call("GET", "/api/v1/hello")
        if answer.get("protocol") != PROTOCOL:
            raise ServerRefused(
                426, "protocol_unsupported", f"server speaks {answer.get('protocol')}"
            )
        return answer

    def enroll(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/api/v1/devices/enroll", body)

    def push(self, schema: str, ops: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call(
            "POST", "/api/v1/sync/push", {"protocol": PROTOCOL, "schema": schema, "ops": ops}
        )

    def pull(self, after: int, limit: int, table: str | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"after": after, "limit": limit}
        if table:
            params["table"] = table
        return self._call("GET", "/api/v1/sync/pull", **params)

    def digest(self) -> dict[str, Any]:
        return self._call("GET", "/api/v1/sync/digest")

    def facilities(self) -> list[dict[str, Any]]:
        return self._call("GET", "/api/v1/facilities")["facilities"]
