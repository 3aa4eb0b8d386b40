"""The console's pages: a FastAPI application mounted under ``/console`` (server/app.py).

Every page needs a session (sessions.py) but the login page; every form carries the
session's CSRF token, and a form without the right one is refused before anything is read.
A POST that changes something answers with a redirect to a page (post/redirect/get), which
says what was done (the session's flash). Names come from anyone who may add a facility or
enrol a desk: Jinja2 escapes every value on every page."""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import segno
from fastapi import FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from prisondesk.domain.numbers import FACILITY_CODE
from prisondesk.server import admin_audit, devices
from prisondesk.server.console import accounts, health, i18n, sessions, views
from prisondesk.server.database import ServerDatabase
from prisondesk.server.devices import AdminError
from prisondesk.server.text import N_

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "pd_console"
LOGIN_COOKIE = "pd_console_login"  # the login form's CSRF token (double submit)
LANGUAGE_COOKIE = "pd_console_lang"
HEADQUARTERS = "*"  # the code form's choice "headquarters"
DEVICE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_HOURS = 7 * 24
DEFAULT_LATE_DAYS = 7
PAGES = (
    ("facilities", N_("Facilities")),
    ("codes", N_("Enrolment codes")),
    ("devices", N_("Desks")),
    ("health", N_("Sync health")),
    ("audit", N_("Audit")),
)
CODE_STATES = {"open": N_("Open"), "used": N_("Used"), "expired": N_("Expired")}
REFUSAL_REASONS = {
    "out_of_scope": N_("another facility's record"),
    "unknown_table": N_("unknown table"),
    "unknown_row": N_("unknown record"),
    "append_only": N_("a record that may not change"),
    "invalid_value": N_("invalid value"),
    "unique_violation": N_("a number or name already taken"),
    "schema_too_old": N_("desk too old"),
    "forbidden": N_("not allowed to the user"),
}
DONE = {
    "facility_added": N_("Facility {subject} added. Issue a code for its first desk."),
    "device_revoked": N_("The desk {subject} is revoked: it can no longer sync."),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",  # an enrolment code shown once stays nowhere
}


