"""The server console over real HTTP on loopback (SQLite and PostgreSQL): signing in, the
lockout, the CSRF check, the idle timeout, and each action — adding a facility, issuing a
code, revoking a desk — with its bad cases, which change nothing."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import httpx
import pytest
from sqlalchemy import func, select, update

from prisondesk.domain.passwords import MAX_FAILURES
from prisondesk.server import admin_audit, devices
from prisondesk.server.console import accounts
from prisondesk.server.models import AdminAudit, ConsoleAdmin, ConsoleSession, ServerFacility
from tests.server.live import LiveServer
from tests.server.protocol import enrol

NAME, PASSWORD = "chief", "console-pass-1"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
NAME_REFUSED = (
    "A facility's name holds letters, digits and punctuation, without < > or control characters."
)
CODE = re.compile(r'<p class="code" id="code">([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</p>')


@pytest.fixture
def console(server) -> httpx.Client:
    """A browser of the console: its cookies, English, and an account to sign in with."""
    accounts.add_admin(server.db, NAME, PASSWORD, by="shell:test")
    server.console_app().state.login_attempts.forget()  # every test from a fresh address
    with httpx.Client(
        base_url=f"{server.url}/console", timeout=10, headers={"Accept-Language": "en"}
    ) as browser:
        yield browser


def csrf_of(page: httpx.Response) -> str:
    found = CSRF.search(page.text)
    assert found, page.text
    return found.group(1)


def sign_in(console: httpx.Client, name: str = NAME, password: str = PASSWORD) -> httpx.Response:
    form = console.get("/login")
    return console.post("/login", data={"name": name, "password": password, "csrf": csrf_of(form)})


def signed_in(console: httpx.Client) -> httpx.Client:
    assert sign_in(console).status_code == 303
    return console


def post(console: httpx.Client, page: str, path: str, **fields: str) -> httpx.Response:
    """A form of ``page`` sent as the browser sends it: with the page's CSRF token."""
    return console.post(path, data={**fields, "csrf": csrf_of(console.get(page))})


def message(page: httpx.Response) -> str:
    found = re.search(r'<p class="message (?:error|done)"[^>]*>(.*?)</p>', page.text, re.S)
    return unescape(found.group(1)) if found else ""


def audited(server, action: str) -> list[tuple[str, str]]:
    with server.db.read() as session:
        return [
            (row.actor, row.subject)
            for row in session.scalars(
                select(AdminAudit).where(AdminAudit.action == action).order_by(AdminAudit.id)
            )
        ]


def facility_count(server) -> int:
    with server.db.read() as session:
        return session.scalar(select(func.count()).select_from(ServerFacility))


# --- signing in ----------------------------------------------------------------------------


def test_signing_in_opens_the_pages_with_a_strict_cookie(server, console):
    answer = sign_in(console)
    assert answer.status_code == 303 and answer.headers["location"] == "/console/facilities"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain HTTP here; under TLS the cookie is Secure
    for page in ("/facilities", "/codes", "/devices", "/health", "/audit"):
        shown = console.get(page)
        assert shown.status_code == 200 and f"<span>{NAME}</span>" in shown.text, page
        assert "default-src 'none'" in shown.headers["content-security-policy"]
        assert shown.headers["cache-control"] == "no-store"
    assert audited(server, "login") == [(f"console:{NAME}", NAME)]


def test_a_page_without_a_session_sends_to_the_login(console):
    answer = console.get("/codes")
    assert answer.status_code == 303 and answer.headers["location"] == "/console/login"


WRONG = "Wrong name or password. Five wrong passwords in a row lock an account for 15 minutes."


@pytest.mark.parametrize(
    ("name", "audited_as"),
    [(NAME, NAME), ("nobody", "(no such account)"), ("my-password-9", "(no such account)")],
)
def test_a_wrong_password_or_name_is_refused_alike(server, console, name, audited_as):
    """A name that is no account is not kept as typed: it may be a password."""
    answer = sign_in(console, name, "wrong-pass-9")
    assert answer.status_code == 401
    assert message(answer) == WRONG
    assert "pd_console=" not in answer.headers.get("set-cookie", "")
    assert audited(server, "login_failed") == [(f"console:{audited_as}", audited_as)]


