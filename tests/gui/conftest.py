from __future__ import annotations

from collections.abc import Iterator

import pytest

from prisondesk.config import Settings
from prisondesk.ui.garbage import MainThreadCollector
from prisondesk.ui.i18n import LanguageSwitcher
from prisondesk.ui.operations import Operations
from prisondesk.ui.shell import Shell


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[None]:
    """As the program does (app.py): garbage holding Qt wrappers is never collected on the
    operations worker, where deleting them crashed a CI run."""
    collector = MainThreadCollector()
    yield
    collector.stop()


@pytest.fixture
def settings(paths) -> Settings:
    settings = Settings(paths.settings_file)
    settings.set(Settings.LANGUAGE, "en")
    return settings


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.apply("en")


@pytest.fixture
def ops(qapp) -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.wait()


@pytest.fixture
def shell(qapp, db, settings, languages) -> Iterator[Shell]:
    languages.apply("en")
    shell = Shell(qapp, db, settings, languages)
    yield shell
    shell.sync.stop()
    shell.ops.wait()
    if shell.window is not None:
        main = shell.window
        if hasattr(main, "_logging_out"):
            main._logging_out = True  # let the test's window close even when locked
        main.close()
        main.deleteLater()
    shell.deleteLater()
