"""One line of text a step of a parcel needs: why the prisoner refused it, why it goes back
to the sender, or where it is forwarded. The step is recorded by the service on OK, and its
refusal is shown here, the text kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from prisondesk.ui.errors import FieldErrors
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label, line_edit

# (the text typed) -> the service call that records the step
Step = Callable[[str], object]


class ReasonDialog(QDialog):
    def __init__(
        self,
        ops: Operations,
        title: str,
        intro: str,
        field_label: str,
        step: Step,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.step = ops, step
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.resize(520, 160)
        self.intro = label("reasonIntro", intro)
        self.intro.setWordWrap(True)
        self.text = line_edit("reasonText", 500)
        self.field_label = label("", field_label)
        self.field_label.setBuddy(self.text)
        self.errors = FieldErrors(label("reasonError"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.field_label, self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.errors.clear()
        self.buttons.setEnabled(False)
        self.ops.run(
            self.step, self.text.text(), on_done=lambda _result: self.accept(), on_error=self._no
        )

    def _no(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
