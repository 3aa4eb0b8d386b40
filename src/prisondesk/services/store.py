"""The handle the front ends pass to every service: one workstation database.

Front ends import this name instead of the data layer, so widgets never depend on SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from prisondesk.db.backup import backup_if_due
from prisondesk.db.engine import Database as Store
from prisondesk.db.migrate import DatabaseProblem, UpgradeReport, plain_problem, upgrade_database
from prisondesk.services import modules
from prisondesk.services.intake import search
from prisondesk.services.visits.search_index import ensure_visitor_index


def open_store(database: Path, backups: Path) -> tuple[Store, UpgradeReport]:
    """Check, back up and migrate the file, then open it. Raises ``DatabaseProblem``."""
    modules.load()
    try:
        report = upgrade_database(database, backups)
        if report.backup is None:
            backup_if_due(database, backups)
        store = Store.open_sqlite(database)
        # derived tables: filled for rows older than the index
        search.ensure_index(store)
        ensure_visitor_index(store)
    except DatabaseProblem:
        raise
    except Exception as error:  # locked by another program, read-only: said plainly
        problem = plain_problem(error, database)
        if problem is None:
            raise
        raise problem from error
    return store, report


def daily_backup(store: Store, backups: Path) -> Path | None:
    """The daily backup of a database in use (called hourly by the GUI; cheap when not due)."""
    database = store.engine.url.database
    return backup_if_due(Path(database), backups) if database else None


__all__ = [
    "DatabaseProblem",
    "Store",
    "UpgradeReport",
    "daily_backup",
    "open_store",
    "plain_problem",
]
