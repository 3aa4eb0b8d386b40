"""Answers to the demo's instrument that give the level and the needs a story asks for, as
an assessor would give them: every item answered, the risk items raised a step at a time
in a random order until the level is reached (never beyond), the needs' sections enough to
identify exactly the needs wanted."""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping

from prisondesk.domain.instruments import Instrument, Item, Option, SectionKind, score

# the demo labels no one: radicalisation is scored only by trained staff, on recorded
# behaviour (the instrument's caution), so its items stay at their lowest here
LEFT_LOWEST = frozenset({"radicalisation"})


def answers_for(
    instrument: Instrument,
    rng: random.Random,
    level: str,
    needs: Collection[str] = (),
    start: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Every item answered so that the instrument computes ``level`` (or the level of
    ``start``, if higher) and, unless going on from ``start``, exactly ``needs``."""
    if start is not None:
        answers = dict(start)
    else:
        answers = {item.id: _by_score(item)[0].code for item in instrument.items()}
        _needs(instrument, rng, answers, set(needs))
    target = instrument.rank(level)
    risky = [
        item
        for section in instrument.sections
        if section.kind == SectionKind.RISK and section.id not in LEFT_LOWEST
        for item in section.items
    ]
    steps, wanted = 0, rng.randint(0, 2)  # a step or two more where the level allows it
    while True:
        rng.shuffle(risky)
        moved = False
        for item in risky:
            if _rank(instrument, answers) == target and steps >= wanted:
                return answers
            higher = [o for o in _by_score(item) if o.score > _score_of(item, answers)]
            if not higher:
                continue
            trial = {**answers, item.id: higher[0].code}
            if _rank(instrument, trial) <= target:
                answers, moved, steps = trial, True, steps + 1
        if not moved:
            return answers


def _needs(
    instrument: Instrument, rng: random.Random, answers: dict[str, str], wanted: set[str]
) -> None:
    """The needs' sections: up to the need's threshold for those wanted, a little below it
    now and then for the others."""
    for rule in instrument.needs:
        section = instrument.section(rule.section)
        if section is None:
            continue
        items = list(section.items)
        rng.shuffle(items)
        if rule.code in wanted:
            while sum(_score_of(item, answers) for item in items) < rule.at_least:
                item = next(i for i in items if _by_score(i)[-1].score > _score_of(i, answers))
                higher = [o for o in _by_score(item) if o.score > _score_of(item, answers)]
                answers[item.id] = rng.choice(higher).code
        elif rng.random() < 0.4:
            low = [o for o in _by_score(items[0]) if 0 < o.score < rule.at_least]
            if low:
                answers[items[0].id] = low[0].code


def _by_score(item: Item) -> list[Option]:
    return sorted(item.options, key=lambda option: option.score)


def _score_of(item: Item, answers: Mapping[str, str]) -> int:
    option = item.option(answers.get(item.id, ""))
    return option.score if option else 0


def _rank(instrument: Instrument, answers: Mapping[str, str]) -> int:
    return instrument.rank(score(instrument, answers).level)
