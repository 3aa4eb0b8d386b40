"""Every window and dialog of the program, in English, Russian and Kyrgyz, reached as a person
reaches it (a real login for each role that sees different pages, clicks on the navigation,
the tabs and the buttons), checked for what the field trial of issue 13 found:

- one Alt+letter reaches one control: the mnemonics active at the same time in a window
  (label buddies, buttons, check boxes, group boxes, tabs, menu bar titles, Qt's own dialog,
  wizard and message box buttons) are all different. A letter in either case is one key; a
  Cyrillic letter and the Latin one on the same physical key are different mnemonics for Qt,
  so the letters themselves are compared. A dialog is a window of its own;
- each window, with its title bar, fits a 1366×768 screen less its taskbar (1366×728) and
  still a 1280×720 one (1280×680);
- no text is cut: a combo box shows its longest choice, a label or a button is not narrower
  than its text, a module's name fits the navigation (the main window at both screen sizes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)

from prisondesk.domain.roles import Permission
from prisondesk.services.assessments import case_notes, plans
from prisondesk.services.core import users
from prisondesk.services.parcels import receipt
from prisondesk.services.parcels.receipt import ItemEntry, ParcelEntry
from prisondesk.services.sync.syncing import SyncStatus
from prisondesk.ui.admin.user_dialog import UserDialog
from prisondesk.ui.admin.users_page import UsersPage
from prisondesk.ui.assessments.assessment_dialog import AssessmentDialog
from prisondesk.ui.assessments.assessments_page import AssessmentsPage
from prisondesk.ui.assessments.notes_tab import NoteDialog
from prisondesk.ui.assessments.plan_dialogs import ActionDialog, ProgressDialog, ReviewDialog
from prisondesk.ui.assessments.start_dialog import SendBackDialog, StartDialog
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.movement_dialog import MovementDialog
from prisondesk.ui.intake.prisoner_card import PrisonerCard
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.intake.prisoner_picker import PrisonerPicker
from prisondesk.ui.intake.registry_page import RegistryPage
from prisondesk.ui.main_window import MainWindow
from prisondesk.ui.parcels.inspection_dialog import InspectionDialog
from prisondesk.ui.parcels.parcels_page import ParcelsPage
from prisondesk.ui.parcels.reason_dialog import ReasonDialog
from prisondesk.ui.parcels.receipt_dialog import ReceiptDialog
from prisondesk.ui.parcels.supervisor_dialog import SupervisorDialog
from prisondesk.ui.password_dialog import ChangePasswordDialog
from prisondesk.ui.setup_wizard import SetupWizard
from prisondesk.ui.sync.review_dialog import SyncReviewDialog
from prisondesk.ui.sync_scheduler import SyncState
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.calendar_page import CalendarPage
from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.visits.visitor_dialog import VisitorDialog
from prisondesk.ui.visits.visitor_registry import VisitorRegistryPage
from prisondesk.ui.visits.visits_page import VisitsPage
from prisondesk.ui.workshops.place_dialogs import EndPlaceDialog, ProgrammeDialog, RateDialog
from prisondesk.ui.workshops.workshop_dialog import WorkshopDialog
from prisondesk.ui.workshops.workshops_page import WorkshopsPage
from tests.assessments.conftest import highest
from tests.assessments.flow import approved, submitted
from tests.conftest import ADMIN_PASSWORD
from tests.gui.flows import click, log_in, open_module, type_slowly
from tests.workshops.fixtures import allocated, make_workshop

LANGUAGES = ["en", "ru", "ky"]
SCREENS = [(1366, 728), (1280, 680)]  # the free area of 1366×768 and 1280×720 screens
TITLE_BAR = 40  # and the system's title bar and borders around a window
STAFF_PASSWORD = "second-pass2"
ROLES = {  # a user of each role that sees different pages: (fixture, password)
    "admin": ("admin", ADMIN_PASSWORD),
    "registry1": ("registrar", STAFF_PASSWORD),  # registry officer
    "gate1": ("officer", STAFF_PASSWORD),  # gate officer
    "chief": ("chief", STAFF_PASSWORD),  # supervisor
    "instructor1": ("instructor", STAFF_PASSWORD),  # workshop instructor
    "social1": ("social_worker", STAFF_PASSWORD),  # social worker (a psychologist sees the same)
}


# --- mnemonics -------------------------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    """The letter Alt presses for ``text``, as Qt reads it ("&&" is a shown "&")."""
    sequence = QKeySequence.mnemonic(text)
    return None if sequence.isEmpty() else chr(sequence[0].key().value)


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []  # no buddy: a shown "&"
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def _on_screen(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` that are shown, not those of the dialogs it owns."""
    return [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if widget.window() is window and widget.isVisibleTo(window)
    ]


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that carry it (a disabled button counts: it is enabled later)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in _on_screen(window):
        for text in _texts(widget):
            if letter := mnemonic(text):
                found[letter.upper()].append(text)
    return found


