"""``prisondesk server ...``: run the central server under uvicorn (TLS when given a
certificate and key) and administer it: facilities, enrolment codes, devices.

Storage: ``--database-url`` or ``$PRISONDESK_SERVER_DATABASE_URL`` (``postgresql+psycopg://``
in production); without either, a SQLite file in the data folder.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import timedelta

import uvicorn
from fastapi import FastAPI

from prisondesk.config import Paths
from prisondesk.runtime import tune_garbage_collector
from prisondesk.server import admin_audit, devices
from prisondesk.server.app import create_app
from prisondesk.server.arguments import CONSOLE_ENV, INSTALLER_ENV
from prisondesk.server.console import accounts
from prisondesk.server.database import URL_ENV, ServerDatabase, sqlite_url
from prisondesk.server.devices import AdminError


def database_url(paths: Paths, given: str | None) -> str:
    url = given or os.environ.get(URL_ENV)
    if url:
        return url
    paths.ensure()
    return sqlite_url(paths.server_database)


def main(paths: Paths, args: argparse.Namespace) -> int:
    url = database_url(paths, args.database_url)
    action = args.server_command
    if action is None:
        if args.console and not 1 <= args.console_idle_minutes <= 24 * 60:
            print("error: --console-idle-minutes is 1 to 1440", file=sys.stderr)
            return 2
        pass_to_workers(args)
        return run_server(
            url, args.host, args.port, args.ssl_certfile, args.ssl_keyfile, args.workers
        )
    db = ServerDatabase.open(url)
    try:
        return _administer(db, args)
    except AdminError as refusal:
        print(f"error: {refusal.message}", file=sys.stderr)
        return 2
    finally:
        db.dispose()


def _administer(db: ServerDatabase, args: argparse.Namespace) -> int:
    action = args.server_command
    if action == "facility" and args.facility_command == "add":
        facility = devices.add_facility(db, args.code, args.name, by=admin_audit.shell_actor())
        print(f"registered {facility.code} {facility.name}")
    elif action == "facility":
        for facility in devices.facilities(db):
            state = "has data" if facility.claimed else "waiting for its first workstation"
            print(f"{facility.code}\t{facility.name}\t{facility.id}\t{state}")
    elif action == "enroll-code":
        code, expires = devices.new_enrolment_code(
            db,
            None if args.hq else args.facility,
            timedelta(hours=args.hours),
            by=admin_audit.shell_actor(),
        )
        print(code)
        print(f"single use, valid until {expires:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    elif action == "devices":
        for device in devices.devices(db):
            state = f"revoked {device.revoked_at:%Y-%m-%d}" if device.revoked_at else "active"
            seen = f"{device.last_seen_at:%Y-%m-%d %H:%M}" if device.last_seen_at else "never"
            print(f"{device.id}\t{device.name}\t{device.facility_id or 'HQ'}\t{state}\t{seen}")
    elif action == "revoke":
        device = devices.revoke(db, args.device, by=admin_audit.shell_actor())
        print(f"revoked {device.id} ({device.name})")
    elif action == "admin" and args.admin_command == "add":
        password = _new_password(args.name)
        if password is None:
            return 2
        admin = accounts.add_admin(db, args.name, password, by=admin_audit.shell_actor())
        print(f"console account {admin.name} added")
    elif action == "admin" and args.admin_command == "passwd":
        password = _new_password(args.name)
        if password is None:
            return 2
        accounts.set_password(db, args.name, password, by=admin_audit.shell_actor())
        print(f"new password set for {args.name}")
    elif action == "admin" and args.admin_command == "unlock":
        accounts.unlock(db, args.name, by=admin_audit.shell_actor())
        print(f"{args.name} unlocked")
    elif action == "admin" and args.admin_command == "remove":
        accounts.remove(db, args.name, by=admin_audit.shell_actor())
        print(f"console account {args.name} removed")
    elif action == "admin":
        for admin in accounts.admins(db):
            locked = (
                f"\tlocked until {admin.locked_until:%Y-%m-%d %H:%M} UTC"
                if (admin.locked_until and admin.locked_until > devices.now())
                else ""
            )
            print(f"{admin.name}\tadded {admin.created_at:%Y-%m-%d}{locked}")
    return 0


def _new_password(name: str) -> str | None:
    """Asked twice, never echoed, never taken from the command line (a shell's history)."""
    try:
        first = getpass.getpass(f"password for {name}: ")
        second = getpass.getpass("again: ")
    except (EOFError, KeyboardInterrupt):
        print("error: no password given", file=sys.stderr)
        return None
    if first != second:
        print("error: the two passwords differ", file=sys.stderr)
        return None
    return first


def run_server(
    url: str,
    host: str,
    port: int,
    certfile: str | None = None,
    keyfile: str | None = None,
    workers: int = 1,
) -> int:
    """One process, or ``workers`` processes sharing the port (uvicorn's own supervisor
    restarts a worker that dies). The database is migrated once, here, before any starts."""
    if workers > 1 and not url.startswith("postgresql"):
        print(
            "error: several workers need PostgreSQL (--database-url postgresql+psycopg://…)",
            file=sys.stderr,
        )
        return 2
    db = ServerDatabase.open(url)
    options = {
        "host": host,
        "port": port,
        "ssl_certfile": certfile,
        "ssl_keyfile": keyfile,
        "log_level": "info",
    }
    if workers > 1:
        db.dispose()
        os.environ[URL_ENV] = url  # each worker opens it (worker_app)
        uvicorn.run(f"{__name__}:worker_app", factory=True, workers=workers, **options)
        return 0
    app = create_app(db, desk_installer=os.environ.get(INSTALLER_ENV), **_console_options())
    tune_garbage_collector()
    uvicorn.run(app, **options)
    return 0


def worker_app() -> FastAPI:
    """The application of one worker process (``--workers N``): its own connections to the
    database that the parent migrated."""
    app = create_app(
        ServerDatabase.open(os.environ[URL_ENV], migrate=False),
        desk_installer=os.environ.get(INSTALLER_ENV),
        **_console_options(),
    )
    tune_garbage_collector()
    return app


def pass_to_workers(args: argparse.Namespace) -> None:
    """What every worker process reads (``worker_app``), from this command line alone: a
    variable left in the environment must not switch the console on."""
    for name, value in (
        (INSTALLER_ENV, args.desk_installer),
        (CONSOLE_ENV, str(args.console_idle_minutes) if args.console else None),
    ):
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)


def _console_options() -> dict:
    minutes = os.environ.get(CONSOLE_ENV, "")
    if not minutes.isdecimal() or not 1 <= int(minutes) <= 24 * 60:
        return {"console": False}
    return {"console": True, "console_idle": timedelta(minutes=int(minutes))}
