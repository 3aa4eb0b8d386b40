"""Screenshots of the server's web console in headless Chromium (Debian's chromium and
chromium-driver), 1366 px wide: a server with the console on a temporary SQLite database,
three facilities, desks enrolled and syncing over the HTTP API (one late, one revoked, one
with changes refused), codes open, used and expired; then every page, in Russian, and the
login and the facilities in English too.

    .venv/bin/python tools/console_screenshots.py docs/screenshots

Writes console-<page>-<language>.png; a page longer than the window is taken whole."""

from __future__ import annotations

import base64
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's test helpers
from tests.server import chromium
from tests.server.live import LiveServer
from tests.server.protocol import enrol, push, statuses, wing_insert

from prisondesk.domain.ids import new_id
from prisondesk.server import admin_audit, devices
from prisondesk.server.console import accounts
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.server.models import EnrolmentCode, ServerDevice

NAME, PASSWORD = "chief", "console-pass-1"
FACILITIES = (
    ("BSH-1", "Исправительная колония №1"),
    ("OSH-2", "Исправительная колония №2 (г. Ош)"),
    ("NRN-3", "Следственный изолятор №3 (г. Нарын)"),
)


# --- the server and its state ----------------------------------------------------------------


def demo_state(server: LiveServer) -> None:
    """Three facilities; BSH-1 with two desks (one of them late), OSH-2 with one that had a
    change refused and an old one revoked; NRN-3 waits for its first desk (it is added in
    the browser). Codes: used, open, expired."""
    db = server.db
    shell, console = admin_audit.shell_actor(), admin_audit.console_actor(NAME)
    accounts.add_admin(db, NAME, PASSWORD, by=shell)
    for code, name in FACILITIES[:2]:
        devices.add_facility(db, code, name, by=console)
    ids = {"BSH-1": new_id(), "OSH-2": new_id()}

    def code_for(facility: str) -> str:
        return devices.new_enrolment_code(db, facility, timedelta(hours=24), by=console)[0]

    with httpx.Client(base_url=server.url, timeout=10) as api:
        first, _, auth = enrol(
            api, code_for("BSH-1"), (ids["BSH-1"], "BSH-1"), "КПП-1 (главный вход)"
        )
        push(api, auth, [wing_insert(first, ids["BSH-1"], f"Блок {b}") for b in "АБВ"])
        second, _, auth = enrol(api, code_for("BSH-1"), None, "Спецчасть")
        push(api, auth, [wing_insert(second, ids["BSH-1"], "Блок Г")])
        osh, _, auth = enrol(api, code_for("OSH-2"), (ids["OSH-2"], "OSH-2"), "Дежурная часть")
        push(api, auth, [wing_insert(osh, ids["OSH-2"], "Карантин")])
        refused = statuses(push(api, auth, [wing_insert(osh, ids["BSH-1"], "Чужой блок")]))
        print(f"a change of another facility's record: {refused}")
        old, _, _ = enrol(api, code_for("OSH-2"), None, "Старый ноутбук")
        devices.revoke(db, old, by=shell)
    code_for("OSH-2")  # open
    code_for("BSH-1")  # expired, below
    with db.write() as session:
        ten_days_ago = datetime.now(UTC) - timedelta(days=10)
        session.execute(
            update(ServerDevice).where(ServerDevice.id == second).values(last_seen_at=ten_days_ago)
        )
        latest = session.query(EnrolmentCode).order_by(EnrolmentCode.created_at.desc()).first()
        latest.created_at = ten_days_ago
        latest.expires_at = ten_days_ago + timedelta(hours=24)


# --- the browser -----------------------------------------------------------------------------


def shoot(driver, folder: Path, page: str, language: str) -> None:
    """The whole page at the window's width (at least the window's height)."""
    width, height = driver.execute_script(
        "return [window.innerWidth, Math.max(document.documentElement.scrollHeight, "
        "window.innerHeight)]"
    )
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
    )
    target = folder / f"console-{page}-{language}.png"
    target.write_bytes(base64.b64decode(shot["data"]))
    print(f"{target} ({width}×{height})")


def click(driver, css: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, css).click()
    settle(driver)


def settle(driver) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def sign_in(driver, url: str, language: str, folder: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(f"{url}/console/login?lang={language}")
    settle(driver)
    shoot(driver, folder, "login", language)
    driver.find_element(By.NAME, "name").send_keys(NAME)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD, Keys.ENTER)
    settle(driver)


def main(folder: Path) -> int:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="pd-console-shots-"))  # short: Chromium's socket
    db = ServerDatabase.open(sqlite_url(scratch / "server.sqlite3"))
    server = LiveServer.start(db, "sqlite")
    url = server.url
    driver = chromium.start(scratch, "ru", "--hide-scrollbars")
    try:
        demo_state(server)
        sign_in(driver, url, "ru", folder)
        # the third facility, added as an administrator adds it: the page says so
        driver.find_element(By.NAME, "code").send_keys(FACILITIES[2][0])
        driver.find_element(By.NAME, "name").send_keys(FACILITIES[2][1])
        click(driver, 'form[action$="/facilities"] button[type="submit"]')
        shoot(driver, folder, "facilities", "ru")
        click(driver, 'header nav a[href$="/codes"]')
        shoot(driver, folder, "codes", "ru")
        Select(driver.find_element(By.NAME, "facility")).select_by_value("NRN-3")
        click(driver, 'form[action$="/codes"] button[type="submit"]')
        shoot(driver, folder, "code", "ru")
        click(driver, 'header nav a[href$="/devices"]')
        shoot(driver, folder, "devices", "ru")
        click(driver, 'a[href$="/revoke"]')
        shoot(driver, folder, "revoke", "ru")
        click(driver, 'header nav a[href$="/health"]')
        shoot(driver, folder, "health", "ru")
        click(driver, 'header nav a[href$="/audit"]')
        shoot(driver, folder, "audit", "ru")
        click(driver, 'header form[action$="/logout"] button')
        sign_in(driver, url, "en", folder)
        shoot(driver, folder, "facilities", "en")
    finally:
        driver.quit()
        server.stop()
        db.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
