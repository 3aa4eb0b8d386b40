"""The digest counted the slow way, from every stored row (as the server did before it kept
totals): what ``server/digest_totals.py`` must always agree with."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from prisondesk.domain.write_rules import SECRET_COLUMNS
from prisondesk.server.database import ServerDatabase
from prisondesk.server.models import LeftRow, ServerRow
from prisondesk.server.pull import _hashed_without_secrets
from prisondesk.server.tables import table_specs
from prisondesk.sync.digest import EMPTY


def counted_digest(db: ServerDatabase, facility_id: str | None) -> dict[str, Any]:
    tables = {name: (0, 0) for name in table_specs()}
    with db.read() as session:
        rows = select(ServerRow.table_name, ServerRow.row_hash).where(~ServerRow.deleted)
        if facility_id is None:
            found = list(session.execute(rows.where(ServerRow.table_name.not_in(SECRET_COLUMNS))))
            found += list(_hashed_without_secrets(session))
        else:
            mine = or_(ServerRow.facility_id == facility_id, ServerRow.facility_id.is_(None))
            found = list(session.execute(rows.where(mine)))
            kept = select(LeftRow.table_name, LeftRow.row_hash).where(
                LeftRow.facility_id == facility_id, LeftRow.row_hash.is_not(None)
            )
            found += list(session.execute(kept))
    for name, hashed in found:
        count, combined = tables.get(name, (0, 0))
        tables[name] = (count + 1, combined ^ int(hashed, 16))
    return {
        name: {"count": count, "xor": f"{combined:032x}" if count else EMPTY}
        for name, (count, combined) in sorted(tables.items())
    }
