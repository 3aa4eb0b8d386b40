"""A workshop set up or changed: its name, the enterprise that employs its workers, its
capacity, a note and how long a half-day session lasts (what a scan records as worked); its
instructors ticked in the list of those who may instruct; and its
weekly sessions, one choice a weekday (no session, the morning, the afternoon, both, or the
full day). Every problem of the form shows beside its field at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.workshops import (
    DEFAULT_SESSION_MINUTES,
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    PART_LABELS,
    WORKSHOPS,
    Part,
)
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.workshops import workshops
from prisondesk.services.workshops.schedule import WeeklySession
from prisondesk.services.workshops.workshop_form import MAX_CAPACITY, WorkshopEntry
from prisondesk.services.workshops.workshops import InstructorView, WorkshopDetail
from prisondesk.ui.errors import translate
from prisondesk.ui.form_dialog import FormDialog
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

FIELDS = ("name", "enterprise", "capacity", "session_minutes", "note", "instructors", "sessions")
# a weekday's choice -> its sessions, in the order of the combo box
DAY_PARTS: tuple[frozenset[Part], ...] = (
    frozenset(),
    frozenset({Part.MORNING}),
    frozenset({Part.AFTERNOON}),
    frozenset({Part.MORNING, Part.AFTERNOON}),
    frozenset({Part.FULL}),
)


class WorkshopDialog(FormDialog):
    """``detail`` is the workshop to change, None for a new one; ``saved`` carries the new
    workshop's id (None after a change)."""

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        detail: WorkshopDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "workshopDialog", FIELDS, parent)
        self.store, self.actor, self.detail = store, actor, detail
        self.name = line_edit("workshopName", 100)
        self.enterprise = line_edit("workshopEnterprise", 200)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("workshopCapacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.session_hours = QDoubleSpinBox()
        self.session_hours.setObjectName("workshopSessionHours")
        self.session_hours.setDecimals(2)
        self.session_hours.setRange(MIN_SESSION_MINUTES / 60, MAX_SESSION_MINUTES / 60)
        self.session_hours.setSingleStep(0.25)
        self.session_hours.setValue(DEFAULT_SESSION_MINUTES / 60)
        self.note = line_edit("workshopNote", 2000)
        self.instructors = QListWidget()
        self.instructors.setObjectName("workshopInstructors")
        self.days = [QComboBox() for _ in range(7)]
        self.day_labels = [label() for _ in range(7)]
        for weekday, (day_label, combo) in enumerate(zip(self.day_labels, self.days, strict=True)):
            combo.setObjectName(f"workshopDay{weekday}")
            day_label.setBuddy(combo)
        self.sessions_heading = label("workshopSessionsHeading")
        for field, widget in (
            ("name", self.name),
            ("enterprise", self.enterprise),
            ("capacity", self.capacity),
            ("session_minutes", self.session_hours),
            ("note", self.note),
        ):
            self.add_row(field, widget)
        self.labels["instructors"].setBuddy(self.instructors)
        self.finish(below=self._lists())
        self.resize(640, 480)
        self._fill(detail)
        self.ops.run(
            workshops.instructors_available,
            store,
            actor,
            on_done=self._instructors_read,
            on_error=self.errors.show,
        )
        self.name.setFocus()

    def _lists(self) -> QHBoxLayout:
        """The instructors' list beside the week's sessions, each with its error below."""
        people = QVBoxLayout()
        people.addWidget(self.labels["instructors"])
        people.addWidget(self.instructors, 1)
        people.addWidget(self.errors.fields["instructors"])
        week = QGridLayout()
        week.addWidget(self.sessions_heading, 0, 0, 1, 2)
        for weekday, (day_label, combo) in enumerate(zip(self.day_labels, self.days, strict=True)):
            week.addWidget(day_label, weekday + 1, 0)
            week.addWidget(combo, weekday + 1, 1)
        week.addWidget(self.errors.fields["sessions"], 8, 0, 1, 2)
        week.setRowStretch(9, 1)
        both = QHBoxLayout()
        both.addLayout(people, 1)
        both.addLayout(week, 1)
        return both

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change the workshop") if self.detail else self.tr("New workshop")
        )
        for field, text in (
            ("name", self.tr("&Name")),
            ("enterprise", self.tr("&Enterprise")),
            ("capacity", self.tr("&Capacity, people")),
            ("session_minutes", self.tr("Half-day session, &length in hours")),
            ("note", self.tr("N&ote")),
            ("instructors", self.tr("&Instructors")),
        ):
            self.labels[field].setText(text)
        self.sessions_heading.setText(self.tr("Weekly sessions"))
        names = (
            self.tr("&Monday"),
            self.tr("&Tuesday"),
            self.tr("&Wednesday"),
            self.tr("T&hursday"),
            self.tr("&Friday"),
            self.tr("S&aturday"),
            self.tr("S&unday"),
        )
        choices = (
            self.tr("No session"),
            translate(WORKSHOPS, PART_LABELS[Part.MORNING]),
            translate(WORKSHOPS, PART_LABELS[Part.AFTERNOON]),
            self.tr("Morning and afternoon"),
            translate(WORKSHOPS, PART_LABELS[Part.FULL]),
        )
        for day_label, combo, name in zip(self.day_labels, self.days, names, strict=True):
            day_label.setText(name)
            index = max(0, combo.currentIndex())
            combo.clear()
            combo.addItems(list(choices))
            combo.setCurrentIndex(index)

    def _fill(self, detail: WorkshopDetail | None) -> None:
        if detail is None:
            return
        self.name.setText(detail.name)
        self.enterprise.setText(detail.enterprise)
        self.capacity.setValue(detail.capacity)
        self.session_hours.setValue(detail.session_minutes / 60)
        self.note.setText(detail.note)
        for weekday, combo in enumerate(self.days):
            parts = frozenset(Part(s.part) for s in detail.sessions if s.weekday == weekday)
            if parts in DAY_PARTS:
                combo.setCurrentIndex(DAY_PARTS.index(parts))

    def _instructors_read(self, found: list[InstructorView]) -> None:
        ticked = {i.user_id for i in self.detail.instructors} if self.detail else set()
        self.instructors.clear()
        for person in found:
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person.user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.user_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.instructors.addItem(item)
        if found:
            self.instructors.setCurrentRow(0)

    def entry(self) -> WorkshopEntry:
        items = (self.instructors.item(row) for row in range(self.instructors.count()))
        ticked = tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
        sessions = tuple(
            WeeklySession(weekday, part.value)
            for weekday, combo in enumerate(self.days)
            for part in sorted(DAY_PARTS[max(0, combo.currentIndex())])
        )
        return WorkshopEntry(
            name=self.name.text(),
            capacity=self.capacity.value(),
            enterprise=self.enterprise.text(),
            note=self.note.text(),
            instructor_ids=ticked,
            sessions=sessions,
            session_minutes=round(self.session_hours.value() * 60),
        )

    def request(self) -> tuple[object, ...]:
        if self.detail is None:
            return (workshops.create_workshop, self.store, self.actor, self.entry())
        return (workshops.edit_workshop, self.store, self.actor, self.detail.id, self.entry())
