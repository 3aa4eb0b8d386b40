"""The program installed as a support officer's pip would install it, outside the checkout:
the wheel is built from the tracked files alone (no ``make qm`` has run: the build compiles
the translations), installed into a fresh virtual environment, and its ``selftest`` passes
there — Qt, fonts, translations in Russian and Kyrgyz, instruments, a migration, a PDF whose
barcode decodes — reading nothing from the source tree."""

from __future__ import annotations

import os
import subprocess
import zipfile

import pytest

from tests.packaging.wheels import build_wheel, install_in_fresh_venv, tracked_copy


@pytest.mark.slow
def test_a_wheel_built_from_the_sources_installs_and_passes_its_selftest(tmp_path):
    source, home = tmp_path / "source", tmp_path / "home"
    tracked_copy(source)
    assert not list((source / "resources" / "translations").glob("*.qm"))
    wheel = build_wheel(source, "prisondesk-*.whl", tmp_path)
    inside = zipfile.ZipFile(wheel).namelist()
    for language in ("ru", "ky"):
        assert f"prisondesk/_resources/translations/prisondesk_{language}.qm" in inside
    bin_dir = install_in_fresh_venv(wheel, tmp_path)
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
    assert str(bin_dir.parent) in run.stdout  # the fonts came from the installed package
