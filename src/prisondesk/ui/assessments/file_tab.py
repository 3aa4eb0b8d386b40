"""The prisoner file's *Assessment and plan* tab, for social workers, psychologists and
supervisors: the current classification, the prisoner's assessments (a new one started here,
any one opened), and the individual rehabilitation plan — actions made from the needs of the
last approved assessment or added by hand, their progress, and reviews of the plan. The tab
reads everything again each time it is shown; every read is recorded by the services."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMenu, QVBoxLayout, QWidget

from prisondesk.domain.assessments import (
    ACTION_STATUS_LABELS,
    ASSESSMENTS,
    CONDITIONS_LABELS,
    REASON_LABELS,
    SECURITY_LABELS,
    STATUS_LABELS,
    ActionStatus,
    Conditions,
    ReviewReason,
    SecurityLevel,
    Status,
)
from prisondesk.domain.clock import local_today, zone
from prisondesk.domain.instruments import PLAN_ACTION_LABELS, PlanAction
from prisondesk.domain.roles import Permission
from prisondesk.printing.assessments.plan import plan_pdf
from prisondesk.services.assessments import classification, documents, plans, reading
from prisondesk.services.assessments.classification import ClassificationView
from prisondesk.services.assessments.plans import PlanView
from prisondesk.services.assessments.reading import AssessmentSummary
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.assessments.assessment_dialog import AssessmentDialog
from prisondesk.ui.assessments.plan_dialogs import ActionDialog, ProgressDialog, ReviewDialog
from prisondesk.ui.assessments.start_dialog import StartDialog
from prisondesk.ui.assessments.texts import in_language, language
from prisondesk.ui.errors import ShownMessage, translate
from prisondesk.ui.i18n import LANGUAGES, paper_translate, short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.print_pdf import print_pdf
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if

# a day as the paper's language writes it (Russia and Kyrgyzstan: 18.06.2027)
PAPER_DAYS = {
    "ru": lambda day: day.strftime("%d.%m.%Y"),
    "ky": lambda day: day.strftime("%d.%m.%Y"),
    "en": lambda day: day.strftime("%d/%m/%Y"),
}


class AssessmentsTab(QWidget):
    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        prisoner_id: str,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.prisoner_id, self.prisoner_label = prisoner_id, prisoner_label
        self.setObjectName("prisonerAssessments")
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)
        self.reads = actor.can(Permission.VIEW_ASSESSMENTS)
        self.writes = actor.can(Permission.EDIT_ASSESSMENTS)
        self.assessments: list[AssessmentSummary] = []
        self.current: ClassificationView | None = None
        self.plan: PlanView | None = None
        self.classification = label("currentClassification")
        self.classification.setWordWrap(True)
        self.classification.setStyleSheet("font-weight: 600;")
        self.table = rows_table("prisonerAssessmentList", 5)
        self.table.setMaximumHeight(110)  # a few assessments; the plan takes the room
        self.table.itemActivated.connect(lambda _item: self.open_chosen())
        self.new_button = button("startAssessment", self.start)
        self.open_button = button("openChosenAssessment", self.open_chosen)
        self.plan_heading = label("planHeading")
        self.plan_heading.setStyleSheet("font-weight: 600;")
        self.actions = rows_table("planActions", 5)
        self.from_needs_button = button("actionsFromNeeds", self.from_needs)
        self.add_button = button("addPlanAction", self.add_action)
        self.progress_button = button("planProgress", self.progress)
        self.review_button = button("reviewPlan", self.review)
        self.print_button = button("printPlan")  # a menu: the paper in the prisoner's language
        self.print_menu = QMenu(self.print_button)
        for code in ("ru", "ky", "en"):
            action = self.print_menu.addAction(LANGUAGES[code])
            action.triggered.connect(lambda _checked=False, code=code: self.print_plan(code))
        self.print_button.setMenu(self.print_menu)
        for widget in (
            self.new_button,
            self.from_needs_button,
            self.add_button,
            self.progress_button,
            self.review_button,
        ):
            show_if(widget, self.writes)
        self.message = label("prisonerAssessmentsMessage")
        self.message.setWordWrap(True)
        self.shown = ShownMessage(self.message)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addStretch()
        bottom = QHBoxLayout()
        for widget in (
            self.from_needs_button,
            self.add_button,
            self.progress_button,
            self.review_button,
            self.print_button,
        ):
            bottom.addWidget(widget)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.classification)
        layout.addWidget(self.table)
        layout.addLayout(top)
        layout.addWidget(self.plan_heading)
        layout.addWidget(self.actions, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        for widget in (
            self.table,
            self.open_button,
            self.plan_heading,
            self.actions,
            self.print_button,
        ):
            show_if(widget, self.reads)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New assessment…"))
        self.open_button.setText(self.tr("&Open the assessment"))
        self.from_needs_button.setText(self.tr("Actions from the n&eeds"))
        self.add_button.setText(self.tr("Add an ac&tion…"))
        self.progress_button.setText(self.tr("Pro&gress…"))
        self.review_button.setText(self.tr("Re&view the plan…"))
        self.print_button.setText(self.tr("Print the p&lan"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Why"),
                self.tr("Status"),
                self.tr("Level"),
                self.tr("Next review"),
            ]
        )
        self.actions.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("By"),
                self.tr("Status"),
                self.tr("Last note"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # --- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.reads:
            return
        for call, done in (
            (reading.prisoner_assessments, self._assessments_read),
            (classification.history, self._classifications_read),
            (plans.plan, self._plan_read),
        ):
            self.ops.run(
                call,
                self.store,
                self.actor,
                self.prisoner_id,
                on_done=done,
                on_error=self.shown.say_error,
            )

    def _assessments_read(self, found: list[AssessmentSummary]) -> None:
        self.assessments = found
        self._show()
        if found:
            self.table.selectRow(0)

    def _classifications_read(self, found: list[ClassificationView]) -> None:
        self.current = found[0] if found else None
        self._show()

    def _plan_read(self, found: PlanView) -> None:
        self.plan = found
        self._show()

    def _show(self) -> None:
        if not self.reads:
            self.classification.setText(
                self.tr(
                    "Assessments and plans are read by social workers, psychologists and "
                    "supervisors."
                )
            )
            return
        c = self.current
        self.classification.setText(
            self.tr("Classification: {level} risk, {security}, {conditions}{wing} ({day})").format(
                level=c.risk_label.get(language(), c.risk_label["en"]),
                security=translate(ASSESSMENTS, SECURITY_LABELS[SecurityLevel(c.security_level)]),
                conditions=translate(ASSESSMENTS, CONDITIONS_LABELS[Conditions(c.conditions)]),
                wing=self.tr(", wing suggested: {wing}").format(wing=c.wing) if c.wing else "",
                day=short_date(c.decided_at.date()),
            )
            if c
            else self.tr("Not classified yet: no approved assessment.")
        )
        fill_table(
            self.table,
            [
                (
                    short_date(a.started_at.date()),
                    translate(ASSESSMENTS, REASON_LABELS[ReviewReason(a.reason)]),
                    translate(ASSESSMENTS, STATUS_LABELS[Status(a.status)]),
                    in_language(a.level_label),
                    short_date(a.next_review_on) if a.next_review_on else "",
                )
                for a in self.assessments
            ],
        )
        plan = self.plan
        self.plan_heading.setText(
            self.tr("Rehabilitation plan, next review {day}").format(
                day=short_date(plan.next_review_on)
            )
            if plan and plan.next_review_on
            else self.tr("Rehabilitation plan")
        )
        fill_table(
            self.actions,
            [
                (
                    _action_text(a.kind, a.description),
                    a.owner,
                    short_date(a.target_on) + (" ⚠" if a.overdue else ""),
                    translate(ASSESSMENTS, ACTION_STATUS_LABELS[ActionStatus(a.status)]),
                    a.notes[0][2] if a.notes else "",
                )
                for a in (plan.actions if plan else ())
            ],
        )
        self.from_needs_button.setEnabled(bool(plan and plan.needs_uncovered))
        self.progress_button.setEnabled(bool(plan and plan.actions))
        self.print_button.setEnabled(bool(plan and plan.actions))

    # --- steps ---------------------------------------------------------------------------
    def _today(self):
        return local_today(self.tz)

    def start(self) -> None:
        first = not any(a.status == Status.APPROVED for a in self.assessments)
        dialog = StartDialog(
            self.ops, self.store, self.actor, self.prisoner_id, self.prisoner_label, first, self
        )
        dialog.saved.connect(self._started)
        dialog.open()

    def _started(self, assessment_id: str) -> None:
        self.refresh()
        # once the start form has closed: the assessment then has the keyboard to itself
        QTimer.singleShot(0, lambda: self._open(assessment_id))

    def open_chosen(self) -> None:
        index = self.table.currentRow()
        if self.table.selectionModel().hasSelection() and 0 <= index < len(self.assessments):
            self._open(self.assessments[index].id)
        else:
            self.shown.say(lambda: self.tr("Choose an assessment first."))

    def _open(self, assessment_id: str) -> None:
        dialog = AssessmentDialog(
            self.store, self.ops, self.actor, assessment_id, self._today(), self
        )
        dialog.changed.connect(self.refresh)
        dialog.open()

    def from_needs(self) -> None:
        if self.plan is None or self.plan.assessment_id is None:
            return
        self.ops.run(
            plans.actions_from_needs,
            self.store,
            self.actor,
            self.plan.assessment_id,
            on_done=lambda made: self._changed(
                lambda: self.tr("Actions added: %n.", "", len(made))
            ),
            on_error=self.shown.say_error,
        )

    def add_action(self) -> None:
        dialog = ActionDialog(
            self.ops, self.store, self.actor, self.prisoner_id, self._today(), self
        )
        dialog.saved.connect(lambda _id: self._changed(lambda: self.tr("The action is added.")))
        dialog.open()

    def progress(self) -> None:
        plan = self.plan
        index = self.actions.currentRow()
        if plan is None or not (0 <= index < len(plan.actions)):
            self.shown.say(lambda: self.tr("Choose an action first."))
            return
        dialog = ProgressDialog(self.ops, self.store, self.actor, plan.actions[index], self)
        dialog.saved.connect(lambda _id: self._changed(lambda: self.tr("Progress recorded.")))
        dialog.open()

    def review(self) -> None:
        dialog = ReviewDialog(
            self.ops, self.store, self.actor, self.prisoner_id, self._today(), self
        )
        dialog.saved.connect(lambda _id: self._changed(lambda: self.tr("The review is recorded.")))
        dialog.open()

    def print_plan(self, language: str) -> None:
        """The plan on paper for the prisoner, in the language they read."""
        self.ops.run(
            documents.plan_document,
            self.store,
            self.actor,
            self.prisoner_id,
            PAPER_DAYS[language],
            on_done=lambda doc: print_pdf(
                self, plan_pdf(doc, paper_translate(language)), self.prisoner_label
            ),
            on_error=self.shown.say_error,
        )

    def _changed(self, say) -> None:
        self.shown.say(say)
        self.refresh()


def _action_text(kind: str, description: str) -> str:
    what = translate(ASSESSMENTS, PLAN_ACTION_LABELS[PlanAction(kind)])
    return f"{what}: {description}" if description else what
