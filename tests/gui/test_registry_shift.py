"""A registry officer's shift as it is worked: a real login, "New admission" clicked, the
admission typed step by step with the keyboard (dates typed as dd.mm.yyyy or ddmmyyyy, Tab
from field to field), every problem of a step shown at once beside its field, and the
admission completed and found in the registry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QWizard

from prisondesk.services.intake import admissions
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from tests.gui.flows import answer_next_question, click, keys
from tests.gui.intake_flow import identity_by_keyboard, next_page, type_into


def test_dates_are_typed_with_or_without_dots_and_tab_moves_on(qtbot, wizard):
    identity_by_keyboard(qtbot, wizard, born="17051990")
    assert wizard.identity.date_of_birth.edit.text() == "17.05.1990"  # the dots came by themselves
    assert wizard.identity.surname.text() == "Жумабеков"
    assert wizard.identity.sex.currentData() == "male"  # nothing swallowed the next field's text
    next_page(qtbot, wizard, wizard.photo)
    assert wizard.view.identity.date_of_birth == date(1990, 5, 17)


def test_an_impossible_date_is_said_plainly_and_nothing_is_saved(qtbot, wizard, db):
    identity_by_keyboard(qtbot, wizard, born="31.02.1990")
    error = wizard.identity.errors.fields["date_of_birth"]
    assert error.isVisible()  # said when the officer left the field
    assert error.text() == "31.02.1990 is not a date: there is no such day."
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.identity and admissions.drafts_count(db) == 0
    assert wizard.identity.date_of_birth.edit.text() == "31.02.1990"  # kept as typed


def test_the_calendar_of_a_birth_date_opens_about_thirty_years_back(qtbot, wizard):
    field = wizard.identity.date_of_birth
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    shown = field.popup.calendar.selectedDate().toPython()
    assert abs((date.today() - shown).days - 30 * 365) < 40
    days = field.popup.calendar.findChild(QTableView)  # the grid of days has the keyboard
    qtbot.keyClick(days, Qt.Key.Key_Return)  # the day it shows, taken
    qtbot.waitUntil(lambda: field.edit.text() == shown.strftime("%d.%m.%Y"))


def test_every_problem_of_a_step_is_shown_at_once_beside_its_field(qtbot, wizard, db):
    page = wizard.identity
    type_into(qtbot, page.surname, "Ivanов")  # Latin and Cyrillic in one word
    type_into(qtbot, page.pin, "123")  # too short
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    shown = page.errors.fields
    qtbot.waitUntil(lambda: shown["pin"].isVisible())
    visible = {field for field, label in shown.items() if label.isVisible()}
    assert {"surname", "given_name", "date_of_birth", "pin", "sex"} <= visible
    assert admissions.drafts_count(db) == 0


def _up_to_contacts(qtbot, wizard: AdmissionWizard) -> None:
    """Identity to property typed as an officer does; the wizard then shows the contacts."""
    identity_by_keyboard(qtbot, wizard)
    next_page(qtbot, wizard, wizard.photo)
    assert wizard.view.status == "draft"  # saved as the officer goes
    next_page(qtbot, wizard, wizard.legal)
    legal = wizard.legal
    type_into(qtbot, legal.authority, "Первомайский районный суд г. Бишкек")
    type_into(qtbot, legal.decision_number, "1-234/26")
    type_into(qtbot, legal.decision_date, "02032026")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)  # to the articles
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)  # to the custody list
    assert wizard.focusWidget() is legal.custody_type
    keys(qtbot, legal.custody_type, "C")  # Convicted
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, wizard.focusWidget(), "02.03.2026")  # the sentence start
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is legal.years.lineEdit() or wizard.focusWidget() is legal.years
    keys(qtbot, wizard.focusWidget(), "3")  # Tab selected the 0: typing replaces it
    next_page(qtbot, wizard, wizard.placement)
    assert wizard.view.release_date == date(2029, 3, 2)
    keys(qtbot, wizard.placement.regime, "G")  # General
    qtbot.keyClick(wizard.placement.wing, Qt.Key.Key_Down)
    next_page(qtbot, wizard, wizard.injuries)
    click(qtbot, wizard.injuries.none_seen)
    next_page(qtbot, wizard, wizard.property)
    click(qtbot, wizard.property.rows.add_button)
    keys(qtbot, wizard.focusWidget(), "Часы")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, wizard.focusWidget(), "1")  # the quantity
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the cell is written back a moment after Enter, as Qt does
    next_page(qtbot, wizard, wizard.contacts)


def test_a_new_admission_is_completed_by_keyboard_and_mouse(qtbot, registry, wizard, db, registrar):
    _up_to_contacts(qtbot, wizard)
    click(qtbot, wizard.contacts.rows.add_button)
    keys(qtbot, wizard.focusWidget(), "Жумабекова Айгүл")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, wizard.focusWidget(), "мать")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    next_page(qtbot, wizard, wizard.rights)
    click(qtbot, wizard.rights.explained)
    with qtbot.waitSignal(wizard.admitted, timeout=5000) as admitted:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    view = admitted.args[0]
    assert view.status == "in_custody"
    assert [c.full_name for c in view.contacts] == ["Жумабекова Айгүл"]
    assert [p.item for p in view.property] == ["Часы"]
    keys(qtbot, registry.query, "Jumabekov")  # found again in any script
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")


def test_a_prisoner_who_declines_to_name_a_relative_is_admitted_with_a_note(
    qtbot, registry, wizard
):
    _up_to_contacts(qtbot, wizard)
    page = wizard.contacts
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert wizard.focusWidget() is page.known
    qtbot.keyClick(page.known, Qt.Key.Key_Down)
    qtbot.keyClick(page.known, Qt.Key.Key_Down)  # "The prisoner declined to name a contact"
    assert not page.rows.isEnabled() and page.note.isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # no note yet: refused
    qtbot.waitUntil(lambda: page.errors.fields["contacts_note"].isVisible())
    assert page.errors.fields["contacts_note"].text() == "This field is required."
    assert wizard.currentPage() is page
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert wizard.focusWidget() is page.note
    keys(qtbot, page.note, "Отказался называть родственников")
    next_page(qtbot, wizard, wizard.rights)
    click(qtbot, wizard.rights.explained)
    with qtbot.waitSignal(wizard.admitted, timeout=5000) as admitted:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    view = admitted.args[0]
    assert view.status == "in_custody" and view.contacts == ()
    assert (view.no_contact.reason, view.no_contact.note) == (
        "declined",
        "Отказался называть родственников",
    )
    keys(qtbot, registry.query, "Жумабеков Ө")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)  # opens the file
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[0]
    tab = next(i for i in range(file.tabs.count()) if file.tabs.tabText(i) == "Contacts")
    shown = file.tabs.widget(tab)
    assert [shown.item(0, c).text() for c in range(2)] == [
        "The prisoner declined to name a contact",
        "Отказался называть родственников",
    ]


def test_escape_asks_before_closing_and_the_draft_is_kept(qtbot, registry, wizard, db):
    identity_by_keyboard(qtbot, wizard)
    next_page(qtbot, wizard, wizard.photo)
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    assert "The draft is kept" in asked[0] and wizard.isVisible()  # "No": still open
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert admissions.drafts_count(db) == 1


def test_enter_on_the_photo_step_goes_on_and_opens_no_file_picker(qtbot, wizard, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    opened = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: opened.append(1) or ("", "")
    )
    identity_by_keyboard(qtbot, wizard)
    next_page(qtbot, wizard, wizard.photo)
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.legal)
    assert opened == []


def test_the_rights_step_offers_the_facilitys_languages_when_none_was_ticked(qtbot, wizard):
    page = wizard.identity
    type_into(qtbot, page.surname, "Жумабеков")
    type_into(qtbot, page.given_name, "Өмүрбек")
    type_into(qtbot, page.date_of_birth, "17.05.1990")
    qtbot.keyClick(page.date_of_birth.edit, Qt.Key.Key_Tab)
    keys(qtbot, page.sex, "M")
    next_page(qtbot, wizard, wizard.photo)
    offered = [wizard.rights.language.itemText(i) for i in range(wizard.rights.language.count())]
    assert offered == ["Kyrgyz", "Russian"]
