"""``prisondesk server``: the HTTP application under uvicorn, with TLS when given a
certificate and key (put it behind a reverse proxy or use them directly)."""

from __future__ import annotations

import uvicorn

from prisondesk.db.migrate import head_revision
from prisondesk.server.app import create_app


def run_server(
    host: str, port: int, certfile: str | None = None, keyfile: str | None = None
) -> int:
    uvicorn.run(
        create_app(head_revision()),
        host=host,
        port=port,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        log_level="info",
    )
    return 0
