"""The console in Russian, Kyrgyz and English: gettext catalogues
(``locale/<language>/LC_MESSAGES/console.po``, made and refreshed with Babel:
``make console-translations``) read when the server starts; times written as the desks
write them (18.06.1989 14:05; in English 18/06/1989), in the facilities' time zone."""

from __future__ import annotations

import gettext
from datetime import datetime
from functools import cache
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGUAGES = (("ru", "Русский"), ("ky", "Кыргызча"), ("en", "English"))
CODES = tuple(code for code, _ in LANGUAGES)
DEFAULT = "ru"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "console"
TIME_FORMATS = {"ru": "%d.%m.%Y %H:%M", "ky": "%d.%m.%Y %H:%M", "en": "%d/%m/%Y %H:%M"}


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` (English is the source: no catalogue)."""
    if language not in CODES or language == "en":
        return gettext.NullTranslations()
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        catalog = read_po(source, domain=DOMAIN)  # no locale: Babel's CLDR data is not needed
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries stay untranslated
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def choose(asked: str | None, kept: str | None, accept_language: str | None) -> str:
    """The language asked for in the address, else the one kept in the cookie, else the
    browser's first of ours, else Russian."""
    for candidate in (asked, kept):
        if candidate in CODES:
            return candidate
    wanted = []
    for place, part in enumerate((accept_language or "").split(",")):
        tag, _, weight = part.strip().partition(";q=")
        try:
            quality = float(weight) if weight else 1.0
        except ValueError:
            continue
        code = tag.strip().lower().split("-")[0]
        if code in CODES and quality > 0:
            wanted.append((-quality, place, code))
    return min(wanted)[2] if wanted else DEFAULT


def written(moment: datetime | None, language: str, zone: ZoneInfo) -> str:
    if moment is None:
        return ""
    return moment.astimezone(zone).strftime(TIME_FORMATS.get(language, TIME_FORMATS["en"]))
