"""The frozen program (installer/prisondesk.spec, ``make dist``) as a support officer gets
it in the installer: built by PyInstaller into one folder, it passes its own ``selftest``
(Qt's platform plugin, fonts, Russian and Kyrgyz, instruments, a migration, a PDF whose
barcode decodes) and opens its first window, run from outside the checkout with no
Python of the checkout on its path; it finds the data folder the installer names beside it;
and the Windows installer script compiles with that folder as a stand-in payload.

The build takes some forty seconds: it is made once for the whole run, by the first xdist
worker that needs it, while the others wait for it (a lock file in the run's shared temporary
folder; pytest-xdist's ``xdist_group`` does not keep tests together under pytest 9)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if os.name == "nt" else ""
NOT_COMPILED = (
    "makensis (Debian package nsis) is not installed: the installer script was not compiled; "
    ".ci/run installs it and sets PRISONDESK_REQUIRE_NSIS=1"
)

pytestmark = pytest.mark.slow


@contextmanager
def _alone(lock: Path) -> Iterator[None]:
    """One process of the run at a time (POSIX; elsewhere each worker builds its own)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="session")
def built(tmp_path_factory, worker_id: str) -> Path:
    """dist/PrisonDesk as ``make dist`` makes it, in a folder of its own, once a run."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if worker_id != "master" else base  # every worker's common folder
    work = shared / "frozen-build"
    with _alone(shared / "frozen-build.lock"):
        if not (work / "built").exists():
            _build(work)
            (work / "built").touch()
    return work / "dist" / "PrisonDesk"


def _build(work: Path) -> None:
    work.mkdir(exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "work"),
            str(ROOT / "installer" / "prisondesk.spec"),
        ],
        check=True,
        cwd=work,
        timeout=900,
    )


def _environment() -> dict[str, str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    environment.pop("PRISONDESK_HOME", None)
    return environment


def test_the_frozen_program_passes_its_selftest_and_opens_its_window(built, tmp_path):
    program = built / f"prisondesk{SUFFIX}"
    assert (built / f"prisondeskw{SUFFIX}").is_file()  # the windowed one, for the shortcuts
    home = tmp_path / "home"
    checked = subprocess.run(
        [str(program), "--home", str(home), "selftest"],
        cwd=tmp_path,
        env=_environment(),
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
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    assert "PRISONDESK-READY SetupWizard" in started.stdout  # the first start's window


def test_the_installed_program_uses_the_data_folder_named_beside_it(built, tmp_path):
    """What the installer writes (prisondesk.ini) decides the data folder when no --home or
    PRISONDESK_HOME is given; its group of users is the folder's rightful audience."""
    shared = tmp_path / "ProgramData" / "PrisonDesk"
    shared.mkdir(parents=True, mode=0o700)
    installation = built / "prisondesk.ini"
    installation.write_text(
        f"[install]\ndata_folder={shared}\nusers_group=PrisonDesk Users\n", encoding="ascii"
    )
    try:
        checked = subprocess.run(
            [str(built / f"prisondesk{SUFFIX}"), "selftest"],
            cwd=tmp_path,
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        installation.unlink()
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{shared} is open to the group PrisonDesk Users" in checked.stdout
    assert (shared / "selftest.json").is_file()  # kept for the diagnostics, in that folder


def test_the_windows_installer_script_compiles_around_the_build(built, tmp_path):
    """makensis with warnings as errors: a missing string in one language, a wrong path or
    a misspelt instruction fails here, not on the Windows build machine."""
    makensis = shutil.which("makensis")
    if makensis is None:
        if os.environ.get("PRISONDESK_REQUIRE_NSIS"):
            pytest.fail(NOT_COMPILED)
        pytest.skip(NOT_COMPILED)
    setup = tmp_path / "PrisonDesk-setup.exe"
    compiled = subprocess.run(
        [
            makensis,
            "-V3",
            "-WX",
            "-DVERSION=0.1.0",
            "-DFAST",  # stored, not compressed: the script is what is checked
            f"-DPAYLOAD={built}",
            f"-DOUTFILE={setup}",
            str(ROOT / "installer" / "prisondesk.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    with setup.open("rb") as head:
        assert head.read(2) == b"MZ"  # a Windows executable
    assert "3 language tables" in compiled.stdout  # Russian, Kyrgyz, English
    # it carries the whole folder: "Install data: <stored> / <files'> bytes"
    carried = re.search(r"Install data:\s+\d+ / (\d+) bytes", compiled.stdout)
    assert carried, compiled.stdout
    payload = sum(f.stat().st_size for f in built.rglob("*") if f.is_file() and not f.is_symlink())
    assert int(carried.group(1)) >= payload


def test_the_frozen_program_serves_the_server_console(built, tmp_path):
    """The console's templates, style and catalogues travel in the folder (the spec's datas):
    a Windows server run from the installed program (NSSM) serves its pages."""
    import httpx

    from tests.server.live import free_port, wait_until_served

    port, log = free_port(), tmp_path / "server.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(built / f"prisondesk{SUFFIX}"), "--home", str(tmp_path / "server"), "server",
             "--console", "--port", str(port)],
            cwd=tmp_path, env=_environment(), stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        page = wait_until_served(f"http://127.0.0.1:{port}/console/login", server, log=log)
        assert page.status_code == 200 and 'lang="ru"' in page.text
        style = httpx.get(f"http://127.0.0.1:{port}/console/static/console.css", timeout=5)
        assert style.status_code == 200 and "font:" in style.text
    finally:
        server.terminate()
        server.wait(timeout=30)
