"""``prisondesk selftest``: checks that an installation can run, for support staff.

Each check prints PASS or FAIL with a reason; the command exits non-zero if any failed. The Qt
check runs in a child process because a missing platform plugin aborts the process outright.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prisondesk.config import FONTS_DIR, TRANSLATIONS_DIR, Paths, shared_group

BARCODE_SAMPLE = "DEMO-47-000123"
QT_PROBE_OK = "qt-probe-ok"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def self_command() -> list[str]:
    """How to start this program again, frozen or not."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "prisondesk"]


def qt_probe() -> int:
    """Run in the child: create the application and draw a window off screen."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel("Проверка Өө Үү Ңң")
    label.resize(200, 40)
    image = label.grab().toImage()
    print(f"{QT_PROBE_OK} {app.platformName()} {image.width()}x{image.height()}")
    return 0


def check_qt() -> str:
    done = subprocess.run(
        [*self_command(), "selftest", "--qt-probe"], capture_output=True, text=True, timeout=60
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith(QT_PROBE_OK)), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError((done.stderr or done.stdout).strip()[-500:] or f"exit {done.returncode}")
    _, platform, size = line.split()
    return f"platform plugin '{platform}' drew a {size} window"


def check_fonts() -> str:
    from prisondesk.printing.fonts import missing_glyphs
    from prisondesk.printing.test_page import SAMPLE_TEXT

    missing = missing_glyphs(SAMPLE_TEXT + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    if missing:
        raise RuntimeError(f"DejaVu Sans lacks {missing!r}")
    return f"DejaVu Sans from {FONTS_DIR} covers Russian and Kyrgyz"


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    found = []
    for language in ("ru", "ky"):
        translator = QTranslator()
        if not translator.load(f"prisondesk_{language}", str(TRANSLATIONS_DIR)):
            raise RuntimeError(f"prisondesk_{language}.qm missing in {TRANSLATIONS_DIR}")
        text = translator.translate("LoginDialog", "Log in")
        if not text or text == "Log in":
            raise RuntimeError(f"prisondesk_{language}.qm does not translate 'Log in'")
        found.append(f"{language}: {text}")
    return ", ".join(found)


def check_instruments() -> str:
    """Every installed assessment instrument reads; a broken file is named with its problems."""
    from prisondesk.services.assessments import instruments

    catalogue = instruments.available()
    if catalogue.broken:
        raise RuntimeError("; ".join(str(broken.error) for broken in catalogue.broken))
    if not catalogue.instruments:
        raise RuntimeError("no assessment instrument is installed")
    names = sorted(f"{i}.v{v}" for i, v in catalogue.instruments)
    return f"{len(names)} read: {', '.join(names)}"


def check_database() -> str:
    from prisondesk.services.core import audit, facility
    from prisondesk.services.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store, report = open_store(Path(folder) / "selftest.sqlite3", Path(folder) / "backups")
        try:
            facility.set_up_facility(
                store,
                code="TEST-1",
                name="Проверка",
                wings=["А"],
                admin_username="selftest",
                admin_full_name="Проверка",
                admin_password="selftest-1",
            )
            chain = audit.verify_chain(store)
            if not chain.ok:
                raise RuntimeError(f"audit chain broken: {chain.problem}")
        finally:
            store.dispose()
    return f"migrated a new database to {report.current}, wrote and verified an audit chain"


def check_pdf_and_barcode() -> str:
    import pypdfium2
    import zxingcpp

    from prisondesk.printing.test_page import render_test_page

    pdf = render_test_page(BARCODE_SAMPLE)
    if not pdf.startswith(b"%PDF") or b"DejaVuSans" not in pdf:
        raise RuntimeError("the PDF was not written with the embedded font")
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=300 / 72).to_pil()
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    if decoded != [BARCODE_SAMPLE]:
        raise RuntimeError(f"the printed barcode decodes to {decoded!r}")
    return f"{len(pdf)} byte PDF; its Code128 barcode decodes to {BARCODE_SAMPLE}"


def check_data_folder(home: Path) -> str:
    """The data folder holds personal and medical data: only this account may open it."""
    from prisondesk.private_folder import problems

    if not home.exists():
        return f"{home} does not exist yet (made private when PrisonDesk first starts)"
    group = shared_group(home)
    found = problems(home, group)
    if found:
        raise RuntimeError(
            f"too open: {'; '.join(found[:5])}{' …' if len(found) > 5 else ''}. PrisonDesk "
            "tightens it when it starts as the folder's owner; otherwise fix the owner or the "
            "permissions by hand"
        )
    if group:
        return f"{home} is open to the group {group} (and administrators) only"
    return f"{home} is open to this account (and administrators) only"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("Qt platform plugin", check_qt),
    ("Fonts", check_fonts),
    ("Translations", check_translations),
    ("Instruments", check_instruments),
    ("Database migration", check_database),
    ("PDF and barcode", check_pdf_and_barcode),
]


def run_checks(home: Path | None = None) -> list[CheckResult]:
    checks = list(CHECKS)
    if home is not None:
        checks.append(("Data folder", lambda: check_data_folder(home)))
    results = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # a failed check is reported, never raised
            detail, ok = f"{type(exc).__name__}: {exc}", False
        results.append(CheckResult(name, ok, detail, time.perf_counter() - started))
    return results


def main(home: Path | None = None) -> int:
    results = run_checks(home)
    for result in results:
        state = "PASS" if result.ok else "FAIL"
        print(f"{state}  {result.name:<20} {result.detail} ({result.seconds:.2f} s)")
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    if home is not None:
        _keep(home, results)
    return 1 if failed else 0


def _keep(home: Path, results: list[CheckResult]) -> None:
    """Save the result for the diagnostics, in a data folder that exists: selftest never
    makes one (the program does, private, when it first starts)."""
    from prisondesk.services.diagnostics import save_selftest

    if not home.is_dir():
        print(f"(result not kept: {home} does not exist yet)")
        return
    try:
        save_selftest(Paths(home), results)
    except OSError as problem:  # a read-only folder is reported by its own check
        print(f"(result not kept: {problem})")
