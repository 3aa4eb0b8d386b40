"""The Assessments module, the home page of social workers and psychologists: assessments
awaiting a supervisor's approval, reviews overdue and due soon, and prisoners still without an
assessment some days after admission. Enter on a row (or Open) opens its assessment; New
assessment starts one for the prisoner of the row (a review, or the first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from prisondesk.domain.assessments import ASSESSMENTS, STATUS_LABELS, Status
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments import due
from prisondesk.services.assessments.due import DueLists, DueRow
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.assessments.assessment_dialog import AssessmentDialog
from prisondesk.ui.assessments.start_dialog import StartDialog
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if

LISTS = ("awaiting_approval", "overdue", "due_soon", "unassessed")


class AssessmentsPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("assessmentsPage")
        self.lists: DueLists | None = None
        self.heading = label("assessmentsHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for name in LISTS:
            table = rows_table(f"due:{name}", 5)
            table.itemActivated.connect(lambda _item: self.open_chosen())
            self.tables[name] = table
            self.tabs.addTab(table, "")
        self.open_button = button("openAssessment", self.open_chosen)
        self.new_button = button("newAssessment", self.start_chosen)
        show_if(self.new_button, actor.can(Permission.EDIT_ASSESSMENTS))
        self.refresh_button = button("refreshDue", self.refresh)
        self.message = label("assessmentsMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        buttons = QHBoxLayout()
        for widget in (self.open_button, self.new_button, self.refresh_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Assessments due"))
        self.open_button.setText(self.tr("&Open"))
        self.new_button.setText(self.tr("&New assessment…"))
        self.refresh_button.setText(self.tr("Read a&gain"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.ops.run(
            due.due_lists, self.store, self.actor, on_done=self._read, on_error=self.shown.say_error
        )

    def _read(self, lists: DueLists) -> None:
        self.lists = lists
        self._show()
        # the first list with anyone in it, unless the officer is already on one
        if self.tables[LISTS[self.tabs.currentIndex()]].rowCount() == 0:
            for index, name in enumerate(LISTS):
                if self._rows(name):
                    self.tabs.setCurrentIndex(index)
                    break
        table = self.tables[LISTS[self.tabs.currentIndex()]]
        if table.rowCount():
            table.selectRow(0)

    def _rows(self, name: str) -> tuple[DueRow, ...]:
        return getattr(self.lists, name) if self.lists else ()

    def _show(self) -> None:
        within = self.lists.first_within_days if self.lists else 0
        titles = {
            "awaiting_approval": self.tr(
                "Awaiting approval (%n)", "", len(self._rows("awaiting_approval"))
            ),
            "overdue": self.tr("Reviews overdue (%n)", "", len(self._rows("overdue"))),
            "due_soon": self.tr("Due soon (%n)", "", len(self._rows("due_soon"))),
            "unassessed": self.tr("Not yet assessed (%n)", "", len(self._rows("unassessed"))),
        }
        days_headers = {
            "awaiting_approval": self.tr("Days waiting"),
            "overdue": self.tr("Days overdue"),
            "due_soon": self.tr("Days left"),
            "unassessed": self.tr("Days since admission"),
        }
        for index, name in enumerate(LISTS):
            self.tabs.setTabText(index, titles[name])
            table = self.tables[name]
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Number"),
                    self.tr("Name"),
                    {
                        "unassessed": self.tr("Admitted"),
                        "awaiting_approval": self.tr("Started"),
                    }.get(name, self.tr("Review")),
                    days_headers[name],
                    self.tr("Assessment"),
                ]
            )
            fill_table(table, [self._cells(name, row) for row in self._rows(name)])
        self.tables["unassessed"].setToolTip(
            self.tr("A first assessment is due within %n days of admission.", "", within)
        )

    def _cells(self, name: str, row: DueRow) -> tuple[str, ...]:
        days = str(abs(row.days))
        status = translate(ASSESSMENTS, STATUS_LABELS[Status(row.status)]) if row.status else ""
        return (row.number, row.name, short_date(row.day) if row.day else "", days, status)

    def _chosen(self) -> DueRow | None:
        name = LISTS[self.tabs.currentIndex()]
        table = self.tables[name]
        rows = self._rows(name)
        index = table.currentRow()
        selected = table.selectionModel().hasSelection()
        return rows[index] if selected and 0 <= index < len(rows) else None

    # --- steps ---------------------------------------------------------------------------
    def open_chosen(self) -> None:
        row = self._chosen()
        if row is None:
            self.shown.say(lambda: self.tr("Choose a row first."))
            return
        if row.assessment_id is None:
            self.start_chosen()
            return
        self.open_assessment(row.assessment_id)

    def open_assessment(self, assessment_id: str) -> None:
        assert self.lists is not None
        dialog = AssessmentDialog(
            self.store, self.ops, self.actor, assessment_id, self.lists.today, self
        )
        dialog.changed.connect(self.refresh)
        dialog.open()

    def start_chosen(self) -> None:
        row = self._chosen()
        if row is None:
            self.shown.say(lambda: self.tr("Choose a row first."))
            return
        first = self.tabs.currentIndex() == LISTS.index("unassessed")
        dialog = StartDialog(
            self.ops,
            self.store,
            self.actor,
            row.prisoner_id,
            f"{row.number} {row.name}",
            first,
            self,
        )
        dialog.saved.connect(self._started)
        dialog.open()

    def _started(self, assessment_id: str) -> None:
        self.refresh()
        # once the start form has closed: the assessment then has the keyboard to itself
        QTimer.singleShot(0, lambda: self.open_assessment(assessment_id))
