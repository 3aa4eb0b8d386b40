"""The demo's parcels, made through the services: parcels in every state a gate sees (both
queues of today not empty, handed over, refused and returned, taken back), the phone
confiscated with its incident note, the pills sent to the medical service, the parcel over
the quota approved by the supervisor; and nothing dated after this moment."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from prisondesk.db.models import ParcelEvent, QuotaApproval, UserAccount
from prisondesk.domain.parcels import Status
from prisondesk.domain.roles import Role
from prisondesk.domain.wire import utc_now
from prisondesk.services.demo import fill_demo, parcels
from prisondesk.services.demo.core import actor_with_role
from prisondesk.services.parcels import parcel_log, views


def test_the_demo_has_parcels_in_every_state(db):
    report = fill_demo(db, prisoners=60, seed=5)
    assert report.parcels_created >= len(parcels.FIRST)
    assert parcels.fill_parcels(db, random.Random(1)) is None  # once only
    officer = actor_with_role(db, Role.GATE_OFFICER)
    log = parcel_log.parcel_log(db, officer)
    assert len(log) == report.parcels_created
    statuses = Counter(row.status for row in log)
    assert statuses[Status.AWAITING_INSPECTION] >= 3 and statuses[Status.AWAITING_HANDOVER] >= 3
    assert statuses[Status.HANDED_OVER] >= 3 and statuses[Status.RETURNED] >= 2
    for queue in (Status.AWAITING_INSPECTION, Status.AWAITING_HANDOVER):
        assert len(views.waiting(db, officer, queue)) == statuses[queue]
    assert {row.channel for row in log} >= {"gate", "post"}

    with db.read() as session:
        events = list(session.scalars(select(ParcelEvent)))
        approval = session.scalar(select(QuotaApproval))
        supervisor = session.get(UserAccount, approval.supervisor_id)
    kinds = Counter(event.kind for event in events)
    assert kinds["refused"] >= 1 and kinds["returned"] >= 2
    taken = {e.prohibited: e for e in events if e.kind == "confiscated"}
    phone = taken["Mobile phones and SIM cards"]
    assert "телефон" in phone.reason and phone.results == {"to": "confiscated"}
    assert taken["Medicines not prescribed"].results == {"to": "medical"}
    assert supervisor.role == Role.SUPERVISOR.value and approval.reason
    over = views.parcel_detail(db, officer, approval.parcel_id)
    assert over.row.status == Status.HANDED_OVER and over.quota_approval.endswith(approval.reason)
    assert max(event.occurred_at for event in events) <= utc_now() + timedelta(seconds=1)
