"""The prisoner file's Visits tab, reached as an officer reaches it: logged in, the registry
searched, the file opened with Enter and its Visits tab clicked. A visitor is added (the one
registered already is offered instead), a visit is booked and its pass saved, a refusal says
why, a supervisor restricts a visitor and a clerk cancels a visit — by clicks and keys."""

from __future__ import annotations

from datetime import date, timedelta

import pypdfium2
import pytest
import zxingcpp
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget

from prisondesk.services.core import users
from prisondesk.services.visits import bookings, visitors
from prisondesk.ui.i18n import short_date
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.restriction_dialog import RestrictionDialog
from prisondesk.ui.visits.visitor_dialog import VisitorDialog
from prisondesk.ui.visits.visitors_tab import VisitorsTab
from tests.gui.flows import (
    click,
    click_row,
    click_tab,
    keys,
    log_in,
    log_out,
    open_module,
    press_alt,
    save_in_next_file_dialog,
)
from tests.visits.fixtures import facility_today

PASSWORD = "second-pass2"


def open_visits_tab(qtbot, shell, db, actor, username: str) -> VisitorsTab:
    """Log in, find the prisoner in the registry, open the file with Enter and click its
    Visits tab."""
    users.set_language(db, actor, "en")
    window = log_in(qtbot, shell, username, PASSWORD)
    registry = open_module(qtbot, window, "intake")
    keys(qtbot, registry.query, "Асанов Б")
    qtbot.waitUntil(lambda: registry.count.text() == "Found: 1")
    qtbot.keyClick(registry.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(registry.findChildren(PrisonerFile)))
    file = registry.findChildren(PrisonerFile)[-1]
    tab = file.module_tabs["visits"]
    click_tab(qtbot, file.tabs, tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)  # mother, sister, son: approved
    return tab


def opened(qtbot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # the keys go to it
    return dialog


def alt(qtbot, letter: Qt.Key) -> QWidget:
    """Alt+letter (flows.press_alt), as the label's mnemonic says; returns the field reached."""
    press_alt(qtbot, letter)
    return QApplication.focusWidget()


def type_over(qtbot, field: QWidget, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, field, text)


def choose(qtbot, box: QComboBox, data: str) -> None:
    """Down the list with the arrow keys until ``data`` is chosen (its label's Alt+letter
    has given it the keys)."""
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == data:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == data


def fill_visitor(qtbot, dialog: VisitorDialog, surname, given, document, number, relation):
    for letter, text in (
        (Qt.Key.Key_S, surname),
        (Qt.Key.Key_G, given),
        (Qt.Key.Key_D, document),
        (Qt.Key.Key_N, number),
        (Qt.Key.Key_R, relation),
    ):
        type_over(qtbot, alt(qtbot, letter), text)


def book_on(qtbot, dialog: BookingDialog, day: str) -> None:
    """The day typed over the day field (Alt+D) as dd.mm.yyyy, then Tab to the times."""
    qtbot.waitUntil(lambda: dialog.day.edit.text() != "")  # tomorrow, once today is read
    field = alt(qtbot, Qt.Key.Key_D)
    assert field is dialog.day.edit
    type_over(qtbot, field, day)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def typed(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def test_add_a_visitor_and_a_duplicate_is_offered(qtbot, shell, db, clerk, world):
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.add_button)
    dialog = opened(qtbot, VisitorDialog)
    fill_visitor(qtbot, dialog, "Асанова", "Гүлнара", "паспорт", "ID 1000001", "тётя")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(dialog.use_existing.isVisible)
    assert "registered already" in dialog.errors.fields["document_number"].text()
    assert tab.table.rowCount() == 3  # nothing was added
    type_over(qtbot, alt(qtbot, Qt.Key.Key_N), "ID7777777")
    type_over(qtbot, alt(qtbot, Qt.Key.Key_G), "Жылдыз")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4)
    assert not dialog.isVisible()
    rows = {tab.table.item(r, 0).text(): tab.table.item(r, 3).text() for r in range(4)}
    assert rows["Асанова Жылдыз"] == "waiting"  # a supervisor approves her
    assert list(rows.values()).count("waiting") == 1


