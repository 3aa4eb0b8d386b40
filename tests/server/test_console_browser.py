"""The server console in a real browser (Debian's headless Chromium, driven by selenium) over
the live server, on SQLite and on PostgreSQL, as an administrator uses it: the account made
with ``prisondesk server admin add``, signing in with the keyboard alone, a facility added,
a code issued and shown with its QR code, a real desk (``prisondesk demo`` in a data folder
of its own) enrolled with that code from the command line, then revoked — after which its
next ``prisondesk sync`` is refused. And the language links.

Chromium and chromedriver come from Debian (``chromium``, ``chromium-driver``); without them
these tests are skipped, or fail where ``$PRISONDESK_REQUIRE_BROWSER`` is set (.ci/run)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from prisondesk.cli import main
from prisondesk.server.console import i18n
from tests.server import chromium
from tests.server.live import LiveServer

NOT_RUN = (
    "Chromium or chromedriver is missing ({missing}): the console's browser tests were NOT "
    "run (apt-get install chromium chromium-driver, or run .ci/run, which does)"
)
NAME, PASSWORD = "chief", "console-pass-1"
FACILITY = "DEMO-47"  # the facility `prisondesk demo` sets up on the desk
FACILITY_NAME = "Исправительная колония №47 «Демо»"
MARKUP = "Колония <b>демо</b>"
DESK = "Окно КПП №1"
CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
WAIT = 15  # seconds for a page to come

pytestmark = pytest.mark.slow  # a browser, and the desk's command line in subprocesses


def require_browser() -> None:
    absent = chromium.missing()
    if not absent:
        return
    reason = NOT_RUN.format(missing=", ".join(absent))
    if os.environ.get("PRISONDESK_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """A fresh headless Chromium (no cookies, English asked for) with a throwaway profile;
    nothing it does reaches beyond loopback."""
    require_browser()
    monkeypatch.setenv("SE_OFFLINE", "true")
    scratch = Path(tempfile.mkdtemp(prefix="pd-chromium-"))  # short (chromium.start)
    driver = chromium.start(scratch, "en", **{"goog:loggingPrefs": {"browser": "ALL"}})
    try:
        driver.implicitly_wait(0)
        yield driver
        assert [e for e in driver.get_log("browser") if not expected(e)] == []
    finally:
        driver.quit()
        shutil.rmtree(scratch, ignore_errors=True)


def expected(entry: dict) -> bool:
    """What the browser's console may say: not a refusal by the Content-Security-Policy, nor
    a page or a file that failed (the pages name an empty icon: Chromium asks for no
    /favicon.ico). A wrong password is answered 401, a refused form 422."""
    if entry["level"] != "SEVERE":
        return True
    message = entry["message"]
    return entry["source"] == "network" and (
        message.endswith("status of 401 (Unauthorized)")
        or message.endswith("status of 422 (Unprocessable Entity)")  # a refused form
    )


@pytest.fixture
def chief(server: LiveServer, monkeypatch: pytest.MonkeyPatch, capsys) -> str:
    """The console account, added as the server's operator adds it: ``prisondesk server
    admin add chief``, the password typed twice."""
    url = server.db.engine.url.render_as_string(hide_password=False)
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["server", "--database-url", url, "admin", "add", NAME]) == 0
    assert f"console account {NAME} added" in capsys.readouterr().out
    return NAME


# --- the browser's ways ----------------------------------------------------------------------


def wait(driver):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT)


def page_at(driver, path: str) -> None:
    """Wait until the browser shows ``/console<path>`` (after a click, a redirect)."""
    wait(driver).until(
        lambda d: d.current_url.split("?")[0].endswith(f"/console{path}"),
        f"not at /console{path}",
    )
    wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")


def one(driver, css: str):
    from selenium.webdriver.common.by import By

    return wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, css), css)


def every(driver, css: str) -> list:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def language(driver) -> str:
    return driver.find_element("css selector", "html").get_attribute("lang")


def heading(driver) -> str:
    return one(driver, "main h1").text


def said(driver) -> str:
    """The page's message: what was done, or why not."""
    return one(driver, "main .message").text


