"""The small forms of the Workshops screen: give an approved entry its place (start day, pay
band, programme), end a place (last day, reason, note), add a training programme (name,
length in days), add a pay rate (band, basis, amount in som, from a day, to a day or until
further notice), and the reason a waiting list step needs (declined, taken off the list).

Each form is sent to its service on OK; every problem shows beside its field and the form
stays as typed. A text that is no date or no amount is said beside its field before anything
is sent."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from prisondesk.domain.workshops import BASIS_LABELS, END_LABELS, WORKSHOPS
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import allocations, programmes, rates, waiting
from prisondesk.services.workshops.allocations import AllocationView
from prisondesk.services.workshops.programmes import MAX_PROGRAMME_DAYS, ProgrammeEntry
from prisondesk.services.workshops.rates import RateEntry
from prisondesk.services.workshops.waiting import WaitingView
from prisondesk.services.workshops.workshops import ProgrammeView
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import translate
from prisondesk.ui.form_dialog import FormDialog
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

# a service call without its last argument: (function, its first arguments)
Step = tuple[Callable[..., object], tuple[object, ...]]

# som as typed: 1 234,50 or 1234.5 (group spaces, a comma or a point, at most two decimals)
_SOM = re.compile(r"^(\d{1,9})(?:[.,](\d{1,2}))?$")


def tyiyn_of(text: str) -> int | None:
    """Som typed with up to two decimals as integer tyiyn (no float on the way); None when
    the text is no amount."""
    found = _SOM.match(re.sub(r"[\s\u00a0\u202f]", "", text))
    if found is None:
        return None
    whole, part = found.groups()
    return int(whole) * 100 + int((part or "0").ljust(2, "0"))


def _bold(name: str, text: str) -> QLabel:
    widget = label(name, text)
    widget.setStyleSheet("font-weight: 600;")
    widget.setWordWrap(True)
    return widget


class ReasonDialog(FormDialog):
    """The reason of a waiting list step: ``step`` gets it as its last argument; with
    ``other`` (a check box's text and its step) the box chooses the other step."""

    def __init__(
        self,
        ops: Operations,
        title: str,
        intro: str,
        step: Step,
        other: tuple[str, Step] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "placeReasonDialog", ("reason",), parent)
        self.setWindowTitle(title)
        self.step, self.other = step, other
        self.intro = label("placeReasonIntro", intro)
        self.intro.setWordWrap(True)
        self.reason = line_edit("placeReason", 2000)
        self.choice = QCheckBox(other[0] if other else "")
        self.choice.setObjectName("placeReasonChoice")
        self.add_row("reason", self.reason)
        if other is not None:
            self.form.addRow("", self.choice)
        self.finish(self.intro)
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.labels["reason"].setText(self.tr("&Reason"))

    def request(self) -> tuple[object, ...]:
        fn, args = self.other[1] if self.other and self.choice.isChecked() else self.step
        return (fn, *args, self.reason.text())


class AllocateDialog(FormDialog):
    """An approved entry's place: from a day (today unless changed), at a pay band, in one
    of the workshop's programmes or at work."""

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        entry: WaitingView,
        programmes: tuple[ProgrammeView, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "allocateDialog", ("starts_on", "pay_band", "programme"), parent)
        self.store, self.actor, self.entry = store, actor, entry
        self.programmes = programmes
        self.who = _bold("allocateWho", f"{entry.prisoner_number}  {entry.prisoner_name}")
        self.starts_on = DateField("allocateStart", near=lambda: today)
        self.starts_on.set_value(today)
        self.band = line_edit("allocateBand", 16)
        self.band.setText("A")
        self.programme = QComboBox()
        self.programme.setObjectName("allocateProgramme")
        self.add_row("starts_on", self.starts_on)
        self.add_row("pay_band", self.band)
        self.add_row("programme", self.programme)
        self.finish(self.who)
        self.starts_on.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Allocate a place"))
        self.labels["starts_on"].setText(self.tr("&Starts on"))
        self.labels["pay_band"].setText(self.tr("Pay &band"))
        self.labels["programme"].setText(self.tr("&Programme"))
        count = self.programme.count()
        chosen = self.programme.currentData() if count else self.entry.programme_id
        self.programme.clear()
        self.programme.addItem(self.tr("Work, no training programme"), None)
        for programme in self.programmes:
            days = self.tr("%n day(s)", "", programme.length_days)
            self.programme.addItem(f"{programme.name} ({days})", programme.id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(chosen)))

    def request(self) -> tuple[object, ...]:
        day = self.read_day(self.starts_on, "starts_on")
        call = partial(
            waiting.allocate,
            starts_on=day,
            programme_id=self.programme.currentData(),
            pay_band=self.band.text(),
        )
        return (call, self.store, self.actor, self.entry.id)


