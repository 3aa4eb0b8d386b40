"""What a workstation remembers about syncing, in ``local_state`` (never replicated): the
server, its device token, the pull cursor and how the last attempts went."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.replication import LocalState

SERVER_URL = "sync_server_url"
TOKEN = "sync_token"
FACILITY_ID = "sync_facility_id"
CURSOR = "sync_cursor"
LAST_SUCCESS = "sync_last_success"
LAST_ATTEMPT = "sync_last_attempt"
LAST_ERROR = "sync_last_error"
DIGEST_MISMATCH = "sync_digest_mismatch"
DIGEST_MATCHED_AT = "sync_digest_matched_at"  # "cursor@unix time" of the last match
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


def cursor(session: Session) -> int:
    return int(get(session, CURSOR, "0") or 0)