# --- cut texts -------------------------------------------------------------------------------
def combo_cut(box: QComboBox) -> str | None:
    """The longest choice of ``box`` when it is wider than the box's text field."""
    if box.count() == 0 or box.isEditable():
        return None
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    metrics = box.fontMetrics()
    longest = max((box.itemText(i) for i in range(box.count())), key=metrics.horizontalAdvance)
    return longest if metrics.horizontalAdvance(longest) > field.width() else None


def cut_texts(window: QWidget) -> list[str]:
    cut = []
    for widget in _on_screen(window):
        if isinstance(widget, QComboBox) and (choice := combo_cut(widget)):
            cut.append(f"the choice «{choice}» ({widget.width()} px)")
        elif isinstance(widget, QLabel | QAbstractButton) and not isinstance(widget, QToolButton):
            text = widget.text()
            plain = isinstance(widget, QAbstractButton) or not (
                widget.wordWrap() or "<" in text  # wrapped or rich text: laid out apart
            )
            if text and plain and widget.width() < widget.minimumSizeHint().width():
                cut.append(f"«{text}» ({widget.width()} of {widget.minimumSizeHint().width()} px)")
    navigation = window.findChild(QWidget, "navigation")
    if isinstance(window, MainWindow) and navigation is not None:
        metrics, room = navigation.fontMetrics(), navigation.viewport().width()
        padding = 2 * 8 + 4  # the items' padding in the style sheet, and their margins
        for item in (navigation.item(row) for row in range(navigation.count())):
            if metrics.horizontalAdvance(item.text()) + padding > room:
                cut.append(f"the module «{item.text()}» in the navigation")
    return cut


def settle() -> None:
    """Let what is posted run: a language change, then the new layout it asks for."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class Findings:
    """Everything wrong in the windows one test sees, reported together at its end."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.problems: list[str] = []

    def check(self, window: QWidget, where: str) -> None:
        settle()
        place = f"{where} [{self.language}]"
        for letter, texts in sorted(mnemonics(window).items()):
            if len(texts) > 1:
                self.problems.append(f"{place}: Alt+{letter} is {' / '.join(texts)}")
        hint, minimum = window.minimumSizeHint(), window.minimumSize()
        width = max(hint.width(), minimum.width())
        height = max(hint.height(), minimum.height()) + TITLE_BAR
        for screen_width, screen_height in SCREENS:
            if width > screen_width or height > screen_height:
                self.problems.append(
                    f"{place}: needs {width}×{height} with its title bar, "
                    f"more than {screen_width}×{screen_height}"
                )
        if isinstance(window, MainWindow):
            for screen_width, screen_height in SCREENS:  # as the window is on such a screen
                window.resize(screen_width, screen_height - TITLE_BAR)
                settle()
                for text in cut_texts(window):
                    self.problems.append(f"{place} at {screen_width}×{screen_height}: cut {text}")
        else:
            for text in cut_texts(window):
                self.problems.append(f"{place}: cut {text}")

    def check_menus(self, window: MainWindow) -> None:
        for title in window.menuBar().actions():
            letters: dict[str, list[str]] = defaultdict(list)
            for action in title.menu().actions():
                if action.isVisible() and (letter := mnemonic(action.text())):
                    letters[letter.upper()].append(action.text())
            for letter, texts in letters.items():
                if len(texts) > 1:
                    self.problems.append(
                        f"menu {title.text()} [{self.language}]: Alt+{letter} is "
                        + " / ".join(texts)
                    )

    def assert_none(self) -> None:
        assert not self.problems, "\n".join(self.problems)


