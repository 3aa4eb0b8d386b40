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


# Latin spellings of one Cyrillic letter: written as an initial ("Asanova Zh.") like a letter
_LATIN_LETTER_SPELLINGS = frozenset(
    {"zh", "kh", "ts", "tc", "ch", "sh", "sch", "shch", "dzh", "yu", "iu", "ya", "ia", "ye", "yo"}
)
# a Latin letter typed alone may begin a spelling whose key starts otherwise: Z(hanna) and
# D(zhamila) are j, K(hasan) h, T(soi) c; Y(ulia), Y(ana), Y(elena), Y(oldosh) and the
# passports' I(uliia), I(ana) lose their glide (see ``fold``)
_LATIN_INITIAL_ALSO = {
    "z": ("j",),
    "d": ("j",),
    "k": ("h",),
    "t": ("c",),
    "y": ("u", "a", "e", "o"),
    "i": ("u", "a"),
}
# the words closing Kyrgyz and Turkic patronymics ("Талант уулу", "Айбек кызы"): an initial
# never stands for them
PATRONYMIC_PARTICLES = frozenset(fold(word) for word in ("уулу", "кызы", "оглы", "оглу", "улы"))


def initial_prefixes(word: str) -> tuple[str, ...]:
    """The key beginnings an initial stands for ("А", "a.", "Ж", "Zh", "Ю" → ``u``), or ()
    when ``word`` is not an initial. In a query with whole words, an initial matches a name
    of the person other than the ones those words matched (``Асанов А``: a given name or a
    patronymic beginning with A)."""
    letters = "".join(char for char in word if char.isalpha())
    latin = letters.isascii()
    if len(letters) != 1 and not (latin and letters.lower() in _LATIN_LETTER_SPELLINGS):
        return ()
    key = fold(letters)
    if len(key) == 2 and key[0] == "i" and key[1] in _VOWELS:
        key = key[1:]  # Ю, Я, Yu, Ya: the glide is dropped from keys, so from initials too
    if not key:
        return ()  # Ъ, Ь
    also = _LATIN_INITIAL_ALSO.get(letters.lower(), ()) if latin and len(letters) == 1 else ()
    return (key, *(prefix for prefix in also if prefix != key))


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
