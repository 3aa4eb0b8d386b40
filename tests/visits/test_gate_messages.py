"""Issue 13: the gate said "Пропуск уже использован (completed)". A message a user sees names
an outcome (or a role) by its translated label, never by its code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from prisondesk.db.models import GateEvent
from prisondesk.domain.roles import ROLE_LABELS, Role
from prisondesk.domain.visits import OUTCOME_LABELS
from prisondesk.services.core import audit
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.visits import gate
from prisondesk.services.visits.gate import OUTCOMES, GateRefused
from prisondesk.ui.errors import message_for
from prisondesk.ui.i18n import LanguageSwitcher, pseudo_translate


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.apply("en")


def used_refusal(db, officer, today_pass) -> GateRefused:
    with pytest.raises(GateRefused) as caught:
        gate.open_scan(db, officer, today_pass.barcode)
    assert caught.value.reason == "used"
    return caught.value


def _record_outcome(db, officer, booking_id, outcome) -> None:
    """How another desk (maybe a newer one) ended the visit."""
    with db.write(officer.user_id) as session:
        session.add(
            GateEvent(
                facility_id=officer.facility_id,
                booking_id=booking_id,
                action="outcome",
                outcome=outcome,
                occurred_at=gate.utc_now(),
            )
        )
        session.flush()
        audit.record(session, db, officer, "check_out", "visit_booking", booking_id)


def test_a_used_pass_names_its_outcome_in_english_and_translated(
    db, officer, world, today_pass, languages
):
    gate.check_in(db, officer, today_pass.booking_id, [world.mother])
    gate.check_out(db, officer, today_pass.booking_id)
    refusal = used_refusal(db, officer, today_pass)
    assert str(refusal) == "This pass has been used already (Completed)."  # the command line
    assert message_for(refusal) == "This pass has been used already (Completed)."
    languages.apply("pseudo")
    assert message_for(refusal) == pseudo_translate(
        "This pass has been used already ({outcome})."
    ).format(outcome=pseudo_translate("Completed"))
    assert languages.apply("ru")
    shown = message_for(refusal)
    assert shown == "Пропуск уже использован (Состоялось).", shown
    assert languages.apply("ky")
    assert "completed" not in message_for(refusal).lower()


@pytest.mark.parametrize("outcome", [o for o in OUTCOMES if o not in gate.NEEDS_ENTRY])
def test_no_outcome_code_reaches_the_user(db, officer, today_pass, languages, outcome):
    gate.check_out(db, officer, today_pass.booking_id, outcome=outcome)
    refusal = used_refusal(db, officer, today_pass)
    for language in ("en", "ru", "ky", "pseudo"):
        languages.apply(language)
        shown = message_for(refusal)
        assert outcome not in shown, (language, shown)
    languages.apply("pseudo")
    assert pseudo_translate(OUTCOME_LABELS[outcome]) in message_for(refusal)


def test_an_outcome_this_desk_does_not_know_is_not_shown_as_a_code(
    db, officer, today_pass, languages
):
    _record_outcome(db, officer, today_pass.booking_id, "escorted_out")
    refusal = used_refusal(db, officer, today_pass)
    assert message_for(refusal) == "This pass has been used already."
    assert "escorted_out" not in str(refusal)


def test_a_role_in_a_refusal_is_translated_too(db, clerk, today_pass, languages):
    with pytest.raises(PermissionDenied) as caught:
        gate.open_scan(db, clerk, today_pass.barcode)
    languages.apply("pseudo")
    label = ROLE_LABELS[Role.REGISTRY_OFFICER]
    assert pseudo_translate(label) in message_for(caught.value)
    assert languages.apply("ru")
    assert label not in message_for(caught.value)


def test_a_day_in_a_refusal_is_written_as_the_language_writes_dates(
    db, officer, clerk, world, languages
):
    from datetime import timedelta

    from prisondesk.services.visits import bookings
    from prisondesk.ui.i18n import short_date

    day = world.tuesday + timedelta(days=7)
    later = bookings.book_visit(
        db,
        clerk,
        prisoner_id=world.prisoner_id,
        slot_id=world.short_slot,
        day=day,
        visitor_ids=[world.sister],
        lead_id=world.sister,
    )
    with pytest.raises(GateRefused) as caught:
        gate.open_scan(db, officer, later.barcode)
    assert day.strftime("%d.%m.%Y") in str(caught.value)  # the command line
    for language in ("en", "ru", "ky"):
        languages.apply(language)
        assert short_date(day) in message_for(caught.value), language
    languages.apply("en")
    assert day.strftime("%d/%m/%Y") in message_for(caught.value)  # as English labels write it
