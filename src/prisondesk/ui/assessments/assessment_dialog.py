"""One assessment on screen: the instrument version it was made with, section by section,
each question with its answers to choose (by keys: Tab to the next, arrows to choose); beside
them the scores, the level and the needs, computed as the assessor answers (the domain's own
rules, the same the service applies); under them what changed since the last assessment, the
case notes written since, and the steps taken.

The assessor saves a draft or submits it with its next review date. A supervisor approves an
assessment awaiting approval — with the instrument's level, or another one and the reason —
or sends it back, saying why. Anything else is read only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.assessments import (
    ASSESSMENTS,
    DEFAULT_REVIEW_MONTHS,
    EDITABLE,
    STATUS_LABELS,
    STEP_LABELS,
    Status,
    Step,
)
from prisondesk.domain.instruments import score
from prisondesk.domain.roles import Permission
from prisondesk.services.assessments import reading, workflow
from prisondesk.services.assessments.reading import AssessmentView
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.assessments.start_dialog import SendBackDialog
from prisondesk.ui.assessments.texts import in_language, shown_text
from prisondesk.ui.date_field import DateField
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.i18n import short_date, short_date_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import button, label, line_edit, show_if

NOT_ANSWERED = None


class AssessmentDialog(QDialog):
    changed = Signal()  # saved, submitted, approved or sent back

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        assessment_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.today = store, ops, actor, today
        self.assessment_id = assessment_id
        self.view: AssessmentView | None = None
        self.setObjectName("assessmentDialog")
        self.answers: dict[str, QComboBox] = {}
        self.heading = label("assessmentHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.caution = label("assessmentCaution")
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet("font-style: italic; color: #5a4a00;")
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from answer to answer
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.scores = label("assessmentScores")
        self.scores.setWordWrap(True)
        self.scores.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history_label, self.history = label(), QListWidget()
        self.history.setObjectName("assessmentHistory")
        self.history.setWordWrap(True)
        self.history_label.setBuddy(self.history)
        side = QVBoxLayout()
        side.addWidget(self.scores)
        side.addWidget(self.history_label)
        side.addWidget(self.history, 1)
        middle = QHBoxLayout()
        middle.addWidget(scroll, 3)
        middle.addLayout(side, 2)

        self.review_label = label()
        self.review = DateField("assessmentReview", near=lambda: self._default_review())
        self.review_label.setBuddy(self.review)
        self.save_button = button("saveAssessment", self.save)
        self.submit_button = button("submitAssessment", self.submit)
        self.level_label, self.level = label(), QComboBox()
        self.level.setObjectName("approvedLevel")
        # filled once the assessment is read: as wide as the instrument's longest level
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_label.setBuddy(self.level)
        self.reason_label, self.reason = label(), line_edit("overrideReason", 2000)
        self.reason_label.setBuddy(self.reason)
        self.approve_button = button("approveAssessment", self.approve)
        self.send_back_button = button("sendBackAssessment", self.send_back)
        self.close_button = button("closeAssessment", self.reject)
        self.errors = FieldErrors(
            label("assessmentError"),
            {"next_review_on": label(), "override_reason": label(), "level": label()},
        )
        steps = QHBoxLayout()
        for widget in (self.review_label, self.review, self.save_button, self.submit_button):
            steps.addWidget(widget)
        for widget in (self.level_label, self.level, self.reason_label):
            steps.addWidget(widget)
        steps.addWidget(self.reason, 1)
        for widget in (self.approve_button, self.send_back_button, self.close_button):
            steps.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.caution)
        layout.addLayout(middle, 1)
        for error in self.errors.fields.values():
            layout.addWidget(error)
        layout.addWidget(self.errors.general)
        layout.addLayout(steps)
        self.resize(1180, 700)
        self.retranslate()
        for widget in self._step_widgets():  # shown as the assessment read allows
            widget.setVisible(False)
        self.load()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Risk and needs assessment"))
        self.review_label.setText(self.tr("Next &review"))
        self.save_button.setText(self.tr("&Save the draft"))
        self.submit_button.setText(self.tr("S&ubmit for approval"))
        self.level_label.setText(self.tr("&Level"))
        self.reason_label.setText(self.tr("Why another le&vel"))
        self.approve_button.setText(self.tr("&Approve"))
        self.send_back_button.setText(self.tr("Send &back…"))
        self.close_button.setText(self.tr("&Close"))
        self.history_label.setText(self.tr("C&hanges, notes and steps"))
        if self.view is not None:
            self._build(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.run(
            reading.assessment_view,
            self.store,
            self.actor,
            self.assessment_id,
            on_done=self._loaded,
            on_error=self.errors.show,
        )

    def _loaded(self, view: AssessmentView) -> None:
        self.view = view
        self._build(view)
        first = next(iter(self.answers.values()), None)
        if first is not None and first.isEnabled():
            first.setFocus()

    def _build(self, view: AssessmentView) -> None:
        """The form of the instrument version, with the answers given so far."""
        chosen = {item: self._answer(item) for item in self.answers} if self.answers else {}
        chosen = chosen or dict(view.answers)
        while self.sections_layout.count():
            old = self.sections_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.answers.clear()
        editable = view.status in EDITABLE and self.actor.can(Permission.EDIT_ASSESSMENTS)
        instrument = view.instrument
        self.heading.setText(
            self.tr("{prisoner} — {instrument}, version {version} ({status})").format(
                prisoner=view.prisoner,
                instrument=shown_text(instrument.title),
                version=instrument.version,
                status=translate(ASSESSMENTS, STATUS_LABELS[Status(view.status)]),
            )
        )
        self.caution.setText(in_language(instrument.caution))
        for section in instrument.sections:
            box = QGroupBox(shown_text(section.title))
            grid = QGridLayout(box)  # a grid, not a form: a question of two lines keeps both
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            for row, item in enumerate(section.items):
                combo = QComboBox()
                combo.setObjectName(f"answer:{item.id}")
                combo.addItem(self.tr("— not answered —"), NOT_ANSWERED)
                for option in item.options:
                    combo.addItem(f"{in_language(option.label)} ({option.score})", option.code)
                combo.setCurrentIndex(max(0, combo.findData(chosen.get(item.id))))
                combo.setEnabled(editable)
                combo.currentIndexChanged.connect(self._rescore)
                text = QLabel(in_language(item.text) + ("" if item.required else " *"))
                text.setWordWrap(True)
                if item.help is not None:
                    text.setToolTip(in_language(item.help))
                grid.addWidget(text, row, 0)
                grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
                self.answers[item.id] = combo
            self.sections_layout.addWidget(box)
        self.sections_layout.addStretch()
        self._steps_shown(view, editable)
        self._rescore()
        self._history(view)

    def _step_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.review_label,
            self.review,
            self.save_button,
            self.submit_button,
            self.level_label,
            self.level,
            self.reason_label,
            self.reason,
            self.approve_button,
            self.send_back_button,
        )

    def _steps_shown(self, view: AssessmentView, editable: bool) -> None:
        approving = view.status == Status.AWAITING_APPROVAL and self.actor.can(Permission.APPROVE)
        for widget in (self.review_label, self.review, self.save_button, self.submit_button):
            show_if(widget, editable)
        for widget in (
            self.level_label,
            self.level,
            self.reason_label,
            self.reason,
            self.approve_button,
            self.send_back_button,
        ):
            show_if(widget, approving)
        if editable and self.review.value() is None:
            self.review.set_value(view.next_review_on or self._default_review())
        self.level.clear()
        for level in view.instrument.levels:
            self.level.addItem(in_language(level.label), level.code)
        self.level.setCurrentIndex(max(0, self.level.findData(view.computed_level)))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes down the questions in their order (the form is built after the buttons,
        so Qt's own chain would not), then on to the steps."""
        combos = [c for c in self.answers.values() if c.isEnabled()]
        current = QApplication.focusWidget()
        if current in combos:
            index = combos.index(current) + (1 if next else -1)
            if 0 <= index < len(combos):
                reason = (
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                combos[index].setFocus(reason)
                return True
        return super().focusNextPrevChild(next)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The question answered by keys is scrolled into sight."""
        if new is not None and new in self.answers.values():
            self.scroll.ensureWidgetVisible(new)

    def _default_review(self) -> date:
        return self.today + timedelta(days=30 * DEFAULT_REVIEW_MONTHS)

    def _answer(self, item_id: str) -> str | None:
        return self.answers[item_id].currentData()

    def _chosen(self) -> dict[str, str]:
        return {item: code for item in self.answers if (code := self._answer(item))}

    def _rescore(self) -> None:
        """The scores, level and needs of the answers on screen (the service computes the
        same when they are saved)."""
        if self.view is None:
            return
        instrument = self.view.instrument
        result = score(instrument, self._chosen())
        lines = [
            f"{shown_text(section.title)}: {result.sections[section.id]}"
            for section in instrument.sections
        ]
        level = in_language(instrument.level(result.level).label)
        names = {rule.code: in_language(rule.label) for rule in instrument.needs}
        needs = ", ".join(names[need] for need in result.needs) or self.tr("none")
        lines += [
            self.tr("Risk total: {total}").format(total=result.total),
            self.tr("Level by the instrument: {level}").format(level=level),
            self.tr("Needs: {needs}").format(needs=needs),
        ]
        if result.unanswered:
            lines.append(self.tr("Questions still to answer: %n", "", len(result.unanswered)))
        if self.view.level:
            lines.append(
                self.tr("Approved level: {level}").format(
                    level=in_language(instrument.level(self.view.level).label)
                )
            )
        self.scores.setText("\n".join(lines))

    def _history(self, view: AssessmentView) -> None:
        self.history.clear()
        for change in view.changes:
            before = in_language(change.before) if change.before else self.tr("not answered")
            after = in_language(change.after) if change.after else self.tr("not answered")
            self.history.addItem(
                self.tr("Changed: {item}: {before} → {after}").format(
                    item=in_language(change.item), before=before, after=after
                )
            )
        for note in view.notes_since:
            self.history.addItem(
                self.tr("Note of {when}, {who}: {text}").format(
                    when=short_date(note.written_at.date()), who=note.written_by, text=note.text
                )
            )
        for step in reversed(view.steps):
            text = translate(ASSESSMENTS, STEP_LABELS[Step(step.step)])
            said = f" — {step.reason}" if step.reason else ""
            self.history.addItem(f"{short_date_time(step.taken_at)} {text}, {step.taken_by}{said}")

    # --- steps ---------------------------------------------------------------------------
    def _run(self, call, *args, then: str) -> None:
        self.errors.clear()
        self.ops.run(
            call,
            self.store,
            self.actor,
            *args,
            on_done=lambda _none: self._done(then),
            on_error=self.errors.show,
        )

    def _done(self, then: str) -> None:
        self.changed.emit()
        if then == "close":
            self.accept()
        else:
            self.load()

    def save(self) -> None:
        self._run(workflow.save_answers, self.assessment_id, self._chosen(), then="reload")

    def submit(self) -> None:
        if self.review.problem():
            self.errors.show_at("next_review_on", self.review.problem)
            return
        answers = self._chosen()
        self.errors.clear()
        self.ops.run(
            workflow.save_answers,
            self.store,
            self.actor,
            self.assessment_id,
            answers,
            on_done=lambda _none: self._run(
                workflow.submit, self.assessment_id, self.review.value(), then="close"
            ),
            on_error=self.errors.show,
        )

    def approve(self) -> None:
        self._run(
            workflow.approve,
            self.assessment_id,
            self.level.currentData(),
            self.reason.text(),
            then="close",
        )

    def send_back(self) -> None:
        dialog = SendBackDialog(self.ops, self.store, self.actor, self.assessment_id, self)
        dialog.saved.connect(lambda _none: self._done("close"))
        dialog.open()