def test_book_a_visit_and_save_its_pass(qtbot, shell, db, clerk, world, tmp_path):
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.book_button)
    dialog = opened(qtbot, BookingDialog)
    book_on(qtbot, dialog, typed(world.tuesday))
    qtbot.waitUntil(lambda: dialog.slot.count() == 3 and dialog.slot.currentData() is not None)
    assert "10:00–12:00" in dialog.slot.itemText(0) and "2 free" in dialog.slot.itemText(0)
    people = alt(qtbot, Qt.Key.Key_C)  # Who comes
    assert people is dialog.people
    son = next(i for i in range(people.count()) if "Нурсултан" in people.item(i).text())
    rect = people.visualItemRect(people.item(son))
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(people, Qt.Key.Key_Space)  # the son comes too
    assert people.item(son).checkState() == Qt.CheckState.Checked
    assert alt(qtbot, Qt.Key.Key_L) is dialog.lead
    choose(qtbot, dialog.lead, world.mother)
    click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.outcome.text().startswith("Booked: pass BSH-1-V")
    qtbot.waitUntil(lambda: tab.upcoming.rowCount() == 1)
    assert tab.upcoming.item(0, 0).text() == dialog.result.number
    target, offered = tmp_path / "pass.pdf", []
    save_in_next_file_dialog(qtbot, str(target), offered)  # Qt's own file dialog
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(target.exists)
    assert offered == [f"{dialog.result.number}.pdf"]
    page = pypdfium2.PdfDocument(target.read_bytes())[0]
    codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=400 / 72).to_pil())]
    assert codes == [dialog.result.barcode]


def test_a_refused_booking_says_why(qtbot, shell, db, clerk, chief, world):
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.mother,
        starts_on=facility_today() - timedelta(days=1),
        ends_on=None,
    )
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.book_button)
    dialog = opened(qtbot, BookingDialog)
    book_on(qtbot, dialog, typed(world.tuesday))
    qtbot.waitUntil(lambda: dialog.slot.currentData() is not None)
    alt(qtbot, Qt.Key.Key_L)
    choose(qtbot, dialog.lead, world.mother)
    click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: dialog.errors.fields["lead"].isVisible())
    assert "banned" in dialog.errors.fields["lead"].text() and dialog.result is None
    assert tab.upcoming.rowCount() == 0


def test_a_supervisor_restricts_and_a_clerk_cancels(qtbot, shell, db, chief, clerk, world):
    tab = open_visits_tab(qtbot, shell, db, chief, "chief")
    sister = next(r for r in range(3) if tab.links[r].visitor_id == world.sister)
    click_row(qtbot, tab.table, sister)
    click(qtbot, tab.restrict_button)
    dialog = opened(qtbot, RestrictionDialog)
    assert "Айпери" in dialog.findChild(QWidget, "subject").text()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)  # no reason
    qtbot.waitUntil(lambda: dialog.errors.fields["reason"].isVisible())
    assert dialog.isVisible()
    keys(qtbot, alt(qtbot, Qt.Key.Key_E), "нарушение режима")  # Reason
    press_alt(qtbot, Qt.Key.Key_U)  # Until: ticked
    qtbot.waitUntil(dialog.has_end.isChecked)
    assert dialog.ends.isEnabled()
    click(qtbot, save)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as session:
        [ban] = visitors.restrictions_on(session, facility_today(), visitor_ids=[world.sister])
        assert ban.ends_on is not None and ban.reason == "нарушение режима"
    log_out(qtbot, shell.window)

    booked = bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.short_slot,
        day=world.tuesday,
        visitor_ids=[world.mother],
        lead_id=world.mother,
    )
    desk = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    qtbot.waitUntil(lambda: desk.upcoming.rowCount() == 1)
    assert desk.upcoming.item(0, 0).text() == booked.number
    assert not desk.restrict_button.isVisible()  # restricting is a supervisor's
    click_row(qtbot, desk.upcoming, 0)
    click(qtbot, desk.cancel_button)  # no reason given
    said = desk.errors.fields["reason"]
    qtbot.waitUntil(said.isVisible)  # under the reason
    assert said.text() == "This field is required." and desk.errors.general.text() == ""
    assert desk.upcoming.rowCount() == 1
    qtbot.mouseClick(desk.cancel_reason, Qt.MouseButton.LeftButton)
    keys(qtbot, desk.cancel_reason, "семья не сможет")
    click(qtbot, desk.cancel_button)
    qtbot.waitUntil(lambda: desk.upcoming.rowCount() == 0)
    assert desk.cancel_reason.text() == ""


