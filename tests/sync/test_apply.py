"""Applying pulled pages to a workstation database: unique values that move between rows
within one pull, and the pull cursor stored with its page."""

from __future__ import annotations

from sqlalchemy import delete, select

from prisondesk.db.models import UserAccount
from prisondesk.db.replication import OutboxEntry
from prisondesk.domain.ids import new_id
from prisondesk.services.core import audit, users
from prisondesk.sync import state
from prisondesk.sync.apply import apply_page
from prisondesk.sync.digest import wire_row


def _change(seq: int, row: dict, device: str = "01a20000-0000-7000-8000-000000000001") -> dict:
    stamp = f"{1_800_000_000_000 + seq:015d}-00000-{device}"
    return {
        "seq": seq,
        "table": "user_account",
        "row_id": row["id"],
        "deleted": False,
        "row": row,
        "hlc": dict.fromkeys(row, stamp),
    }


def test_a_user_name_that_moves_between_rows_within_one_pull(db, admin):
    """Server order: A "ivan" -> "ivan.old" (seq 11), B takes "ivan" (12), A deactivated (13).
    A desk at cursor 10 gets B (12) while its A still says "ivan", then A (13)."""
    users.create_user(db, admin, "ivan", "Иван", "gate_officer", "temp-pass1")
    with db.read() as session:
        ivan = session.scalar(select(UserAccount).where(UserAccount.username == "ivan"))
        a_row = wire_row(ivan)
    with db.apply_remote() as session:  # A has been pushed: nothing of it is pending
        session.execute(delete(OutboxEntry))
    b_row = {**a_row, "id": new_id(), "full_name": "Иван Второй"}
    a_later = {**a_row, "username": "ivan.old", "active": False}
    with db.apply_remote() as session:
        apply_page(session, db.clock, [_change(12, b_row)], 12)
    with db.apply_remote() as session:
        apply_page(session, db.clock, [_change(13, a_later)], 13)
    with db.read() as session:
        names = dict(session.execute(select(UserAccount.id, UserAccount.username)).all())
        assert state.cursor(session) == 13
    assert names[b_row["id"]] == "ivan" and names[a_row["id"]] == "ivan.old"


def test_the_server_state_of_a_tombstone_wins_unless_a_delete_is_pending(db, admin):
    """A delete the server refused must not hide the row here for ever; one still waiting
    in the outbox keeps it hidden until the server answers."""
    from prisondesk.db.models import Wing

    with db.read() as session:
        wings = {w.name: wire_row(w) for w in session.scalars(select(Wing))}
    with db.write(admin.user_id) as session:  # both deleted here, both deletes in the outbox
        for wing in session.scalars(select(Wing)):
            wing.deleted = True
        session.flush()
        audit.record(session, db, admin, "delete", "wing", None)
    refused = wings["Блок А"]["id"]
    with db.apply_remote() as session:  # the delete of "Блок А" was refused and set aside
        session.execute(delete(OutboxEntry).where(OutboxEntry.row_id == refused))
    changes = [{**_change(20 + n, row), "table": "wing"} for n, row in enumerate(wings.values())]
    with db.apply_remote() as session:
        apply_page(session, db.clock, changes, 21)
    with db.read() as session:
        state_now = {w.name: w.deleted for w in session.scalars(select(Wing))}
    assert state_now == {"Блок А": False, "Блок Б": True}