# --- reaching the windows -------------------------------------------------------------------
def _newest(kind: type[QWidget], *, besides: tuple[QWidget, ...] = ()) -> QWidget | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and w not in besides
    ]
    return shown[-1] if shown else None


def opens(qtbot, kind: type[QWidget], action: Callable[[], object]) -> QWidget:
    """Do ``action`` (a click, a key, a menu command); return the window of ``kind`` it opens."""
    before = tuple(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))
    action()
    qtbot.waitUntil(lambda: _newest(kind, besides=before) is not None, timeout=10_000)
    window = _newest(kind, besides=before)
    qtbot.waitExposed(window)
    return window


def close(findings: Findings, dialog: QWidget) -> None:
    """Cancel ``dialog`` as Escape does; a question "close it?" is checked, then answered Yes."""

    def answer() -> None:
        question = _newest(QMessageBox)
        if question is not None:
            findings.check(question, f"closing {_title(dialog)}")
            question.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(100, answer)
    dialog.reject()


def each_tab(qtbot, tabs: QTabWidget) -> Iterator[int]:
    """Click each visible tab in turn."""
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert tabs.currentIndex() == index
            yield index


def _title(widget: QWidget) -> str:
    return widget.windowTitle() or type(widget).__name__


@pytest.fixture
def instructor(staff):
    return staff("instructor1", "instructor", "Жумабеков Эрлан")


@pytest.fixture
def social_worker(staff):
    return staff("social1", "social_worker", "Абдыкадырова Назгуль")


@pytest.fixture
def people(db, admin, registrar, officer, chief, instructor, social_worker, world):
    """A facility at work: a user of each role, an admitted prisoner with approved family
    and weekly visiting times, a parcel for them at the gate, a workshop place, an approved
    assessment with its plan and a reassessment awaiting approval."""
    receipt.receive_parcel(
        db,
        officer,
        ParcelEntry(
            world.prisoner_id,
            "gate",
            sender_visitor_id=world.mother,
            weight_grams=3500,
            seal="A-1",
            items=(ItemEntry("Food", "Печенье", 2, "pack"), ItemEntry("Hygiene", "Мыло", 1, "pcs")),
        ),
    )
    workshop = make_workshop(
        db,
        instructor,
        instructor_ids=[instructor.user_id],
        sessions=[(d, "full") for d in range(7)],
    )
    allocated(db, instructor, world.prisoner_id, workshop_id=workshop)
    first = approved(db, social_worker, chief, world.prisoner_id, highest("education", "family"))
    plans.actions_from_needs(db, social_worker, first)
    case_notes.write(db, social_worker, world.prisoner_id, "concern", "restricted", "Тревожен")
    submitted(db, social_worker, world.prisoner_id, highest("escape"), reason="due")
    return world


def log_in_as(request, qtbot, shell, db, username: str, language: str) -> MainWindow:
    """Log in as ``username``, whose own language (applied at login) is ``language``."""
    fixture, password = ROLES[username]
    users.set_language(db, request.getfixturevalue(fixture), language)
    window = log_in(qtbot, shell, username, password)
    assert shell.languages.language == language
    return window


# --- the windows before the main window -----------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_first_start_wizard(qtbot, shell, db, language):
    findings = Findings(language)
    shell.languages.apply(language)
    shell.start()
    wizard = shell.window
    assert isinstance(wizard, SetupWizard)
    qtbot.waitExposed(wizard)
    findings.check(wizard, "first start: a new facility")
    click(qtbot, wizard.join_choice)
    findings.check(wizard, "first start: joining a facility")
    click(qtbot, wizard.new_choice)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.admin_page
    findings.check(wizard, "first start: the first administrator")
    findings.assert_none()


@pytest.mark.parametrize("language", LANGUAGES)
def test_login_and_the_first_password_change(qtbot, shell, db, admin, language):
    users.create_user(db, admin, "new1", "Новый Сотрудник", "gate_officer", "temporary-1")
    findings = Findings(language)
    shell.start()
    login = shell.window
    qtbot.waitExposed(login)
    login.language.set_language(language)  # chosen on the login window
    qtbot.waitUntil(lambda: shell.languages.language == language)
    findings.check(login, "login")
    type_slowly(qtbot, login.username, "new1")
    type_slowly(qtbot, login.password, "temporary-1")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.window, ChangePasswordDialog), timeout=10_000)
    qtbot.waitExposed(shell.window)
    findings.check(shell.window, "the first password change")
    findings.assert_none()


