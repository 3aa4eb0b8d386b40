"""Parcels: the words of a parcel's chain of custody, and its status read from its events
(DOMAIN.md, Parcels; modelled on the HMPPS prisoner property service).

A parcel's history is an append-only list of events that desks record apart and merge by
union. Its status must therefore not depend on the order in which a desk learns of them:
each kind of event has a rank along the parcel's path (received → inspected → refused or held
→ forwarded, returned or handed over), and the status is that of the highest rank present —
the furthest point the parcel has reached. Two desks that both end a parcel while apart (one
hands it over, the other returns it) are told apart by ``endings``, for a supervisor to settle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from prisondesk.domain.numbers import ALPHABET
from prisondesk.domain.text import QT_TRANSLATE_NOOP

PARCELS = "parcels"  # translation context


class Channel(StrEnum):
    GATE = "gate"  # handed in at the gate by a visitor
    POST = "post"
    COURIER = "courier"


CHANNEL_LABELS = {
    Channel.GATE: QT_TRANSLATE_NOOP("parcels", "Handed in at the gate"),
    Channel.POST: QT_TRANSLATE_NOOP("parcels", "Post"),
    Channel.COURIER: QT_TRANSLATE_NOOP("parcels", "Courier"),
}


class Unit(StrEnum):
    PIECES = "pcs"
    PACKS = "pack"
    GRAMS = "g"
    KILOGRAMS = "kg"
    MILLILITRES = "ml"
    LITRES = "l"


UNIT_LABELS = {
    Unit.PIECES: QT_TRANSLATE_NOOP("parcels", "pcs"),
    Unit.PACKS: QT_TRANSLATE_NOOP("parcels", "packs"),
    Unit.GRAMS: QT_TRANSLATE_NOOP("parcels", "g"),
    Unit.KILOGRAMS: QT_TRANSLATE_NOOP("parcels", "kg"),
    Unit.MILLILITRES: QT_TRANSLATE_NOOP("parcels", "ml"),
    Unit.LITRES: QT_TRANSLATE_NOOP("parcels", "l"),
}


class EventKind(StrEnum):
    RECEIVED = "received"
    INSPECTED = "inspected"
    CONFISCATED = "confiscated"  # one item taken: changes the items, not the parcel's place
    REFUSED = "refused"  # the prisoner would not take it
    HELD = "held"  # the prisoner left before it was handed over: kept at the facility
    FORWARDED = "forwarded"  # sent on after the prisoner, to their new facility
    RETURNED = "returned"  # back to the sender
    HANDED_OVER = "handed_over"


class Status(StrEnum):
    AWAITING_INSPECTION = "awaiting_inspection"
    AWAITING_HANDOVER = "awaiting_handover"
    REFUSED = "refused"
    HELD = "held"
    FORWARDED = "forwarded"
    RETURNED = "returned"
    HANDED_OVER = "handed_over"


STATUS_LABELS = {
    Status.AWAITING_INSPECTION: QT_TRANSLATE_NOOP("parcels", "Awaiting inspection"),
    Status.AWAITING_HANDOVER: QT_TRANSLATE_NOOP("parcels", "Awaiting handover"),
    Status.REFUSED: QT_TRANSLATE_NOOP("parcels", "Refused by the prisoner"),
    Status.HELD: QT_TRANSLATE_NOOP("parcels", "Held: the prisoner has left"),
    Status.FORWARDED: QT_TRANSLATE_NOOP("parcels", "Forwarded"),
    Status.RETURNED: QT_TRANSLATE_NOOP("parcels", "Returned to the sender"),
    Status.HANDED_OVER: QT_TRANSLATE_NOOP("parcels", "Handed over"),
}

# each kind's status and rank along the path; a confiscation moves nothing
_PLACE: dict[EventKind, tuple[int, Status]] = {
    EventKind.RECEIVED: (0, Status.AWAITING_INSPECTION),
    EventKind.INSPECTED: (1, Status.AWAITING_HANDOVER),
    EventKind.REFUSED: (2, Status.REFUSED),
    EventKind.HELD: (3, Status.HELD),
    EventKind.FORWARDED: (4, Status.FORWARDED),
    EventKind.RETURNED: (5, Status.RETURNED),
    EventKind.HANDED_OVER: (6, Status.HANDED_OVER),
}
ENDED = frozenset({Status.FORWARDED, Status.RETURNED, Status.HANDED_OVER})
ENDINGS = frozenset({EventKind.FORWARDED, EventKind.RETURNED, EventKind.HANDED_OVER})


def status_of(kinds: Iterable[str]) -> Status:
    """The status of a parcel with events of these kinds, in whatever order they came."""
    placed = [_PLACE[EventKind(kind)] for kind in kinds if kind != EventKind.CONFISCATED]
    return max(placed)[1] if placed else Status.AWAITING_INSPECTION


def endings(kinds: Iterable[str]) -> frozenset[EventKind]:
    """The different ways the parcel was ended: more than one is a clash between desks."""
    return frozenset(EventKind(kind) for kind in kinds if kind in ENDINGS)


def active(status: Status) -> bool:
    """Still at the facility, on its way to the prisoner (its seal is in use)."""
    return status not in ENDED


# a tracking number's tail: P, the receiving desk's tag and its count (services/core/numbering)
_TRACKING_TAIL = re.compile(f"-P[{ALPHABET}]{{3}}-[0-9]{{5,}}$")


def looks_like_tracking(code: str) -> bool:
    """A parcel's tracking number, as scanned (a visits desk tells it apart from a pass)."""
    return bool(_TRACKING_TAIL.search(code.strip().upper()))


