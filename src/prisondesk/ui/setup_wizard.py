"""First run: either a new facility (its wings and first administrator), or joining through
the central server: a facility's workstation (its users and data arrive by sync), or, with a
headquarters code, a read-only headquarters desk that pulls every facility and then makes
its own first administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from prisondesk.services.core import facility, headquarters
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.sync import syncing
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.language_box import LanguageBox
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import line_edit

FACILITY_FIELDS = {"code", "name", "wings"}
JOIN_FIELDS = {"server": "server", "code": "enrol_code"}
FACILITY_PAGE, ADMIN_PAGE = 0, 1


class SetupWizard(QWizard):
    completed = Signal(object)  # the administrator's Actor
    joined = Signal(str)  # the joined facility's name
    language_chosen = Signal(str)

    def __init__(
        self,
        store: Store,
        ops: Operations,
        language: str,
        parent: QWidget | None = None,
        *,
        headquarters_enrolled: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store, self.ops = store, ops
        # enrolled with a headquarters code: what is left is its first administrator
        self.headquarters = headquarters_enrolled
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(620, 460)

        self.facility_page = QWizardPage()
        self.language = LanguageBox(language)
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language.language())
        )
        self.code = line_edit("code", 16)
        self.name = line_edit("name", 200)
        self.wings = QPlainTextEdit()
        self.wings.setObjectName("wings")
        self.wings.setTabChangesFocus(True)
        self.code_error, self.name_error, self.wings_error = QLabel(), QLabel(), QLabel()
        self.new_choice, self.join_choice = QRadioButton(), QRadioButton()
        self.new_choice.setObjectName("newFacility")
        self.join_choice.setObjectName("joinFacility")
        self.new_choice.setChecked(True)
        self.join_choice.toggled.connect(self._mode_changed)
        page_layout = QVBoxLayout(self.facility_page)
        top = QFormLayout()
        self.language_label = QLabel()
        top.addRow(self.language_label, self.language)
        top.addRow("", self.new_choice)
        top.addRow("", self.join_choice)
        page_layout.addLayout(top)
        self.forms = QStackedWidget()
        page_layout.addWidget(self.forms)
        new_form = QWidget()
        form = QFormLayout(new_form)
        self.code_label, self.name_label, self.wings_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_error)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.name_error)
        form.addRow(self.wings_label, self.wings)
        form.addRow("", self.wings_error)
        self.forms.addWidget(new_form)
        join_form = QWidget()
        join = QFormLayout(join_form)
        self.server = line_edit("server", 300)
        self.enrol_code = line_edit("enrolCode", 64)
        self.server_label, self.enrol_code_label = QLabel(), QLabel()
        self.server_error, self.enrol_code_error = QLabel(), QLabel()
        self.join_note = QLabel()
        self.join_note.setWordWrap(True)
        join.addRow(self.server_label, self.server)
        join.addRow("", self.server_error)
        join.addRow(self.enrol_code_label, self.enrol_code)
        join.addRow("", self.enrol_code_error)
        join.addRow("", self.join_note)
        self.forms.addWidget(join_form)

        self.admin_page = QWizardPage()
        self.username = line_edit("username", 32)
        self.full_name = line_edit("full_name", 200)
        self.password = line_edit("password", password=True)
        self.repeat = line_edit("repeat", password=True)
        self.username_error, self.full_name_error = QLabel(), QLabel()
        self.password_error, self.general_error = QLabel(), QLabel()
        layout = QVBoxLayout(self.admin_page)
        admin_form = QFormLayout()
        self.username_label, self.full_name_label = QLabel(), QLabel()
        self.password_label, self.repeat_label = QLabel(), QLabel()
        admin_form.addRow(self.username_label, self.username)
        admin_form.addRow("", self.username_error)
        admin_form.addRow(self.full_name_label, self.full_name)
        admin_form.addRow("", self.full_name_error)
        admin_form.addRow(self.password_label, self.password)
        admin_form.addRow(self.repeat_label, self.repeat)
        admin_form.addRow("", self.password_error)
        layout.addLayout(admin_form)
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(
            self.general_error,
            {
                "code": self.code_error,
                "name": self.name_error,
                "wings": self.wings_error,
                "username": self.username_error,
                "full_name": self.full_name_error,
                "password": self.password_error,
            },
        )
        self.join_errors = FieldErrors(
            self.join_note, {"server": self.server_error, "code": self.enrol_code_error}
        )
        self.setPage(FACILITY_PAGE, self.facility_page)
        self.setPage(ADMIN_PAGE, self.admin_page)
        if self.headquarters:  # the set-up was cut short after enrolling: go on from there
            self.setStartId(ADMIN_PAGE)
        self.retranslate()

    @property
    def joining(self) -> bool:
        return self.join_choice.isChecked()

    def nextId(self) -> int:
        if self.currentId() == FACILITY_PAGE and (not self.joining or self.headquarters):
            return ADMIN_PAGE
        return -1

    def _mode_changed(self) -> None:
        self.forms.setCurrentIndex(1 if self.joining else 0)
        self.facility_page.setFinalPage(self.joining)
        self.join_errors.clear()
        self.retranslate()
        self.facility_page.completeChanged.emit()  # Next becomes Finish, and back

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PrisonDesk — first start"))
        self.facility_page.setTitle(self.tr("This workstation's facility"))
        if self.joining:
            subtitle = self.tr(
                "The facility's users and data come from the central server. You need a "
                "one-time enrolment code from the server administrator."
            )
        else:
            subtitle = self.tr(
                "Enter the facility as headquarters registered it. Other workstations of the "
                "same facility will join it through the central server."
            )
        self.facility_page.setSubTitle(subtitle)
        self.new_choice.setText(self.tr("Set &up a new facility (its first workstation)"))
        self.join_choice.setText(self.tr("&Join an existing facility through the central server"))
        self.server_label.setText(self.tr("&Server address"))
        self.server_label.setBuddy(self.server)
        self.server.setPlaceholderText(self.tr("e.g. https://sync.example.kg:8470"))
        self.enrol_code_label.setText(self.tr("&Enrolment code"))
        self.enrol_code_label.setBuddy(self.enrol_code)
        self.enrol_code.setPlaceholderText(self.tr("e.g. K7QM-2XHP-9TRD"))
        if self.headquarters:
            self.admin_page.setTitle(self.tr("Headquarters desk: its first administrator"))
            self.admin_page.setSubTitle(
                self.tr(
                    "This desk reads every facility and changes none. This account creates "
                    "the headquarters viewers who use it. Keep its password safe."
                )
            )
        else:
            self.admin_page.setTitle(self.tr("First administrator"))
            self.admin_page.setSubTitle(
                self.tr("This account creates the other users. Keep its password safe.")
            )
        self.language_label.setText(self.tr("Language"))
        self.code_label.setText(self.tr("Facility &code"))
        self.code_label.setBuddy(self.code)
        self.code.setPlaceholderText(self.tr("e.g. BSH-1"))
        self.name_label.setText(self.tr("Facility na&me"))
        self.name_label.setBuddy(self.name)
        self.wings_label.setText(self.tr("&Wings (one per line)"))
        self.wings_label.setBuddy(self.wings)
        self.username_label.setText(self.tr("&User name"))
        self.username_label.setBuddy(self.username)
        self.full_name_label.setText(self.tr("Full na&me"))
        self.full_name_label.setBuddy(self.full_name)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.repeat_label.setText(self.tr("&Repeat password"))
        self.repeat_label.setBuddy(self.repeat)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.joining and not self.headquarters:
            self._join()
            return
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.password_error.setText(self.tr("The two passwords differ."))
            self.password_error.show()
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if self.headquarters:
            self.ops.run(
                headquarters.set_up_headquarters,
                self.store,
                admin_username=self.username.text(),
                admin_full_name=self.full_name.text(),
                admin_password=self.password.text(),
                language=self.language.language(),
                on_done=self._done,
                on_error=self._failed,
            )
            return
        self.ops.run(
            facility.set_up_facility,
            self.store,
            code=self.code.text(),
            name=self.name.text(),
            wings=self.wings.toPlainText().splitlines(),
            admin_username=self.username.text(),
            admin_full_name=self.full_name.text(),
            admin_password=self.password.text(),
            language=self.language.language(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _join(self) -> None:
        self.join_errors.clear()
        self.join_note.setStyleSheet("")
        self.join_note.setText(
            self.tr(
                "Joining… the facility's users and data are being fetched; this can take a while."
            )
        )
        self.join_note.show()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ops.run(
            syncing.join_facility,
            self.store,
            self.server.text(),
            self.enrol_code.text(),
            on_done=self._joined,
            on_error=self._join_failed,
        )

    def _joined(self, joined: syncing.Joined) -> None:
        if joined.headquarters:  # every facility is here: now the desk's own administrator
            self.headquarters = True
            self.join_note.clear()
            self.new_choice.setEnabled(False)
            self.join_choice.setEnabled(False)
            self.facility_page.setFinalPage(False)
            self.facility_page.setCommitPage(True)  # enrolled: there is no going back
            self.retranslate()
            self.next()
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            return
        self.joined.emit(joined.facility_name)
        super().accept()

    def _join_failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.join_note.setStyleSheet("color: #b00020;")
        self.join_errors.show(exc)

    def _done(self, actor: Actor) -> None:
        self.completed.emit(actor)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        field = getattr(exc, "field", None)
        if field in FACILITY_FIELDS:
            self.back()
        self.errors.show(exc)
