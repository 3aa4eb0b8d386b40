"""Benchmarks of the foundation: cold start to the login window, and ``selftest``.

Run with ``make bench`` (offscreen). Each figure is measured over several fresh processes:
wall time from spawning the process until it prints that its first window is shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 7
COMMAND = [sys.executable, "-m", "prisondesk"]
READY = "PRISONDESK-READY"


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "PRISONDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def time_to_window(home: Path) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [*COMMAND, "gui", "--exit-when-ready"],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed, line.split()[1]
    raise RuntimeError("the program never showed a window")


def time_command(home: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([*COMMAND, *args], env=_env(home), check=True, capture_output=True)
    return time.perf_counter() - started


def summary(name: str, samples: list[float]) -> str:
    return (
        f"{name:<44} median {statistics.median(samples):6.3f} s   "
        f"min {min(samples):6.3f} s   max {max(samples):6.3f} s   (n={len(samples)})"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        first_runs = []
        for index in range(3):
            seconds, window = time_to_window(Path(folder) / f"new-{index}")
            assert window == "SetupWizard", window
            first_runs.append(seconds)
        home = Path(folder) / "demo"
        time_command(home, "demo")
        time_to_window(home)  # warm the OS file cache once, as on a workstation in use
        logins = []
        for _ in range(ROUNDS):
            seconds, window = time_to_window(home)
            assert window == "LoginDialog", window
            logins.append(seconds)
        selftests = [time_command(home, "selftest") for _ in range(3)]
    print(summary("cold start to login window (300 prisoners)", logins))
    print(summary("first start to set-up wizard (new database)", first_runs))
    print(summary("prisondesk selftest", selftests))
    target = 1.5
    verdict = "within" if statistics.median(logins) < target else "OVER"
    print(f"target: login window under {target} s -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
