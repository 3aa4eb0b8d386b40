"""The admission wizard as a registry officer reaches it, from a real login and "New admission"
clicked, typed by keyboard and mouse: a photo chosen from a file (and a file that is none), an
injury and a complaint noted, property and the next of kin listed, the hour of admission typed;
a birth date in the future and a PIN already registered said at their fields; a draft closed
and continued from the registry. (test_registry_shift.py has the rest: dates typed with or
without dots, an impossible date, every problem of a step at once, a prisoner who names no
relative, Escape, Enter on the photo step, the languages of the rights step.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from prisondesk.domain.clock import local, zone
from prisondesk.services.intake import admissions, search
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.registry_page import RegistryPage
from tests.gui.flows import (
    answer_next_question,
    click,
    keys,
    press_alt,
    retype,
    type_date_time,
)
from tests.gui.intake_flow import identity_by_keyboard, next_page, type_into
from tests.intake.fixtures import identity


def tab(qtbot, text: str = "") -> None:
    """Tab to the next field (or cell), then type ``text`` there."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if text:
        keys(qtbot, QApplication.focusWidget(), text)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the cell is written back a moment after Enter, as Qt does


def _legal_and_placement(qtbot, wizard: AdmissionWizard) -> None:
    legal = wizard.legal
    type_into(qtbot, legal.authority, "Первомайский районный суд г. Бишкек")
    tab(qtbot, "1-234/26")
    tab(qtbot, "02.03.2026")
    tab(qtbot)  # the articles
    tab(qtbot, "C")  # the custody list: Convicted
    assert legal.custody_type.currentData() == "convicted"
    tab(qtbot, "02032026")  # the sentence start
    tab(qtbot, "3")  # years: Tab selected the 0, typing replaces it
    next_page(qtbot, wizard, wizard.placement)
    assert wizard.view.release_date == date(2029, 3, 2)
    keys(qtbot, wizard.placement.regime, "G")  # General
    qtbot.keyClick(wizard.placement.wing, Qt.Key.Key_Down)
    next_page(qtbot, wizard, wizard.injuries)


def test_an_admission_with_a_photo_an_injury_and_the_next_of_kin(
    qtbot, registry, wizard, db, registrar, tmp_path, monkeypatch
):
    notes, face = tmp_path / "notes.txt", tmp_path / "face.png"
    Image.new("RGB", (600, 800), (200, 160, 120)).save(face)
    chosen = [notes, notes, face]  # the files picked, one after the other
    monkeypatch.setattr(
        "prisondesk.ui.intake.admission_pages.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(chosen.pop(0)), ""),
    )
    identity_by_keyboard(qtbot, wizard)
    next_page(qtbot, wizard, wizard.photo)
    assert wizard.view.status == "draft" and admissions.drafts_count(db) == 1  # saved as you go
    photo = wizard.photo
    press_alt(qtbot, Qt.Key.Key_F)  # Choose a &file…: one that has gone missing
    qtbot.waitUntil(photo.general_error.isVisible)
    assert photo.general_error.text() == "The file notes.txt cannot be read."
    notes.write_text("not a photo", encoding="utf-8")
    press_alt(qtbot, Qt.Key.Key_F)  # a file that is no picture
    qtbot.waitUntil(photo.errors.fields["photo"].isVisible)
    assert photo.errors.fields["photo"].text() == "This file is not a photo (JPEG, PNG, BMP…)."
    assert not photo.general_error.isVisible()
    press_alt(qtbot, Qt.Key.Key_F)  # the photo
    qtbot.waitUntil(
        lambda: photo.preview.pixmap() is not None and not photo.preview.pixmap().isNull()
    )
    assert not photo.errors.fields["photo"].isVisible()
    next_page(qtbot, wizard, wizard.legal)
    _legal_and_placement(qtbot, wizard)

    injuries = wizard.injuries
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # nothing noted, nothing ticked
    qtbot.waitUntil(injuries.general_error.isVisible)
    assert injuries.general_error.text() == "Note the injuries, or tick that none were seen."
    assert wizard.currentPage() is injuries
    click(qtbot, injuries.rows.add_button)
    keys(qtbot, QApplication.focusWidget(), "левое плечо")
    tab(qtbot, "Гематома 3 см")
    tab(qtbot)  # "Complains of ill-treatment"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # ticked
    assert injuries.rows.table.item(0, 2).checkState() == Qt.CheckState.Checked
    next_page(qtbot, wizard, wizard.property)
    click(qtbot, wizard.property.rows.add_button)
    keys(qtbot, QApplication.focusWidget(), "Часы")
    tab(qtbot, "1")  # the quantity
    tab(qtbot)  # the condition
    tab(qtbot, "сейф 3")  # where it is stored
    enter(qtbot)
    next_page(qtbot, wizard, wizard.contacts)
    click(qtbot, wizard.contacts.rows.add_button)
    keys(qtbot, QApplication.focusWidget(), "Жумабекова Айгүл")
    tab(qtbot, "мать")
    tab(qtbot)  # the phone
    tab(qtbot)  # the address
    tab(qtbot)  # "Next of kin"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    next_page(qtbot, wizard, wizard.rights)

    rights = wizard.rights
    offered = [rights.language.itemText(i) for i in range(rights.language.count())]
    assert offered == ["Kyrgyz", "Russian"]  # the languages ticked on the first step
    click(qtbot, rights.explained)
    # admitted when the draft was begun, unless the officer types another hour: an hour ago
    started = rights.admitted_at.dateTime().toPython()
    earlier = started.replace(second=0, microsecond=0) - timedelta(hours=1)
    type_date_time(qtbot, rights.admitted_at, earlier)
    with qtbot.waitSignal(wizard.admitted, timeout=5000) as admitted:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    view = admitted.args[0]
    assert view.status == "in_custody"
    # the hour typed is the facility's
    shown = local(view.admitted_at, zone(None)).replace(tzinfo=None)
    assert shown.replace(second=0, microsecond=0) == earlier
    assert [(n.body_part, n.description, n.ill_treatment_complaint) for n in view.injuries] == [
        ("левое плечо", "Гематома 3 см", True)
    ]
    assert [(p.item, p.quantity, p.storage_place) for p in view.property] == [("Часы", 1, "сейф 3")]
    assert [(c.full_name, c.relationship, c.next_of_kin) for c in view.contacts] == [
        ("Жумабекова Айгүл", "мать", True)
    ]
    keys(qtbot, registry.query, "Jumabekov")  # found again in any script
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    assert [h.id for h in search.search(db, registrar, "Jumabekov")] == [view.id]