# --- the main window and what opens from it -------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("username", list(ROLES))
def test_main_window_and_its_dialogs(request, qtbot, shell, db, people, language, username):
    findings = Findings(language)
    window = log_in_as(request, qtbot, shell, db, username, language)
    findings.check_menus(window)
    for module in window.modules:
        page = open_module(qtbot, window, module.key)
        tabs = page if isinstance(page, QTabWidget) else getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget):
            for index in each_tab(qtbot, tabs):
                findings.check(window, f"main window: {module.key}, tab {tabs.tabText(index)}")
        else:
            findings.check(window, f"main window: {module.key}")
        if isinstance(page, RegistryPage):
            _registry_dialogs(qtbot, findings, page)
        if isinstance(page, VisitsPage):
            _visits_dialogs(qtbot, findings, page)
        if isinstance(page, UsersPage):
            _admin_dialogs(qtbot, findings, page)
        if isinstance(page, ParcelsPage):
            _parcels_dialogs(qtbot, findings, page)
        if isinstance(page, WorkshopsPage):
            _workshops_dialogs(qtbot, findings, page)
        if isinstance(page, AssessmentsPage):
            _assessments_dialogs(qtbot, findings, page)
    password = opens(qtbot, ChangePasswordDialog, window.password_action.trigger)
    findings.check(password, "changing one's password")
    close(findings, password)
    if window.review_action.isVisible():
        review = opens(qtbot, SyncReviewDialog, window.review_action.trigger)
        for index in each_tab(qtbot, review.tabs):
            findings.check(review, f"sync review, tab {review.tabs.tabText(index)}")
        close(findings, review)
    window.lock_action.trigger()
    assert window.locked
    findings.check(window, "the lock screen")
    findings.assert_none()


def _registry_dialogs(qtbot, findings: Findings, page: RegistryPage) -> None:
    if page.new_button.isVisible():
        wizard = opens(qtbot, AdmissionWizard, lambda: click(qtbot, page.new_button))
        findings.check(wizard, "new admission: first page")
        close(findings, wizard)
    page.query.setText("Асанов")
    qtbot.waitUntil(  # the search has run: its best match is chosen
        lambda: (
            not page.typing.isActive()
            and page.ops.idle
            and page.table.selectionModel().hasSelection()
        )
    )
    if not page.actor.can(Permission.READ_FILES):  # the registry card: no files at this desk
        card = opens(qtbot, PrisonerCard, lambda: qtbot.keyClick(page.query, Qt.Key.Key_Return))
        findings.check(card, "registry card")
        close(findings, card)
        return
    file = opens(qtbot, PrisonerFile, lambda: qtbot.keyClick(page.query, Qt.Key.Key_Return))
    for index in each_tab(qtbot, file.tabs):
        findings.check(file, f"prisoner file, tab {file.tabs.tabText(index)}")
        tab = file.tabs.widget(index)
        if tab is file.module_tabs.get("visits"):
            _visitor_dialogs(qtbot, findings, tab)
        if tab is file.module_tabs.get("assessments"):
            _plan_dialogs(qtbot, findings, tab)
        if tab is file.module_tabs.get("timeline") and tab.write_button.isVisible():
            note = opens(qtbot, NoteDialog, lambda tab=tab: click(qtbot, tab.write_button))
            findings.check(note, "a case note")
            close(findings, note)
    if file.move_button.isVisible():
        dialog = opens(qtbot, MovementDialog, lambda: click(qtbot, file.move_button))
        for kind in range(dialog.kind.count()):
            dialog.kind.setCurrentIndex(kind)
            findings.check(dialog, f"movement: {dialog.kind.currentText()}")
        close(findings, dialog)
    if file.edit_button.isVisible():
        wizard = opens(qtbot, AdmissionWizard, lambda: click(qtbot, file.edit_button))
        _walk_wizard(qtbot, findings, wizard)
    close(findings, file)


