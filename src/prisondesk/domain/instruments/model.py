"""The words of risk and needs assessment and the shape of an instrument once read.

Everything here is a frozen value: an instrument read from its file never changes in memory,
so an assessment that holds one sees the questions it was made with.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from prisondesk.domain.text import QT_TRANSLATE_NOOP

ASSESSMENTS = "assessments"  # translation context
LANGUAGES = ("en", "ru", "ky")  # every text a user reads is given in all three


@dataclass(frozen=True)
class Text:
    """A text in each language; ``in_language`` falls back to English."""

    en: str
    ru: str
    ky: str

    def in_language(self, language: str) -> str:
        if language not in LANGUAGES:
            return self.en
        return getattr(self, language) or self.en


BLANK = Text("", "", "")  # stands in for a text the file got wrong, while reading goes on


class NeedCode(StrEnum):
    """The needs an instrument may identify; each leads to one kind of plan action."""

    EDUCATION = "education"
    WORK_SKILLS = "work_skills"
    FAMILY_TIES = "family_ties"
    SUBSTANCE_USE = "substance_use"
    HEALTH = "health"
    RELEASE_PREPARATION = "release_preparation"


class PlanAction(StrEnum):
    """A kind of action in an individual rehabilitation plan."""

    WORKSHOP_PLACE = "workshop_place"
    EDUCATION = "education"
    PSYCHOLOGIST = "psychologist"
    FAMILY_CONTACT = "family_contact"
    SUBSTANCE_PROGRAMME = "substance_programme"
    RELEASE_PREPARATION = "release_preparation"


NEED_ACTIONS: dict[NeedCode, PlanAction] = {
    NeedCode.EDUCATION: PlanAction.EDUCATION,
    NeedCode.WORK_SKILLS: PlanAction.WORKSHOP_PLACE,
    NeedCode.FAMILY_TIES: PlanAction.FAMILY_CONTACT,
    NeedCode.SUBSTANCE_USE: PlanAction.SUBSTANCE_PROGRAMME,
    NeedCode.HEALTH: PlanAction.PSYCHOLOGIST,
    NeedCode.RELEASE_PREPARATION: PlanAction.RELEASE_PREPARATION,
}

PLAN_ACTION_LABELS = {
    PlanAction.WORKSHOP_PLACE: QT_TRANSLATE_NOOP("assessments", "Workshop place"),
    PlanAction.EDUCATION: QT_TRANSLATE_NOOP("assessments", "Education"),
    PlanAction.PSYCHOLOGIST: QT_TRANSLATE_NOOP("assessments", "Sessions with a psychologist"),
    PlanAction.FAMILY_CONTACT: QT_TRANSLATE_NOOP("assessments", "Family contact and visits"),
    PlanAction.SUBSTANCE_PROGRAMME: QT_TRANSLATE_NOOP(
        "assessments", "Substance use programme or psychologist"
    ),
    PlanAction.RELEASE_PREPARATION: QT_TRANSLATE_NOOP(
        "assessments", "Release preparation (documents, housing)"
    ),
}


class SectionKind(StrEnum):
    RISK = "risk"  # counts towards the risk level
    NEED = "need"  # identifies needs


@dataclass(frozen=True)
class Option:
    code: str
    label: Text
    score: int


@dataclass(frozen=True)
class Item:
    id: str
    text: Text
    scale: tuple[int, int]
    options: tuple[Option, ...]
    required: bool = True
    help: Text | None = None

    def option(self, code: str) -> Option | None:
        return next((option for option in self.options if option.code == code), None)

    @property
    def highest(self) -> int:
        return max((option.score for option in self.options), default=0)


@dataclass(frozen=True)
class Section:
    id: str
    kind: SectionKind
    title: Text
    items: tuple[Item, ...]

    @property
    def highest(self) -> int:
        """The most this section can score: what a rule on it may ask for at most."""
        return sum(item.highest for item in self.items)


@dataclass(frozen=True)
class Level:
    code: str
    label: Text


@dataclass(frozen=True)
class Threshold:
    level: str
    from_score: int  # ``from`` in the file


@dataclass(frozen=True)
class Raise:
    """A section score that on its own lifts the level (an escape history, say)."""

    section: str
    at_least: int
    level: str


@dataclass(frozen=True)
class RiskRule:
    sections: tuple[str, ...]
    thresholds: tuple[Threshold, ...]
    raises: tuple[Raise, ...]


@dataclass(frozen=True)
class NeedRule:
    code: NeedCode
    label: Text
    section: str
    at_least: int


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    title: Text
    caution: Text
    levels: tuple[Level, ...]  # lowest first
    sections: tuple[Section, ...]
    risk: RiskRule
    needs: tuple[NeedRule, ...]
    source: str  # the file it was read from, for messages
    digest: str  # sha256 of the text: shows if a released version's file was edited

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item | None:
        return next((item for item in self.items() if item.id == item_id), None)

    def section(self, section_id: str) -> Section | None:
        return next((section for section in self.sections if section.id == section_id), None)

    def level(self, code: str) -> Level:
        return self.levels[self.rank(code)]

    def rank(self, code: str) -> int:
        """A level's place, 0 for the lowest."""
        return [level.code for level in self.levels].index(code)
