"""Screenshots of the server's web console in headless Chromium (Debian's chromium and
chromium-driver), 1366 px wide: a server with the console on a temporary SQLite database,
three facilities, desks enrolled and syncing over the HTTP API (one late, one revoked, one
with changes refused), codes open, used and expired; then every page, in Russian, and the
login and the facilities in English too.

    .venv/bin/python tools/console_screenshots.py docs/screenshots

Writes console-<page>-<language>.png; a page longer than the window is taken whole."""

from __future__ import annotations

import base64
import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import update

from prisondesk import __version__
from prisondesk.db.migrate import head_revision
from prisondesk.domain.ids import new_id
from prisondesk.server import admin_audit, devices
from prisondesk.server.app import create_app
from prisondesk.server.console import accounts
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.server.models import EnrolmentCode, ServerDevice

NAME, PASSWORD = "chief", "console-pass-1"
FACILITIES = (
    ("BSH-1", "Исправительная колония №1"),
    ("OSH-2", "Исправительная колония №2 (г. Ош)"),
    ("NRN-3", "Следственный изолятор №3 (г. Нарын)"),
)
WIDTH, HEIGHT = 1366, 768


# --- the server and its state ----------------------------------------------------------------


def serve(db: ServerDatabase) -> tuple[str, uvicorn.Server]:
    app = create_app(db, console=True)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", server


def enrol(api: httpx.Client, code: str, name: str, facility: tuple[str, str] | None) -> dict:
    """A desk enrolled as the desk's program enrols (tests/server/protocol.py ``enrol``)."""
    body: dict[str, Any] = {"code": code, "name": name, "app_version": __version__}
    if facility:
        body["facility"] = {"id": facility[0], "code": facility[1]}
    answer = api.post("/api/v1/devices/enroll", json=body)
    answer.raise_for_status()
    return answer.json()


def wing(device: str, facility_id: str, name: str) -> dict[str, Any]:
    stamp = f"{int(time.time() * 1000):015d}-00000-{device}"
    row_id = new_id()
    values = {"id": row_id, "facility_id": facility_id, "name": name, "position": 0}
    return {
        "op_id": new_id(),
        "table": "wing",
        "row_id": row_id,
        "kind": "insert",
        "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        "base": {},
        "user_id": None,
        "device_time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }


def push(api: httpx.Client, desk: dict, ops: list[dict]) -> list[str]:
    answer = api.post(
        "/api/v1/sync/push",
        json={"protocol": 1, "schema": head_revision(), "ops": ops},
        headers={"Authorization": f"Bearer {desk['token']}"},
    )
    answer.raise_for_status()
    return [r["status"] for r in answer.json()["results"]]


def demo_state(db: ServerDatabase, url: str) -> None:
    """Three facilities; BSH-1 with two desks (one of them late), OSH-2 with one that had a
    change refused and an old one revoked; NRN-3 waits for its first desk (it is added in
    the browser). Codes: used, open, expired."""
    shell, console = admin_audit.shell_actor(), admin_audit.console_actor(NAME)
    accounts.add_admin(db, NAME, PASSWORD, by=shell)
    for code, name in FACILITIES[:2]:
        devices.add_facility(db, code, name, by=console)
    ids = {"BSH-1": new_id(), "OSH-2": new_id()}

    def code_for(facility: str) -> str:
        return devices.new_enrolment_code(db, facility, timedelta(hours=24), by=console)[0]

    with httpx.Client(base_url=url, timeout=10) as api:
        first = enrol(api, code_for("BSH-1"), "КПП-1 (главный вход)", (ids["BSH-1"], "BSH-1"))
        push(api, first, [wing(first["device_id"], ids["BSH-1"], f"Блок {b}") for b in "АБВ"])
        second = enrol(api, code_for("BSH-1"), "Спецчасть", None)
        push(api, second, [wing(second["device_id"], ids["BSH-1"], "Блок Г")])
        osh = enrol(api, code_for("OSH-2"), "Дежурная часть", (ids["OSH-2"], "OSH-2"))
        push(api, osh, [wing(osh["device_id"], ids["OSH-2"], "Карантин")])
        refused = push(api, osh, [wing(osh["device_id"], ids["BSH-1"], "Чужой блок")])
        print(f"a change of another facility's record: {refused}")
        old = enrol(api, code_for("OSH-2"), "Старый ноутбук", None)
        devices.revoke(db, old["device_id"], by=shell)
    code_for("OSH-2")  # open
    code_for("BSH-1")  # expired, below
    with db.write() as session:
        ten_days_ago = datetime.now(UTC) - timedelta(days=10)
        session.execute(
            update(ServerDevice)
            .where(ServerDevice.id == second["device_id"])
            .values(last_seen_at=ten_days_ago)
        )
        latest = session.query(EnrolmentCode).order_by(EnrolmentCode.created_at.desc()).first()
        latest.created_at = ten_days_ago
        latest.expires_at = ten_days_ago + timedelta(hours=24)


# --- the browser -----------------------------------------------------------------------------


def chromium(scratch: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        f"--window-size={WIDTH},{HEIGHT}",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
        "--disable-component-update",
        "--disable-crash-reporter",
        "--hide-scrollbars",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ru"})
    env = {key: str(scratch) for key in ("TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
    service = Service(executable_path="/usr/bin/chromedriver", env=env)
    return webdriver.Chrome(options=options, service=service)


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
    url, server = serve(db)
    driver = chromium(scratch)
    try:
        demo_state(db, url)
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
        server.should_exit = True
        time.sleep(0.2)
        db.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
