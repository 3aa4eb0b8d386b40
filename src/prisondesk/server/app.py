"""The central server's HTTP application: so far the protocol's public endpoints (hello,
healthz) and its error format: every error of a whole request is
``{"error": {"code": ..., "message": ...}}``. Enrolment, push, pull and digest follow (issue 4);
``/sync/schema`` waits for device tokens, since SYNC.md puts it behind them."""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from prisondesk import __version__
from prisondesk.domain.wire import to_wire
from prisondesk.sync import PROTOCOL


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(schema_revision: str) -> FastAPI:
    app = FastAPI(
        title="PrisonDesk central server",
        version=__version__,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
        return error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(422, "malformed", f"{where}: {first.get('msg', 'invalid request')}")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/v1/hello")
    async def hello() -> dict[str, object]:
        return {
            "protocol": PROTOCOL,
            "server_version": __version__,
            "schema": schema_revision,
            "server_time": to_wire(datetime.now(UTC)),
        }

    return app
