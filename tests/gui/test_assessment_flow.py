"""An assessment as it is worked, from real logins, by clicks and keys: a social worker lands on
the assessments due, starts the first assessment of a prisoner not yet assessed, answers
every question by keys (the level shown changes as they answer), and submits it; a supervisor
finds it awaiting approval and approves it; the social worker opens the prisoner's file and
builds the plan from the needs the assessment found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from prisondesk.db.models import Prisoner
from prisondesk.services.assessments import classification, plans, reading
from prisondesk.services.core import audit, users
from prisondesk.ui.assessments.assessment_dialog import AssessmentDialog
from prisondesk.ui.assessments.assessments_page import AssessmentsPage
from prisondesk.ui.assessments.start_dialog import StartDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from tests.gui.flows import click, keys, log_in, log_out, open_module

PASSWORD = "second-pass2"


@pytest.fixture
def social_worker(staff):
    return staff("social1", "social_worker", "Абдыкадырова Назгуль")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def waiting_prisoner(db, complete, registrar) -> str:
    """A prisoner admitted a month ago and never assessed."""
    prisoner = complete().id
    with db.write(registrar.user_id) as session:
        session.get(Prisoner, prisoner).admitted_at = datetime.now(UTC) - timedelta(days=30)
        audit.record(session, db, registrar, "update", "prisoner", prisoner, note="test")
    return prisoner


def _opened(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


def _alt(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def test_assessed_approved_and_planned_by_clicks_and_keys(
    qtbot, shell, db, social_worker, supervisor, waiting_prisoner
):
    for who in (social_worker, supervisor):
        users.set_language(db, who, "en")
    window = log_in(qtbot, shell, "social1", PASSWORD)
    page = window.pages.currentWidget()
    assert isinstance(page, AssessmentsPage)  # a social worker starts at the assessments due
    qtbot.waitUntil(lambda: page.tabs.tabText(page.tabs.currentIndex()) == "Not yet assessed (1)")
    table = page.tables["unassessed"]
    assert table.item(0, 1).text().startswith("Асанов") and table.item(0, 3).text() == "30"

    _alt(qtbot, table, Qt.Key.Key_N)  # New assessment…
    start = _opened(qtbot, StartDialog)
    assert start.windowTitle() == "First assessment"
    assert start.reason.currentData() == "initial"
    qtbot.keyClick(start.instrument, Qt.Key.Key_Return)  # OK
    form = _opened(qtbot, AssessmentDialog)
    qtbot.waitUntil(lambda: len(form.answers) > 20)
    assert "Example risk and needs assessment" in form.heading.text()
    assert "not a validated" in form.caution.text()

    # every question answered by keys: its first answer (the lowest), but escape's the worst
    combos = list(form.answers.items())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combos[0][1])
    for item_id, combo in combos:
        assert QApplication.focusWidget() is combo, item_id
        qtbot.keyClick(combo, Qt.Key.Key_Down)

        if item_id.startswith(("escape.", "education.")):
            qtbot.keyClick(combo, Qt.Key.Key_End)
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert "Level by the instrument: High" in form.scores.text()  # escape raises it
    assert "Needs: Education" in form.scores.text()
    assert "Questions still to answer" not in form.scores.text()
    _alt(qtbot, form.heading, Qt.Key.Key_U)  # Submit for approval
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Awaiting approval (1)")
    log_out(qtbot, window)

    window = log_in(qtbot, shell, "supervisor1", PASSWORD)
    page = open_module(qtbot, window, "assessments")
    approvals = page.tables["awaiting_approval"]
    qtbot.waitUntil(lambda: approvals.rowCount() == 1 and approvals.currentRow() == 0)
    approvals.setFocus()
    qtbot.keyClick(approvals, Qt.Key.Key_Return)  # opens it
    form = _opened(qtbot, AssessmentDialog)
    qtbot.waitUntil(lambda: form.approve_button.isVisible())
    assert not form.save_button.isVisible()  # a supervisor does not change the answers
    assert all(not combo.isEnabled() for combo in form.answers.values())
    assert form.level.currentData() == "high"
    _alt(qtbot, form.heading, Qt.Key.Key_A)  # Approve
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Awaiting approval (0)")
    [current] = classification.history(db, supervisor, waiting_prisoner)
    assert (current.risk_level, current.security_level) == ("high", "high")
    log_out(qtbot, window)

    window = log_in(qtbot, shell, "social1", PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[0]
    qtbot.waitUntil(lambda: "assessments" in getattr(file, "module_tabs", {}))
    tab = file.module_tabs["assessments"]
    bar = file.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(file.tabs.indexOf(tab)).center()
    )
    qtbot.waitUntil(lambda: tab.classification.text().startswith("Classification: High risk"))
    qtbot.waitUntil(lambda: tab.from_needs_button.isEnabled())
    click(qtbot, tab.from_needs_button)
    qtbot.waitUntil(lambda: tab.actions.rowCount() == 1)
    assert tab.actions.item(0, 0).text() == "Education"
    assert tab.actions.item(0, 1).text() == "Абдыкадырова Назгуль"
    assert tab.actions.item(0, 3).text() == "Planned"
    assert not tab.from_needs_button.isEnabled()  # every need has its action
    assert [a.kind for a in plans.plan(db, social_worker, waiting_prisoner).actions] == [
        "education"
    ]
    assert isinstance(tab.table, type(tab.actions)) and not isinstance(tab, QComboBox)


def test_a_form_not_ready_is_not_submitted(qtbot, shell, db, social_worker, waiting_prisoner):
    users.set_language(db, social_worker, "en")
    window = log_in(qtbot, shell, "social1", PASSWORD)
    page = window.pages.currentWidget()
    table = page.tables["unassessed"]
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    _alt(qtbot, table, Qt.Key.Key_N)
    start = _opened(qtbot, StartDialog)
    qtbot.keyClick(start.instrument, Qt.Key.Key_Return)
    form = _opened(qtbot, AssessmentDialog)
    qtbot.waitUntil(lambda: len(form.answers) > 20 and form.submit_button.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    review_error = form.errors.fields["next_review_on"]

    _alt(qtbot, form.heading, Qt.Key.Key_U)  # nothing answered yet
    qtbot.waitUntil(lambda: "Answer every required question" in form.errors.general.text())
    assert "24 left" in form.errors.general.text()  # one of the 25 may stay unanswered

    for typed, said in (
        ("31.02.2027", "date"),  # no such day: said before anything is sent
        ("01.01.2020", "cannot be in the past"),  # refused by the service, beside the field
    ):
        _alt(qtbot, form.heading, Qt.Key.Key_R)  # the next review date
        assert form.review.edit.hasFocus()
        qtbot.keyClick(form.review.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(qtbot, form.review.edit, typed)
        _alt(qtbot, form.review.edit, Qt.Key.Key_U)
        qtbot.waitUntil(lambda said=said: said in review_error.text() and review_error.isVisible())
    assert form.isVisible()  # still open, as typed
    [assessment] = reading.prisoner_assessments(db, social_worker, waiting_prisoner)
    assert assessment.status == "draft"
