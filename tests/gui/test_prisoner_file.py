"""The prisoner file, reached as the registry officer reaches it: logged in, the registry
searched by name, the file opened with Enter. What it shows, a movement recorded in its dialog
(a transfer named by hand or to a facility of the server, an arrival, a release that wants the
property handed back), the ID card and the property receipt saved and printed, and a
correction through the admission wizard — by clicks and keys."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
    QWizard,
)
from sqlalchemy import select, update

from prisondesk.db.models import AuditEntry, Prisoner
from prisondesk.services.core import facility, users
from prisondesk.services.intake import admissions
from prisondesk.services.intake.admissions import ContactEntry, Placement, PropertyEntry
from prisondesk.sync import state
from prisondesk.ui import print_pdf as printing
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from tests.gui.flows import (
    cancel_next_file_dialog,
    choose_item,
    click,
    click_tab,
    keys,
    log_in,
    open_module,
    press_in_next_question,
    retype,
    save_in_next_file_dialog,
)
from tests.intake.fixtures import LEGAL, identity

PASSWORD = "second-pass2"  # what the staff fixture leaves
OSH = "01a20000-0000-7000-8000-000000000042"  # a facility of the central server


@pytest.fixture
def admitted(db, registrar):
    wing = facility.current_facility(db).wings[0].id
    view = admissions.start_admission(db, registrar, identity())
    admissions.save_legal(db, registrar, view.id, LEGAL)
    admissions.save_placement(db, registrar, view.id, Placement("general", wing, "12"))
    admissions.record_injuries(db, registrar, view.id, [])
    admissions.save_property(db, registrar, view.id, [PropertyEntry("Часы", 1, "", "сейф 3")])
    admissions.save_contacts(db, registrar, view.id, [ContactEntry("Асанова Гүлнара", "мать")])
    admissions.record_rights_explained(db, registrar, view.id, "ky")
    users.set_language(db, registrar, "en")
    return admissions.complete_admission(db, registrar, view.id)


def open_file(qtbot, shell, username: str = "registry1") -> PrisonerFile:
    """Log in, click into the registry's search, type the name and open the file found with
    Enter; returns it once its movements are read."""
    window = log_in(qtbot, shell, username, PASSWORD)
    registry = open_module(qtbot, window, "intake")
    qtbot.mouseClick(registry.query, Qt.MouseButton.LeftButton)
    keys(qtbot, registry.query, "Asanov")  # the Latin spelling finds the Cyrillic name
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    file = opened(qtbot, PrisonerFile)
    qtbot.waitUntil(lambda: file.movements_tab.rowCount() == 1)
    return file


@pytest.fixture
def file(qtbot, shell, admitted) -> PrisonerFile:
    return open_file(qtbot, shell)


def opened(qtbot, kind: type) -> QDialog:
    """The dialog of ``kind`` that has just opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def movement_dialog(qtbot, file: PrisonerFile) -> MovementDialog:
    """Record movement… clicked: the dialog opens once the destinations are read."""
    click(qtbot, file.move_button)
    return opened(qtbot, MovementDialog)


def keyboard_in(window: QWidget) -> QWidget:
    """The widget that has the keyboard, which must be in ``window``."""
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window, f"the keyboard is at {focus!r}"
    return focus


