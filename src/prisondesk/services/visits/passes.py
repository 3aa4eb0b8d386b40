"""What a printed visit pass shows, read from a booking: for one booking (printed after
booking, or again) or for every booking of a day (``prisondesk passes --date``). A visitor's
document type goes to the pass as typed, apart from its number, so that the pass can name a
known type in the language it is printed in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import (
    BookingVisitor,
    Facility,
    Prisoner,
    VisitBooking,
    Visitor,
    VisitRoom,
)
from prisondesk.domain.names import name_of, numbered_name
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import PassVisitor, VisitPassDoc
from prisondesk.domain.visits import is_child
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.errors import NotFound
from prisondesk.services.visits.bookings import BOOKED, pass_barcode


def _document(session: Session, booking: VisitBooking) -> VisitPassDoc:
    facility = session.get(Facility, booking.facility_id)
    prisoner = session.get(Prisoner, booking.prisoner_id)
    room = session.get(VisitRoom, booking.room_id)
    people = session.execute(
        select(Visitor, BookingVisitor.lead)
        .join(BookingVisitor, BookingVisitor.visitor_id == Visitor.id)
        .where(BookingVisitor.booking_id == booking.id, ~BookingVisitor.deleted)
        .order_by(BookingVisitor.lead.desc(), Visitor.surname)
    ).all()
    return VisitPassDoc(
        facility=facility.name if facility else "",
        number=booking.number,
        barcode=pass_barcode(session, booking),
        kind=booking.kind,
        day=booking.day,
        starts=booking.starts,
        ends=booking.ends,
        room=room.name if room else "",
        prisoner=numbered_name(prisoner),
        visitors=tuple(
            PassVisitor(
                name_of(v),
                v.document_type or "",
                v.document_number or "",
                is_child(v.date_of_birth, booking.day),
            )
            for v, _ in people
        ),
    )


def pass_for(db: Database, actor: Actor, booking_id: str) -> VisitPassDoc:
    # a write: the facility's pass key is made on first use
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        booking = session.get(VisitBooking, booking_id)
        if booking is None or booking.deleted or booking.status != BOOKED:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This booking no longer exists."))
        return _document(session, booking)


def passes_of_day(db: Database, actor: Actor, day: date) -> list[VisitPassDoc]:
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.MANAGE_VISITS)
        bookings = session.scalars(
            select(VisitBooking)
            .where(
                VisitBooking.facility_id == actor.facility_id,
                VisitBooking.day == day,
                VisitBooking.status == BOOKED,
                ~VisitBooking.deleted,
            )
            .order_by(VisitBooking.starts, VisitBooking.number)
        )
        return [_document(session, booking) for booking in bookings]
