"""Fill the Russian and Kyrgyz catalogues from JSON files of translations, after
``make translations`` has added the new source strings as unfinished.

    make translations
    .venv/bin/python tools/fill_translations.py new-strings.json [more.json ...]
    make qm

Each file holds a list of ``{"context": ..., "source": ..., "ru": ..., "ky": ...}``; for a
``%n`` message ``ru`` is a list of three plural forms and ``ky`` a list of one. An entry
whose context and source are not in a catalogue is reported and skipped (run
``make translations`` first); entries already translated are replaced.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"


def fill(language: str, entries: list[dict]) -> list[str]:
    path = CATALOGUES / f"prisondesk_{language}.ts"
    tree = ET.parse(path)
    messages = {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    missing = []
    for entry in entries:
        message = messages.get((entry["context"], entry["source"]))
        if message is None:
            missing.append(f"{entry['context']}: {entry['source']}")
            continue
        translation = message.find("translation")
        text = entry[language]
        for form in list(translation):
            translation.remove(form)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form_text in text if isinstance(text, list) else [text]:
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = text
    # written as lupdate writes it (contexts at the margin), so diffs stay small
    root = tree.getroot()
    attributes = "".join(f' {key}="{value}"' for key, value in root.attrib.items())
    contexts = []
    for context in root.iter("context"):
        ET.indent(context, space="    ")
        context.tail = None
        contexts.append(ET.tostring(context, encoding="unicode"))
    body = "\n".join(contexts)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS{attributes}>\n{body}\n</TS>\n'
    )
    return missing


def main(files: list[str]) -> int:
    entries = [entry for name in files for entry in json.loads(Path(name).read_text())]
    missing = []
    for language in ("ru", "ky"):
        missing += fill(language, entries)
    for line in sorted(set(missing)):
        print("not in the catalogue (run make translations):", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