class InspectionMethod(StrEnum):
    XRAY = "xray"
    MANUAL = "manual"
    BOTH = "xray_manual"


METHOD_LABELS = {
    InspectionMethod.XRAY: QT_TRANSLATE_NOOP("parcels", "X-ray"),
    InspectionMethod.MANUAL: QT_TRANSLATE_NOOP("parcels", "Manual search"),
    InspectionMethod.BOTH: QT_TRANSLATE_NOOP("parcels", "X-ray and manual search"),
}


class ItemResult(StrEnum):
    PASSED = "passed"
    CONFISCATED = "confiscated"  # prohibited: taken, with a confiscation record
    MEDICAL = "medical"  # a medicine not allowed to the prisoner: to the medical service


RESULT_LABELS = {
    ItemResult.PASSED: QT_TRANSLATE_NOOP("parcels", "Passed"),
    ItemResult.CONFISCATED: QT_TRANSLATE_NOOP("parcels", "Confiscated"),
    ItemResult.MEDICAL: QT_TRANSLATE_NOOP("parcels", "To the medical service"),
}

# limits of what a form takes (a parcel heavier than a person carries is a typing slip)
MAX_WEIGHT_GRAMS = 50_000
MAX_ITEMS = 100
MAX_QUANTITY = 10_000


@dataclass(frozen=True)
class Quota:
    """EXAMPLE DEFAULT, per regime: parcels (count) and their total weight in grams allowed
    per prisoner per calendar month. The facility sets its own in Administration."""

    count: int
    weight_grams: int


EXAMPLE_QUOTAS: dict[str, Quota] = {
    "remand": Quota(count=2, weight_grams=20_000),
    "general": Quota(count=2, weight_grams=20_000),
    "strict": Quota(count=1, weight_grams=15_000),
    "special": Quota(count=1, weight_grams=10_000),
    "settlement": Quota(count=4, weight_grams=40_000),
}

# EXAMPLE DEFAULT lists a facility edits: content categories, and what is prohibited (with
# whether it goes to the medical service, and whether an incident note is required)
EXAMPLE_CATEGORIES = (
    QT_TRANSLATE_NOOP("parcels", "Food"),
    QT_TRANSLATE_NOOP("parcels", "Clothing and footwear"),
    QT_TRANSLATE_NOOP("parcels", "Hygiene"),
    QT_TRANSLATE_NOOP("parcels", "Books and stationery"),
    QT_TRANSLATE_NOOP("parcels", "Tobacco"),
    QT_TRANSLATE_NOOP("parcels", "Medicines"),
    QT_TRANSLATE_NOOP("parcels", "Other"),
)


@dataclass(frozen=True)
class ProhibitedExample:
    name: str
    medical: bool = False
    incident: bool = False


EXAMPLE_PROHIBITED = (
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Alcohol"), incident=True),
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Drugs"), incident=True),
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Mobile phones and SIM cards"), incident=True),
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Sharp objects"), incident=True),
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Cash over the limit")),
    ProhibitedExample(QT_TRANSLATE_NOOP("parcels", "Medicines not prescribed"), medical=True),
)


@dataclass(frozen=True)
class ReceiptItem:
    category: str  # as recorded (an example category is translated when printed)
    description: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class ParcelReceiptDoc:
    """What the sender's printed receipt says; ``tracking`` is also its barcode."""

    facility: str
    tracking: str
    received_at: str  # already in the facility's time and the reader's format
    sender: str
    channel: str
    prisoner: str
    weight_grams: int
    seal: str
    items: tuple[ReceiptItem, ...]
    officer: str


@dataclass(frozen=True)
class HandoverItem:
    category: str  # as recorded (an example category is translated when printed)
    description: str
    quantity: int
    unit: str
    result: str  # passed | confiscated | medical, as the latest inspection found it
    prohibited: str = ""  # what prohibited thing an item not handed over is


@dataclass(frozen=True)
class ParcelHandoverDoc:
    """What the handover sheet the prisoner signs says: what they receive and what they do
    not (confiscated, or sent to the medical service), with the inspection that decided it.
    Moments are already in the facility's time and the reader's format."""

    facility: str
    tracking: str  # also its barcode
    prisoner_name: str
    prisoner_number: str
    wing: str  # "" when not placed
    cell: str
    sender: str
    received_at: str
    inspection_method: str  # an InspectionMethod value
    inspected_by: str
    inspected_at: str
    items: tuple[HandoverItem, ...]  # in the parcel's order, all of them
    officer: str  # who hands it over
    handed_over_at: str = ""  # when printed again after the handover

    @property
    def handed_over(self) -> tuple[tuple[int, HandoverItem], ...]:
        """(number in the parcel's list, item) of what the prisoner receives."""
        return tuple((n, i) for n, i in enumerate(self.items, 1) if i.result == ItemResult.PASSED)

    @property
    def withheld(self) -> tuple[tuple[int, HandoverItem], ...]:
        """(number in the parcel's list, item) of what the prisoner does not receive."""
        return tuple((n, i) for n, i in enumerate(self.items, 1) if i.result != ItemResult.PASSED)