def save(qtbot, dialog: MovementDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def choices(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def movements_shown(qtbot, file: PrisonerFile, rows: int) -> list[list[str]]:
    """The Movements tab clicked; its rows once there are ``rows`` of them."""
    click_tab(qtbot, file.tabs, file.movements_tab)
    table = file.movements_tab
    qtbot.waitUntil(lambda: table.rowCount() == rows)
    return [[table.item(r, c).text() for c in range(3)] for r in range(rows)]


def test_the_file_shows_the_admission(qtbot, file, admitted):
    assert file.windowTitle() == f"File {admitted.number}"
    assert file.title.text() == "Асанов Бакыт Нурланович"
    assert admitted.number in file.summary.text() and "In custody" in file.summary.text()
    assert "Блок А, cell 12" in file.summary.text()
    [admission] = movements_shown(qtbot, file, 1)
    assert admission[1:] == ["Admission", "Блок А 12"]


def _printing(file: PrisonerFile) -> list[QPushButton]:
    return [
        file.print_card_button,
        file.print_receipt_button,
        file.card_button,
        file.receipt_button,
    ]


def test_a_registry_officer_sees_every_action(file):
    for button in [file.edit_button, file.move_button, *_printing(file)]:
        assert button.isVisible() and button.isEnabled(), button.text()


def test_a_social_worker_reads_and_prints_the_file_but_neither_edits_nor_moves(
    qtbot, shell, db, staff, admitted
):
    users.set_language(db, staff("social1", "social_worker"), "en")
    file = open_file(qtbot, shell, "social1")
    assert file.title.text() == "Асанов Бакыт Нурланович"
    assert not file.edit_button.isVisible() and not file.move_button.isVisible()
    assert all(button.isVisible() for button in _printing(file))


def test_a_transfer_is_recorded_from_the_file(qtbot, file, db, registrar, admitted):
    dialog = movement_dialog(qtbot, file)
    choose_item(qtbot, dialog.kind, "Transfer to another facility")
    # no facility of the server is known: the destination is named by hand
    assert choices(dialog.facility) == ["Another facility (the file stays here)"]
    assert dialog.destination.isVisible()
    save(qtbot, dialog)  # no destination yet
    error = dialog.errors.fields["destination"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "This field is required."
    assert dialog.isVisible() and "In custody" in file.summary.text()
    retype(qtbot, dialog.destination, "ИК-47, Бишкек")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is file)  # the dialog closed
    qtbot.waitUntil(lambda: "Transferred out" in file.summary.text())
    rows = movements_shown(qtbot, file, 2)
    assert rows[1][1:] == ["Transfer to another facility", "ИК-47, Бишкек"]
    assert admissions.admission(db, registrar, admitted.id).status == "transferred_out"


def test_a_transfer_to_a_facility_of_the_server_names_it_from_the_list(qtbot, shell, db, admitted):
    with db.apply_remote() as session:  # as the last sync listed the server's facilities
        state.put_directory(session, [{"id": OSH, "code": "OSH-2", "name": "СИЗО Ош"}])
    file = open_file(qtbot, shell)
    dialog = movement_dialog(qtbot, file)
    assert choices(dialog.kind) == [
        "Move to another wing or cell",
        "Out to court",
        "Transfer to another facility",
        "Release",
    ]
    choose_item(qtbot, dialog.kind, "Transfer to another facility")
    # nothing is chosen at first: the file goes nowhere by default
    assert dialog.facility.currentText() == "Choose the receiving facility…"
    assert not dialog.destination.isVisible()
    save(qtbot, dialog)
    error = dialog.errors.fields["to_facility_id"]
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("Choose where the prisoner goes")
    choose_item(qtbot, dialog.facility, "Another facility (the file stays here)")
    assert dialog.destination.isVisible()  # a facility outside the system: named by hand
    choose_item(qtbot, dialog.facility, "СИЗО Ош (OSH-2)")
    assert not dialog.destination.isVisible()  # the facility is the destination
    asked: list[str] = []
    press_in_next_question(qtbot, Qt.Key.Key_Escape, asked)  # No: the officer thinks again
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(asked))
    assert "СИЗО Ош (OSH-2)" in asked[0] and "Transfer?" in asked[0]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)  # nothing recorded
    assert dialog.buttons.isEnabled() and "In custody" in file.summary.text()
    press_in_next_question(qtbot, Qt.Key.Key_Y, asked, Qt.KeyboardModifier.AltModifier)  # Yes
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "Transferred out" in file.summary.text())
    assert movements_shown(qtbot, file, 2)[1][2] == "СИЗО Ош"
    assert not file.move_button.isEnabled()  # nothing moves a prisoner who has left
    with db.read() as session:
        assert session.get(Prisoner, admitted.id).transfer_to == OSH


def test_a_prisoner_on_the_way_here_can_only_arrive(qtbot, shell, db, admitted):
    with db.apply_remote() as session:  # as a transfer from another facility arrives
        session.execute(
            update(Prisoner)
            .where(Prisoner.id == admitted.id)
            .values(status="in_transit", wing_id=None, cell="", transfer_from=OSH)
        )
        state.put_directory(session, [{"id": OSH, "code": "OSH-2", "name": "СИЗО Ош"}])
    file = open_file(qtbot, shell)
    assert "Arriving by transfer from СИЗО Ош (OSH-2)" in file.summary.text()
    dialog = movement_dialog(qtbot, file)
    assert choices(dialog.kind) == ["Arrival by transfer"]
    assert dialog.wing.isVisible() and dialog.cell.isVisible()
    assert not dialog.facility.isVisible()
    retype(qtbot, dialog.cell, "5")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "In custody" in file.summary.text())
    assert "Блок А, cell 5" in file.summary.text()
    rows = movements_shown(qtbot, file, 2)
    assert rows[1][1:] == ["Arrival by transfer", "Блок А 5"]


def test_release_asks_for_the_property_back(qtbot, file):
    dialog = movement_dialog(qtbot, file)
    choose_item(qtbot, dialog.kind, "Release")
    assert dialog.property.isVisible() and dialog.property.item(0).text() == "Часы × 1 (сейф 3)"
    save(qtbot, dialog)  # the watch not ticked as handed back
    error = dialog.errors.fields["property"]
    qtbot.waitUntil(error.isVisible)
    assert "Часы" in error.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert "In custody" in file.summary.text()
    assert movements_shown(qtbot, file, 1)[0][1] == "Admission"