def test_a_new_visitor_is_registered_with_a_photo_chosen_again_after_a_bad_file(
    qtbot, shell, db, clerk, world, tmp_path, monkeypatch
):
    from PIL import Image

    path = tmp_path / "face.jpg"
    Image.new("RGB", (300, 400), (200, 180, 160)).save(path)
    chosen = [tmp_path / "missing.jpg", path]
    monkeypatch.setattr(
        "prisondesk.ui.visits.visitor_dialog.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(chosen.pop(0)), ""),
    )
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.add_button)
    dialog = opened(qtbot, VisitorDialog)
    fill_visitor(qtbot, dialog, "Токтогулова", "Мээрим", "паспорт", "ID5550001", "жена")
    click(qtbot, dialog.photo_button)  # a file that went missing
    assert "cannot be read" in dialog.photo_name.text()
    press_alt(qtbot, Qt.Key.Key_O)  # Photo… again
    qtbot.waitUntil(lambda: dialog.photo_name.text() == "face.jpg")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4)
    new = next(link for link in tab.links if link.full_name.startswith("Токтогулова"))
    with db.read() as session:
        assert visitors.photos_of(session, [new.visitor_id])[new.visitor_id][:2] == b"\xff\xd8"


@pytest.mark.parametrize("ahead", [False, True])
def test_a_restriction_starts_on_the_facility_day(
    qtbot, shell, db, chief, world, monkeypatch, ahead
):
    """Without a visitor chosen, the restriction is the prisoner's own; its first day is the
    facility's today, also when the facility is already a day ahead of the desk's clock."""
    today = facility_today() + timedelta(days=1 if ahead else 0)
    monkeypatch.setattr(
        "prisondesk.ui.visits.restriction_dialog.calendar.facility_day",
        lambda db, actor: today,
    )
    tab = open_visits_tab(qtbot, shell, db, chief, "chief")
    click(qtbot, tab.restrict_button)
    dialog = opened(qtbot, RestrictionDialog)
    assert "Асанов Бакыт" in dialog.findChild(QWidget, "subject").text()
    qtbot.waitUntil(lambda: dialog.starts.value() == today)
    assert dialog.ends.value() == today + relativedelta(months=3)
    assert not dialog.ends.isEnabled()  # no end until Until is ticked


def test_a_day_that_is_no_date_or_has_passed_is_said_and_nothing_is_booked(
    qtbot, shell, db, clerk, world
):
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.book_button)
    dialog = opened(qtbot, BookingDialog)
    book_on(qtbot, dialog, "31.02.2027")
    shown = dialog.errors.fields["day"]
    assert shown.isVisible() and "31.02.2027 is not a date" in shown.text()
    assert dialog.slot.count() == 0
    click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: shell.ops.idle)
    assert dialog.result is None and dialog.outcome.text() == "" and "31.02.2027" in shown.text()
    assert tab.upcoming.rowCount() == 0
    yesterday = facility_today() - timedelta(days=1)
    book_on(qtbot, dialog, typed(yesterday))
    assert shown.text() == f"{short_date(yesterday)} has passed."
    book_on(qtbot, dialog, typed(world.tuesday).replace(".", ""))  # ddmmyyyy: dots come
    qtbot.waitUntil(lambda: dialog.slot.count() == 3)
    assert dialog.day.edit.text() == typed(world.tuesday) and not shown.isVisible()
    assert bookings.upcoming(db, clerk, world.prisoner_id) == []


