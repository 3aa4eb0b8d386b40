"""The Windows installer's prisondesk.ini beside the program: the data folder every account
of the workstation shares, and the group of users its ACL admits (config.Installation)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from prisondesk import config
from prisondesk.config import Installation, Paths, shared_group

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
def test_a_missing_or_broken_file_leaves_the_usual_folder(installed, text):
    _write(installed, text)
    assert Installation.of_this_program() is None
    assert Paths.resolve().home != installed  # the account's own folder, as before


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
