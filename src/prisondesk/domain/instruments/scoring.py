"""Scoring answers against an instrument (the package docstring states the rules)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.instruments.model import Instrument, NeedCode
from prisondesk.domain.text import QT_TRANSLATE_NOOP


class AnswerError(UserFacingError, ValueError):
    """An answer that the instrument does not have: a wrong item or option code."""


@dataclass(frozen=True)
class Scoring:
    """What a set of answers gives, by the rules in the package docstring."""

    instrument: str
    version: int
    sections: Mapping[str, int]  # every section's score, in the instrument's order
    total: int  # the sum of the risk sections counted
    threshold_level: str  # the level the thresholds give
    level: str  # after the raises
    raised_by: tuple[str, ...]  # sections whose raise lifted the level
    needs: tuple[NeedCode, ...]  # in the instrument's order
    unanswered: tuple[str, ...]  # required items without an answer

    @property
    def complete(self) -> bool:
        return not self.unanswered


def score(instrument: Instrument, answers: Mapping[str, str | None]) -> Scoring:
    """Score answers given as item id → option code (``None`` or absent: not answered)."""
    chosen: dict[str, int] = {}
    for item_id, code in answers.items():
        item = instrument.item(item_id)
        if item is None:
            raise AnswerError(
                QT_TRANSLATE_NOOP("errors", "The instrument {instrument} has no item “{item}”."),
                field=item_id,
                instrument=f"{instrument.id} v{instrument.version}",
                item=item_id,
            )
        if code is None:
            continue
        option = item.option(code)
        if option is None:
            raise AnswerError(
                QT_TRANSLATE_NOOP("errors", "The item “{item}” has no option “{option}”."),
                field=item_id,
                item=item_id,
                option=code,
            )
        chosen[item_id] = option.score
    sections = {
        section.id: sum(chosen.get(item.id, 0) for item in section.items)
        for section in instrument.sections
    }
    total = sum(sections[section_id] for section_id in instrument.risk.sections)
    by_thresholds = [t.level for t in instrument.risk.thresholds if total >= t.from_score][-1]
    level, raised_by = by_thresholds, []
    for rule in instrument.risk.raises:
        if sections[rule.section] >= rule.at_least:
            if instrument.rank(rule.level) > instrument.rank(by_thresholds):
                raised_by.append(rule.section)
            if instrument.rank(rule.level) > instrument.rank(level):
                level = rule.level
    return Scoring(
        instrument=instrument.id,
        version=instrument.version,
        sections=MappingProxyType(sections),
        total=total,
        threshold_level=by_thresholds,
        level=level,
        raised_by=tuple(dict.fromkeys(raised_by)),
        needs=tuple(n.code for n in instrument.needs if sections[n.section] >= n.at_least),
        unanswered=tuple(
            item.id for item in instrument.items() if item.required and item.id not in chosen
        ),
    )
