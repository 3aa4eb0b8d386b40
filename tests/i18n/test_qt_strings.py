"""Qt's own strings — standard buttons, wizard buttons, edit menus, the file and print dialogs —
follow the interface language like the program's (issue 13: in Kyrgyz the gate desk's
"Close the day?" kept Qt's "&Yes", and the Y of a scanned pass code pressed it).

The catalogues are resources/translations/qt_ru.ts and qt_ky.ts, kept by hand: the contexts and
source texts are Qt's, and `test_catalogue_answers_every_string_qt_asks_for` records what Qt
really asks for, so a PySide6 upgrade that changes a text fails here."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from prisondesk.config import TRANSLATIONS_DIR
from prisondesk.ui.i18n import LanguageSwitcher

Button = QDialogButtonBox.StandardButton
Wizard = QWizard.WizardButton
LANGUAGES = ["en", "ru", "ky"]

EXPECTED = {
    "en": {
        "yes": "&Yes",
        "no": "&No",
        "ok": "OK",
        "cancel": "Cancel",
        "save": "Save",
        "back": "< &Back",
        "next": "&Next >",
    },
    "ru": {
        "yes": "&Да",
        "no": "&Нет",
        "ok": "OK",
        "cancel": "Отмена",
        "save": "Сохранить",
        "back": "< &Назад",
        "next": "&Далее >",
    },
    "ky": {
        "yes": "&Ооба",
        "no": "&Жок",
        "ok": "Макул",
        "cancel": "Жокко чыгаруу",
        "save": "Сактоо",
        "back": "< &Артка",
        "next": "&Кийинки >",
    },
}


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.apply("en")
    qapp.processEvents()


def _switch(qapp, languages: LanguageSwitcher, language: str) -> None:
    languages.apply(language)
    qapp.processEvents()  # LanguageChange is posted to the widgets


def _wizard(qtbot) -> QWizard:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # as the program's wizards
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    return wizard


def _every_button(qtbot) -> QDialogButtonBox:
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for button in Button:
        if button != Button.NoButton:
            box.addButton(button)
    return box


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), as Qt underlines it."""
    at = text.find("&")
    while at != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at = text.find("&", at + 2)
    return None


def clashes(texts: list[str]) -> list[str]:
    letters = [mnemonic(text) for text in texts]
    return [t for t, m in zip(texts, letters, strict=True) if m and letters.count(m) > 1]


# --- switching languages at run time -------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_question_box_yes_and_no_follow_the_language(qapp, qtbot, languages, language):
    _switch(qapp, languages, language)
    seen: dict[str, str] = {}

    def read_the_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
        seen["no"] = box.button(QMessageBox.StandardButton.No).text()
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, read_the_question)
    answer = QMessageBox.question(
        None,
        "Close the day",
        "Close the day?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    assert answer == QMessageBox.StandardButton.No
    assert seen == {"yes": EXPECTED[language]["yes"], "no": EXPECTED[language]["no"]}


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_open_button_box_and_wizard_change_with_the_language(qapp, qtbot, languages, language):
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save)
    qtbot.addWidget(box)
    wizard = _wizard(qtbot)
    wizard.show()  # open in English, then the language changes under them
    expected = EXPECTED[language]

    _switch(qapp, languages, language)

    assert [box.button(b).text() for b in (Button.Ok, Button.Cancel, Button.Save)] == [
        expected["ok"],
        expected["cancel"],
        expected["save"],
    ]
    assert [wizard.button(b).text() for b in (Wizard.BackButton, Wizard.NextButton)] == [
        expected["back"],
        expected["next"],
    ]
    assert wizard.button(Wizard.CancelButton).text() == expected["cancel"]
    fresh = _wizard(qtbot)
    fresh.show()
    assert fresh.button(Wizard.NextButton).text() == expected["next"]


def test_switching_back_to_english_restores_qt_texts(qapp, qtbot, languages):
    box = QDialogButtonBox(Button.Yes | Button.No)
    qtbot.addWidget(box)
    wizard = _wizard(qtbot)
    wizard.show()
    for language in ("ru", "ky", "en"):
        _switch(qapp, languages, language)
    assert box.button(Button.Yes).text() == "&Yes"
    assert box.button(Button.No).text() == "&No"
    assert wizard.button(Wizard.NextButton).text() == "&Next >"


