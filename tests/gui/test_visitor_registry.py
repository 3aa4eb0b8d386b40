"""The visitor registry screen: find a visitor by name in any script or by document, see
their record, and (supervisors) restrict them."""

from __future__ import annotations

from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.visits.visitor_registry import VisitorRegistryPage
from tests.visits.fixtures import person


def open_registry(qtbot, db, ops, actor) -> VisitorRegistryPage:
    page = VisitorRegistryPage(db, ops, actor)
    qtbot.addWidget(page)
    page.show()
    return page


def test_find_a_visitor_and_restrict_them(qtbot, db, ops, chief, world):
    page = open_registry(qtbot, db, ops, chief)
    assert not page.restrict_button.isEnabled()
    page.query.setText("asanova gul")  # typed in Latin letters, registered in Cyrillic
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.found_label.text() == "1 visitor(s) found"
    assert page.results.item(0, 0).text() == "Асанова Гүлнара"
    assert page.results.item(0, 2).text() == "passport ID1000001"
    page.results.selectRow(0)
    qtbot.waitUntil(lambda: page.record is not None)
    assert "<b>Асанова Гүлнара</b>" in page.identity.text()
    assert page.links.rowCount() == 1 and page.links.item(0, 1).text() == "мать"
    assert page.links.item(0, 2).text() == "yes"
    assert page.restrictions.rowCount() == 0
    dialog = page.restrict()
    assert isinstance(dialog, RestrictionDialog)
    dialog.reason.setText("Пронос запрещённых предметов")
    dialog.save()
    qtbot.waitUntil(lambda: page.restrictions.rowCount() == 1)
    assert page.restrictions.item(0, 0).text() == "Ban on visits"
    assert page.restrictions.item(0, 2).text() == "until lifted"
    assert page.restrictions.item(0, 3).text() == "Пронос запрещённых предметов"


def test_a_document_number_however_typed_and_a_search_finding_nobody(qtbot, db, ops, clerk, world):
    page = open_registry(qtbot, db, ops, clerk)
    assert page.restrict_button.isHidden()  # supervisors restrict
    page.query.setText("id 1000-002")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.results.item(0, 0).text() == "Асанова Айпери"
    page.query.setText("Несуществующая")
    qtbot.waitUntil(lambda: page.found_label.text() == "Nobody found")  # not "0 visitor(s)"
    assert page.results.rowCount() == 0


def test_names_in_the_record_are_shown_as_text_not_markup(qtbot, db, ops, clerk, admin):
    odd = person(db, clerk, "<i>Тест</i>", "Имя", None, "XX0000001")
    page = open_registry(qtbot, db, ops, clerk)
    page.open_visitor(odd)
    qtbot.waitUntil(lambda: page.record is not None)
    assert "&lt;i&gt;Тест&lt;/i&gt;" in page.identity.text()


def test_a_new_search_closes_the_visitor_shown(qtbot, db, ops, chief, world):
    page = open_registry(qtbot, db, ops, chief)
    page.query.setText("asanova gul")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    page.results.selectRow(0)
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == world.mother)
    page.query.setText("петров")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1 and page.record is None)
    assert not page.restrict_button.isEnabled()
    assert page.results.selectionModel().selectedRows() == []
    page.results.selectRow(0)  # the first row opens, though it was the chosen row before
    qtbot.waitUntil(lambda: page.record is not None and page.record.id == world.stranger)
