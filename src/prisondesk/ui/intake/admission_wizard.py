"""The admission wizard: each page is saved (in the background) before the next is shown, so
a draft survives an interruption; the last page completes the admission or names what is
missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget, QWizard

from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import WingInfo
from prisondesk.services.intake.admissions import (
    MISSING_LABELS,
    AdmissionView,
    DuplicatePerson,
    IncompleteAdmission,
)
from prisondesk.services.store import Store
from prisondesk.ui.errors import translate
from prisondesk.ui.intake.admission_pages import (
    ContactsPage,
    IdentityPage,
    InjuriesPage,
    LegalPage,
    PhotoPage,
    PlacementPage,
    PropertyPage,
    RightsPage,
)
from prisondesk.ui.intake.wizard_page import AdmissionPage
from prisondesk.ui.operations import Operations


class AdmissionWizard(QWizard):
    admitted = Signal(object)  # AdmissionView
    draft_saved = Signal(object)
    open_existing = Signal(str)  # prisoner id of the person already registered

    def __init__(
        self,
        store: Store,
        ops: Operations,
        actor: Actor,
        wings: tuple[WingInfo, ...],
        draft: AdmissionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("admissionWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # none pile up over a shift
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(820, 640)
        self.view = draft
        self.identity = IdentityPage(store, actor)
        self.photo = PhotoPage(store, actor, ops)
        self.legal = LegalPage(store, actor)
        self.placement = PlacementPage(store, actor, wings)
        self.injuries = InjuriesPage(store, actor)
        self.property = PropertyPage(store, actor)
        self.contacts = ContactsPage(store, actor)
        self.rights = RightsPage(store, actor)
        # a PIN already registered: offer the existing file instead of a second one
        self.duplicate_of: str | None = None
        self.open_existing_button = QPushButton(self.tr("Open the existing file"))
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        self.identity.layout().addWidget(self.open_existing_button)
        self.steps: list[AdmissionPage] = [
            self.identity,
            self.photo,
            self.legal,
            self.placement,
            self.injuries,
            self.property,
            self.contacts,
            self.rights,
        ]
        for page in self.steps:
            self.addPage(page)
        if draft is not None:
            self._show_view(draft)
        self.setWindowTitle(
            self.tr("New admission")
            if draft is None
            else self.tr("Admission {number}").format(number=draft.number)
        )

    def _show_view(self, view: AdmissionView) -> None:
        self.view = view
        self.rights.offer_languages(view.identity.languages)
        for page in self.steps:
            page.load(view)
        self.identity.notice.setText(" ".join(translate("intake", w) for w in view.warnings))

    # --- saving before moving on ---------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if not isinstance(page, AdmissionPage):
            return True
        if page.saved:
            page.saved = False
            return True
        page.errors.clear()
        typed_wrong = page.date_problems()
        if typed_wrong:  # nothing is saved while a date is no date; all are said at once
            for field, problem in typed_wrong.items():
                page.errors.show_at(field, problem)
            return False
        call = page.save_call(self.view.id if self.view else None)
        if call is None and page.optional:
            return True
        if call is None:
            page.general_error.setText(self._confirm_text(page))
            page.general_error.show()
            return False
        fn, args = call
        self._busy(True)
        self.ops.run(
            fn,
            *args,
            on_done=lambda view: self._saved(page, view),
            on_error=lambda exc: self._failed(page, exc),
        )
        return False

    def _confirm_text(self, page: AdmissionPage) -> str:
        if page is self.injuries:
            return self.tr("Note the injuries, or tick that none were seen.")
        return self.tr("Tick that the rules and rights were explained.")

    def _saved(self, page: AdmissionPage, view: AdmissionView) -> None:
        self._busy(False)
        self._show_view(view)
        self.draft_saved.emit(view)
        page.saved = True
        if page is self.rights:
            self.admitted.emit(view)
            super().accept()
        else:
            self.next()

    def _failed(self, page: AdmissionPage, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, DuplicatePerson):
            self.duplicate_of = exc.existing_id
            self.open_existing_button.show()
        if isinstance(exc, IncompleteAdmission):
            missing = ", ".join(translate("intake", MISSING_LABELS[m]) for m in exc.missing)
            page.general_error.setText(self.tr("Still missing: {parts}.").format(parts=missing))
            page.general_error.show()
            return
        page.errors.show(exc)

    def _open_existing(self) -> None:
        if self.duplicate_of:
            self.open_existing.emit(self.duplicate_of)
            super().reject()  # nothing of this admission to keep: the other file opens

    def reject(self) -> None:
        """Escape, Cancel or the window's close: asked first, saying what is kept."""
        if self.view is not None and self.view.status == "draft":
            question = self.tr(
                "Close the admission? The draft is kept as saved at the last step: "
                "continue it from the registry. What was typed on this step since is lost."
            )
        elif self.view is not None:
            question = self.tr(
                "Close the file? The steps saved are kept; what was typed on this step "
                "since is lost."
            )
        else:
            question = self.tr("Close the admission? Nothing has been saved yet.")
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    def _busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
        ):
            self.button(which).setEnabled(not busy)

    def accept(self) -> None:  # Finish: validate (save and complete) like Next
        if self.validateCurrentPage():
            super().accept()