def nav(driver, page: str) -> None:
    """Click the page's link in the bar, as a person would."""
    one(driver, f'header nav a[href$="/console/{page}"]').click()
    page_at(driver, f"/{page}")


def sign_in_by_typing(driver, server: LiveServer) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(f"{server.url}/console/")
    page_at(driver, "/login")
    one(driver, 'input[name="name"]').send_keys(NAME)
    one(driver, 'input[name="password"]').send_keys(PASSWORD, Keys.ENTER)
    page_at(driver, "/facilities")


def row_of(driver, text: str):
    """The table row whose first cell begins with ``text``."""
    from selenium.webdriver.common.by import By

    for row in every(driver, "main table tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells and cells[0].text.startswith(text):
            return row
    raise AssertionError(f"no row for {text!r} in {[r.text for r in every(driver, 'tbody tr')]}")


# --- the desk's command line -----------------------------------------------------------------


def desk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``prisondesk --home HOME ...`` in a process of its own, as on the workstation."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PRISONDESK_PASSWORD": "demo-pass-1",  # the demo administrator's (services/demo)
    }
    env.pop("PRISONDESK_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "prisondesk", "--home", str(home), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


# --- the tests -------------------------------------------------------------------------------


def test_an_administrator_enrols_a_real_desk_and_revokes_it(server, chief, browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    home = tmp_path / "desk"
    made = desk(home, "demo", "--prisoners", "3")
    assert made.returncode == 0, made.stderr
    assert f"(facility {FACILITY})" in made.stdout

    driver = browser
    sign_in_by_typing(driver, server)
    assert language(driver) == "en"
    assert heading(driver) == "Facilities"
    assert NAME in one(driver, "header .who").text
    rules = "return [...document.styleSheets].map(s => s.cssRules.length)"
    assert driver.execute_script(rules)[0] > 0  # console.css came (the CSP lets 'self' in)

    # a name with markup is refused, and the form keeps what was typed
    one(driver, 'input[name="code"]').send_keys(FACILITY.lower())
    one(driver, 'input[name="name"]').send_keys(MARKUP)
    one(driver, 'form[action$="/facilities"] button[type="submit"]').click()
    assert said(driver).startswith("A facility's name holds letters, digits and punctuation")
    assert one(driver, 'input[name="name"]').get_attribute("value") == MARKUP
    assert every(driver, "main table b") == []

    # a facility: its code as on the desk, a name in Cyrillic
    one(driver, 'input[name="name"]').clear()
    one(driver, 'input[name="name"]').send_keys(FACILITY_NAME)
    one(driver, 'form[action$="/facilities"] button[type="submit"]').click()
    page_at(driver, "/facilities")
    assert said(driver) == f"Facility {FACILITY} added. Issue a code for its first desk."
    listed = row_of(driver, FACILITY)
    assert FACILITY_NAME in listed.text
    assert "Waiting for its first desk" in listed.text

    # a code for it, from the codes page: shown large, with its QR code
    nav(driver, "codes")
    assert heading(driver) == "Enrolment codes"
    choice = Select(one(driver, 'select[name="facility"]'))
    choice.select_by_value(FACILITY)
    assert choice.first_selected_option.text == f"{FACILITY} · {FACILITY_NAME}"
    one(driver, 'form[action$="/codes"] button[type="submit"]').click()
    code = one(driver, "#code").text
    assert CODE.fullmatch(code), code
    assert heading(driver) == f"Enrolment code for {FACILITY} · {FACILITY_NAME}"
    qr = one(driver, ".code-shown svg")
    drawn = "return arguments[0].querySelector('path').getBoundingClientRect().width"
    assert driver.execute_script(drawn, qr) >= 80  # drawn, not an empty box
    assert one(driver, "#code").is_displayed()

    # the desk enrols with it from its own command line, then syncs once
    enrolled = desk(home, "sync", "enroll", server.url, code, "--user", "admin", "--name", DESK)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled with facility" in enrolled.stdout
    synced = desk(home, "sync")
    assert synced.returncode == 0, synced.stderr
    assert re.match(r"pushed [1-9]\d*, pulled \d+, digest ok", synced.stdout), synced.stdout

    # the codes page says the code is used, and by whom
    one(driver, "main a.button").click()  # "Back to the codes"
    page_at(driver, "/codes")
    used = row_of(driver, FACILITY)
    assert "Used" in used.text and DESK in used.text

    # the desk is listed, active; revoked after the confirmation
    nav(driver, "devices")
    assert heading(driver) == "Desks"
    row = row_of(driver, DESK)
    assert "Active" in row.text and "never" not in row.text  # it has synced
    row.find_element("link text", "Revoke…").click()
    wait(driver).until(lambda d: d.current_url.endswith("/revoke"))
    assert heading(driver) == f"Revoke the desk “{DESK}”?"
    assert FACILITY_NAME in one(driver, "dl.facts").text
    one(driver, "button.danger").click()
    page_at(driver, "/devices")
    assert said(driver) == f"The desk {DESK} is revoked: it can no longer sync."
    revoked = row_of(driver, DESK)
    assert "Revoked" in revoked.text and "revoked" in revoked.get_attribute("class")
    assert revoked.find_elements("link text", "Revoke…") == []

    # and the desk's token no longer works
    refused = desk(home, "sync")
    assert refused.returncode != 0
    assert "The server no longer accepts this workstation" in refused.stderr, refused.stderr

    # the audit page tells who did all this
    nav(driver, "audit")
    audit = one(driver, "main table").text
    assert f"{NAME} (console)" in audit and code not in audit


def test_the_login_works_with_the_keyboard_alone(server, chief, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.get(f"{server.url}/console/")
    page_at(driver, "/login")
    assert driver.switch_to.active_element.get_attribute("name") == "name"  # autofocus
    keys = ActionChains(driver)
    keys.send_keys(NAME, Keys.TAB, "wrong-pass-9", Keys.ENTER).perform()
    wait(driver).until(lambda d: every(d, "main .message.error"))
    assert said(driver).startswith("Wrong name or password.")
    assert one(driver, 'input[name="name"]').get_attribute("value") == NAME  # kept
    assert driver.switch_to.active_element.get_attribute("name") == "name"  # focused again
    keys = ActionChains(driver)
    keys.send_keys(Keys.TAB, PASSWORD, Keys.TAB).perform()
    focused = driver.switch_to.active_element
    assert focused.tag_name == "button" and focused.get_attribute("type") == "submit"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    page_at(driver, "/facilities")
    assert heading(driver) == "Facilities"


def test_the_language_links_switch_to_kyrgyz_and_it_is_kept(server, chief, browser):
    driver = browser
    sign_in_by_typing(driver, server)
    nav(driver, "codes")
    one(driver, 'header .languages a[lang="ky"]').click()
    wait(driver).until(lambda d: language(d) == "ky")
    assert driver.get_cookie("pd_console_lang")["value"] == "ky"
    assert driver.current_url.endswith("/console/codes?lang=ky")
    assert one(driver, "header .languages strong").text == "Кыргызча"
    kyrgyz = i18n.translations("ky").gettext
    one(driver, 'header nav a[href$="/console/devices"]').click()  # no ?lang= from here on
    page_at(driver, "/devices")
    assert language(driver) == "ky"
    if kyrgyz("Desks") != "Desks":  # once the Kyrgyz catalogue has it
        assert heading(driver) == kyrgyz("Desks")
        assert kyrgyz("Enrolment codes") in one(driver, "header nav").text
    one(driver, 'header .languages a[lang="en"]').click()
    wait(driver).until(lambda d: language(d) == "en")
    assert heading(driver) == "Desks"
