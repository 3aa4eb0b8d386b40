"""Reading an instrument file's tables: checks of shape, collected rather than raised.

An instrument file is written by hand. A person who mistypes a key, forgets the Kyrgyz text
of an option and puts a score outside its scale should learn all three at once, each with
where it is, rather than fix one, reload, and meet the next. So every check here records a
problem and carries on with what it could read; ``parse_instrument`` raises one
``InstrumentError`` holding them all at the end.

A place in the file is written as a path of keys, list entries by index (from 0) and, where
the entry has one, its id in brackets: ``sections[2] (escape).items[0] (escape.prior_attempts)``.
"""

from __future__ import annotations

import re
from typing import Any

from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.instruments.model import LANGUAGES, Text
from prisondesk.domain.text import ERRORS, QT_TRANSLATE_NOOP, Label

_ID = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")

# what a value should have been, shown in "“{key}” must be {expected}."
A_NUMBER = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "a whole number"))
A_STRING = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "text in quotes"))
A_BOOLEAN = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "true or false"))
A_TABLE = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "a table of fields"))
A_TEXT = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "a table of texts by language (en, ru, ky)"))
A_IDS = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "a list of ids in quotes"))
A_LIST_OF_TABLES = Label(ERRORS, QT_TRANSLATE_NOOP("errors", "a list of tables ([[…]])"))


class InstrumentProblem(UserFacingError):
    """One thing wrong in an instrument file; ``field`` is where it is."""


class InstrumentError(UserFacingError, ValueError):
    """An instrument file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[InstrumentProblem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The instrument file {source} cannot be used:"),
            source=source,
        )

    def render(self, translate: Any = None, show_date: Any = None) -> str:
        """The heading, then one line a problem: ``  where: what``."""
        lines = [super().render(translate, show_date)]
        for problem in self.problems:
            where = f"{problem.field}: " if problem.field else ""
            lines.append(f"  {where}{problem.render(translate, show_date)}")
        return "\n".join(lines)


def at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def entry(where: str, index: int, label: object = None) -> str:
    """The place of a list's entry, with its id when it has a readable one."""
    return f"{where}[{index}]" + (f" ({label})" if isinstance(label, str) and label else "")


class Reader:
    """Typed reads of a parsed TOML tree that note each problem and return ``None`` (or a
    stand-in) where the value is unusable, so the reading goes on."""

    def __init__(self) -> None:
        self.problems: list[InstrumentProblem] = []

    def problem(self, where: str, message: str, **params: Any) -> None:
        self.problems.append(InstrumentProblem(message, field=where or None, **params))

    def fields(
        self,
        table: dict[str, Any],
        where: str,
        required: set[str],
        optional: frozenset[str] = frozenset(),
    ) -> None:
        """Missing required keys, and unknown keys: a typo must not pass for an absent
        optional field."""
        for key in sorted(required - table.keys()):
            self.problem(where, QT_TRANSLATE_NOOP("errors", "“{key}” is missing."), key=key)
        known = required | optional
        for key in table.keys() - known:
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP("errors", "Unknown field “{key}”: the fields here are {known}."),
                key=key,
                known=", ".join(sorted(known)),
            )

    def _typed(self, table: dict[str, Any], key: str, where: str, kind: type, expected: Label):
        value = table.get(key)
        if value is None:
            return None  # reported by fields() when required
        if type(value) is not kind:  # bool is an int to Python, not to the file
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP("errors", "“{key}” must be {expected}."),
                key=key,
                expected=expected,
            )
            return None
        return value

    def integer(
        self, table: dict[str, Any], key: str, where: str, minimum: int | None = None
    ) -> int | None:
        value = self._typed(table, key, where, int, A_NUMBER)
        if value is not None and minimum is not None and value < minimum:
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP("errors", "“{key}” must be at least {minimum}, not {value}."),
                key=key,
                minimum=minimum,
                value=value,
            )
            return None
        return value

    def boolean(self, table: dict[str, Any], key: str, where: str, default: bool) -> bool:
        value = self._typed(table, key, where, bool, A_BOOLEAN)
        return default if value is None else value

    def string(self, table: dict[str, Any], key: str, where: str) -> str | None:
        return self._typed(table, key, where, str, A_STRING)

    def ident(self, table: dict[str, Any], key: str, where: str) -> str | None:
        """An id or code: lower-case Latin letters and digits, joined by ``.``, ``_`` or ``-``."""
        value = self.string(table, key, where)
        if value is not None and not _ID.fullmatch(value):
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{value}” is not a valid id: use lower-case Latin letters and digits, "
                    "joined by . _ or -.",
                ),
                value=value,
            )
            return None
        return value

    def tables(
        self, table: dict[str, Any], key: str, where: str, *, may_be_empty: bool = False
    ) -> list[tuple[int, dict[str, Any]]]:
        """A list of tables as (index, table); an entry that is not a table is reported and
        left out (the index keeps its place in the file)."""
        value = table.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP("errors", "“{key}” must be {expected}."),
                key=key,
                expected=A_LIST_OF_TABLES,
            )
            return []
        good = []
        for index, value_at in enumerate(value):
            if isinstance(value_at, dict):
                good.append((index, value_at))
            else:
                self.problem(
                    entry(at(where, key), index),
                    QT_TRANSLATE_NOOP("errors", "“{key}” must be {expected}."),
                    key=key,
                    expected=A_LIST_OF_TABLES,
                )
        if not value and not may_be_empty:
            self.problem(at(where, key), QT_TRANSLATE_NOOP("errors", "“{key}” is empty."), key=key)
        return good

    def table(self, table: dict[str, Any], key: str, where: str) -> dict[str, Any] | None:
        return self._typed(table, key, where, dict, A_TABLE)

    def strings(self, table: dict[str, Any], key: str, where: str) -> list[str]:
        value = self._typed(table, key, where, list, A_IDS)
        if value is None:
            return []
        if not all(isinstance(item, str) for item in value):
            self.problem(
                at(where, key),
                QT_TRANSLATE_NOOP("errors", "“{key}” must be {expected}."),
                key=key,
                expected=A_IDS,
            )
            return []
        return value

    def text(self, table: dict[str, Any], key: str, where: str) -> Text | None:
        """A text in every language of ``LANGUAGES``, none of them blank."""
        value = self._typed(table, key, where, dict, A_TEXT)
        if value is None:
            return None
        place = at(where, key)
        for language in value.keys() - set(LANGUAGES):
            self.problem(
                at(place, language),
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown language “{language}”: texts are given in en, ru and ky."
                ),
                language=language,
            )
        texts = {}
        for language in LANGUAGES:
            given = value.get(language)
            if given is None:
                self.problem(
                    place,
                    QT_TRANSLATE_NOOP("errors", "The text in “{language}” is missing."),
                    language=language,
                )
            elif not isinstance(given, str):
                self.problem(
                    at(place, language),
                    QT_TRANSLATE_NOOP("errors", "“{key}” must be {expected}."),
                    key=language,
                    expected=A_STRING,
                )
            elif not given.strip():
                self.problem(
                    at(place, language),
                    QT_TRANSLATE_NOOP("errors", "The text in “{language}” is empty."),
                    language=language,
                )
            texts[language] = given.strip() if isinstance(given, str) else ""
        return Text(**texts)
