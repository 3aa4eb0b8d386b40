"""Finding prisoners as the officer types: by name in any script, with one typo forgiven,
by PIN or by prisoner number.

Names are matched through their keys (``domain/names.py``) kept in two local tables: each
prisoner's keys, and each distinct key under its one-letter deletions. A query word finds
keys equal to it, keys it begins (the word still being typed), and keys one edit away (found
through shared deletions, then confirmed by the edit distance). A one-letter word beside whole
words is an initial: "Асанов А" finds every Asanov with another name (given name,
patronymic) beginning with A. Every lookup is an index probe, so a search stays fast with a
hundred thousand prisoners.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import OSA
from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Prisoner, SearchKey, SearchVariant, Wing
from prisondesk.domain.names import (
    PATRONYMIC_PARTICLES,
    fold,
    full_name,
    initial_prefixes,
    name_keys,
    words,
)
from prisondesk.domain.roles import Permission
from prisondesk.services.core.actor import Actor, verify_actor

MAX_RESULTS = 50
TYPO_MIN_LENGTH = 4  # shorter words have too many neighbours one edit away
PREFIX_MIN_LENGTH = 2
PIN_MIN_DIGITS = 4
EXACT, PREFIX, TYPO = 0, 1, 2  # rank of a word's match: lower is better
FEW = 5  # with fewer exact matches than this, names one typo away are offered too


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
    facility_id: str | None = None  # which facility holds the file (a headquarters desk holds all)

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.given_name, self.patronymic)


def _variants(key: str) -> set[str]:
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def index_prisoner(session: Session, prisoner: Prisoner) -> None:
    """Refresh one prisoner's keys, in the caller's transaction (local tables, not synced)."""
    session.execute(delete(SearchKey).where(SearchKey.prisoner_id == prisoner.id))
    keys = name_keys(prisoner.surname, prisoner.given_name, prisoner.patronymic)
    _insert_keys(session, [(prisoner.id, key) for key in keys])


def index_prisoners(session: Session, prisoners: list[Prisoner]) -> None:
    """Keys of newly inserted prisoners, in one batch (imports, demo data)."""
    _insert_keys(
        session,
        [
            (p.id, key)
            for p in prisoners
            for key in name_keys(p.surname, p.given_name, p.patronymic)
        ],
    )


def _insert_keys(session: Session, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    session.execute(
        sqlite_insert(SearchKey).on_conflict_do_nothing(),
        [{"prisoner_id": pid, "key": key} for pid, key in rows],
    )
    keys = {key for _, key in rows}  # names repeat: each distinct key's variants once
    variants = {(variant, key) for key in keys for variant in _variants(key)}
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
        select(
            Prisoner.id,
            Prisoner.number,
            Prisoner.surname,
            Prisoner.given_name,
            Prisoner.patronymic,
            Prisoner.date_of_birth,
            Prisoner.status,
            Wing.name,
            Prisoner.cell,
            Prisoner.facility_id,
        )
        .outerjoin(Wing, Wing.id == Prisoner.wing_id)
        .where(Prisoner.id.in_(wanted), ~Prisoner.deleted)
    ).all()  # plain columns: no ORM objects to build on every keystroke
    by_id = {row[0]: row for row in rows}
    return [
        PrisonerHit(*by_id[i][:7], by_id[i][7] or "", by_id[i][8], matched[i], by_id[i][9])
        for i in wanted
        if i in by_id
    ]


def _by_pin(session: Session, digits: str, limit: int) -> list[PrisonerHit]:
    ids = session.scalars(
        select(Prisoner.id)
        .where(*_prefix(Prisoner.pin, digits), ~Prisoner.deleted)
        .order_by(Prisoner.pin)
        .limit(limit)
    ).all()
    return _hits(session, ids, dict.fromkeys(ids, "pin"))


def _by_number(session: Session, text: str, limit: int) -> list[PrisonerHit]:
    ids = session.scalars(
        select(Prisoner.id)
        .where(*_prefix(Prisoner.number, text.replace(" ", "")), ~Prisoner.deleted)
        .order_by(Prisoner.number)
        .limit(limit)
    ).all()
    return _hits(session, ids, dict.fromkeys(ids, "number"))


def _prefix(column, text: str) -> tuple:
    """A prefix test an index can serve (LIKE with a bound pattern cannot)."""
    return column >= text, column < text + "\U0010ffff"


@dataclass(frozen=True)
class _Word:
    text: str
    close: tuple[str, ...]  # keys equal to it, or (for the word being typed) beginning with it
    near: tuple[str, ...]  # keys one edit away


@dataclass(frozen=True)
class _Initial:
    """A one-letter word: some other name of the person begins with one of ``prefixes``."""

    prefixes: tuple[str, ...]


def _word(session: Session, text: str, last: bool) -> _Word:
    if last and len(text) >= PREFIX_MIN_LENGTH:  # still being typed
        close = session.scalars(
            select(SearchVariant.key).where(
                *_prefix(SearchVariant.variant, text), SearchVariant.variant == SearchVariant.key
            )
        ).all()
    else:
        close = session.scalars(
            select(SearchVariant.key).where(
                SearchVariant.variant == text, SearchVariant.key == text
            )
        ).all()
    near: list[str] = []
    if len(text) >= TYPO_MIN_LENGTH:
        candidates = session.scalars(
            select(SearchVariant.key).where(SearchVariant.variant.in_(_variants(text))).distinct()
        ).all()
        near = [k for k in candidates if k not in close and OSA.distance(k, text) <= 1]
    return _Word(text, tuple(close), tuple(near))


def _matching_ids(
    session: Session,
    keysets: list[tuple[str, ...]],
    cap: int,
    initials: tuple[_Initial, ...] = (),
) -> list[str]:
    """Prisoners having, for every word, one of its keys, and for every initial another key
    beginning with it: one indexed join, rarest word first; an initial is joined by the
    prisoner, so it is probed per candidate through the (prisoner, key) primary key (a
    letter begins too many keys to start from)."""
    sizes = {
        keys: session.scalar(select(func.count()).where(SearchKey.key.in_(keys))) or 0
        for keys in keysets
    }
    if min(sizes.values()) == 0:
        return []
    order = sorted(keysets, key=sizes.__getitem__)  # SQLite then drives from the rarest word
    first = SearchKey.__table__.alias("k0")
    query = select(first.c.prisoner_id).where(first.c.key.in_(order[0]))
    joined = [first]
    for n, keys in enumerate(order[1:], start=1):
        other = SearchKey.__table__.alias(f"k{n}")
        query = query.join(other, other.c.prisoner_id == first.c.prisoner_id).where(
            other.c.key.in_(keys)
        )
        joined.append(other)
    for n, initial in enumerate(initials):
        letter = SearchKey.__table__.alias(f"i{n}")
        query = query.join(letter, letter.c.prisoner_id == first.c.prisoner_id).where(
            or_(*(_prefix_of_key(letter.c.key, prefix) for prefix in initial.prefixes)),
            letter.c.key.not_in(sorted(PATRONYMIC_PARTICLES)),
            *(letter.c.key != other.c.key for other in joined),  # another name than theirs
        )
        joined.append(letter)
    return list(dict.fromkeys(session.scalars(query.distinct().limit(cap))))


def _prefix_of_key(column, prefix: str):
    return and_(*_prefix(column, prefix))


def _rank(word: _Word, keys: set[str]) -> int:
    if word.text in keys:
        return EXACT
    if any(key in word.close for key in keys):
        return PREFIX
    return TYPO


def _by_name(session: Session, query: str, limit: int) -> list[PrisonerHit]:
    typed = [(w, initial_prefixes(w)) for w in words(query) if fold(w)]
    whole = [fold(w) for w, prefixes in typed if not prefixes]
    initials = tuple(_Initial(prefixes) for _, prefixes in typed if prefixes)
    if not whole:  # letters alone (a first keystroke): too many people to list
        whole, initials = [fold(w) for w, _ in typed], ()
    if not whole:
        return []
    being_typed = not typed[-1][1] or not initials  # an initial after it: a word typed out
    found = [
        _word(session, text, last=being_typed and i == len(whole) - 1)
        for i, text in enumerate(whole)
    ]
    cap = limit * 4  # enough to rank; more only costs time on every keystroke
    ids: list[str] = []
    # exact words first, then words still being typed, then one typo: a common name cannot
    # crowd the one exact person out of the candidates
    exact = [(word.text,) if word.text in word.close else () for word in found]
    if all(exact):
        ids = _matching_ids(session, exact, cap, initials)
    if len(ids) < limit and all(word.close for word in found):
        more = _matching_ids(session, [w.close for w in found], cap, initials)
        ids = list(dict.fromkeys(ids + more))
    if len(ids) < FEW and all(word.close or word.near for word in found):
        wider = _matching_ids(session, [word.close + word.near for word in found], cap, initials)
        ids = list(dict.fromkeys(ids + wider))
    if not ids:
        return []
    keys: dict[str, set[str]] = {}
    for prisoner_id, key in session.execute(
        select(SearchKey.prisoner_id, SearchKey.key).where(SearchKey.prisoner_id.in_(ids))
    ):
        keys.setdefault(prisoner_id, set()).add(key)
    # initials add nothing to the rank (every hit has names beginning with them): the whole
    # words order the hits, as without initials
    total = {pid: sum(_rank(word, keys.get(pid, set())) for word in found) for pid in ids}
    best = sorted(ids, key=lambda pid: total[pid])[: limit * 2]
    typo = {
        pid: "typo" if any(_rank(w, keys[pid]) == TYPO for w in found) else "name" for pid in best
    }
    hits = _hits(session, best, typo)
    hits.sort(key=lambda h: (total[h.id], h.surname, h.given_name, h.number))
    return hits[:limit]
