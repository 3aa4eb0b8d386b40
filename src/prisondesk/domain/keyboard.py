"""A keyboard-wedge scanner types a code as key presses, and the operating system turns
them into letters by the keyboard layout in force: with the Russian (ЙЦУКЕН) layout on,
``DEMO-47`` arrives as ``ВУЬЩ-47``. Reading the letters back as the Latin keys they were
typed on recovers the code, whatever layout the officer left on."""

from __future__ import annotations

# Latin key -> the character the same key types on the Russian layout (shifted keys too)
_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
RUSSIAN_KEYS = dict(zip(_LATIN, _RUSSIAN, strict=True))
_BACK = str.maketrans(dict(zip(_RUSSIAN, _LATIN, strict=True)))


def latin_keys(text: str) -> str:
    """``text`` as if typed with the Latin layout on: each Russian-layout character becomes
    the Latin character of its key; anything else (digits, "-", ".") is left as it is."""
    return text.translate(_BACK)


# Cyrillic letters that look like a Latin one: a code typed with them was meant letter by
# letter (the Cyrillic layout on, the letters chosen by their look), not key by key
_LOOKALIKES = set("АВЕКМНОРСТУХаеорсухҮІ")


def typed_code(text: str) -> str:
    """A code typed by hand: read key by key (:func:`latin_keys`) when it has a Cyrillic
    letter no Latin one looks like (``ВУЬЩ-47``: the Russian layout was on); otherwise left
    as typed, look-alike letters and all, for the code's own reader to map."""
    cyrillic = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
    if any(ch not in _LOOKALIKES for ch in cyrillic):
        return latin_keys(text)
    return text
