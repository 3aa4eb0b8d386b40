"""What a workstation remembers about syncing, in ``local_state`` (never replicated): the
server, its device token, the pull cursor and how the last attempts went."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.replication import LocalState
from prisondesk.domain.jsonbytes import dumps, loads

SERVER_URL = "sync_server_url"
TOKEN = "sync_token"
FACILITY_ID = "sync_facility_id"
CURSOR = "sync_cursor"
LAST_SUCCESS = "sync_last_success"
LAST_ATTEMPT = "sync_last_attempt"
LAST_ERROR = "sync_last_error"
DIGEST_MISMATCH = "sync_digest_mismatch"
DIGEST_MATCHED_AT = "sync_digest_matched_at"  # "cursor@unix time" of the last match
# the newest of this device's audit entries the server has answered for: `audit verify` says
# so when the entries and their stored head were removed after (services/core/audit.py)
AUDIT_ACKNOWLEDGED = "sync_audit_acknowledged"
# "seq:hash" of this device's newest audit entry, beside the chain (services/core/audit.py)
AUDIT_HEAD = "audit_head"
# JSON [{"id", "code", "name"}]: the server's facilities, where prisoners can be transferred
DIRECTORY = "sync_facility_directory"


def get(session: Session, key: str, default: str = "") -> str:
    value = session.scalar(select(LocalState.value).where(LocalState.key == key))
    return default if value is None else value


def put(session: Session, key: str, value: str) -> None:
    found = session.get(LocalState, key)
    if found is None:
        session.add(LocalState(key=key, value=value))
    else:
        found.value = value
    session.flush()


def audit_head(session: Session) -> tuple[int, str] | None:
    """(device_seq, entry_hash) of this device's newest audit entry as stored beside the
    chain, or None when there is no head."""
    value = get(session, AUDIT_HEAD)
    if not value:
        return None
    seq, _, entry_hash = value.partition(":")
    return (int(seq) if seq.isdigit() else 0), entry_hash


def head_text(device_seq: int, entry_hash: str) -> str:
    return f"{device_seq}:{entry_hash}"


def audit_acknowledged(session: Session) -> int:
    """The newest of this device's audit entries the server has answered for."""
    value = get(session, AUDIT_ACKNOWLEDGED, "0")
    return int(value) if value.isdigit() else 0


def cursor(session: Session) -> int:
    return int(get(session, CURSOR, "0") or 0)


def directory(session: Session) -> list[dict[str, str]]:
    """The server's facilities as the last sync listed them: ``[{"id", "code", "name"}]``."""
    return loads(get(session, DIRECTORY) or "[]")


def put_directory(session: Session, facilities: list[dict[str, Any]]) -> bool:
    """Keep the list (by code, only the three fields); whether it changed."""
    listed = dumps(
        sorted(
            ({"id": f["id"], "code": f["code"], "name": f["name"]} for f in facilities),
            key=lambda f: f["code"],
        )
    ).decode()
    if get(session, DIRECTORY) == listed:
        return False
    put(session, DIRECTORY, listed)
    return True
