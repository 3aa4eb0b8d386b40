"""The frozen program (installer/prisondesk.spec, ``make dist``) as a support officer gets
it in the installer: built by PyInstaller into one folder, it passes its own ``selftest``
(Qt's platform plugin, fonts, Russian and Kyrgyz, instruments, a migration, a PDF whose
barcode decodes) and opens its first window, run from outside the checkout with no
Python of the checkout on its path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = "prisondesk.exe" if os.name == "nt" else "prisondesk"


@pytest.mark.slow
def test_the_frozen_program_passes_its_selftest_and_opens_its_window(tmp_path):
    built = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(built),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "installer" / "prisondesk.spec"),
        ],
        check=True,
        cwd=tmp_path,
        timeout=900,
    )
    program = built / "PrisonDesk" / PROGRAM
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    home = tmp_path / "home"
    checked = subprocess.run(
        [str(program), "--home", str(home), "selftest"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "7 passed, 0 failed" in checked.stdout
    assert str(built) in checked.stdout  # its fonts are the folder's own
    started = subprocess.run(
        [str(program), "--home", str(home), "gui", "--exit-when-ready"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    assert "PRISONDESK-READY SetupWizard" in started.stdout  # the first start's window