class LoginAttempts:
    """At most ``LIMIT`` sign-ins a minute from one address (in this process): with the
    lockout per account, guessing stays slow, and argon2's cost cannot be turned on the
    server."""

    LIMIT = 10
    WINDOW = 60.0

    def __init__(self) -> None:
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allowed(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 10_000:  # many addresses: forget those done with
                self._seen = {
                    a: q for a, q in self._seen.items() if q and now - q[-1] < self.WINDOW
                }
            recent = self._seen.setdefault(address, deque())
            while recent and now - recent[0] >= self.WINDOW:
                recent.popleft()
            if len(recent) >= self.LIMIT:
                return False
            recent.append(now)
            return True

    def forget(self) -> None:
        with self._lock:
            self._seen.clear()


class NotSignedIn(Exception):
    """No live session: the login page, saying why if the session ended."""

    def __init__(self, ended: bool) -> None:
        self.ended = ended


class Forged(Exception):
    """A form without this session's CSRF token."""


def create_console(
    db: ServerDatabase,
    idle: timedelta = sessions.IDLE,
    zone: ZoneInfo | None = None,
) -> FastAPI:
    zone = zone or ZoneInfo("Asia/Bishkek")
    console = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    console.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    environments = {code: _environment(code, zone) for code in i18n.CODES}
    attempts = console.state.login_attempts = LoginAttempts()

    # --- answers ---------------------------------------------------------------------------
    def language_of(request: Request) -> str:
        return i18n.choose(
            request.query_params.get("lang"),
            request.cookies.get(LANGUAGE_COOKIE),
            request.headers.get("accept-language"),
        )

    def say(request: Request, text: str, **params: Any) -> str:
        return i18n.translations(language_of(request)).gettext(text).format(**params)

    def render(
        request: Request,
        template: str,
        who: sessions.SignedIn | None,
        status: int = 200,
        **context: Any,
    ) -> HTMLResponse:
        language = language_of(request)
        gettext = i18n.translations(language).gettext
        root = request.scope.get("root_path", "")
        csrf = who.csrf if who else context.pop("csrf", "")
        html = (
            environments[language]
            .get_template(template)
            .render(
                language=language,
                languages=i18n.LANGUAGES,
                url=lambda path: root + path,
                pages=[(key, gettext(label)) for key, label in PAGES],
                page=template.removesuffix(".html"),
                admin=who,
                csrf=csrf,
                **context,
            )
        )
        response = HTMLResponse(html, status)
        if request.query_params.get("lang") in i18n.CODES:
            response.set_cookie(
                LANGUAGE_COOKIE, language, max_age=365 * 24 * 3600, path=root or "/",
                httponly=True, samesite="strict", secure=_secure(request),
            )  # fmt: skip
        return response

    def go(request: Request, path: str) -> RedirectResponse:
        return RedirectResponse(request.scope.get("root_path", "") + path, status_code=303)

    def refused(request: Request, who: sessions.SignedIn, status: int, text: str) -> HTMLResponse:
        return render(request, "refused.html", who, status, error=text, back=_own(request))

    # --- who is asking ---------------------------------------------------------------------
    def signed_in(request: Request) -> sessions.SignedIn:
        token = request.cookies.get(SESSION_COOKIE)
        who = sessions.find(db, token, idle)
        if who is None:
            raise NotSignedIn(ended=token is not None)
        return who

    def checked(request: Request, csrf: str) -> sessions.SignedIn:
        who = signed_in(request)
        if not sessions.csrf_matches(who.csrf, csrf):
            raise Forged()
        return who

    def flashed(who: sessions.SignedIn, request: Request) -> str | None:
        kept = sessions.take_flash(db, who, set(DONE))
        return say(request, DONE[kept["key"]], subject=kept["subject"]) if kept else None

    @console.exception_handler(NotSignedIn)
    async def to_login(request: Request, exc: NotSignedIn) -> Response:
        root = request.scope.get("root_path", "")
        response = RedirectResponse(f"{root}/login{'?ended=1' if exc.ended else ''}", 303)
        if exc.ended:
            response.delete_cookie(SESSION_COOKIE, path=root or "/")
        return response

    @console.exception_handler(Forged)
    async def forged(request: Request, exc: Forged) -> Response:
        text = say(
            request,
            N_(
                "This form was not sent from this console's page, or it is too "
                "old. Nothing was changed: open the page again and repeat."
            ),
        )
        return render(request, "refused.html", None, 403, error=text, back=_own(request))

    @console.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> Response:
        text = say(request, N_("The form was not complete. Nothing was changed."))
        return render(request, "refused.html", None, 422, error=text, back=_own(request))

    @console.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Response:
        text = say(request, N_("There is no such page."))
        heading = say(request, N_("Page not found"))
        return render(request, "refused.html", None, exc.status_code, error=text,
                      back=_own(request), heading=heading)  # fmt: skip

    @console.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> Response:
        # the traceback goes to the server's log (Starlette raises it on), not to the page
        text = say(request, N_("Something went wrong on the server; it is written in the "
                               "server's log. Nothing was changed."))  # fmt: skip
        return render(request, "refused.html", None, 500, error=text, back=_own(request))

    @console.middleware("http")
    async def guarded(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if _secure(request):  # once over TLS, never again without
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response

    # --- signing in and out ----------------------------------------------------------------
    @console.get("/login")
    def login_page(request: Request, ended: int = 0) -> Response:
        if sessions.find(db, request.cookies.get(SESSION_COOKIE), idle) is not None:
            return go(request, "/facilities")  # signed in already
        token = request.cookies.get(LOGIN_COOKIE) or sessions.new_token()
        error = say(request, N_("Your session ended: sign in again.")) if ended else None
        response = render(request, "login.html", None, csrf=token, name="", error=error)
        _set_login_cookie(request, response, token)
        return response

    @console.post("/login")
    def log_in(
        request: Request,
        name: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=200)] = "",
        csrf: Annotated[str, Form(max_length=200)] = "",
    ) -> Response:
        expected = request.cookies.get(LOGIN_COOKIE)
        if not expected or not sessions.csrf_matches(expected, csrf):
            raise Forged()
        if not attempts.allowed(request.client.host if request.client else ""):
            error = say(request, N_("Too many attempts from this computer: wait a minute."))
            return render(request, "login.html", None, 429, csrf=expected, name=name,
                          error=error)  # fmt: skip
        try:
            admin = accounts.log_in(db, name, password)
        except accounts.LoginRefused:
            # one answer for a wrong name, a wrong password and a locked account: a visitor
            # guessing names learns nothing (the audit page says which it was)
            error = say(request, N_("Wrong name or password. Five wrong passwords in a row "
                                    "lock an account for 15 minutes."))  # fmt: skip
            return render(request, "login.html", None, 401, csrf=expected, name=name,
                          error=error)  # fmt: skip
        sessions.end(db, request.cookies.get(SESSION_COOKIE))  # a browser's earlier one
        response = go(request, "/facilities")
        root = request.scope.get("root_path", "") or "/"
        response.set_cookie(
            SESSION_COOKIE, sessions.start(db, admin.id), path=root, httponly=True,
            samesite="strict", secure=_secure(request),
        )  # fmt: skip
        response.delete_cookie(LOGIN_COOKIE, path=root)
        return response

    @console.post("/logout")
    def log_out(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
        who = checked(request, csrf)
        sessions.end(db, request.cookies.get(SESSION_COOKIE), who.name)
        response = go(request, "/login")
        response.delete_cookie(SESSION_COOKIE, path=request.scope.get("root_path", "") or "/")
        return response

    @console.get("/")
    def home(request: Request) -> Response:
        signed_in(request)
        return go(request, "/facilities")

    # --- facilities ------------------------------------------------------------------------
    @console.get("/facilities")
    def facilities_page(request: Request) -> HTMLResponse:
        who = signed_in(request)
        return render(request, "facilities.html", who, done=flashed(who, request),
                      facilities=views.facilities(db), form={"code": "", "name": ""})  # fmt: skip

    @console.post("/facilities")
    def add_facility(
        request: Request,
        code: Annotated[str, Form(max_length=200)] = "",
        name: Annotated[str, Form(max_length=1000)] = "",
        csrf: Annotated[str, Form(max_length=200)] = "",
    ) -> Response:
        who = checked(request, csrf)
        try:
            added = devices.add_facility(db, code, name, by=admin_audit.console_actor(who.name))
        except AdminError as refusal:
            return render(
                request, "facilities.html", who, refusal.status,
                error=say(request, refusal.template, **refusal.params),
                facilities=views.facilities(db), form={"code": code, "name": name},
            )  # fmt: skip
        sessions.flash(db, who, "facility_added", subject=added.code)
        return go(request, "/facilities")

    # --- enrolment codes -------------------------------------------------------------------
    def codes_page_with(
        request: Request, who: sessions.SignedIn, status: int = 200, **context: Any
    ) -> HTMLResponse:
        language = language_of(request)
        gettext = i18n.translations(language).gettext
        context.setdefault("form", {"facility": "", "hours": 24})
        return render(
            request, "codes.html", who, status, facilities=devices.facilities(db),
            codes=views.codes(db), states={k: gettext(v) for k, v in CODE_STATES.items()},
            headquarters=HEADQUARTERS, max_hours=MAX_HOURS, **context,
        )  # fmt: skip

    @console.get("/codes")
    def codes_page(request: Request) -> HTMLResponse:
        return codes_page_with(request, signed_in(request))

    @console.post("/codes")
    def issue_code(
        request: Request,
        facility: Annotated[str, Form(max_length=200)] = "",
        hours: Annotated[str, Form(max_length=20)] = "",
        csrf: Annotated[str, Form(max_length=200)] = "",
    ) -> HTMLResponse:
        who = checked(request, csrf)
        form = {"facility": facility, "hours": hours}
        valid_hours = _number(hours)
        if not 1 <= valid_hours <= MAX_HOURS:
            error = say(request, N_("A code is valid for 1 to {most} hours."), most=MAX_HOURS)
            return codes_page_with(request, who, 422, error=error, form=form)
        whom = None if facility == HEADQUARTERS else facility.strip().upper()
        if whom is not None and not FACILITY_CODE.match(whom):
            error = say(request, N_("There is no facility {code}: add it first."), code=whom[:20])
            return codes_page_with(request, who, 404, error=error, form=form)
        try:
            code, expires = devices.new_enrolment_code(
                db, whom, timedelta(hours=valid_hours), by=admin_audit.console_actor(who.name)
            )
        except AdminError as refusal:
            error = say(request, refusal.template, **refusal.params)
            return codes_page_with(request, who, refusal.status, error=error, form=form)
        # shown by a GET (post/redirect/get): a reload or Back issues no second code
        sessions.keep_code(db, who, code, expires, whom)
        return go(request, "/codes/issued")

    @console.get("/codes/issued")
    def code_issued(request: Request) -> Response:
        who = signed_in(request)
        issued = sessions.take_code(db, who)
        if issued is None:  # shown once already
            return go(request, "/codes")
        code, expires, whom = issued
        named = next((f for f in devices.facilities(db) if f.code == whom), None)
        qr = segno.make_qr(code, error="m")  # a full QR code: phones and 2D scanners read it
        return render(
            request, "code_issued.html", who, code=code, expires_at=expires,
            whom=f"{named.code} · {named.name}" if named else say(request, N_("Headquarters")),
            qr=qr.svg_inline(scale=4, border=2, omitsize=True, title=code),
        )  # fmt: skip

    # --- desks -----------------------------------------------------------------------------
    @console.get("/devices")
    def devices_page(request: Request, facility: str = "") -> HTMLResponse:
        who = signed_in(request)
        return render(
            request, "devices.html", who, done=flashed(who, request),
            facilities=devices.facilities(db), chosen=facility,
            devices=views.devices(db, facility or None),
        )  # fmt: skip

    @console.get("/devices/{device_id}/revoke")
    def revoke_page(request: Request, device_id: str) -> HTMLResponse:
        who = signed_in(request)
        found = views.device(db, device_id) if DEVICE_ID.fullmatch(device_id) else None
        if found is None or found.revoked_at is not None:
            return refused(request, who, 404, say(request, N_("There is no such active desk.")))
        return render(request, "revoke.html", who, device=found)

    @console.post("/devices/{device_id}/revoke")
    def revoke(
        request: Request, device_id: str, csrf: Annotated[str, Form(max_length=200)] = ""
    ) -> Response:
        who = checked(request, csrf)
        found = views.device(db, device_id) if DEVICE_ID.fullmatch(device_id) else None
        if found is None:  # the whole id, never a beginning of it (the command line's way)
            return refused(request, who, 404, say(request, N_("There is no such active desk.")))
        try:
            devices.revoke(db, found.id, by=admin_audit.console_actor(who.name))
        except AdminError as refusal:
            return refused(request, who, refusal.status,
                           say(request, refusal.template, **refusal.params))  # fmt: skip
        sessions.flash(db, who, "device_revoked", subject=found.name)
        suffix = f"?facility={found.facility_id}" if found.facility_id else ""
        return go(request, f"/devices{suffix}")

    # --- sync health and the audit ---------------------------------------------------------
    @console.get("/health")
    def health_page(request: Request, days: str = str(DEFAULT_LATE_DAYS)) -> HTMLResponse:
        who = signed_in(request)
        late = _number(days)
        late = late if 1 <= late <= 365 else DEFAULT_LATE_DAYS
        gettext = i18n.translations(language_of(request)).gettext
        return render(
            request, "health.html", who, days=late, rows=health.overview(db, late),
            reasons={k: gettext(v) for k, v in REFUSAL_REASONS.items()},
        )  # fmt: skip

    @console.get("/audit")
    def audit_page(request: Request) -> HTMLResponse:
        who = signed_in(request)
        gettext = i18n.translations(language_of(request)).gettext
        return render(
            request, "audit.html", who,
            changes=admin_audit.recent(db, sign_ins=False),
            sign_ins=admin_audit.recent(db, 100, sign_ins=True),
            actions={k: gettext(v) for k, v in admin_audit.ACTIONS.items()},
        )  # fmt: skip

    return console


def _environment(language: str, zone: ZoneInfo) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.install_gettext_translations(i18n.translations(language), newstyle=True)
    environment.filters["when"] = lambda moment: i18n.written(moment, language, zone)
    environment.filters["who"] = lambda actor: _who(actor, i18n.translations(language).gettext)
    return environment


WHERE = {"console": N_("{name} (console)"), "shell": N_("{name} (server command line)")}


def _who(actor: str, gettext: Callable[[str], str]) -> str:
    """``console:chief`` as "chief (console)", in the page's language."""
    where, _, name = actor.partition(":")
    return gettext(WHERE[where]).format(name=name) if where in WHERE and name else actor


def _secure(request: Request) -> bool:
    """Secure cookies under TLS: uvicorn's own, or a proxy's (X-Forwarded-Proto, which
    uvicorn trusts from 127.0.0.1)."""
    return request.url.scheme == "https"


def _number(text: str) -> int:
    """A whole number typed in a form, or 0 ("²" is a digit to Python, not a number)."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdecimal() and len(text) < 7 else 0


def _own(request: Request) -> str:
    return request.scope.get("root_path", "") + "/"


def _set_login_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        LOGIN_COOKIE, token, path=request.scope.get("root_path", "") or "/",
        httponly=True, samesite="strict", secure=_secure(request),
    )  # fmt: skip
