"""Console sessions, kept in the server's database (so that every worker process and every
instance behind a load balancer knows them, and a logout ends one at once).

The browser holds a random token in an HttpOnly, SameSite=Strict cookie (Secure under TLS);
the database holds only its SHA-256. Each session has its own CSRF token, which every form
carries back: a form posted from anywhere else is refused. A session ends at logout, after
``idle`` without a request, or after ``LIFETIME`` whatever happens."""

from __future__ import annotations

import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update

from prisondesk.server import admin_audit
from prisondesk.server.database import ServerDatabase
from prisondesk.server.devices import token_hash
from prisondesk.server.models import ConsoleAdmin, ConsoleSession

IDLE = timedelta(minutes=15)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(seconds=30)  # last_seen_at is written at most this often


@dataclass(frozen=True)
class SignedIn:
    admin_id: str
    name: str
    csrf: str
    key: str  # the session's row (its token's hash)
    flash: str | None  # what the page said next is to say (JSON), read with the session


def start(db: ServerDatabase, admin_id: str, now: datetime | None = None) -> str:
    """A new session of ``admin_id``: its token, for the cookie."""
    now = now or datetime.now(UTC)
    token = new_token()
    with db.write() as session:
        session.execute(  # the expired ones go as new ones come
            delete(ConsoleSession).where(ConsoleSession.started_at < now - LIFETIME)
        )
        session.add(
            ConsoleSession(
                token_hash=token_hash(token),
                admin_id=admin_id,
                csrf_token=new_token(),
                started_at=now,
                last_seen_at=now,
            )
        )
    return token


def find(
    db: ServerDatabase, token: str | None, idle: timedelta = IDLE, now: datetime | None = None
) -> SignedIn | None:
    """The session the cookie names, if it is still alive; its idle clock starts again. A
    page read writes only when the clock moves on (``TOUCH_EVERY``) or the session ends."""
    if not token:
        return None
    now = now or datetime.now(UTC)
    key = token_hash(token)
    with db.read() as session:
        found = session.execute(
            select(ConsoleSession, ConsoleAdmin.name)
            .join(ConsoleAdmin, ConsoleAdmin.id == ConsoleSession.admin_id)
            .where(ConsoleSession.token_hash == key)
        ).first()
    if found is None:
        return None
    row, name = found
    if now - row.last_seen_at > idle or now - row.started_at > LIFETIME:
        end(db, token)
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        with db.write() as session:
            session.execute(
                update(ConsoleSession)
                .where(ConsoleSession.token_hash == key)
                .values(last_seen_at=now)
            )
    return SignedIn(row.admin_id, name, row.csrf_token, key, row.flash)


def end(db: ServerDatabase, token: str | None, name: str | None = None) -> None:
    """The session ends (a logout, audited under ``name``, or its time ran out)."""
    if not token:
        return
    with db.write() as session:
        session.execute(
            delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash(token))
        )
        if name is not None:
            admin_audit.record(session, admin_audit.console_actor(name), "logout", name)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def flash(db: ServerDatabase, who: SignedIn, key: str, **values: str) -> None:
    """What the next page says (post/redirect/get): a thing done, or a code just issued."""
    with db.write() as session:
        session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.token_hash == who.key)
            .values(flash=json.dumps({"key": key, **values}))
        )


def take_flash(db: ServerDatabase, who: SignedIn, keys: set[str]) -> dict[str, str] | None:
    """The flash, said once, if it is one of ``keys`` (another page's stays for it)."""
    data = json.loads(who.flash) if who.flash else None
    if data is None or data.get("key") not in keys:
        return None
    with db.write() as session:
        session.execute(
            update(ConsoleSession).where(ConsoleSession.token_hash == who.key).values(flash=None)
        )
    return data


def keep_code(
    db: ServerDatabase, who: SignedIn, code: str, expires: datetime, whom: str | None
) -> None:
    """A code just issued, kept for the one page that shows it (and then forgotten)."""
    flash(db, who, "code", code=code, expires=expires.isoformat(), whom=whom or "")


def take_code(db: ServerDatabase, who: SignedIn) -> tuple[str, datetime, str | None] | None:
    kept = take_flash(db, who, {"code"})
    if kept is None:
        return None
    return kept["code"], datetime.fromisoformat(kept["expires"]), kept["whom"] or None


def csrf_matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
