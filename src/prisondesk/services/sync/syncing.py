"""Sync as the desks use it: enrolling the workstation with the central server, one sync
round (in the background or from the command line), the status the status bar shows, and
what supervisors review: conflicts (keep or switch) and changes the server rejected."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from prisondesk import __version__
from prisondesk.db.engine import Database
from prisondesk.db.migrate import head_revision
from prisondesk.db.models import Prisoner, RejectedChange, SearchKey, Visitor
from prisondesk.db.replication import OutboxEntry
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import from_wire, to_wire, utc_now
from prisondesk.runtime import bulk_work
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import PermissionDenied, ServiceError, ValidationError
from prisondesk.services.core.facility import current_facility
from prisondesk.services.intake import search
from prisondesk.services.visits.search_index import reindex_visitors
from prisondesk.sync import state
from prisondesk.sync.engine import RoundReport, SyncEngine
from prisondesk.sync.http import Offline, ServerRefused, SyncClient


class SyncProblem(ServiceError):
    """Sync could not be done now; the message says why and what to do."""


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    facility_id: str
    joined: bool  # a fresh workstation that joined an existing facility


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    last_success: datetime | None
    last_error: str
    pending: int
    rejected: int
    mismatched: tuple[str, ...]


def _server_url(url: str) -> str:
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the server address, e.g. https://sync.example.kg:8470."
            ),
            field="server",
        )
    return url


def enrol(
    db: Database, actor: Actor | None, url: str, code: str, name: str | None = None
) -> Enrolled:
    """Exchange a one-time code for this workstation's token. A workstation that already
    serves a facility needs an administrator; a fresh one joins the facility of the code and
    gets its users and data on the first sync."""
    url = _server_url(url)
    if not code.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the enrolment code."), field="code"
        )
    facility = current_facility(db)
    if facility is not None or db.headquarters:  # a desk at work: its administrator enrols it
        if actor is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Log in as an administrator to enrol this workstation.")
            )
        with db.read() as session:
            verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
    body: dict[str, Any] = {
        "code": code.strip(),
        "name": (name or platform.node() or db.device_id)[:200],
        "app_version": __version__,
        "device_id": db.device_id,
    }
    if facility is not None:
        body["facility"] = {"id": facility.id, "code": facility.code}
    with SyncClient(url) as client:
        answer = _calling(lambda: (client.hello(), client.enroll(body))[1])
    headquarters = answer["facility_id"] is None
    if headquarters and facility is not None:  # an older server let the code through
        raise ValidationError(_HEADQUARTERS_CODE, field="code")
    if not headquarters and db.headquarters:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a headquarters desk: enrol it with a headquarters code."
            ),
            field="code",
        )
    with db.write(actor.user_id if actor else None) as session:
        if headquarters:
            db.become_headquarters(session)
        previous = (state.get(session, state.SERVER_URL), state.get(session, state.FACILITY_ID))
        state.put(session, state.SERVER_URL, url)
        state.put(session, state.TOKEN, answer["token"])
        state.put(session, state.FACILITY_ID, answer["facility_id"] or "")
        if previous != (url, answer["facility_id"] or ""):  # another server or facility
            state.put(session, state.CURSOR, "0")
        audit.record(
            session,
            db,
            actor,
            "enrol",
            "workstation",
            db.device_id,
            after={"server": url, "device_id": answer["device_id"]},
            facility_id=answer["facility_id"],
        )
    return Enrolled(answer["device_id"], answer["facility_id"], joined=facility is None)


def run_round(db: Database, progress: Any = None) -> RoundReport:
    """One sync round. Raises ``SyncProblem`` (recorded for the status bar) when the server
    cannot be reached or refuses; whatever was answered before that stays answered."""
    with db.read() as session:
        url, token = state.get(session, state.SERVER_URL), state.get(session, state.TOKEN)
    if not url or not token:
        raise SyncProblem(
            QT_TRANSLATE_NOOP(
                "errors", "This workstation is not enrolled with a server yet (Administration)."
            )
        )
    with db.apply_remote() as session:
        state.put(session, state.LAST_ATTEMPT, to_wire(utc_now()))
    try:
        with SyncClient(url, token) as client, bulk_work():
            engine = SyncEngine(db, client, head_revision(), reindex_pulled, progress)
            return _calling(engine.run_round)
    except SyncProblem as problem:
        with db.apply_remote() as session:
            state.put(session, state.LAST_ERROR, problem.message)
        raise


def _calling(call: Any) -> Any:
    try:
        return call()
    except Offline:
        raise SyncProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server cannot be reached. Work goes on here; changes are sent later.",
            )
        ) from None
    except ServerRefused as refusal:
        raise _explained(refusal) from None


# What a refusal means for the person at the desk, by the protocol's error code.
_HEADQUARTERS_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "This code is for a headquarters desk, and this workstation serves a facility: "
    "ask for a code of the facility.",
)
_REFUSALS: dict[str, tuple[str, str | None]] = {
    "headquarters_code": (_HEADQUARTERS_CODE, "code"),
    "invalid_code": (
        QT_TRANSLATE_NOOP(
            "errors", "The enrolment code is unknown, used or expired: ask for a new one."
        ),
        "code",
    ),
    "unauthorized": (
        QT_TRANSLATE_NOOP(
            "errors",
            "The server no longer accepts this workstation: enrol it again with a new code.",
        ),
        None,
    ),
    "schema_too_old": (
        QT_TRANSLATE_NOOP(
            "errors", "The server runs a newer PrisonDesk: update this workstation, then sync."
        ),
        None,
    ),
    "server_too_old": (
        QT_TRANSLATE_NOOP(
            "errors", "The server runs an older PrisonDesk: ask for the server to be updated."
        ),
        None,
    ),
    "facility_mismatch": (
        QT_TRANSLATE_NOOP(
            "errors", "The enrolment code is for another facility than this workstation's."
        ),
        "code",
    ),
    "facility_taken": (
        QT_TRANSLATE_NOOP(
            "errors",
            "This facility already has data from another workstation. Set this workstation "
            "up again and choose to join the existing facility.",
        ),
        "code",
    ),
    "device_enrolled": (
        QT_TRANSLATE_NOOP(
            "errors",
            "This workstation is already enrolled: ask for it to be revoked on the server first.",
        ),
        "code",
    ),
    "facility_empty": (
        QT_TRANSLATE_NOOP(
            "errors",
            "No workstation of this facility has synced yet: set up the first one with its "
            "own administrator.",
        ),
        "code",
    ),
}


def _explained(refusal: ServerRefused) -> SyncProblem:
    if refusal.code == "schema_too_old" and refusal.more.get("server_version"):
        return _update_needed(refusal.more)
    known = _REFUSALS.get(refusal.code)
    if known is not None:
        return SyncProblem(known[0], field=known[1])
    return SyncProblem(
        QT_TRANSLATE_NOOP("errors", "The server refused: {reason}"), reason=refusal.message
    )


def _update_needed(more: dict[str, Any]) -> SyncProblem:
    """The server expects a newer desk: which version, where its installer is, and that
    nothing here is lost (the new version migrates this database, after a backup)."""
    where = str(more.get("installer") or "")
    if where:
        return SyncProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server expects PrisonDesk {version}; this workstation has {mine}. Install "
                "{version} from {where}, then sync. This workstation's data is kept: the new "
                "version takes it over after a backup.",
            ),
            version=str(more["server_version"]),
            mine=__version__,
            where=where,
        )
    return SyncProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server expects PrisonDesk {version}; this workstation has {mine}. Ask support "
            "for the installer of {version}, then sync. This workstation's data is kept: the "
            "new version takes it over after a backup.",
        ),
        version=str(more["server_version"]),
        mine=__version__,
    )


def status(db: Database) -> SyncStatus:
    with db.read() as session:
        last = state.get(session, state.LAST_SUCCESS)
        mismatched = state.get(session, state.DIGEST_MISMATCH)
        return SyncStatus(
            enrolled=bool(state.get(session, state.TOKEN)),
            server_url=state.get(session, state.SERVER_URL),
            last_success=from_wire(last, "datetime") if last else None,
            last_error=state.get(session, state.LAST_ERROR),
            # a headquarters desk sends nothing (its accounts and reads stay with it)
            pending=0
            if db.headquarters
            else session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
            rejected=session.scalar(select(func.count()).select_from(RejectedChange)) or 0,
            mismatched=tuple(filter(None, mismatched.split(","))),
        )


def reindex_pulled(session: Session, touched: dict[str, set[str]]) -> None:
    """Pulled prisoners and visitors get fresh search keys in the same transaction as their
    rows."""
    ids = sorted(touched.get(Prisoner.__tablename__, ()))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(SearchKey).where(SearchKey.prisoner_id.in_(chunk)))
        names = select(Prisoner.id, Prisoner.surname, Prisoner.given_name, Prisoner.patronymic)
        # rows, not objects: index_prisoners reads only these attributes
        search.index_prisoners(session, list(session.execute(names.where(Prisoner.id.in_(chunk)))))
    reindex_visitors(session, sorted(touched.get(Visitor.__tablename__, ())))


@dataclass(frozen=True)
class Joined:
    facility_name: str  # "" for a headquarters desk
    headquarters: bool  # its first account is made next (``headquarters.set_up_headquarters``)


def join_facility(db: Database, url: str, code: str, name: str | None = None) -> Joined:
    """First start of a workstation that joins through the central server: enrol, then pull
    the facility, its users and its data — or, with a headquarters code, every facility."""
    with db.read() as session:
        resumed = bool(state.get(session, state.TOKEN)) and state.get(
            session, state.SERVER_URL
        ) == _server_url(url)
    if not resumed:  # a first attempt that enrolled but lost the network goes on from there
        enrol(db, None, url, code, name)
    run_round(db)
    if db.headquarters:
        return Joined("", headquarters=True)
    facility = current_facility(db)
    if facility is None:  # the server had nothing of the facility: enrolled, but empty
        raise SyncProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The facility has no data on the server yet: set up its first workstation.",
            )
        )
    return Joined(facility.name, headquarters=False)


def server_reachable(db: Database) -> bool:
    """A cheap probe (``/hello``) while the server was away: is it back?"""
    with db.read() as session:
        url = state.get(session, state.SERVER_URL)
    if not url:
        return False
    try:
        with SyncClient(url) as client:
            client.hello()
    except (Offline, ServerRefused):
        return False
    return True


def round_and_status(db: Database) -> tuple[RoundReport, SyncStatus]:
    """What the background scheduler runs: a round, then the status to show."""
    report = run_round(db)
    return report, status(db)
