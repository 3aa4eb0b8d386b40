"""Reading an instrument file into an ``Instrument``: its header, levels, sections, items and
options (the rules that name them are read in ``rules``)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from typing import Any

from prisondesk.domain.instruments.model import (
    BLANK,
    Instrument,
    Item,
    Level,
    Option,
    Section,
    SectionKind,
)
from prisondesk.domain.instruments.reader import (
    InstrumentError,
    InstrumentProblem,
    Reader,
    at,
    entry,
)
from prisondesk.domain.instruments.rules import Known, read_needs, read_risk
from prisondesk.domain.text import QT_TRANSLATE_NOOP

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def parse_instrument(text: str, source: str) -> Instrument:
    """The instrument a file's text defines, or ``InstrumentError`` with every problem in it."""
    try:
        tree = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        line, column = (found.group(1), found.group(2)) if found else ("?", "?")
        problem = InstrumentProblem(
            QT_TRANSLATE_NOOP("errors", "Not valid TOML: {detail}."),
            field=f"line {line}, column {column}",
            detail=_AT_LINE.sub("", str(error)),
        )
        raise InstrumentError(source, [problem]) from None
    read = Reader()
    instrument = _instrument(read, tree, source, text)
    if read.problems:
        raise InstrumentError(source, read.problems)
    return instrument


def _instrument(read: Reader, tree: dict[str, Any], source: str, text: str) -> Instrument:
    read.fields(
        tree,
        "",
        {"id", "version", "title", "caution", "levels", "sections", "risk"},
        frozenset({"needs"}),
    )
    ident = read.ident(tree, "id", "") or ""
    version = read.integer(tree, "version", "", minimum=1) or 0
    title = read.text(tree, "title", "") or BLANK
    caution = read.text(tree, "caution", "") or BLANK
    levels = _levels(read, tree)
    kindless: set[str] = set()
    sections = _sections(read, tree, kindless)
    known = Known(
        {level.code for level in levels},
        {section.id: section for section in sections},
        kindless,
    )
    return Instrument(
        id=ident,
        version=version,
        title=title,
        caution=caution,
        levels=levels,
        sections=sections,
        risk=read_risk(read, tree, levels, known),
        needs=read_needs(read, tree, known),
        source=source,
        digest=hashlib.sha256(text.replace("\r\n", "\n").encode()).hexdigest(),
    )


def _levels(read: Reader, tree: dict[str, Any]) -> tuple[Level, ...]:
    levels: list[Level] = []
    for index, table in read.tables(tree, "levels", ""):
        code = read.ident(table, "code", entry("levels", index))
        where = entry("levels", index, code)
        read.fields(table, where, {"code", "label"})
        label = read.text(table, "label", where) or BLANK
        if code is None:
            continue
        if any(level.code == code for level in levels):
            read.problem(
                where,
                QT_TRANSLATE_NOOP("errors", "The level “{code}” is declared more than once."),
                code=code,
            )
        else:
            levels.append(Level(code, label))
    return tuple(levels)


def _sections(read: Reader, tree: dict[str, Any], kindless: set[str]) -> tuple[Section, ...]:
    """The sections; ``kindless`` gets the ids of those without a valid kind, which rules may
    still name without a second problem."""
    sections: list[Section] = []
    item_places: dict[str, str] = {}  # item ids are unique across the whole instrument
    for index, table in read.tables(tree, "sections", ""):
        section_id = read.ident(table, "id", entry("sections", index))
        where = entry("sections", index, section_id)
        read.fields(table, where, {"id", "kind", "title", "items"})
        kind = read.string(table, "kind", where)
        if kind is not None and kind not in set(SectionKind):
            read.problem(
                at(where, "kind"),
                QT_TRANSLATE_NOOP("errors", "“{kind}” is not a section kind: use risk or need."),
                kind=kind,
            )
            kind = None
        title = read.text(table, "title", where) or BLANK
        items = tuple(
            _item(read, item, entry(at(where, "items"), number), item_places)
            for number, item in read.tables(table, "items", where)
        )
        if section_id is None:
            continue
        if any(section.id == section_id for section in sections):
            read.problem(
                where,
                QT_TRANSLATE_NOOP("errors", "The section id “{id}” is used more than once."),
                id=section_id,
            )
        elif kind is not None:
            sections.append(Section(section_id, SectionKind(kind), title, items))
        else:
            kindless.add(section_id)
    return tuple(sections)


def _item(read: Reader, table: dict[str, Any], place: str, places: dict[str, str]) -> Item:
    item_id = read.ident(table, "id", place)
    where = f"{place} ({item_id})" if item_id else place
    read.fields(table, where, {"id", "text", "scale", "options"}, frozenset({"required", "help"}))
    if item_id is not None and item_id in places:
        read.problem(
            where,
            QT_TRANSLATE_NOOP("errors", "The item id “{id}” is already used at {first}."),
            id=item_id,
            first=places[item_id],
        )
    elif item_id is not None:
        places[item_id] = where
    text = read.text(table, "text", where) or BLANK
    help_text = read.text(table, "help", where) if "help" in table else None
    required = read.boolean(table, "required", where, True)
    scale = _scale(read, table, where)
    return Item(
        id=item_id or "",
        text=text,
        scale=scale or (0, 0),
        options=_options(read, table, where, scale),
        required=required,
        help=help_text,
    )


def _options(
    read: Reader, table: dict[str, Any], where: str, scale: tuple[int, int] | None
) -> tuple[Option, ...]:
    options: list[Option] = []
    for index, option in read.tables(table, "options", where):
        code = read.ident(option, "code", entry(at(where, "options"), index))
        place = entry(at(where, "options"), index, code)
        read.fields(option, place, {"code", "label", "score"})
        label = read.text(option, "label", place) or BLANK
        points = read.integer(option, "score", place)
        if points is not None and scale is not None and not scale[0] <= points <= scale[1]:
            read.problem(
                at(place, "score"),
                QT_TRANSLATE_NOOP(
                    "errors", "The score {score} is outside the item's scale, {low} to {high}."
                ),
                score=points,
                low=scale[0],
                high=scale[1],
            )
        if code is not None and any(known.code == code for known in options):
            read.problem(
                place,
                QT_TRANSLATE_NOOP(
                    "errors", "The option code “{code}” is used more than once in this item."
                ),
                code=code,
            )
        elif code is not None and points is not None:
            options.append(Option(code, label, points))
    if len(table.get("options") or ()) == 1:
        read.problem(
            at(where, "options"), QT_TRANSLATE_NOOP("errors", "An item needs at least two options.")
        )
    return tuple(options)


def _scale(read: Reader, table: dict[str, Any], where: str) -> tuple[int, int] | None:
    value = table.get("scale")
    if value is None:
        return None  # reported as missing
    if not (isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)):
        read.problem(
            at(where, "scale"),
            QT_TRANSLATE_NOOP("errors", "A scale is two whole numbers: [lowest, highest]."),
        )
        return None
    low, high = value
    if low < 0:
        read.problem(
            at(where, "scale"),
            QT_TRANSLATE_NOOP("errors", "Scores start at 0: the lowest cannot be {low}."),
            low=low,
        )
        return None
    if low > high:
        read.problem(
            at(where, "scale"),
            QT_TRANSLATE_NOOP(
                "errors", "The scale's lowest score {low} is above its highest {high}."
            ),
            low=low,
            high=high,
        )
        return None
    return (low, high)