def test_a_wizard_keeps_the_programs_own_button_text(qapp, qtbot, languages):
    wizard = _wizard(qtbot)
    wizard.setButtonText(Wizard.FinishButton, "&Admit")
    wizard.page(0).setButtonText(Wizard.NextButton, "&Onwards")
    wizard.show()
    _switch(qapp, languages, "ky")
    assert wizard.button(Wizard.FinishButton).text() == "&Admit"
    assert wizard.button(Wizard.NextButton).text() == "&Onwards"
    assert wizard.button(Wizard.BackButton).text() == "< &Артка"


# --- mnemonics -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_standard_buttons_never_share_a_mnemonic(qapp, qtbot, languages, language):
    _switch(qapp, languages, language)
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "Close the day",
        "Close the day?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(question)
    texts = [button.text() for button in question.buttons()]
    assert len(texts) == 3
    assert clashes(texts) == []
    assert mnemonic(texts[0]) or mnemonic(texts[1])  # Yes and No keep their letters

    every = _every_button(qtbot)
    assert len(every.buttons()) == 18
    assert clashes([button.text() for button in every.buttons()]) == []

    wizard = _wizard(qtbot)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton)
    buttons = (Wizard.BackButton, Wizard.NextButton, Wizard.FinishButton, Wizard.HelpButton)
    assert clashes([wizard.buttonText(b) for b in (*buttons, Wizard.CancelButton)]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_file_and_print_dialogs_never_share_a_mnemonic(qapp, qtbot, languages, language):
    _switch(qapp, languages, language)
    line = QLineEdit("pass code")
    text = QTextEdit("note")
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    for widget in (line, text):
        widget.selectAll()
        menu = widget.createStandardContextMenu()
        labels = [action.text() for action in menu.actions() if action.text()]
        assert len(labels) >= 7
        assert clashes(labels) == []
        menu.deleteLater()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = _file_dialog(qtbot, mode)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        buttons = [button.text() for button in dialog.findChildren(QAbstractButton)]
        assert clashes(labels + buttons) == []
    printing = _print_dialog(qtbot)
    labels = [label.text() for label in printing.findChildren(QLabel)]
    buttons = [button.text() for button in printing.findChildren(QAbstractButton)]
    assert clashes(labels + buttons) == []


def test_kyrgyz_edit_menu_is_kyrgyz(qapp, qtbot, languages):
    _switch(qapp, languages, "ky")
    line = QLineEdit("pass code")
    qtbot.addWidget(line)
    line.selectAll()
    menu = line.createStandardContextMenu()
    labels = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert labels == [
        "&Артка кайтаруу",
        "Кайра &жасоо",
        "Ке&сүү",
        "&Көчүрүү",
        "&Чаптоо",
        "Өчүрүү",
        "Баарын тандоо",
    ]


# --- the catalogues ---------------------------------------------------------------------------


def _messages(language: str) -> dict[tuple[str, str, str | None], str]:
    root = ET.parse(TRANSLATIONS_DIR / f"qt_{language}.ts").getroot()
    return {
        (
            context.findtext("name"),
            message.findtext("source"),
            message.findtext("comment"),
        ): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_compiled_qt_catalogue_is_built(language):
    assert (TRANSLATIONS_DIR / f"qt_{language}.qm").is_file(), "run 'make qm'"


def test_both_catalogues_hold_the_same_finished_messages():
    russian, kyrgyz = _messages("ru"), _messages("ky")
    assert russian.keys() == kyrgyz.keys()
    for catalogue in (russian, kyrgyz):
        unfinished = [
            key
            for key, translation in catalogue.items()
            if translation.get("type") or not (translation.text or "").strip()
        ]
        assert unfinished == []
        wrong = [
            key
            for key, translation in catalogue.items()
            if sorted(_arguments(key[1])) != sorted(_arguments(translation.text))
            or key[1].count("\n") != translation.text.count("\n")
        ]
        assert wrong == []


def _arguments(text: str) -> list[str]:
    return [
        text[at : at + 2]
        for at in range(len(text) - 1)
        if text[at] == "%" and text[at + 1] in "123"
    ]


GNOME = {  # GNOME desktops replace these standard texts (QGnomeTheme, Linux); not offscreen
    Button.Ok: "&OK",
    Button.Save: "&Save",
    Button.Cancel: "&Cancel",
    Button.Close: "&Close",
    Button.Discard: "Close without Saving",
}
PLATFORM = {
    Button.Ok: "OK",
    Button.Save: "Save",
    Button.Cancel: "Cancel",
    Button.Close: "Close",
    Button.Discard: "Discard",
    Button.Yes: "&Yes",
    Button.No: "&No",
    Button.YesToAll: "Yes to &All",
    Button.NoToAll: "N&o to All",
}


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_gnome_buttons_never_share_a_mnemonic(language):
    catalogue = _messages(language)

    def shown(button: Button) -> str:
        if button in GNOME:
            return catalogue["QGnomeTheme", GNOME[button], None].text
        return catalogue["QPlatformTheme", PLATFORM[button], None].text

    for box in (
        (Button.Yes, Button.No, Button.Cancel),
        (Button.Yes, Button.YesToAll, Button.No, Button.NoToAll, Button.Cancel),
        (Button.Save, Button.Discard, Button.Cancel),
        (Button.Ok, Button.Cancel),
        (Button.Save, Button.Close),
    ):
        assert clashes([shown(button) for button in box]) == [], box


class _Recorder(QTranslator):
    """Answers nothing and notes every string Qt looks up while it is installed on top."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        self.asked.add((context, source_text, disambiguation or None))
        return None

    def isEmpty(self) -> bool:
        return False


def _file_dialog(qtbot, mode: QFileDialog.AcceptMode, file_mode=QFileDialog.FileMode.AnyFile):
    dialog = QFileDialog(None, "", str(TRANSLATIONS_DIR))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux desktops
    dialog.setAcceptMode(mode)
    dialog.setFileMode(file_mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _spin_box_menu(qtbot) -> QWidget:
    edit = QDateEdit(QDate(2026, 12, 3))
    qtbot.addWidget(edit)
    edit.show()

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menu.close()

    QTimer.singleShot(0, close_menu)
    here = QPoint(2, 2)
    QApplication.sendEvent(
        edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, here, edit.mapToGlobal(here))
    )
    return edit


def _question_with_details(qtbot) -> QWidget:
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    box.show()
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()  # "Show Details..." becomes "Hide Details..."
    return box


def _print_dialog(qtbot) -> QWidget:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.printer_ = printer  # the dialog keeps a pointer only
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _menus(qtbot) -> QWidget:
    line, text = QLineEdit("x"), QTextEdit("x")
    for widget in (line, text):
        qtbot.addWidget(widget)
        widget.selectAll()
        widget.createStandardContextMenu().deleteLater()
    return line


SCENES: list[Callable] = [
    _every_button,
    _question_with_details,
    lambda qtbot: _wizard(qtbot).show(),
    _menus,
    _spin_box_menu,
    lambda qtbot: _file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen),
    lambda qtbot: _file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave),
    lambda qtbot: _file_dialog(
        qtbot, QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.Directory
    ),
    lambda qtbot: qtbot.addWidget(QInputDialog()),
    _print_dialog,
]


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_catalogue_answers_every_string_qt_asks_for(qapp, qtbot, languages, language):
    """Builds the dialogs the program opens, notes each (context, text) Qt asks a translator
    for, and checks that our catalogue translates every one in its contexts."""
    _switch(qapp, languages, language)
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        for scene in SCENES:
            scene(qtbot)
            qapp.processEvents()
    finally:
        qapp.removeTranslator(recorder)
    ours = QTranslator()
    assert ours.load(f"qt_{language}", str(TRANSLATIONS_DIR)), "run 'make qm'"
    contexts = {context for context, _, _ in _messages(language)}
    asked = {key for key in recorder.asked if key[0] in contexts}
    assert {context for context, _, _ in asked} >= {
        "QPlatformTheme",
        "QWizard",
        "QMessageBox",
        "QLineEdit",
        "QWidgetTextControl",
        "QAbstractSpinBox",
        "QFileDialog",
        "QFileSystemModel",
        "QPrintDialog",
    }
    untranslated = sorted(key for key in asked if not ours.translate(key[0], key[1], key[2]))
    assert untranslated == []


@pytest.mark.parametrize(
    ("language", "written"), [("ru", "120,6 кБ"), ("ky", "120,6 кБ"), ("en", "120.6 kB")]
)
def test_a_file_size_is_written_in_the_interface_language(qapp, languages, language, written):
    """Backups list their sizes so: Qt's default form says "KiB" in every language."""
    from prisondesk.ui.i18n import data_size

    _switch(qapp, languages, language)
    assert data_size(123_456) == written
