"""Every field of a replicated record that a sync conflict or a refused change can name has
a label people understand (a new column without one fails here)."""

from __future__ import annotations

from prisondesk.db.replication import ReplicatedRecord, replicated_models
from prisondesk.domain.field_labels import FIELD_LABELS, INTERNAL, TABLE_LABELS


def test_every_record_column_and_table_has_a_label():
    records = [m for m in replicated_models() if issubclass(m, ReplicatedRecord)]
    missing_tables = {m.__tablename__ for m in records} - set(TABLE_LABELS) - {"sync_conflict"}
    missing_columns = {
        f"{m.__tablename__}.{c}"
        for m in records
        if m.__tablename__ != "sync_conflict"
        for c in m.data_columns()
        if c not in FIELD_LABELS and c not in INTERNAL
    }
    assert missing_tables == set() and missing_columns == set()
