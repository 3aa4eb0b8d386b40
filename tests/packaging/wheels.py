"""A wheel as a fresh clone builds it, and a fresh virtual environment that installs it: the
steps both packaging tests (the desk's, the server's) take before they check their own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tracked_copy(target: Path) -> None:
    """The files git tracks, as a fresh clone has them (no .qm, no venv)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the packaging test needs the git checkout it builds from")
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def build_wheel(project: Path, pattern: str, work: Path) -> Path:
    """``pip wheel PROJECT --no-deps``: the one wheel whose name matches ``pattern``."""
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(project), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        cwd=work,
    )
    (wheel,) = wheels.glob(pattern)
    return wheel


def install_in_fresh_venv(wheel: Path, work: Path) -> Path:
    """A new virtual environment with the wheel and its dependencies (from PyPI); its bin."""
    environment = work / "venv"
    venv.create(environment, with_pip=True)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        cwd=work,
    )
    return bin_dir
