"""Debian's headless Chromium, driven by selenium, as the console's browser test and
tools/console_screenshots.py start it: 1366 px wide, nothing reachable beyond loopback,
a throwaway profile, Selenium Manager never downloading anything."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
WIDTH, HEIGHT = 1366, 768


def missing() -> list[str]:
    return [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]


def start(scratch: Path, language: str, *arguments: str, **capabilities: Any) -> Any:
    """A fresh browser asking for ``language``; its profile and temporary files in
    ``scratch`` — a short path: Chromium's singleton socket lives under $TMPDIR, and a
    socket's path has at most 107 bytes."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        f"--window-size={WIDTH},{HEIGHT}",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
        "--disable-component-update",
        "--disable-crash-reporter",
        *arguments,
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    for name, value in capabilities.items():
        options.set_capability(name, value)
    env = {key: str(scratch) for key in ("TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
    return webdriver.Chrome(
        options=options, service=Service(executable_path=str(CHROMEDRIVER), env=env)
    )
