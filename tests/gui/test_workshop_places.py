"""The Workshops tab as it is worked, from real logins: an instructor sets up a workshop (two
weekdays of sessions, themselves ticked as its instructor) and its training programme, puts a
prisoner on its waiting list by name, approves and allocates them, and ends the place; a form
with an empty name and no capacity says so beside each field and sets nothing up; a
supervisor adds a pay rate, and an overlapping one is refused with its message beside the
first day. All by clicks and keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from prisondesk.services.core import users
from prisondesk.services.workshops import rates, workshops
from prisondesk.services.workshops.schedule import WeeklySession
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.workshops.place_dialogs import (
    AllocateDialog,
    EndPlaceDialog,
    ProgrammeDialog,
    RateDialog,
    tyiyn_of,
)
from prisondesk.ui.workshops.places_page import PlacesPage
from prisondesk.ui.workshops.workshop_dialog import WorkshopDialog
from tests.gui.flows import click, keys, log_in, open_module, type_slowly
from tests.gui.test_every_window import mnemonics
from tests.workshops.fixtures import audit_count, make_workshop, today

PASSWORD = "second-pass2"
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def instructor(staff):
    return staff("instructor1", "instructor", "Жумабеков Эрлан")


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


def open_places(qtbot, window: MainWindow) -> PlacesPage:
    """The Workshops module, then a click on its Workshops tab."""
    tabs = open_module(qtbot, window, "workshops")
    bar = tabs.tabBar()
    index = tabs.indexOf(tabs.places)
    assert bar.tabText(index) == "Workshops"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is tabs.places
    return tabs.places


def opened(qtbot, page: PlacesPage, kind: type[QWidget]) -> QWidget:
    """The form a click has just opened."""
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    qtbot.waitExposed(page.dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.dialog)
    return page.dialog


def alt(qtbot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_over(qtbot, edit: QWidget, text: str) -> None:
    """A click in the field, everything in it chosen, and ``text`` typed over it."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, edit, text)


def no_mnemonic_twice(window: QWidget) -> None:
    assert {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1} == {}


