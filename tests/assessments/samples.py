"""A small valid instrument that the bad-file tests break one way at a time, and helpers to
read what the parser reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from prisondesk.config import INSTRUMENTS_DIR
from prisondesk.domain.instruments import InstrumentError, parse_instrument

EXAMPLE_FILE = INSTRUMENTS_DIR / "example-risk-needs.v1.toml"

MINI = """\
id = "mini"
version = 1
title = { en = "Mini", ru = "Мини", ky = "Мини" }
caution = { en = "For tests only", ru = "Только для тестов", ky = "Тесттер үчүн гана" }

[[levels]]
code = "low"
label = { en = "Low", ru = "Низкий", ky = "Төмөн" }

[[levels]]
code = "high"
label = { en = "High", ru = "Высокий", ky = "Жогорку" }

[[sections]]
id = "escape"
kind = "risk"
title = { en = "Escape", ru = "Побег", ky = "Качуу" }

[[sections.items]]
id = "escape.prior_attempts"
text = { en = "Prior attempts", ru = "Прежние попытки", ky = "Мурунку аракеттер" }
scale = [0, 4]

[[sections.items.options]]
code = "none"
label = { en = "None", ru = "Нет", ky = "Жок" }
score = 0

[[sections.items.options]]
code = "some"
label = { en = "Some", ru = "Были", ky = "Болгон" }
score = 4

[[sections]]
id = "work"
kind = "need"
title = { en = "Work", ru = "Работа", ky = "Иш" }

[[sections.items]]
id = "work.trade"
text = { en = "A trade", ru = "Профессия", ky = "Кесип" }
scale = [0, 2]

[[sections.items.options]]
code = "trade"
label = { en = "Has one", ru = "Есть", ky = "Бар" }
score = 0

[[sections.items.options]]
code = "no_trade"
label = { en = "None", ru = "Нет", ky = "Жок" }
score = 2

[risk]
sections = ["escape"]

[[risk.thresholds]]
level = "low"
from = 0

[[risk.thresholds]]
level = "high"
from = 4

[[needs]]
code = "work_skills"
label = { en = "Work skills", ru = "Трудовые навыки", ky = "Эмгек көндүмдөрү" }
section = "work"
at_least = 2
"""


def changed(*replacements: tuple[str, str], text: str = MINI) -> str:
    """The text with each (old, new) replaced once; each ``old`` must be there."""
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def problems(text: str, source: str = "mini.v1.toml") -> list[tuple[str | None, str]]:
    """What the parser reports, as (where, English message), in the order found."""
    with pytest.raises(InstrumentError) as caught:
        parse_instrument(text, source)
    assert caught.value.source == source
    return [(problem.field, problem.render()) for problem in caught.value.problems]


def example_text() -> str:
    return Path(EXAMPLE_FILE).read_text(encoding="utf-8")
