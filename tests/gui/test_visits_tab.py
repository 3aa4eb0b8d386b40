"""The prisoner file's Visits tab: add a visitor (a duplicate is offered instead), a
supervisor approves, a visit is booked and its pass saved; a refusal shows its reason."""

from __future__ import annotations

from datetime import timedelta

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import QDate, Qt

from prisondesk.services.visits import visitors
from prisondesk.ui.visits.booking_dialog import BookingDialog
from prisondesk.ui.visits.visitors_tab import VisitorsTab
from tests.visits.fixtures import facility_today


@pytest.fixture
def tab(qtbot, db, ops, clerk, world):
    widget = VisitorsTab(db, ops, clerk, world.prisoner_id, "BSH-1-XXX-00001 Асанов Бакыт")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 3)
    return widget


def test_add_a_visitor_and_a_duplicate_is_offered(qtbot, tab, world):
    dialog = tab.add_visitor()
    for name, value in (
        ("surname", "Асанова"),
        ("given_name", "Гүлнара"),
        ("document_type", "паспорт"),
        ("document_number", "ID 1000001"),
        ("relationship", "тётя"),
    ):
        dialog.edits[name].setText(value)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.use_existing.isVisible())
    assert "registered already" in dialog.errors.fields["document_number"].text()
    dialog.edits["document_number"].setText("ID7777777")
    dialog.edits["given_name"].setText("Жылдыз")
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4)
    waiting = [tab.table.item(r, 3).text() for r in range(4)]
    assert waiting.count("waiting") == 1


def test_book_a_visit_and_save_its_pass(qtbot, db, ops, tab, world, tmp_path, monkeypatch):
    dialog = tab.book()
    assert isinstance(dialog, BookingDialog)
    day = world.tuesday
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: dialog.slot.count() == 3 and dialog.slot.currentData() is not None)
    assert "10:00–12:00" in dialog.slot.itemText(0) and "2 free" in dialog.slot.itemText(0)
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)  # the son comes too
    dialog.lead.setCurrentIndex(dialog.lead.findData(world.mother))
    dialog.book_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.outcome.text().startswith("Booked: pass BSH-1-V")
    target = tmp_path / "pass.pdf"
    monkeypatch.setattr(
        "prisondesk.ui.visits.booking_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"),
    )
    dialog.save_button.click()
    qtbot.waitUntil(target.exists)
    page = pypdfium2.PdfDocument(target.read_bytes())[0]
    codes = [r.text for r in zxingcpp.read_barcodes(page.render(scale=400 / 72).to_pil())]
    assert codes == [dialog.result.barcode]


def test_a_refused_booking_says_why(qtbot, db, tab, chief, world):
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.mother,
        starts_on=facility_today() - timedelta(days=1),
        ends_on=None,
    )
    dialog = tab.book()
    day = world.tuesday
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: dialog.slot.currentData() is not None)
    dialog.lead.setCurrentIndex(dialog.lead.findData(world.mother))
    dialog.book_button.click()
    qtbot.waitUntil(lambda: dialog.errors.fields["lead"].isVisible())
    assert "banned" in dialog.errors.fields["lead"].text() and dialog.result is None


def test_a_supervisor_restricts_and_a_clerk_cancels(qtbot, db, ops, chief, clerk, world):
    from prisondesk.services.visits import bookings

    boss = VisitorsTab(db, ops, chief, world.prisoner_id, "BSH-1 Асанов")
    qtbot.addWidget(boss)
    boss.show()
    qtbot.waitUntil(lambda: boss.table.rowCount() == 3)
    row = next(r for r in range(3) if boss.links[r].visitor_id == world.sister)
    boss.table.selectRow(row)
    dialog = boss.restrict()
    assert "Айпери" in dialog.findChild(type(dialog.labels["kind"]), "subject").text()
    dialog.save()  # no reason
    qtbot.waitUntil(lambda: dialog.errors.fields["reason"].isVisible())
    dialog.reason.setText("нарушение режима")
    dialog.has_end.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as session:
        [ban] = visitors.restrictions_on(session, facility_today(), visitor_ids=[world.sister])
        assert ban.ends_on is not None and ban.reason == "нарушение режима"
    booked = bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.short_slot,
        day=world.tuesday,
        visitor_ids=[world.mother],
        lead_id=world.mother,
    )
    desk = VisitorsTab(db, ops, clerk, world.prisoner_id, "BSH-1 Асанов")
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk.upcoming.rowCount() == 1)
    assert desk.upcoming.item(0, 0).text() == booked.number
    assert not desk.restrict_button.isVisible()
    desk.upcoming.selectRow(0)
    desk.cancel_visit()  # no reason given
    qtbot.waitUntil(lambda: desk.errors.general.isVisible() or desk.errors.general.text() != "")
    desk.cancel_reason.setText("семья не сможет")
    desk.cancel_visit()
    qtbot.waitUntil(lambda: desk.upcoming.rowCount() == 0)


def test_a_new_visitor_with_a_photo_shows_it_at_the_gate(qtbot, db, tab, world, tmp_path):
    from PIL import Image

    from prisondesk.services.visits import visitors as registry

    path = tmp_path / "face.jpg"
    Image.new("RGB", (300, 400), (200, 180, 160)).save(path)
    dialog = tab.add_visitor()
    for name, value in (
        ("surname", "Токтогулова"),
        ("given_name", "Мээрим"),
        ("document_type", "паспорт"),
        ("document_number", "ID5550001"),
        ("relationship", "жена"),
    ):
        dialog.edits[name].setText(value)
    dialog.use_photo(path)
    assert dialog.photo_name.text() == "face.jpg"
    dialog.use_photo(tmp_path / "missing.jpg")
    assert "cannot be read" in dialog.photo_name.text()
    dialog.use_photo(path)
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 4)
    new = next(link for link in tab.links if link.full_name.startswith("Токтогулова"))
    with db.read() as session:
        assert registry.photos_of(session, [new.visitor_id])[new.visitor_id][:2] == b"\xff\xd8"


def test_a_restriction_starts_on_the_facility_day(qtbot, db, ops, chief, world, monkeypatch):
    from prisondesk.ui.visits.restriction_dialog import RestrictionDialog

    tomorrow = facility_today() + timedelta(days=1)  # the facility is ahead of the desk
    monkeypatch.setattr(
        "prisondesk.ui.visits.restriction_dialog.calendar.facility_day",
        lambda db, actor: tomorrow,
    )
    dialog = RestrictionDialog(db, ops, chief, subject="x", visitor_id=world.sister)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.starts.date().toPython() == tomorrow)
    assert dialog.ends.date() == dialog.starts.date().addMonths(3)