def test_an_instructor_sets_up_a_workshop_and_places_a_prisoner(
    qtbot, shell, db, instructor, complete
):
    prisoner = complete().id  # Асанов Бакыт Нурланович
    users.set_language(db, instructor, "en")
    window = log_in(qtbot, shell, "instructor1", PASSWORD)
    page = open_places(qtbot, window)
    waiting = page.waiting_box
    assert page.heading.text() == "No workshop yet"
    assert not page.rates_box.isVisibleTo(page)  # pay rates are a supervisor's
    no_mnemonic_twice(window)

    # the workshop: name, enterprise, capacity, the instructor ticked, Monday and Wednesday
    click(qtbot, page.new_button)
    form = opened(qtbot, page, WorkshopDialog)
    no_mnemonic_twice(form)
    qtbot.waitUntil(lambda: form.instructors.count() == 1)
    qtbot.waitUntil(form.name.hasFocus)
    type_slowly(qtbot, form.name, "Кожевенный цех")
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    keys(qtbot, QApplication.focusWidget(), "ГП «Кыргызпромсервис»")
    type_over(qtbot, form.capacity.lineEdit(), "12")
    alt(qtbot, form.capacity, Qt.Key.Key_L)  # a half-day session lasts 3½ hours here
    assert form.session_hours.hasFocus() and form.session_hours.value() == 4
    type_over(qtbot, form.session_hours.lineEdit(), "3.5")
    alt(qtbot, form.session_hours, Qt.Key.Key_I)  # to the instructors; Space ticks the first
    assert form.instructors.hasFocus()
    qtbot.keyClick(form.instructors, Qt.Key.Key_Space)
    assert form.instructors.item(0).checkState() == Qt.CheckState.Checked
    alt(qtbot, form.instructors, Qt.Key.Key_M)  # Monday: the full day
    for _ in range(4):
        qtbot.keyClick(form.days[0], Qt.Key.Key_Down)
    alt(qtbot, form.days[0], Qt.Key.Key_W)  # Wednesday: the morning
    qtbot.keyClick(form.days[2], Qt.Key.Key_Down)
    assert (form.days[0].currentText(), form.days[2].currentText()) == ("Full day", "Morning")
    click(qtbot, form.buttons.button(OK))
    qtbot.waitUntil(lambda: page.detail is not None and page.workshops_table.rowCount() == 1)
    assert page.heading.text() == "Кожевенный цех"
    assert page.workshops_table.item(0, 1).text() == "0 of 12"
    assert "Instructors: Жумабеков Эрлан" in page.facts.text()
    assert "Sessions: Mon full day, Wed morning" in page.facts.text()
    workshop_id = page.chosen_id
    detail = workshops.workshop_detail(db, instructor, workshop_id)
    assert detail.enterprise == "ГП «Кыргызпромсервис»"
    assert detail.sessions == (WeeklySession(0, "full"), WeeklySession(2, "morning"))
    assert [i.user_id for i in detail.instructors] == [instructor.user_id]
    assert detail.session_minutes == 210

    # a month-long training programme: its name typed, Enter
    click(qtbot, page.programme_button)
    form = opened(qtbot, page, ProgrammeDialog)
    qtbot.waitUntil(form.name.hasFocus)
    type_slowly(qtbot, form.name, "Кожевенное дело")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.programmes_table.rowCount() == 1)
    assert page.programmes_table.item(0, 0).text() == "Кожевенное дело"
    assert page.programmes_table.item(0, 1).text() == "30"

    # the prisoner found by name in the picker, Enter: pending on the list
    assert not waiting.approve_button.isEnabled() and not waiting.allocate_button.isEnabled()
    click(qtbot, waiting.add_button)
    picker = opened(qtbot, page, PrisonerPicker)
    assert picker.windowTitle() == "Who goes on the waiting list?"
    type_slowly(qtbot, picker.query, "Асанов")
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    table = waiting.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "Асанов Бакыт Нурланович"
    assert (table.item(0, 1).text(), table.item(0, 3).text()) == ("Pending", "Staff")
    assert "On the waiting list: Асанов" in page.message.text()

    # approved: then, and only then, it may be allocated
    click_row(qtbot, table, 0)
    assert waiting.approve_button.isEnabled() and not waiting.allocate_button.isEnabled()
    click(qtbot, waiting.approve_button)
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "Approved")
    assert waiting.allocate_button.isEnabled() and not waiting.approve_button.isEnabled()

    # allocated from today, band A, in the programme chosen by keys
    click(qtbot, waiting.allocate_button)
    form = opened(qtbot, page, AllocateDialog)
    assert "Асанов Бакыт Нурланович" in form.who.text()
    alt(qtbot, form.band, Qt.Key.Key_P)
    qtbot.keyClick(form.programme, Qt.Key.Key_Down)
    assert form.programme.currentText() == "Кожевенное дело (30 day(s))"
    click(qtbot, form.buttons.button(OK))
    placed = page.placed_box.table
    qtbot.waitUntil(lambda: placed.rowCount() == 1)
    assert placed.item(0, 1).text() == "Асанов Бакыт Нурланович"
    assert (placed.item(0, 2).text(), placed.item(0, 3).text()) == ("Кожевенное дело", "A")
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "Allocated")
    qtbot.waitUntil(lambda: page.workshops_table.item(0, 1).text() == "1 of 12")
    assert not waiting.allocate_button.isEnabled() and not waiting.take_off_button.isEnabled()

    # the place ends today at the prisoner's own request
    click_row(qtbot, placed, 0)
    click(qtbot, page.placed_box.end_button)
    form = opened(qtbot, page, EndPlaceDialog)
    alt(qtbot, form.ends_on, Qt.Key.Key_R)
    for _ in range(6):  # Completed … Own request
        qtbot.keyClick(form.reason, Qt.Key.Key_Down)
    assert form.reason.currentData() == "own_request"
    click(qtbot, form.buttons.button(OK))
    ends = today(db, instructor).strftime("%d/%m/%Y")
    qtbot.waitUntil(lambda: placed.rowCount() == 1 and placed.item(0, 5).text() == ends)
    assert not page.placed_box.end_button.isEnabled()
    assert QApplication.activeModalWidget() is None
    assert prisoner  # placed, and the place ended, by clicks and keys alone


