"""The command-line actions other than the GUI. They print plain English for support staff
and return the process exit code: 0 done, 1 a check failed, 2 refused (with the reason)."""

from __future__ import annotations

import argparse
import getpass
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from prisondesk.config import Paths
from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.logs import configure_logging
from prisondesk.runtime import tune_garbage_collector
from prisondesk.services.store import DatabaseProblem, Store, open_store

T = TypeVar("T")


def _open(paths: Paths) -> Store:
    paths.ensure()
    configure_logging(paths.logs)
    return open_store(paths.database, paths.backups)[0]


def _refused(problem: Exception) -> int:
    print(f"error: {problem}", file=sys.stderr)
    return 2


class Refused(Exception):
    """A refusal with its reason: ``cli.main`` prints it and exits with 2."""


def _on_store(paths: Paths, work: Callable[[Store], T]) -> T:
    """Open the database, run ``work`` on it and close it; a damaged database, a wrong
    password, a missing permission or a bad file becomes a ``Refused``."""
    try:
        store = _open(paths)
    except DatabaseProblem as problem:
        raise Refused(problem) from None
    try:
        return work(store)
    except UserFacingError as problem:
        raise Refused(problem) from None
    finally:
        store.dispose()


def db_upgrade(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.db.migrate import upgrade_database

    paths.ensure()
    configure_logging(paths.logs)
    try:
        report = upgrade_database(paths.database, paths.backups)
    except DatabaseProblem as problem:
        return _refused(problem)
    if report.previous == report.current:
        print(f"{paths.database} is already at schema {report.current}")
    else:
        print(f"{paths.database}: schema {report.previous or '(new)'} -> {report.current}")
        if report.backup:
            print(f"backup made before migrating: {report.backup}")
    return 0


def backup(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.db.backup import backup_database, backup_name

    if not paths.database.exists():
        return _refused(FileNotFoundError(f"no database at {paths.database}"))
    target = Path(args.output) if args.output else paths.backups / backup_name("manual")
    try:
        made = backup_database(paths.database, target)
    except (OSError, sqlite3.Error) as problem:
        return _refused(RuntimeError(f"cannot write the backup to {target}: {problem}"))
    print(f"backup written to {made}")
    return 0


def restore(paths: Paths, args: argparse.Namespace) -> int:
    """The restore the Backups tab does at the next start, done now: the same refusals, the
    same work copy (a failure leaves the database as it was), the same rows carried over."""
    from prisondesk.instance import acquire_instance_lock
    from prisondesk.services.core.backups import check_backup, restore_now
    from prisondesk.services.core.errors import Refused as ServiceRefused

    source = Path(args.file)
    try:
        check_backup(source, paths)
    except ServiceRefused as refusal:
        return _refused(refusal)
    lock = acquire_instance_lock(paths)
    if lock is None:
        return _refused(RuntimeError("PrisonDesk is running on this data folder: close it first"))
    try:
        if not args.yes and not _confirmed(f"Replace {paths.database} with {source}? Type 'yes': "):
            print("nothing changed")
            return 2
        paths.ensure()
        configure_logging(paths.logs)
        try:
            report = restore_now(paths, source, f"{getpass.getuser()} (prisondesk restore)")
        except (DatabaseProblem, OSError, sqlite3.Error) as problem:
            return _refused(RuntimeError(f"{problem}; the database was not changed"))
    finally:
        lock.unlock()
    if report.safety_copy:
        print(f"the replaced database was kept as {report.safety_copy}")
    print(f"restored {source} into {paths.database}")
    if report.carried:
        kept = ", ".join(f"{n} {table}" for table, n in report.carried.items())
        print(f"kept from the replaced file: {kept} (unsent changes, audit trail, identity)")
    else:
        print("the replaced file could not be read: unsent changes since the backup are lost")
    return 0


def _confirmed(question: str) -> bool:
    try:
        return input(question).strip().lower() == "yes"
    except EOFError:  # no terminal (a script): never a yes
        return False


def audit_verify(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.services.core.audit import verify_chain

    report = _on_store(paths, verify_chain)
    if report.ok:
        print(f"audit chain intact: {report.checked} entries from {report.devices} device(s)")
        return 0
    problem = report.problem
    assert problem is not None
    print(
        f"audit chain BROKEN at device {problem.device}, entry #{problem.device_seq}"
        f"{f' (id {problem.entry_id})' if problem.entry_id else ''}: {problem.reason}"
    )
    return 1


def instruments(paths: Paths, args: argparse.Namespace) -> int:
    """The assessment instruments installed, and the problems of any set aside; or, given
    files, each checked as the program will read it (before it is installed)."""
    from prisondesk.domain.instruments import InstrumentError
    from prisondesk.services.assessments import instruments as installed

    if args.files:
        failed = 0
        for name in args.files:
            try:
                found = installed.read_file(Path(name))
            except InstrumentError as error:
                print(error)
                failed += 1
            else:
                print(
                    f"{name}: {found.id} version {found.version}, {len(list(found.items()))} items"
                )
        return 1 if failed else 0
    catalogue = installed.available()
    for instrument in sorted(catalogue.instruments.values(), key=lambda i: (i.id, i.version)):
        title, source = instrument.title.en, instrument.source
        print(f"{instrument.id} version {instrument.version}: {title} ({source})")
    for broken in catalogue.broken:
        print(broken.error)
    return 1 if catalogue.broken else 0


def demo(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.services.demo import DEMO_PASSWORD, fill_demo

    report = _on_store(paths, lambda store: fill_demo(store, args.prisoners, args.seed))
    print(f"demo data in {paths.database} (facility {report.facility_code})")
    print(f"users added: {', '.join(report.users_created) or 'none (already there)'}")
    print(f"prisoners added: {report.prisoners_created}")
    if report.bookings_created is None:
        print("visits: kept from an earlier run")
    else:
        print(f"visits booked: {report.bookings_created} (today's gate replayed up to now)")
    if report.parcels_created is None:
        print("parcels: kept from an earlier run")
    else:
        print(f"parcels received: {report.parcels_created} (inspected, handed over, returned)")
    if report.allocations_created is None:
        print("workshops: kept from an earlier run")
    else:
        print(
            f"workshop places given: {report.allocations_created} "
            "(two months of attendance; the month before last paid, last month computed)"
        )
    if report.assessments_created is None:
        print("assessments: kept from an earlier run")
    else:
        print(
            f"assessments made: {report.assessments_created} (every state, plans, case notes; "
            "reviews overdue and due soon)"
        )
    print(
        f"every demo user's password: {DEMO_PASSWORD} (user names are the role names; "
        "supervisor2 is a second supervisor)"
    )
    return 0


def _login(store: Store, username: str) -> object:
    """The acting user: the password comes from $PRISONDESK_PASSWORD or is asked for."""
    import getpass
    import os

    from prisondesk.services.core import users

    password = os.environ.get("PRISONDESK_PASSWORD") or getpass.getpass(f"Password of {username}: ")
    return users.authenticate(store, username, password)


def _progress_printer() -> Callable[[int, int], None]:
    """``checked 40000 of 1000000 rows (4%)`` on stderr, every five per cent (a register of a
    million rows takes minutes)."""
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if total and percent // 5 > shown[0]:
            shown[0] = percent // 5
            print(f"checked {done} of {total} rows ({percent}%)", file=sys.stderr, flush=True)

    return show


def import_register(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.services.intake import register_io

    source = Path(args.file)
    if not source.is_file():
        return _refused(FileNotFoundError(f"no such file: {source}"))
    report = _on_store(
        paths,
        lambda store: register_io.import_prisoners(
            store,
            _login(store, args.user),
            source,
            dry_run=args.dry_run,
            skip_bad=bool(args.skip_bad),
            progress=_progress_printer(),
        ),
    )
    for bad in report.bad:
        print(f"line {bad.line}: {bad.column}: {bad.reason}")
    if args.skip_bad and report.bad:
        register_io.write_bad_rows(report, Path(args.skip_bad))
        print(f"{len(report.bad)} bad rows written to {args.skip_bad}")
    good = report.rows - len(report.bad)
    if args.dry_run:
        print(f"dry run: {report.rows} rows, {good} good, {len(report.bad)} bad; nothing imported")
        return 1 if report.bad else 0
    if report.bad and not args.skip_bad:
        print(
            f"{len(report.bad)} of {report.rows} rows are bad: nothing was imported "
            "(correct them, or use --skip-bad BAD_FILE)"
        )
        return 1
    print(f"imported {report.imported} of {report.rows} rows")
    return 0


def export_register(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk export prisoners|parcels --format csv|xlsx -o FILE --user NAME``."""
    from prisondesk.services.intake import register_io
    from prisondesk.services.parcels import parcel_log

    export = register_io.export_prisoners if args.what == "prisoners" else parcel_log.export_parcels
    count = _on_store(
        paths,
        lambda store: export(store, _login(store, args.user), Path(args.output), args.format),
    )
    print(f"exported {count} {args.what} to {args.output}")
    return 0


def sync(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk sync``: one round, printing what moved; ``sync enroll URL CODE`` first."""
    from prisondesk.services.sync import syncing

    if args.sync_command == "enroll":

        def enrol(store: Store) -> object:
            actor = _login(store, args.user) if args.user else None
            return syncing.enrol(store, actor, args.url, args.code, args.name)

        enrolled = _on_store(paths, enrol)
        how = "joined facility" if enrolled.joined else "enrolled with facility"
        print(f"{how} {enrolled.facility_id} as device {enrolled.device_id}")
        if not enrolled.joined:
            return 0
    tune_garbage_collector()
    report = _on_store(paths, syncing.run_round)
    print(report.summary())
    return 1 if report.mismatched else 0


def passes(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk passes --date YYYY-MM-DD -o FILE.pdf``: every visit pass of a day."""
    from datetime import date

    from prisondesk.printing.visits.passes import render_visit_passes
    from prisondesk.services.visits import passes

    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        return _refused(ValueError(f"not a date (YYYY-MM-DD): {args.date}"))
    documents = _on_store(
        paths, lambda store: passes.passes_of_day(store, _login(store, args.user), day)
    )
    translate = _translator(args.language)
    Path(args.output).write_bytes(render_visit_passes(documents, args.paper, translate))
    print(f"{len(documents)} passes for {day:%d.%m.%Y} written to {args.output}")
    return 0


def _translator(language: str):
    """The catalogue of ``language`` for printed labels, read with QtCore only."""
    from prisondesk.printing.documents import no_translation

    if language == "en":
        return no_translation
    from PySide6.QtCore import QTranslator

    from prisondesk.config import TRANSLATIONS_DIR

    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS_DIR / f"prisondesk_{language}.qm")):
        raise Refused(f"no compiled catalogue for {language}: run 'make qm'")
    return lambda context, text: translator.translate(context, text) or text


def report(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk report NAME --from D --to D --format pdf|csv|xlsx -o FILE --user NAME``: a
    report for a date range, for scheduled exports."""
    from datetime import date

    from prisondesk.printing.reports.report_pdf import report_pdf
    from prisondesk.services.reports import export, run

    try:
        first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    except ValueError:
        return _refused(ValueError(f"not a date (YYYY-MM-DD): {args.first} or {args.last}"))
    output = Path(args.output)
    fmt = args.format or output.suffix.lstrip(".").lower()
    if fmt not in ("csv", "xlsx", "pdf"):
        return _refused(ValueError("choose --format csv, xlsx or pdf"))

    def write(store: Store) -> int:
        actor = _login(store, args.user)
        made = run.run_report(
            store, actor, args.name, first, last, facilities=_facility_ids(store, actor, args)
        )
        translate = _translator(args.language)
        if fmt == "pdf":
            pdf = report_pdf(made, translate, lambda day: day.strftime("%d.%m.%Y"))
            export.save_report_pdf(store, actor, made, output, pdf)
            return len(made.rows)
        return export.export_report(store, actor, made, output, fmt, translate)

    rows = _on_store(paths, write)
    print(f"report {args.name} {first}..{last}: {rows} rows to {output}")
    return 0


def _facility_ids(store: Store, actor, args: argparse.Namespace) -> list[str] | None:
    """``--facility CODE…`` as the facilities' ids (None: every one the user may read)."""
    from prisondesk.services.core.errors import NotFound
    from prisondesk.services.core.headquarters import facilities_seen

    if not args.facility:
        return None
    seen = {one.code.upper(): one.id for one in facilities_seen(store, actor)}
    unknown = [code for code in args.facility if code.upper() not in seen]
    if unknown:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No facility you may read has the code {code}."),
            code=", ".join(unknown),
        )
    return [seen[code.upper()] for code in args.facility]


def gate_log(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk gate-log --date YYYY-MM-DD -o FILE``: the day's gate log as CSV, XLSX or
    a printable PDF."""
    from datetime import date

    from prisondesk.domain.visits import LOG_LABELS
    from prisondesk.printing.visits.gate_log import render_gate_log
    from prisondesk.services.core import facility
    from prisondesk.services.visits import gate_log as log

    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        return _refused(ValueError(f"not a date (YYYY-MM-DD): {args.date}"))
    output = Path(args.output)
    fmt = args.format or output.suffix.lstrip(".").lower()
    if fmt not in ("csv", "xlsx", "pdf"):
        return _refused(ValueError("choose --format csv, xlsx or pdf"))

    def write(store: Store) -> int:
        actor = _login(store, args.user)
        if fmt != "pdf":
            return log.export_gate_log(store, actor, day, output, fmt)
        rows = log.gate_log(store, actor, day)
        info = facility.current_facility(store)
        translate = _translator(args.language)
        output.write_bytes(
            render_gate_log(
                info.name if info else "",
                day,
                rows,
                translate,
                lambda code: translate("gate", LOG_LABELS.get(code, code)),
            )
        )
        return len(rows)

    count = _on_store(paths, write)
    print(f"{count} visits of {day:%d.%m.%Y} written to {output}")
    return 0


def diagnostics(paths: Paths, args: argparse.Namespace) -> int:
    """``prisondesk diagnostics``: the support report on stdout, or with ``-o`` in a zip with
    the log files. It reads only: the database is not migrated, nor the folder made."""
    from prisondesk.services import diagnostics as support

    if not args.output:
        print(support.report(paths), end="")
        return 0
    output = Path(args.output).expanduser().resolve()
    if output.is_relative_to(paths.home):
        # the zip goes to support: never beside the database, the backups or the token
        raise Refused(f"write the diagnostics outside the data folder {paths.home}")
    if output.is_dir():
        raise Refused(f"{output} is a folder: name the zip file to write")
    try:
        bundle = support.write_bundle(paths, output)
    except OSError as problem:
        raise Refused(f"cannot write {output}: {problem}") from None
    print(f"diagnostics written to {bundle.path}: {', '.join(bundle.names)}")
    return 0
