"""Alembic environment of the central server's database (SQLite or PostgreSQL): runs on the
connection ``prisondesk.server.database`` hands over, or on ``sqlalchemy.url`` for
autogenerate (``alembic -c alembic.ini -n server revision --autogenerate``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from prisondesk.server.models import ServerBase

VERSION_TABLE = "server_alembic_version"  # never mistaken for a workstation file's
config = context.config


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=ServerBase.metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,
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
