"""The central server's HTTP application: every endpoint of SYNC.md, its error format
(``{"error": {"code": ..., "message": ...}}``), bearer tokens, body limits and gzip both ways.

No ``from __future__ import annotations`` here: FastAPI must see the real annotations of the
handlers, whose dependencies are closures.

Handlers that touch the database are plain ``def``: FastAPI runs them in its thread pool, so
one slow push never stalls the event loop (push waits for its device's turn on the loop, then
runs in the pool too). The application keeps no state of its own apart
from the database, so several instances can serve one PostgreSQL behind a load balancer.
"""

import asyncio
import time
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from prisondesk import __version__
from prisondesk.db.migrate import head_revision, known_revisions
from prisondesk.domain.hlc import HybridClock
from prisondesk.domain.jsonbytes import dumps
from prisondesk.domain.wire import to_wire
from prisondesk.server import devices, rejections
from prisondesk.server.body import MAX_BODY, BodyLimit, GzipRoute
from prisondesk.server.database import ServerDatabase, among
from prisondesk.server.devices import AdminError, LocalFacility
from prisondesk.server.models import ServerDevice
from prisondesk.server.protocol import (
    DigestOut,
    EnrollIn,
    EnrollOut,
    FacilitiesOut,
    HelloOut,
    PullOut,
    PushIn,
    PushOut,
)
from prisondesk.server.pull import MAX_PULL, digest, pull_page
from prisondesk.server.push import push_ops
from prisondesk.server.push_context import Device, PushContext
from prisondesk.server.tables import table_specs
from prisondesk.sync import PROTOCOL
from prisondesk.sync.schema import sync_schema

SERVER_CLOCK_ID = "server"
FEATURES = ["op_values"]  # additions to protocol 1 a client may use (docs/sync-additions.md)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **more: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.more = status, code, message, more


def error(status: int, code: str, message: str, **more: str) -> JSONResponse:
    """SYNC.md's error body; ``more`` adds optional fields (a 426's version and installer)."""
    return JSONResponse({"error": {"code": code, "message": message, **more}}, status_code=status)


def server_time() -> str:
    return to_wire(datetime.now(UTC))


