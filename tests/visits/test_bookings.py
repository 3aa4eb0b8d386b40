"""Every booking rule and refusal (DOMAIN.md, Visits), and the pass it prints."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from prisondesk.db.models import BookingVisitor, VisitBooking
from prisondesk.domain.visit_pass import genuine, parse_scan
from prisondesk.domain.visits import Allowance, VisitKind, VisitorLimits
from prisondesk.services.core.errors import PermissionDenied, ValidationError
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.visits import bookings, schedule, visitors
from prisondesk.services.visits.bookings import BookingRefused
from prisondesk.services.visits.schedule import SlotSpec
from tests.visits.fixtures import facility_today, person


def book(db, clerk, world, *, slot=None, day=None, visitors_=None, lead=None):
    chosen = visitors_ or [world.mother]
    return bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=slot or world.short_slot,
        day=day or world.tuesday,
        visitor_ids=chosen,
        lead_id=lead or chosen[0],
    )


def refused(reason, call):
    with pytest.raises(BookingRefused) as caught:
        call()
    assert caught.value.reason == reason, caught.value.reason
    return caught.value


def test_a_booking_gets_a_pass_that_checks_out(db, clerk, world):
    result = book(db, clerk, world, visitors_=[world.mother, world.child])
    assert result.visitors == (world.mother, world.child) and result.refused == ()
    scanned = parse_scan(result.barcode)
    assert scanned.pass_number == result.number and result.number.startswith("BSH-1-V")
    with db.read() as session:
        booking = session.get(VisitBooking, result.booking_id)
        key = bookings.pass_key(session, booking.facility_id)
        assert genuine(scanned, key.secret, booking.facility_id)
        leads = {v.visitor_id: v.lead for v in session.scalars(select(BookingVisitor))}
    assert leads == {world.mother: True, world.child: False}


def test_the_prisoner_must_be_held_here(db, clerk, registrar, world, admin):
    movements.record_movement(
        db, registrar, world.prisoner_id, MoveRequest("transfer_out", destination="СИЗО-1")
    )
    refused("prisoner_not_here", lambda: book(db, clerk, world))


def test_a_slot_only_on_its_weekday_and_never_in_the_past(db, clerk, world):
    wednesday = world.tuesday + timedelta(days=1)
    error = refused("no_slot", lambda: book(db, clerk, world, day=wednesday))
    assert error.field == "day" and wednesday.isoformat() in str(error)
    refused("past", lambda: book(db, clerk, world, day=facility_today() - timedelta(days=6)))


def test_blocked_dates_full_slots_and_double_bookings(db, clerk, chief, world):
    schedule.block_date(db, chief, world.tuesday, "карантин")
    error = refused("date_blocked", lambda: book(db, clerk, world))
    assert "карантин" in str(error)
    later = world.tuesday + timedelta(days=7)
    book(db, clerk, world, day=later, slot=world.long_slot)  # capacity 1
    refused("slot_full", lambda: book(db, clerk, world, day=later, slot=world.long_slot))
    # the lawyer slot (14:00-15:00) overlaps the long visit (13:00-18:00) of that day
    refused(
        "already_booked",
        lambda: book(db, clerk, world, day=later, slot=world.lawyer_slot, visitors_=[world.lawyer]),
    )


def test_the_monthly_allowance_counts_family_visits_not_lawyers(db, clerk, chief, world, admin):
    schedule.set_allowances(db, admin, {"general": Allowance(short=1, long=1)})
    first = (facility_today().replace(day=1) + timedelta(days=32)).replace(day=1)  # next month
    tuesdays = [d for d in (first + timedelta(days=n) for n in range(28)) if d.weekday() == 1]
    book(db, clerk, world, day=tuesdays[0])
    error = refused("allowance_used", lambda: book(db, clerk, world, day=tuesdays[1]))
    assert "(1)" in str(error)
    lawyer = book(
        db, clerk, world, day=tuesdays[1], slot=world.lawyer_slot, visitors_=[world.lawyer]
    )
    assert lawyer.visitors == (world.lawyer,)  # no approval needed, not counted


def test_visitors_not_approved_or_banned_are_left_out_unless_they_lead(db, clerk, chief, world):
    result = book(db, clerk, world, visitors_=[world.mother, world.stranger])
    assert result.visitors == (world.mother,)
    assert [(r.visitor_id, r.reason) for r in result.refused] == [(world.stranger, "not_approved")]
    refused(
        "visitor_not_approved",
        lambda: book(
            db,
            clerk,
            world,
            day=world.tuesday + timedelta(days=7),
            visitors_=[world.stranger, world.mother],
        ),
    )
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.sister,
        starts_on=facility_today(),
        ends_on=None,
    )
    later = world.tuesday + timedelta(days=14)
    refused("visitor_banned", lambda: book(db, clerk, world, day=later, visitors_=[world.sister]))
    partial = book(db, clerk, world, day=later, visitors_=[world.mother, world.sister])
    assert [(r.visitor_id, r.reason) for r in partial.refused] == [(world.sister, "banned")]


def test_a_prisoner_restriction_and_the_size_of_the_party(db, clerk, chief, admin, world):
    schedule.set_visitor_limits(db, admin, VisitorLimits(total=2, adults=1, children=1))
    error = refused(
        "too_many_visitors", lambda: book(db, clerk, world, visitors_=[world.mother, world.sister])
    )
    assert error.field == "visitors"
    assert book(db, clerk, world, visitors_=[world.mother, world.child]).refused == ()
    visitors.add_restriction(
        db,
        chief,
        kind="closed_only",
        reason="дисциплина",
        prisoner_id=world.prisoner_id,
        starts_on=facility_today(),
        ends_on=None,
    )
    refused(
        "prisoner_restricted",
        lambda: book(db, clerk, world, slot=world.long_slot, day=world.tuesday + timedelta(days=7)),
    )


def test_bad_requests_and_permissions(db, clerk, staff, world):
    with pytest.raises(ValidationError):
        bookings.book_visit(
            db,
            clerk,
            prisoner_id=world.prisoner_id,
            slot_id=world.short_slot,
            day=world.tuesday,
            visitor_ids=[world.mother],
            lead_id=world.sister,
        )
    gate = staff("gate1", "gate_officer")
    with pytest.raises(PermissionDenied):
        book(db, gate, world)


def test_cancelling_and_the_departure_of_the_prisoner(db, clerk, registrar, world):
    first = book(db, clerk, world)
    bookings.cancel_booking(db, clerk, first.booking_id, "семья не сможет")
    with pytest.raises(ValidationError):
        bookings.cancel_booking(db, clerk, first.booking_id, " ")
    again = book(db, clerk, world)  # the cancelled one frees the slot and the allowance
    movements.record_movement(
        db, registrar, world.prisoner_id, MoveRequest("transfer_out", destination="ИК-3")
    )
    with db.read() as session:
        booking = session.get(VisitBooking, again.booking_id)
        assert (booking.status, booking.cancel_reason) == ("cancelled", "auto:transfer_out")


def test_open_slots_and_the_prisoners_list(db, clerk, chief, world):
    slots = bookings.open_slots(db, clerk, world.tuesday)
    assert [(s.kind, s.starts, s.free) for s in slots] == [
        ("short", "10:00", 2),
        ("long", "13:00", 1),
        ("lawyer", "14:00", 2),
    ]
    book(db, clerk, world, slot=world.long_slot)
    assert [s.kind for s in bookings.open_slots(db, clerk, world.tuesday)] == ["short", "lawyer"]
    schedule.block_date(db, chief, world.tuesday, "карантин")
    assert bookings.open_slots(db, clerk, world.tuesday) == []
    listed = visitors.prisoner_visitors(db, clerk, world.prisoner_id)
    assert [(v.full_name, v.relationship, v.approved) for v in listed] == [
        ("Асанов Нурсултан", "сын", True),
        ("Асанова Айпери", "сестра", True),
        ("Асанова Гүлнара", "мать", True),
    ]


def test_the_schedule_lists_rooms_slots_and_blocked_days(db, clerk, chief, world):
    schedule.block_date(db, chief, world.tuesday, "санобработка")
    plan = schedule.schedule(db, clerk, facility_today())
    assert [r.name for r in plan.rooms] == ["Комната свиданий 1"]
    assert [(s.kind, s.weekday, s.starts, s.capacity) for s in plan.slots] == [
        ("short", 1, "10:00", 2),
        ("long", 1, "13:00", 1),
        ("lawyer", 1, "14:00", 2),
    ]
    assert [(b.day, b.room, b.reason) for b in plan.blocked] == [
        (world.tuesday, "", "санобработка")
    ]


def test_upcoming_visits_of_a_prisoner(db, clerk, world):
    first = book(db, clerk, world, visitors_=[world.mother, world.child])
    book(
        db,
        clerk,
        world,
        day=world.tuesday + timedelta(days=7),
        slot=world.lawyer_slot,
        visitors_=[world.lawyer],
    )
    cancelled = book(db, clerk, world, day=world.tuesday + timedelta(days=14))
    bookings.cancel_booking(db, clerk, cancelled.booking_id, "болезнь")
    listed = bookings.upcoming(db, clerk, world.prisoner_id)
    assert (listed[0].number, listed[0].kind) == (first.number, "short")
    assert len(listed) == 2 and listed[0].visitors == "Асанова Гүлнара, Асанов Нурсултан"


def test_no_regime_means_no_visits_not_unlimited_ones(db, clerk, registrar, world):
    from prisondesk.db.models import Prisoner
    from prisondesk.services.core import audit

    with db.write(registrar.user_id) as session:
        session.get(Prisoner, world.prisoner_id).regime = "unknown-regime"
        session.flush()
        audit.record(session, db, registrar, "update", "prisoner", world.prisoner_id)
    error = refused("no_allowance", lambda: book(db, clerk, world))
    assert "regime" in str(error)


def test_closed_only_visitors_are_left_out_of_long_visits(db, clerk, chief, world):
    visitors.add_restriction(
        db,
        chief,
        kind="closed_only",
        reason="досмотр",
        visitor_id=world.sister,
        starts_on=facility_today(),
        ends_on=None,
    )
    result = book(db, clerk, world, slot=world.long_slot, visitors_=[world.mother, world.sister])
    assert [(r.visitor_id, r.reason) for r in result.refused] == [(world.sister, "banned")]


def test_a_day_long_family_visit_blocks_the_next_morning(db, clerk, chief, world):
    wednesday = world.tuesday + timedelta(days=1)
    overnight = schedule.add_slot(
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.LONG, 1, "10:00", "10:00", 2, facility_today()),
    )
    morning = schedule.add_slot(
        db,
        chief,
        SlotSpec(world.room_id, VisitKind.LAWYER, 2, "09:00", "09:30", 2, facility_today()),
    )
    book(db, clerk, world, slot=overnight)
    refused(
        "already_booked",
        lambda: book(db, clerk, world, slot=morning, day=wednesday, visitors_=[world.lawyer]),
    )


def test_children_may_not_visit_without_an_adult(db, clerk, chief, world):
    """Issue 13: a 10-year-old was booked and checked in alone."""
    error = refused("no_adult", lambda: book(db, clerk, world, visitors_=[world.child]))
    assert error.field == "visitors" and "18" in str(error)
    # an adult left out of the party (banned, not approved) leaves the child alone
    visitors.add_restriction(
        db,
        chief,
        kind="ban",
        reason="нарушение",
        visitor_id=world.sister,
        starts_on=facility_today(),
        ends_on=None,
    )
    refused(
        "no_adult",
        lambda: book(db, clerk, world, visitors_=[world.child, world.sister, world.stranger]),
    )
    with_mother = book(db, clerk, world, visitors_=[world.child, world.mother])
    assert with_mother.visitors == (world.child, world.mother)


def test_a_child_is_judged_on_the_day_of_the_visit(db, clerk, chief, world):
    """17 today, 18 by the visit: an adult at that visit, a child at an earlier one."""
    from dateutil.relativedelta import relativedelta

    later = world.tuesday + timedelta(days=7)
    brother = person(db, clerk, "Асанов", "Эрлан", later - relativedelta(years=18), "ID1000077")
    visitors.approve_visitor(
        db, chief, visitors.link_visitor(db, clerk, world.prisoner_id, brother, "брат")
    )
    refused("no_adult", lambda: book(db, clerk, world, visitors_=[brother]))
    assert book(db, clerk, world, day=later, visitors_=[brother]).visitors == (brother,)


def test_a_visitor_with_no_date_of_birth_counts_as_an_adult(db, clerk, chief, world):
    """As for the visitor limits (``is_child``): the date is optional on the form."""
    uncle = person(db, clerk, "Асанов", "Марат", None, "ID1000099")
    visitors.approve_visitor(
        db, chief, visitors.link_visitor(db, clerk, world.prisoner_id, uncle, "дядя")
    )
    result = book(db, clerk, world, visitors_=[world.child, uncle])
    assert result.visitors == (world.child, uncle)


def test_the_facility_may_let_children_visit_alone(db, clerk, admin, world):
    schedule.set_children_alone(db, admin, True)
    alone = book(db, clerk, world, visitors_=[world.child])
    assert alone.visitors == (world.child,) and alone.refused == ()
    schedule.set_children_alone(db, admin, False)
    refused(
        "no_adult",
        lambda: book(
            db, clerk, world, day=world.tuesday + timedelta(days=7), visitors_=[world.child]
        ),
    )


def test_the_children_setting_is_stored_and_audited(db, clerk, admin, world):
    from prisondesk.db.models import AuditEntry, FacilitySetting

    assert schedule.visit_settings(db, admin).children_alone is False  # the default
    with pytest.raises(PermissionDenied):
        schedule.set_children_alone(db, clerk, True)
    schedule.set_children_alone(db, admin, True)
    assert schedule.visit_settings(db, admin).children_alone is True
    with db.read() as session:
        setting = session.scalar(
            select(FacilitySetting).where(FacilitySetting.key == schedule.CHILDREN_ALONE_KEY)
        )
        assert setting.value is True and setting.facility_id == admin.facility_id
        entry = session.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "facility_setting", AuditEntry.entity_id == setting.id
            )
        )
    assert (entry.username, entry.action) == (admin.username, "update")
    assert entry.before == {schedule.CHILDREN_ALONE_KEY: None}
    assert entry.after == {schedule.CHILDREN_ALONE_KEY: True}
