"""Name keys that let an officer find a person whatever script and spelling they type.

"Асанов", "Asanov", "асанов" and "ASANOV" all become the key ``asanov``; "Жумабеков",
"Zhumabekov", "Jumabekov" and "Dzhumabekov" all become ``jumabekov``. A key is the name
transliterated to ASCII (anyascii: Russian and Kyrgyz letters, accents), lower-cased, and
folded over the spellings that passports and registers mix up (zh/j/dzh, kh/h, ts/c, y/i,
ң as ng/n, doubled letters). Query and stored names go through the same fold, so they meet
in the middle; one typo more is forgiven by the search, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from anyascii import anyascii

_FOLDS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("tc", "c"),
    ("ts", "c"),
    ("ng", "n"),
    ("w", "v"),
    ("q", "k"),
    ("y", "i"),
)
_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = "aeiou"


@lru_cache(maxsize=100_000)
def fold(token: str) -> str:
    """The key of one word (empty for a word with no letters). Cached: names repeat, and an
    import or a first sync folds every name of every person."""
    text = _NOT_LETTER.sub("", anyascii(token).lower())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text)
    if len(text) > 2 and text[0] == "i" and text[1] in _VOWELS:
        text = text[1:]  # Yulia/Iuliia/Юлия, Yelena/Елена: the initial glide is spelled or not
    return text


_WORD_BREAK = re.compile(r"[\s\-‐–—']+")


def words(text: str) -> list[str]:
    """The words of a name or a query: hyphens and apostrophes split like spaces."""
    return [word for word in _WORD_BREAK.split(text or "") if word]


def name_keys(*parts: str) -> list[str]:
    """The distinct keys of a person's names (surname, given name, patronymic...)."""
    keys: list[str] = []
    for part in parts:
        for word in words(part):
            key = fold(word)
            if key and key not in keys:
                keys.append(key)
    return keys


def full_name(surname: str, given_name: str, patronymic: str = "") -> str:
    """Surname, given name and patronymic as written in registers, skipping empty parts."""
    return " ".join(part for part in (surname, given_name, patronymic) if part)


class Named(Protocol):
    surname: str
    given_name: str
    patronymic: str


class Numbered(Named, Protocol):
    number: str


def name_of(person: Named) -> str:
    """A person's (prisoner's, visitor's) full name."""
    return full_name(person.surname, person.given_name, person.patronymic)


def numbered_name(prisoner: Numbered) -> str:
    """A prisoner as lists show them: number, then full name."""
    return f"{prisoner.number} {name_of(prisoner)}"
