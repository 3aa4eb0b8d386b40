"""First run: the facility this workstation serves, its wings and the first administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from prisondesk.services import facility
from prisondesk.services.actor import Actor
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.language_box import LanguageBox
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import line_edit

FACILITY_FIELDS = {"code", "name", "wings"}


class SetupWizard(QWizard):
    completed = Signal(object)  # the administrator's Actor
    language_chosen = Signal(str)

    def __init__(
        self, store: Store, ops: Operations, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops = store, ops
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
        form = QFormLayout(self.facility_page)
        self.language_label = QLabel()
        self.code_label, self.name_label, self.wings_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.language_label, self.language)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_error)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.name_error)
        form.addRow(self.wings_label, self.wings)
        form.addRow("", self.wings_error)

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
        self.addPage(self.facility_page)
        self.addPage(self.admin_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PrisonDesk — first start"))
        self.facility_page.setTitle(self.tr("This workstation's facility"))
        self.facility_page.setSubTitle(
            self.tr(
                "Enter the facility as headquarters registered it. Other workstations of the same "
                "facility will join it through the central server."
            )
        )
        self.admin_page.setTitle(self.tr("First administrator"))
        self.admin_page.setSubTitle(
            self.tr("This account creates the other users. Keep its password safe.")
        )
        self.language_label.setText(self.tr("Language"))
        self.code_label.setText(self.tr("Facility &code"))
        self.code_label.setBuddy(self.code)
        self.code.setPlaceholderText(self.tr("e.g. BSH-1"))
        self.name_label.setText(self.tr("Facility &name"))
        self.name_label.setBuddy(self.name)
        self.wings_label.setText(self.tr("&Wings (one per line)"))
        self.wings_label.setBuddy(self.wings)
        self.username_label.setText(self.tr("&User name"))
        self.username_label.setBuddy(self.username)
        self.full_name_label.setText(self.tr("&Full name"))
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
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.password_error.setText(self.tr("The two passwords differ."))
            self.password_error.show()
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
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

    def _done(self, actor: Actor) -> None:
        self.completed.emit(actor)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        field = getattr(exc, "field", None)
        if field in FACILITY_FIELDS:
            self.back()
        self.errors.show(exc)
