"""Reading an instrument's rules — the risk thresholds, the raises and the needs — and
checking that everything they name exists and that each can apply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prisondesk.domain.instruments.model import (
    BLANK,
    Level,
    NeedCode,
    NeedRule,
    Raise,
    RiskRule,
    Section,
    SectionKind,
    Threshold,
)
from prisondesk.domain.instruments.reader import Reader, at, entry
from prisondesk.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Known:
    """What the rules may name, once levels and sections are read."""

    levels: set[str]
    sections: dict[str, Section]
    kindless: set[str]  # sections named in the file whose kind is wrong (reported already)

    def level(self, read: Reader, table: dict[str, Any], where: str) -> str | None:
        code = read.ident(table, "level", where)
        if code is not None and code not in self.levels:
            read.problem(
                at(where, "level"),
                QT_TRANSLATE_NOOP("errors", "Unknown level “{level}”."),
                level=code,
            )
            return None
        return code

    def section(self, read: Reader, section_id: str | None, where: str, kind: SectionKind):
        """The section a rule names, which must exist and be of ``kind``."""
        if section_id is None or section_id in self.kindless:
            return None
        section = self.sections.get(section_id)
        if section is None:
            read.problem(
                where,
                QT_TRANSLATE_NOOP("errors", "Unknown section “{section}”."),
                section=section_id,
            )
        elif section.kind != kind:
            message = {
                SectionKind.RISK: QT_TRANSLATE_NOOP(
                    "errors", "“{section}” is not a risk section: the level counts risk sections."
                ),
                SectionKind.NEED: QT_TRANSLATE_NOOP(
                    "errors", "“{section}” is not a need section: needs come from need sections."
                ),
            }[kind]
            read.problem(where, message, section=section_id)
            return None
        return section

    def at_least(self, read: Reader, table: dict[str, Any], where: str, section: Section | None):
        value = read.integer(table, "at_least", where, minimum=1)
        if value is not None and section is not None and value > section.highest:
            read.problem(
                at(where, "at_least"),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This rule can never apply: {value} is above the most the section can "
                    "score, {highest}.",
                ),
                value=value,
                highest=section.highest,
            )
        return value or 0


def read_risk(
    read: Reader, tree: dict[str, Any], levels: tuple[Level, ...], known: Known
) -> RiskRule:
    table = read.table(tree, "risk", "") or {}
    if table:
        read.fields(table, "risk", {"sections", "thresholds"}, frozenset({"raise"}))
    counted = _counted(read, table, known)
    highest = sum(known.sections[section_id].highest for section_id in counted)
    return RiskRule(
        counted, _thresholds(read, table, levels, known, highest), _raises(read, table, known)
    )


def _counted(read: Reader, table: dict[str, Any], known: Known) -> tuple[str, ...]:
    """The risk sections whose scores add up to the total."""
    counted: list[str] = []
    for index, section_id in enumerate(read.strings(table, "sections", "risk")):
        where = entry("risk.sections", index, section_id)
        if section_id in counted:
            read.problem(
                where,
                QT_TRANSLATE_NOOP("errors", "The section “{section}” is counted twice."),
                section=section_id,
            )
        elif known.section(read, section_id, where, SectionKind.RISK):
            counted.append(section_id)
    if "sections" in table and not table["sections"]:
        read.problem(
            "risk.sections", QT_TRANSLATE_NOOP("errors", "“{key}” is empty."), key="sections"
        )
    return tuple(counted)


def _thresholds(
    read: Reader, table: dict[str, Any], levels: tuple[Level, ...], known: Known, highest: int
) -> tuple[Threshold, ...]:
    order = [level.code for level in levels]
    thresholds: list[Threshold] = []
    for index, threshold in read.tables(table, "thresholds", "risk"):
        where = entry("risk.thresholds", index)
        read.fields(threshold, where, {"level", "from"})
        level = known.level(read, threshold, where)
        start = read.integer(threshold, "from", where, minimum=0)
        if level is None or start is None:
            continue
        _check_threshold(read, at(where, "from"), start, highest, index, thresholds)
        if thresholds and order.index(level) <= order.index(thresholds[-1].level):
            read.problem(
                at(where, "level"),
                QT_TRANSLATE_NOOP(
                    "errors", "Threshold levels must rise: “{level}” is not above “{previous}”."
                ),
                level=level,
                previous=thresholds[-1].level,
            )
        thresholds.append(Threshold(level, start))
    return tuple(thresholds)


def _raises(read: Reader, table: dict[str, Any], known: Known) -> tuple[Raise, ...]:
    raises = []
    for index, rule in read.tables(table, "raise", "risk", may_be_empty=True):
        where = entry("risk.raise", index)
        read.fields(rule, where, {"section", "at_least", "level"})
        section = known.section(
            read, read.ident(rule, "section", where), at(where, "section"), SectionKind.RISK
        )
        at_least = known.at_least(read, rule, where, section)
        level = known.level(read, rule, where)
        if section is not None and level is not None:
            raises.append(Raise(section.id, at_least, level))
    return tuple(raises)


def _check_threshold(
    read: Reader, where: str, start: int, highest: int, index: int, before: list[Threshold]
) -> None:
    if index == 0 and start != 0:
        read.problem(
            where,
            QT_TRANSLATE_NOOP("errors", "The first threshold must start from 0, not {value}."),
            value=start,
        )
    if before and start <= before[-1].from_score:
        read.problem(
            where,
            QT_TRANSLATE_NOOP(
                "errors", "Thresholds must rise: {value} is not above the previous {previous}."
            ),
            value=start,
            previous=before[-1].from_score,
        )
    if start > highest > 0:
        read.problem(
            where,
            QT_TRANSLATE_NOOP(
                "errors",
                "This threshold can never be reached: {value} is above the highest possible "
                "total, {highest}.",
            ),
            value=start,
            highest=highest,
        )


def read_needs(read: Reader, tree: dict[str, Any], known: Known) -> tuple[NeedRule, ...]:
    needs: list[NeedRule] = []
    for index, table in read.tables(tree, "needs", "", may_be_empty=True):
        code = read.string(table, "code", entry("needs", index))
        where = entry("needs", index, code)
        read.fields(table, where, {"code", "label", "section", "at_least"})
        if code is not None and code not in set(NeedCode):
            read.problem(
                at(where, "code"),
                QT_TRANSLATE_NOOP("errors", "Unknown need “{code}”: the needs are {known}."),
                code=code,
                known=", ".join(NeedCode),
            )
            code = None
        label = read.text(table, "label", where) or BLANK
        section = known.section(
            read, read.ident(table, "section", where), at(where, "section"), SectionKind.NEED
        )
        at_least = known.at_least(read, table, where, section)
        if code is not None and any(need.code == code for need in needs):
            read.problem(
                where,
                QT_TRANSLATE_NOOP("errors", "The need “{code}” has more than one rule."),
                code=code,
            )
        elif code is not None and section is not None:
            needs.append(NeedRule(NeedCode(code), label, section.id, at_least))
    return tuple(needs)