def test_repeated_wrong_passwords_lock_the_account_even_for_the_right_one(server, console):
    for _ in range(MAX_FAILURES):
        assert message(sign_in(console, password="wrong-pass-9")) == WRONG
    answer = sign_in(console)  # the right password waits too, and is told nothing new
    assert answer.status_code == 401 and message(answer) == WRONG
    assert len(audited(server, "locked")) == 1
    with server.db.write() as session:  # a quarter of an hour later
        session.execute(
            update(ConsoleAdmin).values(locked_until=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert sign_in(console).status_code == 303


def test_an_address_trying_too_often_waits_a_minute(server, console):
    for _ in range(10):
        assert sign_in(console, "nobody", "wrong-pass-9").status_code == 401
    answer = sign_in(console)
    assert answer.status_code == 429
    assert message(answer) == "Too many attempts from this computer: wait a minute."
    assert audited(server, "login") == []


def test_the_login_form_needs_its_own_token(server, console):
    console.get("/login")
    answer = console.post("/login", data={"name": NAME, "password": PASSWORD, "csrf": "forged"})
    assert answer.status_code == 403
    assert "Nothing was changed" in message(answer)
    assert audited(server, "login") == []


def test_a_session_idle_too_long_ends(server, console):
    signed_in(console)
    with server.db.write() as session:
        session.execute(
            update(ConsoleSession).values(last_seen_at=datetime.now(UTC) - timedelta(minutes=16))
        )
    answer = console.get("/facilities")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/login?ended=1"
    login = console.get(answer.headers["location"].removeprefix("/console"))
    assert message(login) == "Your session ended: sign in again."
    with server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ConsoleSession)) == 0


def test_logging_out_ends_the_session(server, console):
    signed_in(console)
    answer = post(console, "/facilities", "/logout")
    assert answer.status_code == 303 and answer.headers["location"] == "/console/login"
    assert console.get("/facilities").status_code == 303
    assert audited(server, "logout") == [(f"console:{NAME}", NAME)]


# --- CSRF ----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["forged", ""])
@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/facilities", {"code": "BSH-1", "name": "Колония"}),
        ("/codes", {"facility": "OSH-2", "hours": "24"}),
        ("/devices/{device}/revoke", {}),
        ("/logout", {}),
    ],
)
def test_a_form_without_the_sessions_token_changes_nothing(
    server, console, client, token, path, fields
):
    devices.add_facility(server.db, "OSH-2", "Колония №2")
    code = devices.new_enrolment_code(server.db, "OSH-2")[0]
    device, _, _ = enrol(client, code, ("4d3f4e55-4a0e-4f2e-9a55-7d0a3c7a1b11", "OSH-2"))
    signed_in(console)
    before = {action: audited(server, action) for action in admin_audit.ACTIONS}
    answer = console.post(path.format(device=device), data={**fields, "csrf": token})
    assert answer.status_code == 403
    assert message(answer).startswith("This form was not sent from this console's page")
    assert {action: audited(server, action) for action in admin_audit.ACTIONS} == before
    assert console.get("/facilities").status_code == 200  # still signed in


# --- facilities ----------------------------------------------------------------------------


def test_a_facility_is_added_and_said_so(server, console):
    signed_in(console)
    answer = post(console, "/facilities", "/facilities", code="bsh-1", name="Колония №1")
    assert answer.status_code == 303
    shown = console.get("/facilities")
    assert message(shown) == "Facility BSH-1 added. Issue a code for its first desk."
    assert "Колония №1" in shown.text and "Waiting for its first desk" in shown.text
    assert message(console.get("/facilities")) == ""  # said once
    assert audited(server, "facility_added") == [(f"console:{NAME}", "BSH-1")]


