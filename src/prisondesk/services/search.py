"""Finding prisoners as the officer types: by name in any script, with one typo forgiven,
by PIN or by prisoner number.

Names are matched through their keys (``domain/names.py``) kept in two local tables: each
prisoner's keys, and each distinct key under its one-letter deletions. A query word finds
keys equal to it, keys it begins (the word still being typed), and keys one edit away (found
through shared deletions, then confirmed by the edit distance). Every lookup is an index
probe, so a search stays fast with a hundred thousand prisoners.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, SearchKey, SearchVariant, Wing
from prisondesk.domain.names import fold, name_keys
from prisondesk.domain.roles import Permission
from prisondesk.services.actor import Actor, verify_actor

MAX_RESULTS = 50
TYPO_MIN_LENGTH = 4  # shorter words have too many neighbours one edit away
PREFIX_MIN_LENGTH = 2
PIN_MIN_DIGITS = 4
EXACT, PREFIX, TYPO = 0, 1, 2  # rank of a word's match: lower is better


@dataclass(frozen=True)
class PrisonerHit:
    id: str
    number: str
    surname: str
    given_name: str
    patronymic: str
    date_of_birth: date | None
    status: str
    wing: str
    cell: str
    matched_by: str  # name, typo, pin, number

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)


def _variants(key: str) -> set[str]:
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def index_prisoner(session: Session, prisoner: Prisoner) -> None:
    """Refresh one prisoner's keys, in the caller's transaction (local tables, not synced)."""
    session.execute(delete(SearchKey).where(SearchKey.prisoner_id == prisoner.id))
    keys = name_keys(prisoner.surname, prisoner.given_name, prisoner.patronymic)
    _insert_keys(session, [(prisoner.id, key) for key in keys])


def _insert_keys(session: Session, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    session.execute(
        sqlite_insert(SearchKey).on_conflict_do_nothing(),
        [{"prisoner_id": pid, "key": key} for pid, key in rows],
    )
    variants = {(variant, key) for _, key in rows for variant in _variants(key)}
    session.execute(
        sqlite_insert(SearchVariant).on_conflict_do_nothing(),
        [{"variant": variant, "key": key} for variant, key in variants],
    )


def rebuild_index(db: Database, batch: int = 5000) -> int:
    """Recompute every key from the records (after a migration, an import or a pull)."""
    with db.write(None) as session:
        session.execute(delete(SearchKey))
        session.execute(delete(SearchVariant))
        rows = session.execute(
            select(Prisoner.id, Prisoner.surname, Prisoner.given_name, Prisoner.patronymic).where(
                ~Prisoner.deleted
            )
        ).all()
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            _insert_keys(session, [(r.id, k) for r in chunk for k in name_keys(*r[1:])])
        return len(rows)


def ensure_index(db: Database) -> bool:
    """Rebuild when some prisoner has no keys (new tables, or rows written by older code)."""
    with db.read() as session:
        prisoners = session.scalar(select(func.count()).where(~Prisoner.deleted)) or 0
        indexed = session.scalar(select(func.count(func.distinct(SearchKey.prisoner_id)))) or 0
    if prisoners == indexed:
        return False
    rebuild_index(db)
    return True


def search(db: Database, actor: Actor, text: str, limit: int = MAX_RESULTS) -> list[PrisonerHit]:
    """The prisoners a gate or registry officer means by ``text``, best matches first."""
    query = text.strip()
    with db.read() as session:
        verify_actor(session, actor, Permission.VIEW_PRISONERS)
        compact = query.replace(" ", "")
        if len(compact) >= PIN_MIN_DIGITS and compact.isdigit():
            return _by_pin(session, compact, limit)
        if any(c.isdigit() for c in query) and "-" in query:
            return _by_number(session, query.upper(), limit)
        return _by_name(session, query, limit)


def _hits(session: Session, ids: Iterable[str], matched: dict[str, str]) -> list[PrisonerHit]:
    wanted = list(ids)
    if not wanted:
        return []
    rows = session.execute(
        select(Prisoner, Wing.name)
        .outerjoin(Wing, Wing.id == Prisoner.wing_id)
        .where(Prisoner.id.in_(wanted), ~Prisoner.deleted)
    ).all()
    by_id = {p.id: (p, wing) for p, wing in rows}
    return [
        PrisonerHit(
            p.id,
            p.number,
            p.surname,
            p.given_name,
            p.patronymic,
            p.date_of_birth,
            p.status,
            wing or "",
            p.cell,
            matched[p.id],
        )
        for p, wing in (by_id[i] for i in wanted if i in by_id)
    ]


def _by_pin(session: Session, digits: str, limit: int) -> list[PrisonerHit]:
    ids = session.scalars(
        select(Prisoner.id)
        .where(Prisoner.pin.startswith(digits), ~Prisoner.deleted)
        .order_by(Prisoner.pin)
        .limit(limit)
    ).all()
    return _hits(session, ids, dict.fromkeys(ids, "pin"))


def _by_number(session: Session, text: str, limit: int) -> list[PrisonerHit]:
    ids = session.scalars(
        select(Prisoner.id)
        .where(Prisoner.number.startswith(text.replace(" ", "")), ~Prisoner.deleted)
        .order_by(Prisoner.number)
        .limit(limit)
    ).all()
    return _hits(session, ids, dict.fromkeys(ids, "number"))


def _word_matches(session: Session, word: str, last: bool) -> dict[str, int]:
    """prisoner id -> best rank of this query word among the prisoner's keys."""
    ranks: dict[str, int] = {}

    def take(rows: Iterable[tuple[str, str]], rank: int) -> None:
        for prisoner_id, _ in rows:
            if ranks.get(prisoner_id, TYPO + 1) > rank:
                ranks[prisoner_id] = rank

    pairs = select(SearchKey.prisoner_id, SearchKey.key)
    take(session.execute(pairs.where(SearchKey.key == word)).all(), EXACT)
    if last and len(word) >= PREFIX_MIN_LENGTH:  # still being typed
        upper = word + "\x7f"
        take(
            session.execute(pairs.where(SearchKey.key > word, SearchKey.key < upper)).all(), PREFIX
        )
    if len(word) >= TYPO_MIN_LENGTH:
        candidates = session.scalars(
            select(SearchVariant.key).where(SearchVariant.variant.in_(_variants(word))).distinct()
        ).all()
        near = [k for k in candidates if k != word and Levenshtein.distance(k, word) <= 1]
        if near:
            take(session.execute(pairs.where(SearchKey.key.in_(near))).all(), TYPO)
    return ranks


def _by_name(session: Session, query: str, limit: int) -> list[PrisonerHit]:
    words = [key for key in (fold(w) for w in query.split()) if key]
    if not words:
        return []
    total: dict[str, int] | None = None
    for position, word in enumerate(words):
        ranks = _word_matches(session, word, last=position == len(words) - 1)
        if total is None:
            total = ranks
        else:
            total = {pid: total[pid] + rank for pid, rank in ranks.items() if pid in total}
        if not total:
            return []
    assert total is not None
    best = sorted(total, key=lambda pid: total[pid])[: limit * 4]
    hits = _hits(session, best, {pid: "typo" if total[pid] >= TYPO else "name" for pid in best})
    hits.sort(key=lambda h: (total[h.id], h.surname, h.given_name, h.number))
    return hits[:limit]