def _read_back(pdf: bytes, scale: float = 5) -> tuple[list[str], str]:
    """The barcodes read off the first page, and its text."""
    page = pypdfium2.PdfDocument(pdf)[0]
    codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=scale).to_pil())]
    return codes, page.get_textpage().get_text_range()


@pytest.mark.parametrize(
    ("button", "name"), [("card_button", "card"), ("receipt_button", "property")]
)
def test_the_id_card_and_the_receipt_are_saved_as_pdfs_with_the_number(
    qtbot, file, admitted, tmp_path, button, name
):
    offered: list[str] = []
    target = tmp_path / "chosen.pdf"
    save_in_next_file_dialog(qtbot, str(target), offered)  # Qt's own file dialog
    click(qtbot, getattr(file, button))
    qtbot.waitUntil(target.exists)
    assert offered == [f"{admitted.number}-{name}.pdf"]
    assert file.message.text() == f"Saved {target}"
    codes, text = _read_back(target.read_bytes())
    assert codes == [admitted.number]
    assert "Асанов" in text


def test_a_save_given_up_writes_nothing(qtbot, file, admitted, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the dialog offers to save
    offered: list[str] = []
    cancel_next_file_dialog(qtbot, offered)  # Escape in the file dialog
    click(qtbot, file.card_button)
    assert offered == [f"{admitted.number}-card.pdf"]
    qtbot.waitUntil(lambda: file.ops.idle)
    assert file.message.text() == "" and list(tmp_path.rglob("*.pdf")) == []


@pytest.fixture
def printers(tmp_path, monkeypatch) -> list[QPrinter]:
    """The system's print dialog, answered each time with a printer that writes a PDF file
    (printed-1.pdf, printed-2.pdf, ...) the test reads back: what the program paints onto the
    printer lands there."""
    chosen: list[QPrinter] = []

    class PrintDialog:
        def __init__(self, printer: QPrinter, parent=None) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            chosen.append(self.printer)
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / f"printed-{len(chosen)}.pdf"))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", PrintDialog)
    return chosen


def test_printing_paints_the_card_and_the_receipt_onto_the_printer(
    qtbot, file, admitted, printers, tmp_path, monkeypatch
):
    painted = []  # the sizes painted, in millimetres
    paint = printing.paint_pdf
    monkeypatch.setattr(
        printing, "paint_pdf", lambda printer, pdf: painted.append(paint(printer, pdf))
    )
    click(qtbot, file.print_card_button)
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=10_000)
    assert printers[0].docName() == f"{admitted.number} ID"
    [card] = painted[0]  # one card, at its true size on the sheet
    assert abs(card.width() - 85.6) < 0.5 and abs(card.height() - 54) < 0.5
    codes, _ = _read_back((tmp_path / "printed-1.pdf").read_bytes(), scale=3)
    assert codes == [admitted.number]

    click(qtbot, file.print_receipt_button)
    qtbot.waitUntil(lambda: len(painted) == 2, timeout=10_000)
    assert printers[1].docName() == f"{admitted.number} property"
    # the receipt's bars are finer: read at the printer's own resolution
    codes, _ = _read_back((tmp_path / "printed-2.pdf").read_bytes(), scale=600 / 72)
    assert codes == [admitted.number]


def test_editing_an_admitted_file_is_audited_and_keeps_it_admitted(qtbot, file, db):
    click(qtbot, file.edit_button)
    wizard = opened(qtbot, AdmissionWizard)
    assert wizard.windowTitle() == f"Admission {file.view.number}"
    assert wizard.identity.surname.text() == "Асанов" and wizard.rights.explained.isChecked()
    retype(qtbot, wizard.identity.surname, "Асанбеков")
    qtbot.keyClick(keyboard_in(wizard), Qt.Key.Key_Return)  # Enter: saved, on to the photo
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.photo)
    assert file.title.text() == "Асанбеков Бакыт Нурланович"  # the file shows it at once
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "update")
            .order_by(AuditEntry.device_seq.desc())
        ).first()
    assert entry.before == {"surname": "Асанов"} and entry.after == {"surname": "Асанбеков"}
    # the file shown again keeps the keyboard in the wizard: Enter goes on, step by step
    for page in (wizard.legal, wizard.placement):
        qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled)
        qtbot.keyClick(keyboard_in(wizard), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda page=page: wizard.currentPage() is page)
    choose_item(qtbot, wizard.placement.wing, "Блок Б")  # that is a movement, not an edit
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    error = wizard.placement.errors.fields["wing_id"]
    qtbot.waitUntil(error.isVisible)
    assert "Record a move" in error.text()
    assert wizard.currentPage() is wizard.placement
    assert "In custody" in file.summary.text() and "Блок А, cell 12" in file.summary.text()