@pytest.mark.parametrize(
    ("code", "name", "status", "said"),
    [
        ("BSH-1", "Другая", 409, "Facility BSH-1 is registered already."),
        ("B", "Колония", 422, "A facility code has 2 to 16 Latin capitals, digits or dashes."),
        ("OSH-2", "   ", 422, "A facility needs a name."),
        ("OSH-2", '<script>alert("x")</script>', 422, NAME_REFUSED),
        ("OSH-2", "Колония\x00№2", 422, NAME_REFUSED),
        ("OSH-2", "Колония\u202e2№", 422, NAME_REFUSED),
    ],
)
def test_a_facility_code_taken_or_malformed_is_refused(server, console, code, name, status, said):
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    signed_in(console)
    answer = post(console, "/facilities", "/facilities", code=code, name=name)
    assert answer.status_code == status
    assert message(answer) == said
    assert facility_count(server) == 1


def test_a_desks_name_with_html_is_shown_as_text_everywhere(server, console, client):
    """Desks name themselves when they enrol: their names are shown, escaped."""
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    code = devices.new_enrolment_code(server.db, "BSH-1")[0]
    evil = '<script>alert("x")</script><b>КПП</b>'
    local = {"id": "4d3f4e55-4a0e-4f2e-9a55-7d0a3c7a1b11", "code": "BSH-1"}
    body = {"code": code, "name": evil, "app_version": "test", "facility": local}
    device = client.post("/api/v1/devices/enroll", json=body).json()["device_id"]
    signed_in(console)
    post(console, "/devices", f"/devices/{device}/revoke")  # its name in the flash and audit
    pages = ["/devices", "/audit", "/codes", "/health"]
    for shown in [console.get(page).text for page in pages]:
        assert "<script>alert" not in shown and "<b>КПП" not in shown
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in console.get("/devices").text


# --- enrolment codes and desks -------------------------------------------------------------


def issue(console: httpx.Client, facility: str, hours: str = "24") -> httpx.Response:
    """The code form sent; a code issued is shown by the page the answer redirects to."""
    answer = post(console, "/codes", "/codes", facility=facility, hours=hours)
    if answer.status_code == 303:
        assert answer.headers["location"] == "/console/codes/issued"
        return console.get("/codes/issued")
    return answer


def test_a_code_is_shown_once_large_and_as_a_qr_code_and_enrols_a_desk(server, console, client):
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    signed_in(console)
    shown = issue(console, " bsh-1 ", "48")  # as typed into a form by hand
    assert shown.status_code == 200
    code = CODE.search(shown.text).group(1)
    assert "<svg" in shown.text and 'viewBox="0 0 ' in shown.text  # a QR code, scaled by CSS
    assert "Enrolment code for BSH-1 · Колония №1" in unescape(shown.text)
    again = console.get("/codes/issued")  # a reload, or Back: no second code, no code shown
    assert again.status_code == 303 and again.headers["location"] == "/console/codes"
    assert code not in console.get("/codes").text  # only its state is listed afterwards
    assert '<span class="state open">Open</span>' in console.get("/codes").text
    assert audited(server, "code_issued") == [(f"console:{NAME}", "BSH-1")]
    enrol(client, code, ("4d3f4e55-4a0e-4f2e-9a55-7d0a3c7a1b11", "BSH-1"))
    listed = console.get("/codes").text
    assert '<span class="state used">Used</span>' in listed


def test_a_headquarters_code_is_issued(server, console):
    signed_in(console)
    shown = issue(console, "*")
    assert CODE.search(shown.text) and "Enrolment code for Headquarters" in shown.text


