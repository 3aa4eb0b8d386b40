from __future__ import annotations

from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from prisondesk.services.intake import admissions, search
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.registry_page import RegistryPage
from prisondesk.ui.operations import Operations
from tests.gui.flows import answer_next_question, keys


@pytest.fixture
def page(qtbot, db, registrar):
    ops = Operations()
    widget = RegistryPage(db, ops, registrar)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    ops.wait()


def _next(qtbot, wizard: AdmissionWizard, expected_page) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is expected_page, timeout=5000)


def _fill_identity(qtbot, wizard: AdmissionWizard) -> None:
    page = wizard.identity
    page.surname.setText("Жумабеков")
    page.given_name.setText("Өмүрбек")
    page.patronymic.setText("Талант уулу")
    keys(qtbot, page.date_of_birth.edit, "17.05.1990")
    page.sex.setCurrentIndex(page.sex.findData("male"))
    qtbot.keyClicks(page.pin, "21705199000123")
    for row in range(page.languages.count()):
        if page.languages.item(row).data(Qt.ItemDataRole.UserRole) in {"ky", "ru"}:
            page.languages.item(row).setCheckState(Qt.CheckState.Checked)


def test_an_admission_is_completed_page_by_page(qtbot, page, db, registrar, tmp_path):
    wizard = page.start_admission()
    qtbot.waitExposed(wizard)
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard, wizard.photo)
    assert wizard.view.status == "draft" and admissions.drafts_count(db) == 1  # saved as you go
    picture = tmp_path / "face.png"
    Image.new("RGB", (600, 800), (200, 160, 120)).save(picture)
    wizard.photo.use_file(tmp_path / "notes.txt")  # does not exist
    assert wizard.photo.general_error.isVisible()
    (tmp_path / "notes.txt").write_text("not a photo", encoding="utf-8")
    wizard.photo.use_file(tmp_path / "notes.txt")
    qtbot.waitUntil(lambda: wizard.photo.errors.fields["photo"].isVisible())
    wizard.photo.use_file(picture)
    qtbot.waitUntil(
        lambda: (
            wizard.photo.preview.pixmap() is not None and not wizard.photo.preview.pixmap().isNull()
        )
    )
    _next(qtbot, wizard, wizard.legal)
    legal = wizard.legal
    legal.authority.setText("Первомайский районный суд г. Бишкек")
    qtbot.keyClicks(legal.decision_number, "1-234/26")
    keys(qtbot, legal.decision_date.edit, "02.03.2026")
    legal.custody_type.setCurrentIndex(legal.custody_type.findData("convicted"))
    keys(qtbot, legal.sentence_start.edit, "02032026")
    legal.years.setValue(3)
    _next(qtbot, wizard, wizard.placement)
    assert wizard.view.release_date == date(2029, 3, 2)
    wizard.placement.regime.setCurrentIndex(wizard.placement.regime.findData("general"))
    wizard.placement.wing.setCurrentIndex(1)
    _next(qtbot, wizard, wizard.injuries)
    wizard.button(QWizard.WizardButton.NextButton).click()  # neither injuries nor "none" ticked
    assert "none were seen" in wizard.injuries.general_error.text()
    wizard.injuries.rows.add_row(
        {
            "body_part": "левое плечо",
            "description": "Гематома 3 см",
            "ill_treatment_complaint": True,
        }
    )
    _next(qtbot, wizard, wizard.property)
    wizard.property.rows.add_row({"item": "Часы", "quantity": 1, "storage_place": "сейф 3"})
    _next(qtbot, wizard, wizard.contacts)
    wizard.contacts.rows.add_row(
        {"full_name": "Жумабекова Айгүл", "relationship": "мать", "next_of_kin": True}
    )
    _next(qtbot, wizard, wizard.rights)
    assert [wizard.rights.language.itemData(i) for i in range(wizard.rights.language.count())] == [
        "ky",
        "ru",
    ]
    wizard.rights.explained.setChecked(True)
    # admitted when the draft was begun, unless the officer says otherwise
    started = wizard.rights.admitted_at.dateTime().toPython()
    wizard.rights.admitted_at.setDateTime(wizard.rights.admitted_at.dateTime().addSecs(-3600))
    with qtbot.waitSignal(wizard.admitted, timeout=5000) as admitted:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    view = admitted.args[0]
    from datetime import timedelta

    from prisondesk.domain.clock import local, zone  # the hour typed is the facility's

    assert abs(
        local(view.admitted_at, zone(None)).replace(tzinfo=None) - (started - timedelta(hours=1))
    ) < timedelta(minutes=1)
    assert view.status == "in_custody" and view.injuries[0].ill_treatment_complaint
    assert [h.id for h in search.search(db, registrar, "Jumabekov")] == [view.id]


def test_bad_input_stays_on_the_page_with_the_message_at_the_field(qtbot, page, db):
    wizard = page.start_admission()
    _fill_identity(qtbot, wizard)
    wizard.identity.surname.setText("Жумабеков")
    wizard.identity.date_of_birth.edit.clear()
    soon = QDate.currentDate().addDays(3).toString("dd.MM.yyyy")
    keys(qtbot, wizard.identity.date_of_birth.edit, soon)
    wizard.button(QWizard.WizardButton.NextButton).click()
    error = wizard.identity.errors.fields["date_of_birth"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This date is in the future."
    assert wizard.currentPage() is wizard.identity and admissions.drafts_count(db) == 0


def test_a_draft_is_continued_from_the_registry(qtbot, page, db, registrar):
    wizard = page.start_admission()
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard, wizard.photo)
    closing: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, closing)
    wizard.reject()
    assert "The draft is kept" in closing[0]
    page.query.setText("Жумабеков")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 1")
    opened = []
    page.new_admission.connect(lambda: opened.append(True))
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    continued = page.findChildren(AdmissionWizard)[-1]
    assert continued.identity.surname.text() == "Жумабеков"
    assert continued.view.number == wizard.view.number


def test_a_registered_pin_offers_the_existing_file(qtbot, page, db, registrar):
    from tests.intake.fixtures import identity

    existing = admissions.start_admission(db, registrar, identity(pin="21705199000123"))
    wizard = page.start_admission()
    _fill_identity(qtbot, wizard)  # the same PIN
    wizard.button(QWizard.WizardButton.NextButton).click()
    error = wizard.identity.errors.fields["pin"]
    qtbot.waitUntil(error.isVisible)
    assert existing.number in error.text()
    assert admissions.drafts_count(db) == 1  # no silent duplicate
    with qtbot.waitSignal(wizard.open_existing) as opened:
        wizard.open_existing_button.click()
    assert opened.args[0] == existing.id