def next_wizard(qtbot, registry: RegistryPage, closed: AdmissionWizard) -> AdmissionWizard:
    """The wizard opened after ``closed`` (which lingers until Qt deletes it)."""

    def shown() -> list[AdmissionWizard]:
        return [w for w in registry.findChildren(AdmissionWizard) if w is not closed]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    opened = shown()[0]
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def registered(db, registrar):
    """A file already begun for someone with the PIN the officer will type."""
    return admissions.start_admission(db, registrar, identity(pin="21705199000123"))


def test_a_birth_date_in_the_future_and_a_registered_pin_are_said_at_their_fields(
    qtbot, registered, registry, wizard, db
):
    soon = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    identity_by_keyboard(qtbot, wizard, born=soon)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    born = wizard.identity.errors.fields["date_of_birth"]
    qtbot.waitUntil(born.isVisible)
    assert born.text() == "This date is in the future."
    assert wizard.currentPage() is wizard.identity and wizard.view is None
    assert admissions.drafts_count(db) == 1  # the other file only: nothing saved
    retype(qtbot, wizard.identity.date_of_birth.edit, "17.05.1990")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    pin = wizard.identity.errors.fields["pin"]
    qtbot.waitUntil(pin.isVisible)
    assert registered.number in pin.text()
    assert not born.isVisible()
    assert admissions.drafts_count(db) == 1  # no silent duplicate
    click(qtbot, wizard.open_existing_button)  # "Open the existing file"
    qtbot.waitUntil(lambda: not wizard.isVisible())
    other = next_wizard(qtbot, registry, wizard)
    assert other.windowTitle() == f"Admission {registered.number}"
    assert other.identity.surname.text() == "Асанов"  # the file begun before, to go on with


def test_a_closed_draft_is_continued_from_the_registry(qtbot, registry, wizard, db):
    identity_by_keyboard(qtbot, wizard)
    next_page(qtbot, wizard, wizard.photo)
    number = wizard.view.number
    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert "The draft is kept" in asked[0]
    type_into(qtbot, registry.query, "Жумабеков")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)  # opens the draft where it was left
    continued = next_wizard(qtbot, registry, wizard)
    assert continued.windowTitle() == f"Admission {number}"
    assert continued.identity.surname.text() == "Жумабеков"
    assert continued.identity.date_of_birth.edit.text() == "17.05.1990"
    assert admissions.drafts_count(db) == 1
