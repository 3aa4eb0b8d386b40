"""What the workshops' papers print, read in one transaction (printing/workshops draws them):
the deposit account statement (and the final one at release), the deposit card's handover
(and the same sheet again, from the payout recorded, when the first one jammed or was lost),
and the certificate of a completed training programme. Words of the lines come in the
reader's language through ``translate``; days and moments as the reader writes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from prisondesk.db.engine import Database
from prisondesk.db.models import Allocation, Facility, Programme, UserAccount, Workshop
from prisondesk.domain.clock import local, zone
from prisondesk.domain.names import name_of
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.wire import to_wire, utc_now
from prisondesk.domain.workshops import (
    CertificateDoc,
    DepositCardDoc,
    EndReason,
    EntryKind,
    StatementDoc,
    StatementLine,
)
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_any
from prisondesk.services.core.errors import NotFound, Refused
from prisondesk.services.intake.admission_file import get_prisoner
from prisondesk.services.workshops import ledger
from prisondesk.services.workshops.ledger import Payout

Translate = Callable[[str, str], str]
ShowDay = Callable[[date], str]
ShowMoment = Callable[[datetime], str]
WAGE = QT_TRANSLATE_NOOP("printing", "Wage, pay period {first} – {last}")
PAYOUT = QT_TRANSLATE_NOOP("printing", "Paid out on release")
READING = (*ledger.READING, Permission.MANAGE_WORKSHOPS)


class NotCompleted(Refused):
    """A certificate of a place that did not complete a training programme."""


class NoPayout(Refused):
    """The card sheet asked for again of a prisoner whose deposit was never paid out."""


def _dotted_day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _dotted(moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")


def _no_translation(_context: str, text: str) -> str:
    return text


def statement_document(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    first_day: date,
    last_day: date,
    final: bool = False,
    translate: Translate = _no_translation,
    show_day: ShowDay = _dotted_day,
    show_moment: ShowMoment = _dotted,
) -> StatementDoc:
    found = ledger.statement(db, actor, prisoner_id, first_day, last_day)
    with db.read() as session:
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)

    def text(entry: ledger.EntryView) -> str:
        if entry.kind == EntryKind.PAYOUT:
            return translate("printing", PAYOUT) + (f" ({entry.note})" if entry.note else "")
        if entry.period_first and entry.period_last:
            return translate("printing", WAGE).format(
                first=show_day(entry.period_first), last=show_day(entry.period_last)
            )
        return entry.note

    return StatementDoc(
        facility=facility.name if facility else "",
        prisoner=f"{found.name} ({found.number})" if found.number else found.name,
        first_day=show_day(first_day),
        last_day=show_day(last_day),
        opening_spendable=found.opening.spendable,
        opening_held=found.opening.held,
        lines=tuple(
            StatementLine(show_day(e.day), text(e), e.account, e.amount) for e in found.entries
        ),
        closing_spendable=found.closing.spendable,
        closing_held=found.closing.held,
        printed_at=show_moment(local(utc_now(), tz).replace(tzinfo=None)),
        final=final,
    )


def deposit_card_document(
    db: Database,
    actor: Actor,
    prisoner_id: str,
    payout: Payout,
    card: str = "",
    show_day: ShowDay = _dotted_day,
) -> DepositCardDoc:
    """The handover of the deposit card with what the release payout paid onto it."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        prisoner = get_prisoner(session, prisoner_id)
        facility = session.get(Facility, actor.facility_id)
        officer = session.get(UserAccount, actor.user_id)
        tz = zone(facility.time_zone if facility else None)
        name = name_of(prisoner)
        return DepositCardDoc(
            facility=facility.name if facility else "",
            prisoner=f"{name} ({prisoner.number})" if prisoner.number else name,
            released_on=show_day(local(utc_now(), tz).date()),
            spendable=payout.spendable,
            held=payout.held,
            card=card.strip(),
            officer=officer.full_name if officer else actor.full_name,
        )


def deposit_card_again(
    db: Database, actor: Actor, prisoner_id: str, show_day: ShowDay = _dotted_day
) -> DepositCardDoc:
    """The deposit card's handover sheet of the prisoner's latest payout, printed again (the
    printer jammed, the sheet was lost): what that payout paid from each account, its day and
    the officer who made it, as recorded — not today's balance. The card's digits were typed
    for the first sheet only and are not recorded, so that line is left out. Each reprint is
    audited, as a read of the deposit account."""
    with db.write(actor.user_id) as session:
        verify_any(session, actor, *ledger.PAYING)
        prisoner = get_prisoner(session, prisoner_id)
        if prisoner.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such prisoner here."))
        name = name_of(prisoner)
        payout = ledger.latest_payout_in(session, prisoner.id)
        if payout is None:
            raise NoPayout(
                "no_payout",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}'s deposit has not been paid out: there is no card sheet to print "
                    "again.",
                ),
                name=name,
            )
        facility = session.get(Facility, actor.facility_id)
        officer = session.get(UserAccount, payout.recorded_by) if payout.recorded_by else None
        tz = zone(facility.time_zone if facility else None)
        audit.record_read(
            session,
            db,
            actor,
            "deposit_account",
            prisoner.id,
            note=f"card sheet printed again: the payout of {to_wire(payout.paid_at)}",
        )
        return DepositCardDoc(
            facility=facility.name if facility else "",
            prisoner=f"{name} ({prisoner.number})" if prisoner.number else name,
            released_on=show_day(local(payout.paid_at, tz).date()),
            spendable=payout.spendable,
            held=payout.held,
            card="",
            officer=officer.full_name if officer else "",
        )


def certificate_document(
    db: Database, actor: Actor, allocation_id: str, show_day: ShowDay = _dotted_day
) -> CertificateDoc:
    """The certificate of a training programme the place completed."""
    with db.read() as session:
        verify_any(session, actor, *READING)
        allocation = session.get(Allocation, allocation_id)
        if allocation is None or allocation.facility_id != actor.facility_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such workshop place here."))
        programme = session.get(Programme, allocation.programme_id or "")
        if programme is None or allocation.end_reason != EndReason.COMPLETED:
            raise NotCompleted(
                "not_completed",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A certificate is printed for a training programme completed: end the "
                    "place as completed first.",
                ),
            )
        workshop = session.get(Workshop, allocation.workshop_id)
        facility = session.get(Facility, actor.facility_id)
        prisoner = get_prisoner(session, allocation.prisoner_id)
        officer = session.get(UserAccount, actor.user_id)
        code = facility.code if facility else "PD"
        assert allocation.ends_on is not None  # completed
        return CertificateDoc(
            facility=facility.name if facility else "",
            number=f"{code}-C-{allocation.id.replace('-', '')[-8:].upper()}",
            prisoner=name_of(prisoner),
            programme=programme.name,
            workshop=workshop.name if workshop else "",
            enterprise=workshop.enterprise if workshop else "",
            first_day=show_day(allocation.starts_on),
            last_day=show_day(allocation.ends_on),
            length_days=programme.length_days,
            issued_on=show_day(allocation.ends_on),
            instructor=officer.full_name if officer else actor.full_name,
        )
