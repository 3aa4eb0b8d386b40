"""Interface languages: Qt Linguist catalogues for Russian and Kyrgyz, English as the source,
and a pseudo-locale that stretches and accents every string to show layout problems.

Qt's own strings (standard buttons, wizard buttons, the file and print dialogs, edit menus)
are not the program's: Qt has no Kyrgyz catalogue, and the Russian one PySide6 ships lags
behind Qt's texts, so ``qt_ru`` and ``qt_ky`` in our translations folder carry them, installed
and removed with the program's catalogue."""

from __future__ import annotations

import logging
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWizard

from prisondesk.config import TRANSLATIONS_DIR

LANGUAGES: dict[str, str] = {"ru": "Русский", "ky": "Кыргызча", "en": "English"}
PSEUDO = "pseudo"
QT_LOCALES = {"ru": "ru_RU", "ky": "ky_KG", "en": "en_GB", PSEUDO: "en_GB"}

log = logging.getLogger(__name__)

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
            # the last installed is asked first: ours over Qt's shipped one, the program's on top
            qt_shipped = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{language}", qt_shipped)  # Russian only; Qt has no Kyrgyz
            self._load(f"qt_{language}", str(TRANSLATIONS_DIR), required=True)
            loaded = self._load(f"prisondesk_{language}", str(TRANSLATIONS_DIR), required=True)
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self.language = language
        _retranslate_wizard_buttons()
        return loaded

    def remove(self) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _load(self, name: str, folder: str, *, required: bool = False) -> bool:
        translator = QTranslator(self.app)
        if not translator.load(name, folder):
            if required:
                log.warning("translation %s.qm not found in %s (run 'make qm')", name, folder)
            return False
        self._install(translator)
        return True

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


_WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def _retranslate_wizard_buttons() -> None:
    """Message boxes and button boxes take the new language by themselves; QWizard sets its
    buttons' texts only when the page changes, so an open wizard gets them here (a text the
    program set on the wizard or its page stays as the program keeps it)."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.topLevelWidgets():  # a wizard is a window of its own
        # only open ones: a wizard closed a moment ago may be half deleted (WA_DeleteOnClose)
        if not isinstance(widget, QWizard) or not shiboken6.isValid(widget):
            continue
        if not widget.isVisible():
            continue
        which_buttons = list(_WIZARD_BUTTONS)
        if widget.testOption(QWizard.WizardOption.HaveHelpButton):
            which_buttons.append(QWizard.WizardButton.HelpButton)
        page = widget.currentPage()
        for which in which_buttons:
            text = page.buttonText(which) if page is not None else widget.buttonText(which)
            widget.button(which).setText(text)


def locale() -> QLocale:
    return QLocale()


def data_size(size: int) -> str:
    """A file's size in the interface's language: "120,6 кБ" (Qt's default IEC form writes
    "KiB" in every language)."""
    return locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


# Every date a user sees is written here, in the interface's locale, with four-digit years.
# Russia and Kyrgyzstan write 18.06.1989; Qt's Kyrgyz short format (CLDR's d/M/yy, 18/6/89)
# is nobody's habit there. English keeps the British 18/06/1989 the program always showed.
_DATE_FORMATS = {
    QLocale.Language.Russian: "dd.MM.yyyy",
    QLocale.Language.Kyrgyz: "dd.MM.yyyy",
}
DateValue = date | QDate
DateTimeValue = datetime | QDateTime


def date_format() -> str:
    """The Qt date format of the interface's locale, for labels and date fields alike."""
    current = locale()
    fixed = _DATE_FORMATS.get(current.language())
    if fixed:
        return fixed
    short = current.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def date_time_format() -> str:
    return f"{date_format()} {locale().timeFormat(QLocale.FormatType.ShortFormat)}"


def short_date(value: DateValue | None) -> str:
    """A date as the user's locale writes it (18.06.1989 in Russian and Kyrgyz), "" for none."""
    return locale().toString(value, date_format()) if value else ""


def short_date_time(value: DateTimeValue | None) -> str:
    """A moment as the user's locale writes it (18.06.1989 14:30), "" for none."""
    return locale().toString(value, date_time_format()) if value else ""


def facility_time(moment: datetime, tz) -> str:
    """A stored (UTC) moment as the facility's clock shows it, written as the locale does."""
    return short_date_time(moment.astimezone(tz).replace(tzinfo=None))


def day_heading(value: DateValue) -> str:
    """A day of a week view: its weekday and date, short ("вт 16 июн.", "Tue 16 Jun")."""
    return locale().toString(value, "ddd d MMM")


_paper_catalogues: dict[str, QTranslator] = {}


def paper_translate(language: str):
    """Translate for a printed document in ``language``, whatever the interface speaks (a
    sender's receipt in their own language): the program's catalogue of that language."""
    if language not in LANGUAGES or language == "en":
        return lambda context, text: text  # English is the source
    catalogue = _paper_catalogues.get(language)
    if catalogue is None:
        catalogue = QTranslator()
        if not catalogue.load(f"prisondesk_{language}", str(TRANSLATIONS_DIR)):
            log.warning("translation prisondesk_%s.qm not found (run 'make qm')", language)
        _paper_catalogues[language] = catalogue
    return lambda context, text: catalogue.translate(context, text) or text
