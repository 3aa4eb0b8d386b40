"""The command-line actions other than the GUI. They print plain English for support staff
and return the process exit code: 0 done, 1 a check failed, 2 refused (with the reason)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from prisondesk.config import Paths
from prisondesk.logs import configure_logging
from prisondesk.services.store import DatabaseProblem, Store, open_store


def _open(paths: Paths) -> Store:
    paths.ensure()
    configure_logging(paths.logs)
    return open_store(paths.database, paths.backups)[0]


def _refused(problem: Exception) -> int:
    print(f"error: {problem}", file=sys.stderr)
    return 2


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
    made = backup_database(paths.database, target)
    print(f"backup written to {made}")
    return 0


def restore(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.db.backup import check_integrity, restore_database
    from prisondesk.db.migrate import upgrade_database

    source = Path(args.file)
    if not source.is_file():
        return _refused(FileNotFoundError(f"no such file: {source}"))
    fault = check_integrity(source)
    if fault is not None:
        return _refused(ValueError(f"{source} is not a sound PrisonDesk backup ({fault})"))
    if not args.yes:
        answer = input(f"Replace {paths.database} with {source}? Type 'yes': ")
        if answer.strip().lower() != "yes":
            print("nothing changed")
            return 2
    paths.ensure()
    safety = restore_database(source, paths.database, paths.backups)
    if safety:
        print(f"the replaced database was kept as {safety}")
    print(f"restored {source} into {paths.database}")
    try:
        upgrade_database(paths.database, paths.backups)  # an older backup is brought up to date
    except DatabaseProblem as problem:
        return _refused(problem)
    return 0


def audit_verify(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.services.audit import verify_chain

    try:
        store = _open(paths)
    except DatabaseProblem as problem:
        return _refused(problem)
    try:
        report = verify_chain(store)
    finally:
        store.dispose()
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


def demo(paths: Paths, args: argparse.Namespace) -> int:
    from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
    from prisondesk.services.errors import ServiceError

    try:
        store = _open(paths)
    except DatabaseProblem as problem:
        return _refused(problem)
    try:
        report = fill_demo(store, prisoners=args.prisoners, seed=args.seed)
    except ServiceError as problem:
        return _refused(problem)
    finally:
        store.dispose()
    print(f"demo data in {paths.database} (facility {report.facility_code})")
    print(f"users added: {', '.join(report.users_created) or 'none (already there)'}")
    print(f"prisoners added: {report.prisoners_created}")
    print(f"every demo user's password: {DEMO_PASSWORD} (user names are the role names)")
    return 0