def test_a_workshop_without_a_name_or_places_is_not_set_up(qtbot, shell, db, instructor):
    users.set_language(db, instructor, "en")
    window = log_in(qtbot, shell, "instructor1", PASSWORD)
    page = open_places(qtbot, window)
    click(qtbot, page.new_button)
    form = opened(qtbot, page, WorkshopDialog)
    before = audit_count(db)
    type_over(qtbot, form.capacity.lineEdit(), "0")
    assert form.name.text() == "" and form.capacity.value() == 0
    click(qtbot, form.buttons.button(OK))
    name, capacity = form.errors.fields["name"], form.errors.fields["capacity"]
    qtbot.waitUntil(lambda: name.isVisible() and capacity.isVisible())
    assert name.text() == "This field is required."
    assert capacity.text() == "A workshop takes from 1 to 500 people."
    assert not form.errors.general.isVisible()  # each problem beside its own field
    assert form.isVisible() and form.buttons.isEnabled()  # the form stays, as typed
    assert workshops.list_workshops(db, instructor) == []
    assert audit_count(db) == before
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert page.workshops_table.rowCount() == 0


def test_a_supervisor_adds_a_rate_and_an_overlapping_one_is_refused(
    qtbot, shell, db, instructor, supervisor
):
    workshop_id = make_workshop(db, instructor, instructor_ids=[instructor.user_id])
    users.set_language(db, supervisor, "en")
    window = log_in(qtbot, shell, "supervisor1", PASSWORD)
    page = open_places(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.rates_box.isVisible()
    no_mnemonic_twice(window)

    click(qtbot, page.rates_box.rate_button)
    form = opened(qtbot, page, RateDialog)
    no_mnemonic_twice(form)
    assert (form.band.text(), form.basis.currentData()) == ("A", "session")
    type_over(qtbot, form.amount, "500.00")
    click(qtbot, form.buttons.button(OK))
    qtbot.waitUntil(lambda: page.rates_box.table.rowCount() == 1)
    first = today(db, supervisor)
    cells = [page.rates_box.table.item(0, c).text() for c in range(5)]
    assert cells == ["A", "per full-day session", "500.00", first.strftime("%d/%m/%Y"), "no end"]

    # band A again from ten days on, while the first has no end: refused, nothing written
    before = audit_count(db)
    click(qtbot, page.rates_box.rate_button)
    form = opened(qtbot, page, RateDialog)
    type_over(qtbot, form.amount, "450,50")
    type_over(qtbot, form.starts.edit, (first + timedelta(days=10)).strftime("%d.%m.%Y"))
    click(qtbot, form.buttons.button(OK))
    beside = form.errors.fields["effective_from"]
    qtbot.waitUntil(beside.isVisible)
    assert beside.text() == (
        f"Кожевенный цех already pays band A a rate from {first.strftime('%d/%m/%Y')} on: "
        "end that rate first, or start this one after it."
    )
    assert form.isVisible() and form.buttons.isEnabled()
    assert len(rates.rates(db, supervisor, workshop_id)) == 1
    assert audit_count(db) == before
    qtbot.keyClick(form.amount, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert page.rates_box.table.rowCount() == 1


@pytest.mark.parametrize(
    ("typed", "tyiyn"),
    [("500", 50_000), ("500.00", 50_000), ("1 234,5", 123_450), ("0,07", 7), ("12.345", None)],
)
def test_som_typed_become_tyiyn_without_a_float(typed, tyiyn):
    assert tyiyn_of(typed) == tyiyn
    assert tyiyn_of("five") is None