@pytest.mark.parametrize(
    ("facility", "hours", "status", "said"),
    [
        ("BSH-1", "0", 422, "A code is valid for 1 to 168 hours."),
        ("BSH-1", "200", 422, "A code is valid for 1 to 168 hours."),
        ("BSH-1", "soon", 422, "A code is valid for 1 to 168 hours."),
        ("NONE-9", "24", 404, "There is no facility NONE-9: add it first."),
    ],
)
def test_a_code_for_no_facility_or_no_time_is_refused(
    server, console, facility, hours, status, said
):
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    signed_in(console)
    answer = issue(console, facility, hours)
    assert answer.status_code == status and message(answer) == said
    assert CODE.search(answer.text) is None and audited(server, "code_issued") == []


def test_a_desk_is_listed_and_revoked_after_a_confirmation(server, console, client):
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    code = devices.new_enrolment_code(server.db, "BSH-1")[0]
    device, _, auth = enrol(client, code, ("4d3f4e55-4a0e-4f2e-9a55-7d0a3c7a1b11", "BSH-1"))
    signed_in(console)
    listed = console.get("/devices")
    assert device[:8] in listed.text and '<span class="state active">Active</span>' in listed.text
    asked = console.get(f"/devices/{device}/revoke")
    assert asked.status_code == 200 and "Revoke the desk" in unescape(asked.text)
    answer = console.post(f"/devices/{device}/revoke", data={"csrf": csrf_of(asked)})
    assert answer.status_code == 303
    shown = console.get(answer.headers["location"].removeprefix("/console"))
    assert message(shown).endswith("is revoked: it can no longer sync.")
    assert client.get("/api/v1/sync/digest", headers=auth).status_code == 401
    assert [subject for _, subject in audited(server, "device_revoked")] == [device]
    again = post(console, "/devices", f"/devices/{device}/revoke")
    assert again.status_code == 409 and message(again) == f"The desk {device} is revoked already."


def test_revoking_an_unknown_desk_is_refused(server, console):
    signed_in(console)
    unknown = "00000000-0000-0000-0000-000000000000"
    assert console.get(f"/devices/{unknown}/revoke").status_code == 404
    answer = post(console, "/devices", f"/devices/{unknown}/revoke")
    assert answer.status_code == 404 and message(answer) == "There is no such active desk."
    assert audited(server, "device_revoked") == []


# --- languages and switching the console on ------------------------------------------------


def test_the_console_speaks_russian_kyrgyz_and_english(server, console):
    signed_in(console)
    assert "Коды регистрации" in console.get("/codes?lang=ru").text
    kyrgyz = console.get("/codes?lang=ky")
    assert "Каттоо коддору" in kyrgyz.text
    assert "pd_console_lang=ky" in kyrgyz.headers["set-cookie"]
    assert "Каттоо коддору" in console.get("/codes").text  # kept in the cookie from now on
    assert "Enrolment codes" in console.get("/codes?lang=en").text


def test_the_console_is_off_unless_asked_for(server):
    plain = LiveServer.start(server.db, server.backend, console=False)
    try:
        answer = httpx.get(f"{plain.url}/console/login", timeout=10)
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    finally:
        plain.stop()


def test_the_health_page_counts_refusals_by_reason_in_words(server, console, client):
    devices.add_facility(server.db, "BSH-1", "Колония №1")
    code = devices.new_enrolment_code(server.db, "BSH-1")[0]
    device, facility, auth = enrol(client, code, ("4d3f4e55-4a0e-4f2e-9a55-7d0a3c7a1b11", "BSH-1"))
    from tests.server.protocol import push, wing_insert

    push(client, auth, [{**wing_insert(device, facility, "Блок"), "table": "no_such_table"}])
    signed_in(console)
    page = console.get("/health?days=3").text
    assert "unknown table: 1" in page and 'name="days" value="3"' in page
    assert console.get("/health?days=abc").status_code == 200  # the default week instead


def test_pages_holding_a_secret_are_never_compressed(server, console):
    """BREACH: a compressed page's length tells a secret beside text an attacker sent."""
    signed_in(console)
    page = console.get("/codes", headers={"Accept-Encoding": "gzip"})
    assert len(page.content) > 1024 and "content-encoding" not in page.headers
    assert console.get("/login?ended=1").status_code == 303  # signed in: the pages at once
