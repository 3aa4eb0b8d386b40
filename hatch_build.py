"""Build hook: the translations compiled into the package, so that an installed wheel speaks
Russian and Kyrgyz (``prisondesk selftest`` checks) without ``make qm`` having run.

Each ``resources/translations/*.ts`` becomes its ``.qm`` beside it, by Qt's own ``lrelease``
from the PySide6 of the build environment (``[build-system] requires``); the wheel's
``force-include`` of ``resources`` then carries them. A checkout's ``make qm`` does the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        import PySide6  # the build environment's (pyproject.toml [build-system] requires)

        tool = Path(PySide6.__file__).parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        for source in sorted((Path(self.root) / "resources" / "translations").glob("*.ts")):
            subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                check=True,
            )
