"""The admission wizard as a registry officer reaches it (a plugin of the root conftest): the
``registry`` page opened after a real login, the ``wizard`` opened by a click on New admission,
and the identity step typed by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from prisondesk.services.core import users
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.registry_page import RegistryPage
from tests.gui.flows import click, keys, log_in, open_module

PASSWORD = "second-pass2"  # what the staff fixture leaves


@pytest.fixture
def registry(qtbot, shell, db, registrar) -> RegistryPage:
    users.set_language(db, registrar, "en")
    window = log_in(qtbot, shell, "registry1", PASSWORD)
    page = open_module(qtbot, window, "intake")
    assert isinstance(page, RegistryPage)
    return page


@pytest.fixture
def wizard(qtbot, registry) -> AdmissionWizard:
    click(qtbot, registry.new_button)  # clicked(bool) once handed False as the draft
    found = registry.findChildren(AdmissionWizard)
    assert len(found) == 1
    qtbot.waitExposed(found[0])
    return found[0]


def type_into(qtbot, widget, text: str) -> None:
    """Click into a field and type, as an officer does."""
    target = widget.focusProxy() or widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    keys(qtbot, target, text)


def next_page(qtbot, wizard: AdmissionWizard, expected_page) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is expected_page, timeout=5000)


def identity_by_keyboard(qtbot, wizard: AdmissionWizard, born: str = "17.05.1990") -> None:
    page = wizard.identity
    type_into(qtbot, page.surname, "Жумабеков")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, QApplication.focusWidget(), "Өмүрбек")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    keys(qtbot, QApplication.focusWidget(), "Талант уулу")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.date_of_birth.edit
    keys(qtbot, QApplication.focusWidget(), born)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab leaves the date field
    assert QApplication.focusWidget() is page.sex
    keys(qtbot, page.sex, "M")  # a closed list picks its item by the first letter
    type_into(qtbot, page.pin, "21705199000123")
    for row in range(page.languages.count()):
        if page.languages.item(row).data(Qt.ItemDataRole.UserRole) in {"ky", "ru"}:
            rect = page.languages.visualItemRect(page.languages.item(row))
            qtbot.mouseClick(
                page.languages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            qtbot.keyClick(page.languages, Qt.Key.Key_Space)
