"""The changes a push refused, kept by reason for the console's sync health (what was in a
change is not kept: it may hold personal data). Kept 90 days."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from prisondesk.server.models import Rejection

KEPT_FOR = timedelta(days=90)


def record(
    session: Session,
    device_id: str,
    facility_id: str | None,
    ops: list[dict[str, Any]],
    results: list[dict[str, Any]],
    moment: datetime,
) -> None:
    """In the push's own transaction, when it refused anything."""
    refused = [r for r in results if r["status"] == "rejected"]
    if not refused:
        return
    tables = {op.get("op_id"): op.get("table") for op in ops}
    session.execute(
        insert(Rejection),
        [
            {
                "at": moment,
                "device_id": device_id,
                "facility_id": facility_id,
                "table_name": str(tables.get(r["op_id"]) or "")[:64],
                "reason": str(r["reason"])[:32],
            }
            for r in refused
        ],
    )
    session.execute(delete(Rejection).where(Rejection.at < moment - KEPT_FOR))
