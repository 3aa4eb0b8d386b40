"""Alembic environment: runs on the connection PrisonDesk hands over (see db/migrate.py),
or on ``sqlalchemy.url`` when called from the alembic command line for autogenerate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

import prisondesk.db.models  # noqa: F401  (registers every table)
from prisondesk.db.base import Base

target_metadata = Base.metadata
config = context.config


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.begin() as conn:
        run_migrations(conn)