def test_a_revoked_row_goes_unless_a_later_change_in_the_page_brings_it_back(db, admin):
    """A transfer away revokes the rows that follow the prisoner (docs/sync-additions.md):
    within one page the row's latest change decides, in ``seq`` order."""
    from prisondesk.db.models import Contact

    prisoner_id, contact_id = new_id(), new_id()
    row = {
        "id": contact_id,
        "facility_id": None,
        "prisoner_id": prisoner_id,
        "full_name": "Асанова Гүлнара",
        "relationship": "мать",
        "phone": "",
        "address": "",
        "next_of_kin": True,
    }
    live = {**_change(21, row), "table": "contact"}
    revoked = {
        "seq": 22,
        "table": "contact",
        "row_id": contact_id,
        "deleted": True,
        "revoked": True,
        "row": {"id": contact_id},
        "hlc": {},
    }

    def contacts() -> list[str]:
        with db.read() as session:
            return list(session.scalars(select(Contact.full_name)))

    with db.apply_remote() as session:
        result = apply_page(session, db.clock, [live, revoked], 22)
    assert contacts() == [] and result.applied == 1
    with db.apply_remote() as session:  # arrives, then is revoked in a later page
        apply_page(session, db.clock, [{**live, "seq": 23}], 23)
    assert contacts() == ["Асанова Гүлнара"]
    with db.apply_remote() as session:
        apply_page(session, db.clock, [{**revoked, "seq": 24}], 24)
    assert contacts() == []
    with db.apply_remote() as session:  # revoked, then brought back (a transfer back)
        apply_page(session, db.clock, [{**revoked, "seq": 25}, {**live, "seq": 26}], 26)
    assert contacts() == ["Асанова Гүлнара"]


def test_a_pulled_row_the_desk_cannot_store_is_kept_as_a_rejected_change(db, admin, staff):
    """Two audit entries of one device at one place in its chain (a server that let both
    in): the desk stores the first, and keeps the second where supervisors see it instead
    of dropping it without a word."""
    from prisondesk.db.models import AuditEntry, RejectedChange

    device = "01a20000-0000-7000-8000-00000000e001"
    entry = {
        "id": new_id(),
        "facility_id": admin.facility_id,
        "device_seq": 1,
        "at": "2026-12-03T09:00:00.000000Z",
        "user_id": admin.user_id,
        "username": "admin",
        "action": "read",
        "entity": "prisoner",
        "entity_id": None,
        "before": None,
        "after": None,
        "note": "",
        "prev_hash": "0" * 64,
        "entry_hash": "a" * 64,
    }
    twin = {**entry, "id": new_id(), "entry_hash": "b" * 64}
    page = [
        {**_change(20, entry, device), "table": "audit_entry"},
        {**_change(21, twin, device), "table": "audit_entry"},
    ]
    for _ in range(2):  # pulled again (a re-pull after a digest mismatch): kept once
        with db.apply_remote() as session:
            result = apply_page(session, db.clock, page, 21)
        assert result.unstored == 1
    with db.read() as session:
        stored = session.scalars(
            select(AuditEntry.id).where(AuditEntry.origin_device == device)
        ).all()
        kept = session.scalars(select(RejectedChange)).all()
    assert stored == [entry["id"]]
    assert [(k.table_name, k.row_id, k.reason) for k in kept] == [
        ("audit_entry", twin["id"], "cannot_store")
    ]
    assert kept[0].fields["entry_hash"]["value"] == "b" * 64
    from prisondesk.services.sync import review

    [shown] = review.rejected(db, staff("boss1", "supervisor"))  # the supervisors' list
    assert shown.fields["device_seq"] == 1
    assert shown.reason == "cannot_store"


def test_own_entries_pulled_back_after_a_restore_move_the_head_on(db, admin):
    """A desk restored from an older backup pulls the audit entries it wrote after it: the
    chain is whole again, and so is its head."""
    from prisondesk.db.models import AuditEntry
    from prisondesk.domain.audit_chain import chain_hash
    from prisondesk.domain.wire import to_wire

    with db.read() as session:
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.origin_device == db.device_id)
            .order_by(AuditEntry.device_seq.desc())
        ).first()
    later = {
        "id": new_id(),
        "facility_id": admin.facility_id,
        "device_seq": last.device_seq + 1,
        "at": to_wire(last.at),
        "user_id": admin.user_id,
        "username": "admin",
        "action": "read",
        "entity": "prisoner",
        "entity_id": None,
        "before": None,
        "after": None,
        "note": "written after the backup",
        "prev_hash": last.entry_hash,
    }
    later["entry_hash"] = chain_hash({**later, "origin_device": db.device_id})
    with db.apply_remote() as session:
        apply_page(
            session, db.clock, [{**_change(30, later, db.device_id), "table": "audit_entry"}], 30
        )
    assert audit.verify_chain(db).ok
