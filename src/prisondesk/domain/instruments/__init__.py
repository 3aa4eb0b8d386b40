"""Risk and needs assessment instruments as data, and how answers are scored (DOMAIN.md, Risk
and needs assessment; Mandela Rules 89, 93, 94; UNODC Handbook on the Classification of
Prisoners, 2020). The file format is described in docs/instruments.md.

An instrument is a versioned file, not code, so that a facility can change its questions
without a new program, and so that an assessment keeps the exact instrument it was made
with: a change is a new version in a new file, and old versions stay. The rules, stated once:

- an item's score is the score of the option chosen; an unanswered item scores nothing;
- a section's score is the sum of its answered items;
- the risk total is the sum of the sections named in ``[risk].sections``;
- the level is the highest threshold whose ``from`` the total reaches, then each ``raise``
  whose section reaches its ``at_least`` lifts the level to at least its own — never lowers;
- a need is identified when its (need) section's score reaches its ``at_least``;
- an assessment with required items unanswered still scores, but is incomplete
  (``Scoring.unanswered``): its level is provisional.
"""

from __future__ import annotations

from prisondesk.domain.instruments.model import (
    ASSESSMENTS,
    LANGUAGES,
    NEED_ACTIONS,
    PLAN_ACTION_LABELS,
    Instrument,
    Item,
    Level,
    NeedCode,
    NeedRule,
    Option,
    PlanAction,
    Raise,
    RiskRule,
    Section,
    SectionKind,
    Text,
    Threshold,
)
from prisondesk.domain.instruments.parsing import parse_instrument
from prisondesk.domain.instruments.reader import InstrumentError, InstrumentProblem
from prisondesk.domain.instruments.scoring import AnswerError, Scoring, score

__all__ = [
    "ASSESSMENTS",
    "LANGUAGES",
    "NEED_ACTIONS",
    "PLAN_ACTION_LABELS",
    "AnswerError",
    "Instrument",
    "InstrumentError",
    "InstrumentProblem",
    "Item",
    "Level",
    "NeedCode",
    "NeedRule",
    "Option",
    "PlanAction",
    "Raise",
    "RiskRule",
    "Scoring",
    "Section",
    "SectionKind",
    "Text",
    "Threshold",
    "parse_instrument",
    "score",
]
