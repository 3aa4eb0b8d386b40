"""The ``prisondesk`` command. The GUI is the default; the rest serve support staff.

Imports are made inside each command so that, say, ``audit verify`` never loads Qt and the GUI
starts as fast as it can.
"""

from __future__ import annotations

import argparse
import sys
import time

from prisondesk import __version__
from prisondesk.config import HOME_ENV, InstallationProblem, Paths
from prisondesk.private_folder import restrict_new_files


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prisondesk",
        description="PrisonDesk: offline-first desktop application for prison wings.",
    )
    parser.add_argument("--version", action="version", version=f"PrisonDesk {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help=f"data folder (default: ${HOME_ENV} or the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the desktop program (the default)")
    gui.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="print the start-up time when the first window shows, then quit",
    )
    gui.add_argument(
        "--pseudo-locale",
        action="store_true",
        help="stretch and accent every string (to find clipped layouts); for developers",
    )

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="back up, then migrate the database to this version")

    backup = commands.add_parser("backup", help="copy the database safely (online backup)")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: a dated file in the backups folder)",
    )

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE", help="a backup made by 'prisondesk backup'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    audit = commands.add_parser("audit", help="audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="check the hash chain; name the first broken entry")

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--prisoners", type=int, default=300, help="how many prisoners (300)")
    demo.add_argument("--seed", type=int, default=47, help="random seed (47)")

    importer = commands.add_parser("import", help="import a register kept today")
    importer.add_argument("what", choices=["prisoners"])
    importer.add_argument("file", metavar="FILE", help="CSV (; or , separated) or XLSX")
    importer.add_argument("--user", required=True, help="who imports (a registry officer)")
    importer.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    importer.add_argument(
        "--skip-bad",
        metavar="BAD_FILE",
        help="import the good rows and write the bad ones to BAD_FILE",
    )

    exporter = commands.add_parser("export", help="export the registry or the parcel log")
    exporter.add_argument("what", choices=["prisoners", "parcels"])
    exporter.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    exporter.add_argument("-o", "--output", metavar="FILE", required=True)
    exporter.add_argument("--user", required=True, help="who exports")

    server = commands.add_parser("server", help="run or administer the central server")
    from prisondesk.server.arguments import add_arguments

    add_arguments(server)
    passes = commands.add_parser("passes", help="print every visit pass of a day to a PDF")
    passes.add_argument("--date", required=True, help="day of the visits, YYYY-MM-DD")
    passes.add_argument("-o", "--output", required=True, help="PDF file to write")
    passes.add_argument("--user", required=True, help="user name (password asked or in env)")
    passes.add_argument("--paper", choices=["receipt80", "a6"], default="receipt80")
    passes.add_argument("--language", choices=["ru", "ky", "en"], default="ru")
    log = commands.add_parser("gate-log", help="the day's gate log (CSV, XLSX or PDF)")
    log.add_argument("--date", required=True, help="day, YYYY-MM-DD")
    log.add_argument("-o", "--output", required=True, help="file to write (.csv, .xlsx, .pdf)")
    log.add_argument("--user", required=True, help="user name (password asked or in env)")
    log.add_argument("--format", choices=["csv", "xlsx", "pdf"], help="default: from the file")
    log.add_argument("--language", choices=["ru", "ky", "en"], default="ru")
    sync = commands.add_parser("sync", help="sync with the central server once, print what moved")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    enroll = sync_commands.add_parser("enroll", help="enrol this workstation with a server")
    enroll.add_argument("url", help="server address, e.g. https://sync.example.kg:8470")
    enroll.add_argument("code", help="one-time code from `prisondesk server enroll-code`")
    enroll.add_argument("--user", help="administrator (needed once the workstation is set up)")
    enroll.add_argument("--name", help="this workstation's name on the server (host name)")
    reporter = commands.add_parser("report", help="a report for a date range (PDF, CSV, XLSX)")
    reporter.add_argument("name", help="the report: gate_log, visits_per_day, population, …")
    reporter.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    reporter.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    reporter.add_argument("--format", choices=["pdf", "csv", "xlsx"])
    reporter.add_argument("-o", "--output", metavar="FILE", required=True)
    reporter.add_argument("--user", required=True, help="who runs it")
    reporter.add_argument("--language", choices=["ru", "ky", "en"], default="ru")
    reporter.add_argument(
        "--facility",
        action="append",
        metavar="CODE",
        help="on a headquarters desk: a facility's code (repeat for several; default: all)",
    )
    instruments = commands.add_parser(
        "instruments", help="list the assessment instruments installed, or check instrument files"
    )
    instruments.add_argument("files", nargs="*", help="instrument files (.toml) to check")
    selftest = commands.add_parser("selftest", help="check this installation, print what passed")
    selftest.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    diagnostics = commands.add_parser(
        "diagnostics", help="versions, settings, sync state and recent errors, for support"
    )
    diagnostics.add_argument(
        "-o",
        "--output",
        metavar="FILE.zip",
        help="write the report and the log files (no database, no secrets) to a zip; "
        "without it, print the report",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)
    restrict_new_files()  # the data folder's files are this account's only
    command = args.command or "gui"
    try:
        paths = Paths.resolve(args.home)
    except InstallationProblem as problem:
        print(f"error: {problem}", file=sys.stderr)
        if command != "gui":
            return 2
        from prisondesk.app import refuse_to_start  # the windowed program has no console

        return refuse_to_start(problem.MESSAGE, file=problem.file, error=problem.error)
    if command == "server":
        from prisondesk.server.run import main as server_main

        return server_main(paths, args)
    try:
        return _desk_command(command, paths, args, started)
    except ModuleNotFoundError as missing:
        if not _is_server_only_install(missing):
            raise
        print(
            f"error: 'prisondesk {command}' belongs to the desk program; this is the central "
            f"server's installation (prisondesk-server), which lacks {missing.name}. "
            "Install the desk's package, prisondesk, on a workstation.",
            file=sys.stderr,
        )
        return 2


def _is_server_only_install(missing: ModuleNotFoundError) -> bool:
    """A desk library is absent because the distribution installed is the server's."""
    from importlib import metadata

    try:
        metadata.distribution("prisondesk-server")
    except metadata.PackageNotFoundError:
        return False
    return missing.name is not None


def _desk_command(command: str, paths: Paths, args: argparse.Namespace, started: float) -> int:
    if command == "gui":
        from prisondesk.app import run_gui

        return run_gui(
            paths,
            exit_when_ready=getattr(args, "exit_when_ready", False),
            pseudo_locale=getattr(args, "pseudo_locale", False),
            started=started,
        )
    if command == "selftest":
        from prisondesk import selftest

        return selftest.qt_probe() if args.qt_probe else selftest.main(paths.home)
    from prisondesk import commands

    handlers = {
        "db": commands.db_upgrade,
        "backup": commands.backup,
        "restore": commands.restore,
        "audit": commands.audit_verify,
        "demo": commands.demo,
        "import": commands.import_register,
        "export": commands.export_register,
        "sync": commands.sync,
        "passes": commands.passes,
        "gate-log": commands.gate_log,
        "instruments": commands.instruments,
        "report": commands.report,
        "diagnostics": commands.diagnostics,
    }
    try:
        return handlers[command](paths, args)
    except commands.Refused as refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    except Exception as error:  # a locked database, a read-only folder, a full disk: plainly
        from prisondesk.services.store import plain_problem

        problem = plain_problem(error, paths.database)
        if problem is None:
            raise
        print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