def test_typed_dates_of_a_restriction_and_an_end_before_its_start(qtbot, shell, db, chief, world):
    tab = open_visits_tab(qtbot, shell, db, chief, "chief")
    click(qtbot, tab.restrict_button)
    dialog = opened(qtbot, RestrictionDialog)
    qtbot.waitUntil(lambda: dialog.starts.value() == facility_today())
    keys(qtbot, alt(qtbot, Qt.Key.Key_E), "угрозы")
    start = facility_today() + timedelta(days=10)
    type_over(qtbot, alt(qtbot, Qt.Key.Key_F), typed(start))
    press_alt(qtbot, Qt.Key.Key_U)
    qtbot.waitUntil(dialog.has_end.isChecked)
    qtbot.keyClick(dialog.has_end, Qt.Key.Key_Tab)  # on to the end day
    assert QApplication.focusWidget() is dialog.ends.edit
    type_over(qtbot, dialog.ends.edit, typed(start - timedelta(days=1)))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    qtbot.waitUntil(lambda: dialog.errors.fields["ends_on"].isVisible())
    assert "before the start" in dialog.errors.fields["ends_on"].text()
    type_over(qtbot, dialog.ends.edit, "1.13.2027")
    click(qtbot, save)
    assert "1.13.2027 is not a date" in dialog.errors.fields["ends_on"].text()
    type_over(qtbot, dialog.ends.edit, typed(start + timedelta(days=30)))
    click(qtbot, save)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as session:
        [ban] = visitors.restrictions_on(session, start, prisoner_id=world.prisoner_id)
        assert (ban.starts_on, ban.ends_on) == (start, start + timedelta(days=30))


def test_a_visitor_born_on_a_typed_day_or_not_said(qtbot, shell, db, clerk, world):
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    for surname, born in (("Жунусова", "09.03.1971"), ("Маматова", "")):
        click(qtbot, tab.add_button)
        dialog = opened(qtbot, VisitorDialog)
        fill_visitor(qtbot, dialog, surname, "Айгерим", "паспорт", f"ID{len(born)}42", "тётя")
        if born:
            type_over(qtbot, alt(qtbot, Qt.Key.Key_B), "31.02.1971")
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
            assert "not a date" in dialog.errors.fields["date_of_birth"].text()
            type_over(qtbot, dialog.born.edit, born)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        qtbot.waitUntil(lambda shown=dialog: not shown.isVisible())
    qtbot.waitUntil(lambda: tab.table.rowCount() == 5)
    found = {link.full_name.split()[0]: link.date_of_birth for link in tab.links}
    assert found["Жунусова"] == date(1971, 3, 9)
    assert found["Маматова"] is None  # unknown stays unknown, not a made-up day


def test_leaving_the_day_unchanged_keeps_the_time_chosen(qtbot, shell, db, clerk, world):
    """Tab out of the day field, typed over or not, reads the times again only for another
    day: the time the officer chose stays chosen (it fell back to the day's first time)."""
    tab = open_visits_tab(qtbot, shell, db, clerk, "visits1")
    click(qtbot, tab.book_button)
    dialog = opened(qtbot, BookingDialog)
    book_on(qtbot, dialog, typed(world.tuesday))
    qtbot.waitUntil(lambda: dialog.slot.count() == 3)
    assert alt(qtbot, Qt.Key.Key_T) is dialog.slot
    choose(qtbot, dialog.slot, world.long_slot)
    book_on(qtbot, dialog, typed(world.tuesday))  # the same day typed again, then Tab
    qtbot.waitUntil(lambda: shell.ops.idle)
    assert dialog.slot.currentData() == world.long_slot
    click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: tab.upcoming.rowCount() == 1)
    assert "13:00–18:00" in tab.upcoming.item(0, 1).text()
