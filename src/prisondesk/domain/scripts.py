"""Which alphabet a word is written in, to catch words that mix Latin and Cyrillic letters
(a Latin "A" or "o" typed inside a Russian name looks right and is never found again)."""

from __future__ import annotations

import unicodedata


def scripts_of(word: str) -> set[str]:
    found = set()
    for char in word:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ", 1)[0] if name else "UNKNOWN")
    return found


def mixed_script_word(text: str) -> str | None:
    """The first word that mixes Latin and Cyrillic letters, if any."""
    for word in text.split():
        if {"LATIN", "CYRILLIC"} <= scripts_of(word):
            return word
    return None
