"""The registry of the demo facility (450 prisoners), reached as its registry officer reaches
it: logged in, Intake clicked in the navigation. The list opens with its first page and grows
as the officer goes down it; a name typed in either script (or misspelt) is found; Enter or a
double click opens the file; the filters and a click on a column's header narrow and order the
list; a search that finds nothing says so — by clicks and keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prisondesk.db.backup import copy_into
from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.services import demo
from prisondesk.services.core import users
from prisondesk.services.demo.core import actor_named
from prisondesk.services.intake import search
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.intake.registry_page import RegistryPage
from tests.gui.flows import (
    choose_item,
    click_header,
    click_row,
    double_click_row,
    keys,
    log_in,
    open_module,
)

OFFICER = "registry_officer"  # the demo's registry officer, with the demo's password
NUMBER, NAME, STATUS = 0, 1, 3  # the registry's columns


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo facility with 450 prisoners, filled once for the module (it takes seconds):
    each test gets its own copy of the file. Its registry officer reads English."""
    folder = tmp_path_factory.mktemp("registry-demo")
    path = folder / "demo.sqlite3"
    upgrade_database(path, folder / "backups")
    store = Database.open_sqlite(path)
    try:
        demo.fill_demo(store, prisoners=450, seed=3)
        users.set_language(store, actor_named(store, OFFICER), "en")
    finally:
        store.dispose()
    return path


@pytest.fixture
def db(paths, demo_file) -> Iterator[Database]:
    copy_into(demo_file, paths.database)
    database = Database.open_sqlite(paths.database)
    yield database
    database.dispose()


@pytest.fixture
def page(qtbot, shell) -> RegistryPage:
    """Logged in as the registry officer, Intake clicked: the registry, once it lists."""
    window = log_in(qtbot, shell, OFFICER, demo.DEMO_PASSWORD)
    registry = open_module(qtbot, window, "intake")
    assert isinstance(registry, RegistryPage)
    qtbot.waitUntil(lambda: registry.count.text() == "Prisoners: 450")
    return registry


def shown(page: RegistryPage, column: int, rows: int | None = None) -> list[str]:
    """The texts of a column of the list, as far as it is loaded (or its first ``rows``)."""
    model = page.table.model()
    count = model.rowCount() if rows is None else min(rows, model.rowCount())
    return [model.index(r, column).data() for r in range(count)]


def search_for(qtbot, page: RegistryPage, text: str) -> None:
    """Click into the search field and type."""
    qtbot.mouseClick(page.query, Qt.MouseButton.LeftButton)
    assert page.query.hasFocus()
    keys(qtbot, page.query, text)


def opened_file(qtbot) -> PrisonerFile:
    """The file just opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrisonerFile))
    file = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is file)
    return file


def test_the_list_opens_with_a_page_and_loads_more_on_scroll(qtbot, page):
    assert page.table.model().rowCount() == 200  # the first page, not all 450
    click_row(qtbot, page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 400)  # the next page came
    surnames = [name.split()[0] for name in shown(page, NAME)]
    assert surnames == sorted(surnames)  # pages continue in order
    assert page.count.text() == "Prisoners: 450"


@pytest.mark.parametrize("query", ["Асанов", "asanov", "Asanof"])
def test_typing_a_name_in_either_script_finds_it(qtbot, page, db, query):
    expected = search.search(db, actor_named(db, OFFICER), "Асанов")[0].full_name
    search_for(qtbot, page, query)
    qtbot.waitUntil(lambda: page.count.text().startswith("Found"))
    assert expected in shown(page, NAME, 50)
    assert page.table.selectionModel().selectedRows()[0].row() == 0  # Enter opens it


def test_enter_opens_the_selected_file_and_clearing_returns_to_the_list(qtbot, page):
    search_for(qtbot, page, "Асанов")
    qtbot.waitUntil(lambda: page.count.text().startswith("Found"))
    number, name = shown(page, NUMBER, 1)[0], shown(page, NAME, 1)[0]
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    file = opened_file(qtbot)
    assert file.windowTitle() == f"File {number}" and file.title.text() == name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # closed
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.mouseClick(page.query, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.query, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.query, Qt.Key.Key_Backspace)  # the search cleared: the whole list
    qtbot.waitUntil(lambda: page.count.text() == "Prisoners: 450")
    assert page.table.model().rowCount() == 200


def test_a_double_click_opens_the_file_of_the_row(qtbot, page):
    number, name = shown(page, NUMBER, 3)[2], shown(page, NAME, 3)[2]
    assert shown(page, STATUS, 3)[2] != "Draft"  # a draft opens in the admission wizard
    double_click_row(qtbot, page.table, 2)
    file = opened_file(qtbot)
    assert file.windowTitle() == f"File {number}" and file.title.text() == name


def test_filters_and_sorting(qtbot, page):
    choose_item(qtbot, page.status, "Draft")
    qtbot.waitUntil(lambda: page.count.text() != "Prisoners: 450")
    drafts = int(page.count.text().removeprefix("Prisoners: "))
    assert 0 < drafts < 450 and page.table.model().rowCount() == drafts
    assert set(shown(page, STATUS)) == {"Draft"}
    choose_item(qtbot, page.status, "Any status")
    qtbot.waitUntil(lambda: page.count.text() == "Prisoners: 450")
    click_header(qtbot, page.table, NUMBER)  # by number, ascending
    qtbot.waitUntil(lambda: "".join(shown(page, NUMBER, 1)).endswith("-00001"))  # none yet: ""
    click_header(qtbot, page.table, NUMBER)  # again: descending
    qtbot.waitUntil(lambda: "".join(shown(page, NUMBER, 1)).endswith("-00450"))


def test_nothing_found_says_so(qtbot, page):
    search_for(qtbot, page, "zzzzqqq")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 0")
    assert page.table.model().rowCount() == 0
    qtbot.keyClick(page.query, Qt.Key.Key_Return)  # Enter on nothing found opens nothing
    qtbot.waitUntil(lambda: page.ops.idle)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
