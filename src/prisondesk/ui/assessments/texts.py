"""An instrument's texts are data in three languages, not Qt translations: the screen shows
the one of the interface's language (English where the interface is in another)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from prisondesk.domain.instruments import Text

_LANGUAGES = {QLocale.Language.Russian: "ru", QLocale.Language.Kyrgyz: "ky"}


def language() -> str:
    return _LANGUAGES.get(QLocale().language(), "en")


def in_language(text: Text) -> str:
    return text.in_language(language())


def shown_text(text: Text) -> str:
    """For a widget that reads "&" as a mnemonic (a group box's title): shown as written."""
    return in_language(text).replace("&", "&&")
