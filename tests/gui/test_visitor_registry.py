"""The visitor registry as it is worked: logged in, Visits → the Visitors tab clicked, a
visitor found by a name typed in any script or by a document number typed any way, their
record opened by a click on their row, and (supervisors) restricted through the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from prisondesk.services.core import users
from prisondesk.services.core.actor import Actor
from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.visits.visitor_registry import VisitorRegistryPage
from prisondesk.ui.visits.visits_page import VisitsPage
from tests.gui.flows import click, click_row, click_tab, keys, log_in, open_module, retype
from tests.visits.fixtures import person

PASSWORD = "second-pass2"  # what the staff fixture leaves


def open_registry(qtbot, shell, db, actor: Actor, username: str) -> VisitorRegistryPage:
    """Log in, click Visits in the navigation and the Visitors tab."""
    users.set_language(db, actor, "en")
    window = log_in(qtbot, shell, username, PASSWORD)
    visits = open_module(qtbot, window, "visits")
    assert isinstance(visits, VisitsPage)
    click_tab(qtbot, visits, visits.visitors)
    return visits.visitors


def test_find_a_visitor_and_restrict_them(qtbot, shell, db, chief, world):
    page = open_registry(qtbot, shell, db, chief, "chief")
    assert page.restrict_button.isVisible() and not page.restrict_button.isEnabled()
    retype(qtbot, page.query, "asanova gul")  # typed in Latin letters, registered in Cyrillic
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.found_label.text() == "1 visitor(s) found"
    assert page.results.item(0, 0).text() == "Асанова Гүлнара"
    assert page.results.item(0, 2).text() == "passport ID1000001"
    click_row(qtbot, page.results, 0)
    qtbot.waitUntil(page.restrict_button.isEnabled)
    assert "<b>Асанова Гүлнара</b>" in page.identity.text()
    assert page.links.rowCount() == 1 and page.links.item(0, 1).text() == "мать"
    assert page.links.item(0, 2).text() == "yes"
    assert page.restrictions.rowCount() == 0

    click(qtbot, page.restrict_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RestrictionDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    assert dialog.kind.currentText() == "Ban on visits"  # the first kind, left as it is
    starts = dialog.starts.findChild(QLineEdit)
    qtbot.waitUntil(lambda: bool(starts.text()))  # "From": the facility's today, left as it is
    qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
    keys(qtbot, dialog.reason, "Пронос запрещённых предметов")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    qtbot.waitUntil(lambda: page.restrictions.rowCount() == 1)
    assert not dialog.isVisible()
    assert page.restrictions.item(0, 0).text() == "Ban on visits"
    assert page.restrictions.item(0, 2).text() == "until lifted"
    assert page.restrictions.item(0, 3).text() == "Пронос запрещённых предметов"


def test_a_document_number_however_typed_and_a_search_finding_nobody(
    qtbot, shell, db, clerk, world
):
    page = open_registry(qtbot, shell, db, clerk, "visits1")
    assert page.restrict_button.isHidden()  # supervisors restrict
    retype(qtbot, page.query, "id 1000-002")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.results.item(0, 0).text() == "Асанова Айпери"
    retype(qtbot, page.query, "Несуществующая")
    qtbot.waitUntil(lambda: page.found_label.text() == "Nobody found")  # not "0 visitor(s)"
    assert page.results.rowCount() == 0


def test_names_in_the_record_are_shown_as_text_not_markup(qtbot, shell, db, clerk, admin):
    person(db, clerk, "<i>Тест</i>", "Имя", None, "XX0000001")
    page = open_registry(qtbot, shell, db, clerk, "visits1")
    retype(qtbot, page.query, "XX0000001")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.results.item(0, 0).text() == "<i>Тест</i> Имя"
    click_row(qtbot, page.results, 0)
    qtbot.waitUntil(lambda: "Тест" in page.identity.text())
    assert "&lt;i&gt;Тест&lt;/i&gt;" in page.identity.text()


def test_a_new_search_closes_the_visitor_shown(qtbot, shell, db, chief, world):
    page = open_registry(qtbot, shell, db, chief, "chief")
    retype(qtbot, page.query, "asanova gul")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    click_row(qtbot, page.results, 0)
    qtbot.waitUntil(lambda: "Асанова Гүлнара" in page.identity.text())
    assert page.record.id == world.mother and page.restrict_button.isEnabled()

    retype(qtbot, page.query, "петров")
    qtbot.waitUntil(
        lambda: page.results.rowCount() == 1 and page.results.item(0, 0).text() == "Петров Пётр"
    )
    assert page.results.rowCount() == 1 and page.found_label.text() == "1 visitor(s) found"
    assert page.identity.text() == "Find a visitor and choose them in the list."
    assert page.links.rowCount() == 0 and not page.restrict_button.isEnabled()
    assert page.results.selectionModel().selectedRows() == []
    click_row(qtbot, page.results, 0)  # the first row opens, though it was the chosen row before
    qtbot.waitUntil(lambda: "Петров Пётр" in page.identity.text())
    assert page.record.id == world.stranger and page.restrict_button.isEnabled()
