"""Every user-visible source string has a finished Russian and Kyrgyz translation, with the
same {placeholders}; a string added to the code without a translation fails here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import prisondesk
from prisondesk.config import TRANSLATIONS_DIR

SOURCES = Path(prisondesk.__file__).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate is part of PySide6-Essentials and must be installed"
    return found


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    target = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = [str(p) for p in sorted(SOURCES.rglob("*.py"))]
    subprocess.run([_lupdate(), *sources, "-ts", str(target)], check=True, capture_output=True)
    messages = _messages(target)
    assert len(messages) > 100  # the extraction itself worked
    return messages


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_catalogue_translates_every_source_string(extracted, language):
    catalogue = _messages(TRANSLATIONS_DIR / f"prisondesk_{language}.ts")
    missing = [f"{ctx}: {src}" for (ctx, src) in extracted if (ctx, src) not in catalogue]
    assert missing == [], f"run 'make translations' and translate: {missing}"
    unfinished = [
        f"{ctx}: {src}"
        for (ctx, src), message in catalogue.items()
        if (ctx, src) in extracted
        and (
            message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
            or not all(form.strip() for form in _forms(message))
        )
    ]
    assert unfinished == []


def _forms(message) -> list[str]:
    """A translation's text, or each plural form of a %n message."""
    translation = message.find("translation")
    plural = translation.findall("numerusform")
    if plural:
        return [form.text or "" for form in plural]
    return [translation.text or ""]


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_translations_keep_their_placeholders(language):
    catalogue = _messages(TRANSLATIONS_DIR / f"prisondesk_{language}.ts")
    wrong = [
        src
        for (_, src), message in catalogue.items()
        for form in _forms(message)
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(form))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_compiled_catalogue_is_built(language):
    assert (TRANSLATIONS_DIR / f"prisondesk_{language}.qm").is_file(), "run 'make qm'"
