"""Interface languages: Qt Linguist catalogues for Russian and Kyrgyz, English as the source,
and a pseudo-locale that stretches and accents every string to show layout problems."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from prisondesk.config import TRANSLATIONS_DIR

LANGUAGES: dict[str, str] = {"ru": "Русский", "ky": "Кыргызча", "en": "English"}
PSEUDO = "pseudo"
QT_LOCALES = {"ru": "ru_RU", "ky": "ky_KG", "en": "en_GB", PSEUDO: "en_GB"}

_ACCENTED = str.maketrans("AEIOUaeiouCcNnSsYyZz", "ÅÉÎÖÜåéîöüÇçÑñŠšÝýŽž")


def pseudo_translate(text: str) -> str:
    """Accented and about 40% longer, keeping {placeholders} and &accelerators intact."""
    out, depth = [], 0
    for char in text:
        depth += char == "{"
        out.append(char if depth else char.translate(_ACCENTED))
        depth -= char == "}" and depth > 0
    padding = "~" * max(1, len(text) * 2 // 5)
    return f"[{''.join(out)}{padding}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo_translate(source_text) if source_text else source_text

    def isEmpty(self) -> bool:
        return False


class LanguageSwitcher:
    """Installs the translators for one language at a time on the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch the interface; widgets retranslate on the LanguageChange event."""
        if language not in LANGUAGES and language != PSEUDO:
            language = "en"
        self.remove()
        loaded = True
        if language == PSEUDO:
            self._install(PseudoTranslator(self.app))
        elif language != "en":
            ours = QTranslator(self.app)
            loaded = ours.load(f"prisondesk_{language}", str(TRANSLATIONS_DIR))
            if loaded:
                self._install(ours)
            qt_base = QTranslator(self.app)  # Qt's own dialogs (buttons of message boxes)
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(f"qtbase_{language}", qt_path):
                self._install(qt_base)
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self.language = language
        return loaded

    def remove(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


def locale() -> QLocale:
    return QLocale()


def short_date(value: date | None) -> str:
    """A date as the user's locale writes it, "" for none."""
    return locale().toString(value, QLocale.FormatType.ShortFormat) if value else ""