class EndPlaceDialog(FormDialog):
    """A place ends on a day (today or a day gone by) for a reason."""

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        place: AllocationView,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "endPlaceDialog", ("ends_on", "end_reason", "note"), parent)
        self.store, self.actor, self.place = store, actor, place
        self.who = _bold("endPlaceWho", "")
        self.ends_on = DateField("endPlaceDay", near=lambda: today)
        self.ends_on.set_value(today)
        self.reason = QComboBox()
        self.reason.setObjectName("endPlaceReason")
        self.note = line_edit("endPlaceNote", 2000)
        self.add_row("ends_on", self.ends_on)
        self.add_row("end_reason", self.reason)
        self.add_row("note", self.note)
        self.finish(self.who)
        self.ends_on.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("End the place"))
        place = self.place
        self.who.setText(
            self.tr("{number}  {name}: {workshop} since {day}").format(
                number=place.prisoner_number,
                name=place.prisoner_name,
                workshop=place.workshop_name,
                day=short_date(place.starts_on),
            )
        )
        self.labels["ends_on"].setText(self.tr("&Last day"))
        self.labels["end_reason"].setText(self.tr("&Reason"))
        self.labels["note"].setText(self.tr("&Note"))
        chosen = self.reason.currentData()
        self.reason.clear()
        for code, text in END_LABELS.items():
            self.reason.addItem(translate(WORKSHOPS, text), code.value)
        self.reason.setPlaceholderText(self.tr("Choose why…"))
        self.reason.setCurrentIndex(self.reason.findData(chosen) if chosen else -1)

    def request(self) -> tuple[object, ...]:
        day = self.read_day(self.ends_on, "ends_on")
        return (
            allocations.end_allocation,
            self.store,
            self.actor,
            self.place.id,
            day,
            self.reason.currentData() or "",
            self.note.text(),
        )


class ProgrammeDialog(FormDialog):
    """A training programme of the workshop: its name and how many days it lasts."""

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        workshop_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "programmeDialog", ("name", "length_days", "description"), parent)
        self.store, self.actor, self.workshop_id = store, actor, workshop_id
        self.name = line_edit("programmeName", 200)
        self.length = QSpinBox()
        self.length.setObjectName("programmeDays")
        self.length.setRange(0, MAX_PROGRAMME_DAYS)
        self.length.setValue(30)  # a month-long course is the usual one
        self.description = line_edit("programmeDescription", 2000)
        self.add_row("name", self.name)
        self.add_row("length_days", self.length)
        self.add_row("description", self.description)
        self.finish()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a training programme"))
        self.labels["name"].setText(self.tr("&Name"))
        self.labels["length_days"].setText(self.tr("&Length, days"))
        self.labels["description"].setText(self.tr("&Description"))

    def request(self) -> tuple[object, ...]:
        entry = ProgrammeEntry(self.name.text(), self.length.value(), self.description.text())
        return (programmes.add_programme, self.store, self.actor, self.workshop_id, entry)


class RateDialog(FormDialog):
    """A pay rate of the workshop for a band: per full-day session, hour or piece, in som,
    from a day, to a day or until further notice."""

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        workshop_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        fields = ("band", "basis", "amount", "effective_from", "effective_to")
        super().__init__(ops, "rateDialog", fields, parent)
        self.store, self.actor, self.workshop_id = store, actor, workshop_id
        self.band = line_edit("rateBand", 16)
        self.band.setText("A")
        self.basis = QComboBox()
        self.basis.setObjectName("rateBasis")
        self.amount = line_edit("rateAmount", 16)
        self.starts = DateField("rateFrom", near=lambda: today)
        self.starts.set_value(today)
        self.ends = DateField("rateTo", near=lambda: today)
        for field, widget in (
            ("band", self.band),
            ("basis", self.basis),
            ("amount", self.amount),
            ("effective_from", self.starts),
            ("effective_to", self.ends),
        ):
            self.add_row(field, widget)
        self.finish()
        self.band.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a pay rate"))
        for field, text in (
            ("band", self.tr("Pay &band")),
            ("basis", self.tr("Pa&ys")),
            ("amount", self.tr("&Amount, som")),
            ("effective_from", self.tr("&From")),
            ("effective_to", self.tr("&To (if it ends)")),
        ):
            self.labels[field].setText(text)
        self.amount.setPlaceholderText(self.tr("for example 150.50"))
        chosen = self.basis.currentData()
        self.basis.clear()
        for code, text in BASIS_LABELS.items():
            self.basis.addItem(translate(WORKSHOPS, text), code.value)
        self.basis.setCurrentIndex(max(0, self.basis.findData(chosen)))

    def request(self) -> tuple[object, ...]:
        amount = tyiyn_of(self.amount.text())
        if amount is None:
            self.errors.show_at(
                "amount", lambda: self.tr("Type the amount in som, for example 150.50.")
            )
            self.wrong = True
        starts = self.read_day(self.starts, "effective_from")
        ends = self.read_day(self.ends, "effective_to")
        entry = RateEntry(
            self.workshop_id,
            self.band.text(),
            self.basis.currentData() or "",
            amount or 0,
            starts,  # type: ignore[arg-type]  # an empty field: the service says so beside it
            ends,
        )
        return (rates.add_rate, self.store, self.actor, entry)