def _walk_wizard(qtbot, findings: Findings, wizard: AdmissionWizard) -> None:
    """Page by page through the file being corrected: each page is saved on Next."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while True:
        findings.check(wizard, f"admission wizard: {wizard.currentPage().title()}")
        if wizard.currentPage() is wizard.steps[-1]:
            break
        page = wizard.currentId()
        click(qtbot, next_button)
        qtbot.waitUntil(lambda page=page: wizard.currentId() != page, timeout=10_000)
    close(findings, wizard)


def _visitor_dialogs(qtbot, findings: Findings, tab: QWidget) -> None:
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    for button, kind in (
        (tab.add_button, VisitorDialog),
        (tab.book_button, BookingDialog),
        (tab.restrict_button, RestrictionDialog),
    ):
        if button.isVisible():
            dialog = opens(qtbot, kind, lambda button=button: click(qtbot, button))
            findings.check(dialog, _title(dialog))
            close(findings, dialog)


def _visits_dialogs(qtbot, findings: Findings, page: VisitsPage) -> None:
    calendar: CalendarPage | None = page.calendar
    if calendar is not None:
        page.setCurrentWidget(calendar)
        qtbot.waitUntil(lambda: any(c.free > 0 for c in calendar.cells.values()))
        row, column = next(p for p, c in calendar.cells.items() if c.free > 0 and not c.blocked)
        grid = calendar.grid
        cell = grid.visualRect(grid.model().index(row, column)).center()
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        picker = opens(qtbot, PrisonerPicker, lambda: click(qtbot, calendar.book_button))
        findings.check(picker, _title(picker))
        close(findings, picker)
    registry: VisitorRegistryPage | None = page.visitors
    if registry is not None and registry.restrict_button.isVisible():
        page.setCurrentWidget(registry)
        registry.query.setText("Асанова")
        qtbot.waitUntil(lambda: registry.results.rowCount() == 2)
        rect = registry.results.visualItemRect(registry.results.item(0, 0))
        qtbot.mouseClick(registry.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: registry.restrict_button.isEnabled())
        dialog = opens(qtbot, RestrictionDialog, lambda: click(qtbot, registry.restrict_button))
        findings.check(dialog, "restricting a visitor")
        close(findings, dialog)


def _admin_dialogs(qtbot, findings: Findings, page: UsersPage) -> None:
    page.tabs.setCurrentIndex(0)
    new = opens(qtbot, UserDialog, lambda: click(qtbot, page.new_button))
    findings.check(new, "a new user")
    close(findings, new)
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    edit = opens(qtbot, UserDialog, lambda: click(qtbot, page.edit_button))
    findings.check(edit, "editing a user")
    close(findings, edit)


def _parcels_dialogs(qtbot, findings: Findings, page: ParcelsPage) -> None:
    desk = page.desk
    page.setCurrentWidget(desk)
    qtbot.waitUntil(lambda: desk.settings is not None and desk.inspection_queue.count() == 1)
    receipt = opens(qtbot, ReceiptDialog, lambda: click(qtbot, desk.receive_button))
    findings.check(receipt, "receiving a parcel")
    over = SupervisorDialog(desk.store, desk.ops, desk.actor, "Over the quota", receipt)
    over.show()  # reached by a parcel over the quota (tests/gui/test_parcel_shift.py)
    qtbot.waitExposed(over)
    findings.check(over, "a supervisor accepts a parcel over the quota")
    close(findings, over)
    close(findings, receipt)
    queue = desk.inspection_queue
    rect = queue.visualItemRect(queue.item(0))
    qtbot.mouseClick(queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(queue, Qt.Key.Key_Return)  # opens it
    qtbot.waitUntil(lambda: desk.inspect_button.isEnabled())
    findings.check(desk.window(), "the parcel desk with a parcel open")
    inspection = opens(qtbot, InspectionDialog, lambda: click(qtbot, desk.inspect_button))
    findings.check(inspection, "inspecting a parcel")
    close(findings, inspection)
    back = opens(qtbot, ReasonDialog, lambda: click(qtbot, desk.return_button))
    findings.check(back, "returning a parcel to its sender")
    close(findings, back)


def _workshops_dialogs(qtbot, findings: Findings, page: WorkshopsPage) -> None:
    places = page.places
    page.setCurrentWidget(places)
    table = places.workshops_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    if places.new_button.isVisible():
        form = opens(qtbot, WorkshopDialog, lambda: click(qtbot, places.new_button))
        findings.check(form, "a new workshop")
        close(findings, form)
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: places.detail is not None)
    findings.check(places.window(), "a workshop with its waiting list and places")
    for button, kind in (
        (places.programme_button, ProgrammeDialog),
        (places.rates_box.rate_button, RateDialog),
        (places.placed_box.end_button, EndPlaceDialog),
    ):
        if button.isVisible() and button.isEnabled():
            dialog = opens(qtbot, kind, lambda button=button: click(qtbot, button))
            findings.check(dialog, _title(dialog))
            close(findings, dialog)


def _assessments_dialogs(qtbot, findings: Findings, page: AssessmentsPage) -> None:
    table = page.tables["awaiting_approval"]
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.currentRow() == 0)
    page.tabs.setCurrentIndex(0)
    form = opens(qtbot, AssessmentDialog, lambda: click(qtbot, page.open_button))
    qtbot.waitUntil(lambda: form.view is not None)
    findings.check(form, "an assessment awaiting approval")
    if form.send_back_button.isVisible():
        why = opens(qtbot, SendBackDialog, lambda: click(qtbot, form.send_back_button))
        findings.check(why, "sending an assessment back")
        close(findings, why)
    close(findings, form)


def _plan_dialogs(qtbot, findings: Findings, tab: QWidget) -> None:
    if not tab.reads:
        return
    qtbot.waitUntil(lambda: tab.actions.rowCount() == 2 and tab.table.rowCount() == 2)
    tab.actions.selectRow(0)
    steps = [(tab.open_button, AssessmentDialog)]
    if tab.writes:
        steps += [
            (tab.new_button, StartDialog),
            (tab.add_button, ActionDialog),
            (tab.progress_button, ProgressDialog),
            (tab.review_button, ReviewDialog),
        ]
    for button, kind in steps:
        dialog = opens(qtbot, kind, lambda button=button: click(qtbot, button))
        settle()
        findings.check(dialog, _title(dialog))
        close(findings, dialog)


# --- the states that make texts longest -----------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failing_sync_with_changes_waiting_still_fits(
    request, qtbot, shell, db, people, language
):
    """The status bar's longest sentence: a failure, a thousand changes waiting, some
    rejected, as the sync scheduler reports it."""
    findings = Findings(language)
    window = log_in_as(request, qtbot, shell, db, "chief", language)
    status = SyncStatus(True, "https://sync.example.kg:8470", datetime.now(UTC), "", 1234, 56, ())
    shell.sync.changed.emit(SyncState(status, running=False, error="The server did not answer."))
    qtbot.waitUntil(lambda: "1234" in window.status.sync.text())
    findings.check(window, "main window with a failing sync")
    findings.assert_none()


@pytest.mark.parametrize(("first", "then"), [("en", "ky"), ("en", "ru"), ("ru", "ky")])
def test_registry_filters_show_whole_choices_after_a_language_switch(
    request, qtbot, shell, db, people, first, then
):
    """The field trial's "Бардык бл": the page was built in one language, the officer chose
    another in the Language menu, and the wing filter kept its first width."""
    window = log_in_as(request, qtbot, shell, db, "registry1", first)
    page = open_module(qtbot, window, "intake")
    shown = page.wing.itemText(0)
    window.language_actions[then].trigger()
    qtbot.waitUntil(lambda: page.wing.itemText(0) != shown)  # the page speaks ``then`` now
    window.resize(1280, 680 - TITLE_BAR)  # the smaller screen
    settle()
    for box in (page.wing, page.status, page.regime):
        assert box.isVisible()
        assert combo_cut(box) is None, f"«{combo_cut(box)}» is cut in {box.width()} px"


@pytest.mark.parametrize(("first", "then"), [("en", "ky"), ("ky", "ru"), ("ru", "en")])
@pytest.mark.parametrize("username", ["registry1", "gate1"])
def test_every_page_after_a_language_switch(
    request, qtbot, shell, db, people, username, first, then
):
    """Texts filled in once keep their first width (the gate desk's outcomes): every page
    after the officer changed language in the menu."""
    findings = Findings(then)
    window = log_in_as(request, qtbot, shell, db, username, first)
    shown = window.sync_menu.title()
    window.language_actions[then].trigger()
    qtbot.waitUntil(lambda: window.sync_menu.title() != shown)  # "S&ync" differs in each
    for module in window.modules:
        open_module(qtbot, window, module.key)
        findings.check(window, f"main window: {module.key} after a language switch")
    findings.assert_none()
