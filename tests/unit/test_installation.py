"""The Windows installer's prisondesk.ini beside the program: the data folder every account
of the workstation shares, and the group of users its ACL admits (config.Installation)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from prisondesk import config
from prisondesk.config import Installation, InstallationProblem, Paths, shared_group

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def installed(tmp_path, monkeypatch) -> Path:
    """This process as the frozen program in tmp_path/program, with no PRISONDESK_HOME."""
    folder = tmp_path / "program"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "prisondesk.exe"))
    monkeypatch.delenv(config.HOME_ENV, raising=False)
    return folder


def _write(folder: Path, text: str, encoding: str = "ascii") -> None:
    (folder / "prisondesk.ini").write_bytes(text.encode(encoding))


def test_the_installed_program_keeps_its_data_where_the_installer_says(installed, tmp_path):
    shared = tmp_path / "ProgramData" / "PrisonDesk"
    _write(installed, f"[install]\r\ndata_folder={shared}\r\nusers_group=PrisonDesk Users\r\n")
    assert Paths.resolve().home == shared.resolve()
    assert shared_group(shared) == "PrisonDesk Users"
    assert shared_group(tmp_path / "elsewhere") is None  # --home elsewhere is private again


def test_home_and_the_environment_still_come_first(installed, tmp_path, monkeypatch):
    _write(installed, f"[install]\ndata_folder={tmp_path / 'shared'}\n")
    assert Paths.resolve(tmp_path / "chosen").home == (tmp_path / "chosen").resolve()
    monkeypatch.setenv(config.HOME_ENV, str(tmp_path / "support"))
    assert Paths.resolve().home == (tmp_path / "support").resolve()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251"])
def test_a_folder_with_cyrillic_letters_is_read_in_either_encoding(installed, tmp_path, encoding):
    shared = tmp_path / "Данные"
    _write(installed, f"[install]\ndata_folder={shared}\n", encoding)
    assert Installation.of_this_program() == Installation(shared, None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not an ini file",
        "[install]\nusers_group=PrisonDesk Users\n",
        "[install]\ndata_folder=\n",
    ],
)
def test_a_broken_file_stops_the_program_rather_than_open_an_empty_desk(installed, text):
    """Falling back to the account's own folder would start a second, empty desk."""
    _write(installed, text)
    with pytest.raises(InstallationProblem) as problem:
        Paths.resolve()
    assert str(installed / "prisondesk.ini") in str(problem.value)
    assert shared_group(installed) is None


def test_a_broken_file_does_not_stop_support_opening_another_folder(installed, tmp_path):
    _write(installed, "not an ini file")
    assert Paths.resolve(tmp_path / "copy").home == (tmp_path / "copy").resolve()


def test_a_file_saved_as_unicode_by_notepad_is_read(installed, tmp_path):
    shared = tmp_path / "Данные"
    _write(installed, f"[install]\r\ndata_folder={shared}\r\n", "utf-16")  # with its BOM
    assert Installation.of_this_program() == Installation(shared, None)


def test_without_a_file_the_accounts_own_folder_is_used(installed):
    assert Installation.of_this_program() is None
    assert Paths.resolve().home.name == "PrisonDesk"  # platformdirs' folder, as before


def test_a_program_run_from_python_reads_no_installation_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    _write(tmp_path, f"[install]\ndata_folder={tmp_path / 'shared'}\n")
    assert Installation.of_this_program() is None  # only a frozen build is installed
    assert Installation.beside(tmp_path / "python") == Installation(tmp_path / "shared", None)


def test_every_installer_string_is_said_in_russian_kyrgyz_and_english():
    """The installer's own strings (a missing one also fails makensis -WX, where it runs)."""
    strings = (ROOT / "installer" / "nsis" / "strings.nsh").read_text(encoding="utf-8-sig")
    defined: dict[str, set[str]] = {}
    for key, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", strings, re.M):
        defined.setdefault(key, set()).add(language)
    assert defined
    assert {k: v for k, v in defined.items() if v != {"RUSSIAN", "KYRGYZ", "ENGLISH"}} == {}
    script = (ROOT / "installer" / "prisondesk.nsi").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\((\w+)\)", script)) - {"^Name", "^NameDA"}
    assert used <= set(defined), used - set(defined)
    assert set(defined) <= used, set(defined) - used  # none left over


def test_the_program_says_why_it_cannot_start_in_a_window_and_on_the_console(
    installed, qapp, monkeypatch, capsys
):
    from PySide6.QtWidgets import QMessageBox

    from prisondesk import cli

    _write(installed, "[install]\n")
    assert cli.main(["selftest"]) == 2
    assert "prisondesk.ini beside the program cannot be read" in capsys.readouterr().err
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert cli.main(["gui"]) == 2  # the windowed program: its console is nowhere
    assert len(shown) == 1 and "рядом с программой не читается" in shown[0]
