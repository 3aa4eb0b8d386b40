"""The small forms of the rehabilitation plan: an action added by hand (what, in words, who
owns it, by when; a workshop place with the workshop asked for, which puts the prisoner on
its waiting list), the progress of an action (its status and a note), and a review of the
whole plan with the date of the next one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QWidget

from prisondesk.domain.assessments import ACTION_STATUS_LABELS, ASSESSMENTS
from prisondesk.domain.instruments import PLAN_ACTION_LABELS, PlanAction
from prisondesk.services.assessments import plan_choices, plans
from prisondesk.services.assessments.plans import ActionEntry, ActionView
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import translate
from prisondesk.ui.form_dialog import FormDialog
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit, show_if

TARGET_DAYS = 90
REVIEW_DAYS = 90


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


class ActionDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        store: Store,
        actor: Actor,
        prisoner_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        fields = ("kind", "description", "workshop", "owner_id", "target_on")
        super().__init__(ops, "planActionDialog", fields, parent)
        self.store, self.actor, self.prisoner_id = store, actor, prisoner_id
        self.kind = _combo("actionKind")
        self.description = line_edit("actionDescription", 2000)
        self.workshop = _combo("actionWorkshop")
        self.owner = _combo("actionOwner")
        self.target = DateField("actionTarget", near=lambda: today)
        self.target.set_value(today + timedelta(days=TARGET_DAYS))
        for field, widget in (
            ("kind", self.kind),
            ("description", self.description),
            ("workshop", self.workshop),
            ("owner_id", self.owner),
            ("target_on", self.target),
        ):
            self.add_row(field, widget)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.finish()
        ops.run(plan_choices.owners, store, actor, on_done=self._owners, on_error=self.errors.show)
        ops.run(
            plan_choices.workshops_offered,
            store,
            actor,
            on_done=self._workshops,
            on_error=self.errors.show,
        )
        self._kind_chosen()
        self.kind.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an action to the plan"))
        for field, text in (
            ("kind", self.tr("&What")),
            ("description", self.tr("&In words")),
            ("workshop", self.tr("W&orkshop")),
            ("owner_id", self.tr("Ow&ner")),
            ("target_on", self.tr("&By")),
        ):
            self.labels[field].setText(text)
        chosen = self.kind.currentData()
        self.kind.clear()
        for kind, text in PLAN_ACTION_LABELS.items():
            self.kind.addItem(translate(ASSESSMENTS, text), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))

    def _owners(self, found: list[tuple[str, str]]) -> None:
        self.owner.clear()
        for user_id, name in found:
            self.owner.addItem(name, user_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(self.actor.user_id)))

    def _workshops(self, found) -> None:
        self.workshop.clear()
        self.workshop.addItem(self.tr("— choose later —"), None)
        for offered in found or ():
            self.workshop.addItem(offered.name, offered.id)

    def _kind_chosen(self) -> None:
        place = self.kind.currentData() == PlanAction.WORKSHOP_PLACE
        for widget in (self.labels["workshop"], self.workshop):
            show_if(widget, place)

    def request(self) -> tuple[object, ...] | None:
        target = self.read_day(self.target, "target_on")
        if self.wrong:
            return None
        entry = ActionEntry(
            self.kind.currentData(),
            target,
            owner_id=self.owner.currentData(),
            description=self.description.text(),
            workshop_id=self.workshop.currentData()
            if self.kind.currentData() == PlanAction.WORKSHOP_PLACE
            else None,
        )
        return (plans.add_action, self.store, self.actor, self.prisoner_id, entry)


class ProgressDialog(FormDialog):
    """An action's status now, and a note of what was done."""

    def __init__(
        self,
        ops: Operations,
        store: Store,
        actor: Actor,
        action: ActionView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "planProgressDialog", ("status", "text"), parent)
        self.store, self.actor, self.action = store, actor, action
        self.what = label(
            "progressAction", translate(ASSESSMENTS, PLAN_ACTION_LABELS[PlanAction(action.kind)])
        )
        self.what.setStyleSheet("font-weight: 600;")
        self.status = _combo("actionStatus")
        self.text = line_edit("progressText", 2000)
        self.add_row("status", self.status)
        self.add_row("text", self.text)
        self.finish(self.what)
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Progress of an action"))
        self.labels["status"].setText(self.tr("&Status"))
        self.labels["text"].setText(self.tr("&What was done"))
        chosen = self.status.currentData() or self.action.status
        self.status.clear()
        for status, text in ACTION_STATUS_LABELS.items():
            self.status.addItem(translate(ASSESSMENTS, text), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))

    def request(self) -> tuple[object, ...]:
        return (
            plans.add_progress,
            self.store,
            self.actor,
            self.action.id,
            self.text.text(),
            self.status.currentData(),
        )


class ReviewDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        store: Store,
        actor: Actor,
        prisoner_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "planReviewDialog", ("text", "next_review_on"), parent)
        self.store, self.actor, self.prisoner_id = store, actor, prisoner_id
        self.text = line_edit("reviewText", 2000)
        self.next = DateField("reviewNext", near=lambda: today)
        self.next.set_value(today + timedelta(days=REVIEW_DAYS))
        self.add_row("text", self.text)
        self.add_row("next_review_on", self.next)
        self.finish()
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review of the plan"))
        self.labels["text"].setText(self.tr("&How it goes"))
        self.labels["next_review_on"].setText(self.tr("&Next review"))

    def request(self) -> tuple[object, ...] | None:
        day = self.read_day(self.next, "next_review_on")
        if self.wrong:
            return None
        return (plans.review_plan, self.store, self.actor, self.prisoner_id, self.text.text(), day)
