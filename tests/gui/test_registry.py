from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from prisondesk.db.backup import copy_into
from prisondesk.db.engine import Database
from prisondesk.db.migrate import upgrade_database
from prisondesk.services import demo
from prisondesk.services.core import users
from prisondesk.ui.intake.registry_page import RegistryPage
from prisondesk.ui.operations import Operations


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo facility with 450 prisoners, filled once for the module (it takes seconds):
    each test gets its own copy of the file."""
    folder = tmp_path_factory.mktemp("registry-demo")
    path = folder / "demo.sqlite3"
    upgrade_database(path, folder / "backups")
    store = Database.open_sqlite(path)
    try:
        demo.fill_demo(store, prisoners=450, seed=3)
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
def officer(db):
    return users.authenticate(db, "registry_officer", demo.DEMO_PASSWORD)


@pytest.fixture
def page(qtbot, db, officer):
    ops = Operations()
    widget = RegistryPage(db, ops, officer)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    yield widget
    ops.wait()


def test_the_list_opens_with_a_page_and_loads_more_on_scroll(qtbot, page):
    assert page.model.total == 450 and page.model.rowCount() == 200
    assert page.count.text() == "Prisoners: 450"
    page.table.scrollToBottom()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    surnames = [page.model.data(page.model.index(r, 1)).split()[0] for r in range(400)]
    assert surnames == sorted(surnames)  # pages continue in order


def _first_names(page, n=5):
    return [page.model.data(page.model.index(r, 1)) for r in range(min(n, page.model.rowCount()))]


@pytest.mark.parametrize("query", ["Асанов", "asanov", "Asanof"])
def test_typing_a_name_in_either_script_finds_it(qtbot, page, db, officer, query):
    from prisondesk.services.intake import search

    expected = search.search(db, officer, "Асанов")[0].full_name
    qtbot.keyClicks(page.query, query) if query.isascii() else page.query.setText(query)
    qtbot.waitUntil(lambda: page.count.text().startswith("Found"))
    assert expected in _first_names(page, 50)
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def test_enter_opens_the_selected_file_and_clearing_returns_to_the_list(qtbot, page):
    page.query.setText("Асанов")
    qtbot.waitUntil(lambda: page.count.text().startswith("Found"))
    with qtbot.waitSignal(page.open_file) as opened:
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert opened.args[0] == page.model.row_at(0).id
    page.query.clear()
    qtbot.waitUntil(lambda: page.count.text() == "Prisoners: 450")


def test_filters_and_sorting(qtbot, page):
    page.status.setCurrentIndex(page.status.findData("draft"))
    qtbot.waitUntil(lambda: page.model.total < 450)
    statuses = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}
    assert statuses == {"Draft"}
    page.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.total == 450)
    page._sort_by(0)  # number, ascending
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)).endswith("-00001"))
    page._sort_by(0)  # again: descending
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)).endswith("-00450"))


def test_nothing_found_says_so(qtbot, page):
    qtbot.keyClicks(page.query, "zzzzqqq")
    qtbot.waitUntil(lambda: page.count.text() == "Found: 0")
    assert page.model.rowCount() == 0
