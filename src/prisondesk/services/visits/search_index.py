"""The local index of visitors' name keys (``domain/names.py``) that the registry search
probes: kept in the transaction that creates a visitor, refreshed for pulled rows, rebuilt
when rows older than the index are found."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Visitor, VisitorSearchKey
from prisondesk.domain.names import name_keys


def index_visitors(session: Session, rows: Iterable) -> None:
    """Keys of visitors (objects or rows with id and names), in the caller's transaction."""
    # a name without letters has no key: "" stands in, so the visitor counts as indexed
    # (no query word is empty, so "" never matches)
    keys = [
        {"visitor_id": row.id, "key": key}
        for row in rows
        for key in name_keys(row.surname, row.given_name, row.patronymic) or [""]
    ]
    if keys:
        session.execute(sqlite_insert(VisitorSearchKey).on_conflict_do_nothing(), keys)


def reindex_visitors(session: Session, ids: Sequence[str]) -> None:
    """Fresh keys for these visitors (created here, or pulled from the server)."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        session.execute(delete(VisitorSearchKey).where(VisitorSearchKey.visitor_id.in_(chunk)))
        index_visitors(
            session,
            session.execute(
                select(Visitor.id, Visitor.surname, Visitor.given_name, Visitor.patronymic).where(
                    Visitor.id.in_(chunk), ~Visitor.deleted
                )
            ),
        )


def ensure_visitor_index(db: Database) -> bool:
    """Rebuild when some visitor has no keys (a new table, or rows older than the index)."""
    with db.read() as session:
        visitors = session.scalar(select(func.count()).where(~Visitor.deleted)) or 0
        indexed = (
            session.scalar(select(func.count(func.distinct(VisitorSearchKey.visitor_id)))) or 0
        )
    if visitors == indexed:
        return False
    with db.write(None) as session:
        session.execute(delete(VisitorSearchKey))
        ids = list(session.scalars(select(Visitor.id).where(~Visitor.deleted)))
        reindex_visitors(session, ids)
    return True
