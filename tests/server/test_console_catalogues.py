"""The server console's gettext catalogues (``locale/{ru,ky}/LC_MESSAGES/console.po``): every
text the sources hold now is in them, translated, not fuzzy, with the placeholders of its
English; and the console reads them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from prisondesk.server.console import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = tuple(code for code, _ in i18n.LANGUAGES if code != "en")
REFRESH = (
    "run `make console-translations`, then translate the new entries (empty msgstr) of "
    "src/prisondesk/server/console/locale/{ru,ky}/LC_MESSAGES/console.po"
)
# {name}, {name!r}, {name:>5}; %(name)s, %(name)d
BRACE = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
PERCENT = re.compile(r"%\((\w+)\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
FORMAT_FLAGS = {"python-format", "python-brace-format"}


def catalogue(language: str) -> Catalog:
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    with path.open("rb") as source:
        return read_po(source, domain=i18n.DOMAIN)


def entries(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]  # the header has the empty id


def placeholders(text: str) -> set[str]:
    return {f"{{{name}}}" for name in BRACE.findall(text)} | {
        f"%({name})" for name in PERCENT.findall(text)
    }


def stray(text: str) -> str:
    """The format characters left once the placeholders and their escapes are taken out: a
    lone % breaks Jinja's newstyle gettext, a lone brace breaks str.format (web.py's say)."""
    bare = PERCENT.sub("", BRACE.sub("", text)).replace("%%", "").replace("{{", "")
    return "".join(sorted(char for char in bare.replace("}}", "") if char in "%{}"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The texts as `make console-translations` extracts them now (same options)."""
    pot = tmp_path_factory.mktemp("console") / "console.pot"
    CommandLineInterface().run([
        "pybabel", "--quiet", "extract", "-F", str(ROOT / "babel.cfg"),
        "-k", "N_", "-k", "QT_TRANSLATE_NOOP:2", "--no-location", "--sort-output",
        "--project", "PrisonDesk", "-o", str(pot), str(ROOT),
    ])  # fmt: skip
    with pot.open("rb") as source:
        return read_po(source)


@pytest.fixture
def fresh_translations() -> Iterator[None]:
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


def test_the_extraction_finds_the_console_texts(extracted: Catalog) -> None:
    ids = {message.id for message in entries(extracted)}
    assert {
        "Enrolment codes",
        "Sync health",
        "The password must mix letters with digits or signs.",
    } <= ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_texts_of_the_sources(
    language: str, extracted: Catalog
) -> None:
    wanted = {message.id for message in entries(extracted)}
    held = {message.id for message in entries(catalogue(language))}
    assert not wanted - held, (
        f"{language}: not in the catalogue: {sorted(wanted - held)}; {REFRESH}"
    )
    assert not held - wanted, (
        f"{language}: no longer in the sources: {sorted(held - wanted)}; {REFRESH}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_and_none_is_fuzzy(language: str) -> None:
    messages = entries(catalogue(language))
    assert messages
    untranslated = [m.id for m in messages if not (m.string and m.string.strip())]
    fuzzy = [m.id for m in messages if m.fuzzy]
    plural = [m.id for m in messages if m.pluralizable]
    assert not untranslated, f"{language}: untranslated: {untranslated}; {REFRESH}"
    assert not fuzzy, f"{language}: fuzzy (check, then drop the flag): {fuzzy}"
    assert not plural, f"{language}: plural forms are not checked here: {plural}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_flags(language: str, extracted: Catalog) -> None:
    for message in entries(catalogue(language)):
        if not message.string:
            continue  # reported by the test above
        assert placeholders(message.string) == placeholders(message.id), (
            f"{language}: {message.id!r} → {message.string!r}"
        )
        assert stray(message.string) == stray(message.id), (
            f"{language}: a lone % or brace in {message.string!r}"
        )
        source = extracted.get(message.id)
        if source is not None:
            assert message.flags & FORMAT_FLAGS == source.flags & FORMAT_FLAGS, (
                f"{language}: {message.id!r} has flags {sorted(message.flags)}; "
                f"Babel extracts {sorted(source.flags)}"
            )


@pytest.mark.usefixtures("fresh_translations")
@pytest.mark.parametrize(
    ("language", "translated"),
    [("ky", "Каттоо коддору"), ("ru", "Коды регистрации"), ("en", "Enrolment codes")],
)
def test_the_console_reads_its_catalogues(language: str, translated: str) -> None:
    assert i18n.translations(language).gettext("Enrolment codes") == translated
