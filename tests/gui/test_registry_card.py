"""Desks that do not read whole files (instructors, gate officers) open the registry card
from the prisoner list: the photo, name, number, status and place, with no PIN, court or
contacts, and no "permission denied" for a key the officer was right to press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from prisondesk.services.core import users
from prisondesk.ui.intake.prisoner_card import PrisonerCard
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.intake.registry_page import RegistryPage
from tests.gui.flows import keys, log_in, open_module

PASSWORD = "second-pass2"  # what the staff fixture leaves


@pytest.mark.parametrize("role", ["instructor", "gate_officer"])
def test_a_desk_without_whole_files_opens_the_registry_card(
    qtbot, shell, db, staff, complete, role
):
    admitted = complete()
    staff("desk1", role, "Токтогулов Марат")
    users.set_language(db, users.authenticate(db, "desk1", PASSWORD), "en")
    window = log_in(qtbot, shell, "desk1", PASSWORD)
    page = open_module(qtbot, window, "intake")
    assert isinstance(page, RegistryPage)
    qtbot.mouseClick(page.query, Qt.MouseButton.LeftButton)
    keys(qtbot, page.query, "Асанов Б")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 1")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.findChildren(PrisonerCard)))
    card = page.findChildren(PrisonerCard)[0]
    qtbot.waitExposed(card)
    assert card.title.text() == "Асанов Бакыт Нурланович"
    shown = {name: value.text() for name, value in card.values.items()}
    assert shown["number"] == admitted.number and shown["status"] == "In custody"
    assert shown["place"].endswith("· 12")  # the wing, then the cell
    assert admitted.identity.pin not in " ".join(
        w.text() for w in card.findChildren(type(card.title))
    )
    assert page.findChildren(PrisonerFile) == []
    assert not page.errors.general.isVisible()  # no "permission denied" for a right key
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())


@pytest.mark.parametrize(
    ("role", "sees_injuries"), [("supervisor", True), ("social_worker", False)]
)
def test_injury_notes_show_in_the_file_only_for_the_medical_permission(
    qtbot, shell, db, staff, registrar, complete, role, sees_injuries
):
    from prisondesk.services.intake import admissions
    from prisondesk.services.intake.admissions import InjuryNote

    admitted = complete()
    admissions.record_injuries(
        db, registrar, admitted.id, [InjuryNote("Гематома", "спина", ill_treatment_complaint=True)]
    )
    staff("reader1", role, "Токтогулов Марат")
    users.set_language(db, users.authenticate(db, "reader1", PASSWORD), "en")
    window = log_in(qtbot, shell, "reader1", PASSWORD)
    page = open_module(qtbot, window, "intake")
    qtbot.mouseClick(page.query, Qt.MouseButton.LeftButton)
    keys(qtbot, page.query, "Асанов")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 1")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.findChildren(PrisonerFile)))
    file = page.findChildren(PrisonerFile)[0]
    qtbot.waitExposed(file)
    titles = [file.tabs.tabText(i) for i in range(file.tabs.count())]
    assert ("Injuries" in titles) is sees_injuries
    shown = " ".join(
        table.item(r, c).text()
        for table in file.findChildren(QTableWidget)
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    )
    assert ("Гематома" in shown) is sees_injuries
    if sees_injuries:
        bar = file.tabs.tabBar()
        where = bar.tabRect(titles.index("Injuries")).center()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
        injuries = file.tabs.currentWidget()
        assert injuries.isVisible()
        assert [injuries.item(0, c).text() for c in range(4)] == ["Гематома", "спина", "yes", "yes"]
    file.close()
