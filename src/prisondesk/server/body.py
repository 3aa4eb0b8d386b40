"""Request bodies: at most 8 MiB (SYNC.md; 413 otherwise, checked before and while reading,
and again after gzip is undone, so a small compressed bomb is refused too), and a
``Content-Encoding: gzip`` body decompressed before FastAPI parses it."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 8 * 1024 * 1024


def _too_large() -> bytes:
    return json.dumps(
        {"error": {"code": "too_large", "message": f"request body over {MAX_BODY} bytes"}}
    ).encode()


class BodyLimit:
    """ASGI middleware: refuse a body over ``limit`` bytes with 413 without reading it all."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _refuse(send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await _refuse(send)


class BodyTooLarge(Exception):
    pass


async def _refuse(send: Send) -> None:
    body = _too_large()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _gunzip(raw: bytes) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, MAX_BODY + 1)
    except (zlib.error, gzip.BadGzipFile):
        raise BadGzip from None
    if len(out) > MAX_BODY:
        raise BodyTooLarge
    return out


class BadGzip(Exception):
    pass


MAX_DEPTH = 64  # a push nests about ten deep; orjson writes no more than 254 (pull would fail)


def _malformed(message: str) -> Response:
    body = json.dumps({"error": {"code": "malformed", "message": message}}).encode()
    return Response(body, status_code=422, media_type="application/json")


def _parse_ahead(request: Request) -> Response | None:
    """Parse a JSON body with orjson before FastAPI asks for it (Starlette keeps the parsed
    body in ``_json``): a push is megabytes. What orjson refuses is read by the standard
    library only for ``NaN`` and ``Infinity`` (refused per op later); a body that is not
    JSON, holds a lone surrogate (``"\\ud800"``: not Unicode text) or nests deeper than
    ``MAX_DEPTH`` is a 422 here, before any code could fail on it with a 500."""
    body = getattr(request, "_body", b"")
    if not body or "json" not in request.headers.get("content-type", "").lower():
        return None
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        try:
            value = json.loads(body)
        except RecursionError:
            return _malformed(f"body nests deeper than {MAX_DEPTH} levels")
        except ValueError:
            return _malformed("body is not valid JSON")
        if _holds_a_lone_surrogate(value):
            return _malformed("body holds a lone surrogate: it is not Unicode text")
    if not _nested_at_most(value, MAX_DEPTH):
        return _malformed(f"body nests deeper than {MAX_DEPTH} levels")
    request._json = value
    return None


def _nested_at_most(value: Any, limit: int) -> bool:
    """Without recursion, so that the check itself cannot overflow the stack."""
    stack = [(value, 1)] if type(value) in (dict, list) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        for child in item.values() if type(item) is dict else item:
            if type(child) is dict or type(child) is list:
                stack.append((child, depth + 1))
    return True


def _holds_a_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is str:
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif type(item) is dict:
            stack.extend(item.keys())
            stack.extend(item.values())
        elif type(item) is list:
            stack.extend(item)
    return False


class GzipRoute(APIRoute):
    """FastAPI's documented way to decompress request bodies (a custom route class); done
    before FastAPI reads the body, so a bad stream is a 422 and a bomb a 413."""

    def get_route_handler(self) -> Callable[[Request], Any]:
        handler = super().get_route_handler()

        async def gzip_handler(request: Request) -> Response:
            try:  # read here, not inside FastAPI, which would turn our refusals into 400s
                raw = await request.body()
            except BodyTooLarge:
                return Response(_too_large(), status_code=413, media_type="application/json")
            if "gzip" in request.headers.getlist("Content-Encoding"):
                try:
                    request._body = _gunzip(raw)
                except BadGzip:
                    return Response(
                        b'{"error":{"code":"malformed","message":"body is not valid gzip"}}',
                        status_code=422,
                        media_type="application/json",
                    )
                except BodyTooLarge:
                    return Response(_too_large(), status_code=413, media_type="application/json")
            refused = _parse_ahead(request)
            if refused is not None:
                return refused
            return await handler(request)

        return gzip_handler
