"""The program installed as a support officer's pip would install it, outside the checkout:
the wheel is built from the tracked files alone (no ``make qm`` has run: the build compiles
the translations), installed into a fresh virtual environment, and its ``selftest`` passes
there — Qt, fonts, translations in Russian and Kyrgyz, instruments, a migration, a PDF whose
barcode decodes — reading nothing from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tracked_copy(target: Path) -> None:
    """The files git tracks, as a fresh clone has them (no .qm, no venv)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.mark.slow
def test_a_wheel_built_from_the_sources_installs_and_passes_its_selftest(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the packaging test needs the git checkout it builds from")
    source, wheels, home = tmp_path / "source", tmp_path / "wheels", tmp_path / "home"
    _tracked_copy(source)
    assert not list((source / "resources" / "translations").glob("*.qm"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("prisondesk-*.whl")
    inside = zipfile.ZipFile(wheel).namelist()
    for language in ("ru", "ky"):
        assert f"prisondesk/_resources/translations/prisondesk_{language}.qm" in inside
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        cwd=tmp_path,
    )
    run = subprocess.run(
        [str(bin_dir / "prisondesk"), "--home", str(home), "selftest"],
        cwd=tmp_path,  # far from the checkout: nothing is read from the source tree
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "7 passed, 0 failed" in run.stdout
    assert "ru: Войти, ky: Кирүү" in run.stdout
    assert str(environment) in run.stdout  # the fonts came from the installed package
