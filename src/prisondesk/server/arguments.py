"""The arguments of ``prisondesk server``, kept apart from the server itself so that building
the command line never imports FastAPI or uvicorn (the GUI starts faster)."""

from __future__ import annotations

import argparse

URL_ENV = "PRISONDESK_SERVER_DATABASE_URL"
INSTALLER_ENV = "PRISONDESK_DESK_INSTALLER"  # --desk-installer, read by every worker
CONSOLE_ENV = "PRISONDESK_CONSOLE"  # --console and its idle minutes, read by every worker


def add_arguments(server: argparse.ArgumentParser) -> None:
    def url_option(parser: argparse.ArgumentParser, default: object) -> None:
        parser.add_argument(
            "--database-url",
            metavar="URL",
            default=default,
            help=f"postgresql+psycopg://user@host/db (default: ${URL_ENV} or server.sqlite3 "
            "in the data folder)",
        )

    url_option(server, None)
    server.add_argument("--host", default="127.0.0.1", help="address to listen on")
    server.add_argument("--port", type=int, default=8470, help="port (8470)")
    server.add_argument("--ssl-certfile", metavar="FILE", help="TLS certificate (PEM)")
    server.add_argument("--ssl-keyfile", metavar="FILE", help="TLS private key (PEM)")
    server.add_argument(
        "--desk-installer",
        metavar="WHERE",
        help="where support keeps the desk's installer (a share or an address): told to a "
        "desk too old to sync, with the version it needs",
    )
    server.add_argument(
        "--console",
        action="store_true",
        help="serve the web console for administrators under /console (behind TLS only)",
    )
    server.add_argument(
        "--console-idle-minutes",
        type=int,
        default=15,
        metavar="N",
        help="a console session ends after N minutes without a request (15)",
    )
    server.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes sharing the port (1); several need PostgreSQL",
    )
    sub = server.add_subparsers(dest="server_command", metavar="ACTION")
    facility = sub.add_parser("facility", help="register or list facilities")
    facility_sub = facility.add_subparsers(dest="facility_command", metavar="ACTION", required=True)
    add = facility_sub.add_parser("add", help="register a facility")
    add.add_argument("code", help="facility code, as on its workstations (e.g. BSH-1)")
    add.add_argument("name", help="facility name")
    facility_sub.add_parser("list", help="list registered facilities")
    code = sub.add_parser("enroll-code", help="print a one-time enrolment code")
    target = code.add_mutually_exclusive_group(required=True)
    target.add_argument("--facility", metavar="CODE", help="for a workstation of this facility")
    target.add_argument("--hq", action="store_true", help="for a read-only headquarters viewer")
    code.add_argument("--hours", type=int, default=24, help="valid for this many hours (24)")
    sub.add_parser("devices", help="list enrolled devices")
    revoke = sub.add_parser("revoke", help="revoke a device's token")
    revoke.add_argument("device", help="device id (or its unambiguous beginning)")
    admin = sub.add_parser("admin", help="accounts of the web console")
    admin_sub = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    admin_add = admin_sub.add_parser("add", help="add an account (the password is asked)")
    admin_add.add_argument("name", help="2 to 64 small letters, digits, dots, dashes")
    admin_sub.add_parser("list", help="list the accounts")
    named = {
        "passwd": "set a new password (asked; the account's sessions end)",
        "unlock": "open an account locked by wrong passwords",
        "remove": "remove an account (its sessions end at once)",
    }
    for verb, text in named.items():
        admin_sub.add_parser(verb, help=text).add_argument("name")
    for parser in (
        add,
        facility_sub.choices["list"],
        code,
        sub.choices["devices"],
        revoke,
        admin_add,
        *(admin_sub.choices[verb] for verb in ("list", *named)),
    ):
        url_option(parser, argparse.SUPPRESS)