class ApiGzip(GZipMiddleware):
    """The API's answers compressed; the console's pages not: a page holding a secret (its
    CSRF token, an enrolment code) beside text the visitor sent must not be compressed, or
    its length gives the secret away (BREACH)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/console"):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(
    db: ServerDatabase,
    schema_revision: str | None = None,
    desk_installer: str | None = None,
    console: bool = False,
    console_idle: timedelta = timedelta(minutes=15),
) -> FastAPI:
    """``desk_installer``: where support keeps the desk's installer, told to a desk that is
    too old to sync (with the version it needs). ``console``: the administrators' web console
    under /console (server/console/), whose sessions end after ``console_idle``."""
    revision = schema_revision or head_revision()
    older_revisions = known_revisions() - {revision}
    clock = HybridClock(SERVER_CLOCK_ID)
    app = FastAPI(
        title="PrisonDesk central server",
        version=__version__,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.router.route_class = GzipRoute
    # level 1: a 1,000-row pull page (470 KB of JSON, mostly UUIDs) compresses in 4.3 ms to
    # 121 KB; level 5 took 9.8 ms for 111 KB, and pages are most of what a busy server does
    app.add_middleware(ApiGzip, minimum_size=1024, compresslevel=1)
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    bearer = HTTPBearer(auto_error=False)
    if console:  # imported only when asked for: an API-only server loads no templates
        from prisondesk.server.console.web import create_console

        app.mount("/console", create_console(db, idle=console_idle))

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.code, exc.message, **exc.more)

    @app.exception_handler(AdminError)
    async def admin_error(request: Request, exc: AdminError) -> JSONResponse:
        return error(exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
        return error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(422, "malformed", f"{where}: {first.get('msg', 'invalid request')}")

    def device(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> ServerDevice:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise ApiError(401, "unauthorized", "send Authorization: Bearer <device token>")
        found = devices.authenticate(db, credentials.credentials)
        if found is None:
            raise ApiError(401, "unauthorized", "unknown or revoked device token")
        return found

    def check_versions(protocol: int, schema: str) -> None:
        if protocol != PROTOCOL:
            raise ApiError(426, "protocol_unsupported", f"this server speaks protocol {PROTOCOL}")
        if schema in older_revisions:
            update = {"server_version": __version__}
            if desk_installer:
                update["installer"] = desk_installer
            raise ApiError(
                426, "schema_too_old", "update this workstation's PrisonDesk, then sync", **update
            )
        if schema != revision:
            raise ApiError(
                426, "server_too_old", f"this server knows schema {revision}: update the server"
            )

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """Liveness: the process answers (nothing else is asked, so it stays cheap)."""
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        """Readiness, for a load balancer: the database answers too."""
        if db.ready():
            return JSONResponse({"status": "ready"})
        return error(503, "not_ready", "the database does not answer")

    @app.get("/api/v1/hello", response_model=HelloOut)
    async def hello() -> dict[str, object]:
        return {
            "protocol": PROTOCOL,
            "server_version": __version__,
            "schema": revision,
            "server_time": server_time(),
            "features": FEATURES,
        }

    @app.post("/api/v1/devices/enroll", response_model=EnrollOut)
    def enroll(body: EnrollIn) -> dict[str, Any]:
        local = LocalFacility(body.facility.id, body.facility.code) if body.facility else None
        enrolment = devices.enroll(
            db, body.code, body.name, body.app_version, body.device_id, local
        )
        return {
            "device_id": enrolment.device_id,
            "token": enrolment.token,
            "facility_id": enrolment.facility_id,
            "server_time": server_time(),
        }

    @app.get("/api/v1/sync/schema")
    def schema(caller: Annotated[ServerDevice, Depends(device)]) -> dict[str, Any]:
        return sync_schema(revision)

    # a device's pushes run one at a time (its device lock, database.py): a retry that comes
    # while the push it retries still runs waits here, holding neither a thread nor a
    # database connection
    device_turns: dict[str, asyncio.Lock] = {}

    @app.post("/api/v1/sync/push", response_model=PushOut)
    async def push(body: PushIn, caller: Annotated[ServerDevice, Depends(device)]) -> Response:
        check_versions(body.protocol, body.schema_)
        if caller.facility_id is None:
            raise ApiError(403, "read_only", "a headquarters device reads; it does not push")
        async with device_turns.setdefault(caller.id, asyncio.Lock()):
            return await run_in_threadpool(apply_push, body, caller)

    def apply_push(body: PushIn, caller: ServerDevice) -> Response:
        ops: list[dict[str, Any]] = body.ops  # type: ignore[assignment]  # plain dicts
        started = time.perf_counter()
        with db.push(caller.id) as transaction:
            session = transaction.session
            moment = datetime.now(UTC)
            pusher = Device(caller.id, caller.facility_id, caller.audit_user)
            context = PushContext(session, transaction.sequence, pusher, clock, moment)
            if db.is_postgres:
                context.among, context.overlapping = among, True
            results = push_ops(context, ops)
            devices.mark_seen(session, caller, moment, pusher.audit_user)
            rejections.record(session, caller.id, caller.facility_id, ops, results, moment)
        db.wrote(sum(r["status"] in ("applied", "merged") for r in results))
        # Server-Timing (a standard header): how long this push held the push lock, which
        # every push of every server on the database waits for, and how long the whole
        # transaction took (bench/load.py reports both)
        held = db.lock_held_ms() or 0.0
        took = (time.perf_counter() - started) * 1000
        timing = f'lock;dur={held:.1f};desc="push lock held", push;dur={took:.1f}'
        # a Response skips FastAPI's re-validation of 500 results against PushOut, which
        # only documents the shape
        return Response(
            dumps({"results": results, "server_time": server_time()}),
            media_type="application/json",
            headers={"Server-Timing": timing},
        )

    @app.get("/api/v1/sync/pull", response_model=PullOut)
    def pull(
        caller: Annotated[ServerDevice, Depends(device)],
        after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL)] = 500,
        table: Annotated[str | None, Query(max_length=64)] = None,
    ) -> Response:
        if table is not None and table not in table_specs():
            raise ApiError(422, "malformed", f"table: no table {table[:64]!r} here")
        body = pull_page(db, caller.facility_id, after, limit, table)
        return Response(body, media_type="application/json")

    @app.get("/api/v1/facilities", response_model=FacilitiesOut)
    def facilities(caller: Annotated[ServerDevice, Depends(device)]) -> dict[str, Any]:
        """Facilities with data on this server: where a prisoner can be transferred."""
        return {"facilities": devices.directory(db)}

    @app.get("/api/v1/sync/digest", response_model=DigestOut)
    def sync_digest(caller: Annotated[ServerDevice, Depends(device)]) -> dict[str, Any]:
        return digest(db, caller.facility_id)

    return app
