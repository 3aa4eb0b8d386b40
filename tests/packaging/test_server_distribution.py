"""The central server's own distribution, ``prisondesk-server`` (server/pyproject.toml): the same
``prisondesk`` package as the desk, with only the server's dependencies, so that a server host
and the container image (Containerfile) carry no Qt. Its requirements are the desk's own lines,
so the two cannot drift; the command's server path imports nothing else; and a wheel built from
the tracked files installs in a fresh environment without PySide6 and serves."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import httpx
import pytest

from prisondesk import __version__
from prisondesk.server.arguments import URL_ENV
from tests.packaging.wheels import build_wheel, install_in_fresh_venv, tracked_copy
from tests.server.live import free_port, wait_until_served

ROOT = Path(__file__).resolve().parents[2]
DESK = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SERVER = tomllib.loads((ROOT / "server" / "pyproject.toml").read_text(encoding="utf-8"))
CONTAINERFILE = ROOT / "Containerfile"

# the desktop program's and the printed documents' libraries: never on a server host
GUI_AND_PRINT = {
    "pyside6",
    "pyside6-essentials",
    "pyside6-addons",
    "shiboken6",
    "pypdfium2",
    "zxing-cpp",
    "reportlab",
    "python-barcode",
    "pillow",
    "openpyxl",
    "anyascii",
    "rapidfuzz",
}


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement line (PEP 503)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def test_every_server_requirement_is_the_desks_own_line():
    desk, server = DESK["project"]["dependencies"], SERVER["project"]["dependencies"]
    assert server, "the server depends on nothing?"
    assert [line for line in server if line not in desk] == []
    assert len(set(map(_name, server))) == len(server)


def test_the_server_names_no_gui_or_print_library():
    named = {_name(line) for line in SERVER["project"]["dependencies"]}
    assert named & GUI_AND_PRINT == set()
    assert not any(name.startswith("pyside") for name in named)
    assert "pyside6" not in " ".join(SERVER["build-system"]["requires"]).lower()


def test_the_server_is_built_as_the_desk_is_from_the_same_sources():
    desk, server = DESK["project"], SERVER["project"]
    assert server["name"] == "prisondesk-server"
    assert server["scripts"] == desk["scripts"] == {"prisondesk": "prisondesk.cli:main"}
    assert server["requires-python"] == desk["requires-python"]
    # one version: the package's, which the desk's pyproject.toml states as well
    assert server["dynamic"] == ["version"]
    assert SERVER["tool"]["hatch"]["version"]["path"] == "../src/prisondesk/__init__.py"
    assert desk["version"] == __version__
    desk_wheel = DESK["tool"]["hatch"]["build"]["targets"]["wheel"]
    server_wheel = SERVER["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert desk_wheel["packages"] == ["src/prisondesk"]
    assert server_wheel["force-include"] == {
        "../src/prisondesk": "prisondesk",
        "../migrations": desk_wheel["force-include"]["migrations"],
    }
    for source in server_wheel["force-include"]:
        assert (ROOT / "server" / source).resolve().is_dir(), source


SERVER_PATH = """
import json, sys
from importlib.metadata import packages_distributions
from prisondesk.cli import build_parser, main
build_parser().parse_args(["server", "--port", "8470"])
home = sys.argv[1]
assert main(["--home", home, "server", "facility", "add", "BSH-1", "Колония"]) == 0
assert main(["--home", home, "server", "devices"]) == 0
import prisondesk.server.run
from prisondesk.server.app import create_app
from prisondesk.server.database import ServerDatabase, sqlite_url
from prisondesk.config import Paths
create_app(ServerDatabase.open(sqlite_url(Paths.resolve(home).server_database)))
owners = packages_distributions()
loaded = {name.split(".")[0] for name in list(sys.modules)}
print(json.dumps(sorted({d for name in loaded for d in owners.get(name, [])})))
"""


@pytest.mark.slow
def test_the_server_path_of_the_command_loads_only_the_servers_dependencies(tmp_path):
    """In the desk's environment, where every library is at hand: the parser, the server's
    administration and its application load none that the server's distribution lacks."""
    run = subprocess.run(
        [sys.executable, "-c", SERVER_PATH, str(tmp_path / "home")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    loaded = {_name(distribution) for distribution in json.loads(run.stdout.splitlines()[-1])}
    desk_only = {_name(line) for line in DESK["project"]["dependencies"]} - {
        _name(line) for line in SERVER["project"]["dependencies"]
    }
    assert desk_only >= GUI_AND_PRINT - {"pyside6", "shiboken6"}
    assert loaded & (desk_only | GUI_AND_PRINT) == set()


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Containerfile, continuation lines joined."""
    joined = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")),
    )
    found = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, rest = line.strip().partition(" ")
            found.append((keyword.upper(), " ".join(rest.split())))
    return found


def test_the_container_installs_the_server_distribution_and_copies_what_exists():
    steps = _instructions(CONTAINERFILE.read_text(encoding="utf-8"))
    stages = [args for keyword, args in steps if keyword == "FROM"]
    assert len(stages) == 2 and all(re.match(r"python:3\.1[12]-slim\b", s) for s in stages)
    runs = [args for keyword, args in steps if keyword == "RUN"]
    assert any("pip wheel" in run and run.endswith("./server") for run in runs)
    assert any("--no-index" in run and "prisondesk-server" in run for run in runs)
    # nothing of the desk's distribution: its pyproject.toml, resources or the desk itself
    copies = [args.split() for keyword, args in steps if keyword == "COPY"]
    assert copies and not any(part.startswith("--from") for copy in copies for part in copy)
    sources = [source for copy in copies for source in copy[:-1]]
    assert sorted(sources) == ["migrations", "server/pyproject.toml", "src"]
    for source in sources:
        assert (ROOT / source).exists(), source
    allowed = {
        line[1:] for line in (ROOT / ".dockerignore").read_text().splitlines() if line[:1] == "!"
    }
    assert set(sources) <= allowed  # the build context holds them
    text = " ".join(args for _, args in steps)
    assert not re.search(r"pyside|qt6|libgl|libegl|build-essential|gcc", text, re.IGNORECASE)


def test_the_container_runs_the_server_unprivileged_on_its_port_with_a_volume():
    from prisondesk.cli import build_parser

    defaults = build_parser().parse_args(["server"])
    steps = _instructions(CONTAINERFILE.read_text(encoding="utf-8"))
    last = max(n for n, (keyword, _) in enumerate(steps) if keyword == "FROM")
    steps = dict(steps[last + 1 :])  # the runtime stage
    assert steps["USER"] not in ("root", "0")
    assert steps["EXPOSE"] == str(defaults.port)
    assert steps["VOLUME"] == "/var/lib/prisondesk"
    assert f"PRISONDESK_HOME={steps['VOLUME']}" in CONTAINERFILE.read_text(encoding="utf-8")
    assert f"http://127.0.0.1:{defaults.port}/healthz" in steps["HEALTHCHECK"]
    command = json.loads(steps["CMD"])
    assert command[:2] == ["prisondesk", "server"]
    parsed = build_parser().parse_args(command[1:])
    assert (parsed.host, parsed.port, parsed.database_url) == ("0.0.0.0", defaults.port, None)
    assert URL_ENV in CONTAINERFILE.read_text(encoding="utf-8")  # how to give it PostgreSQL


def test_the_systemd_unit_runs_arguments_the_command_knows():
    from prisondesk.cli import build_parser

    unit = (ROOT / "installer" / "prisondesk-server.service").read_text(encoding="utf-8")
    (line,) = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    command = shlex.split(line.removeprefix("ExecStart="))
    assert command[0] == "/opt/prisondesk/bin/prisondesk"
    parsed = build_parser().parse_args(command[1:])
    assert (parsed.command, parsed.server_command) == ("server", None)
    assert "prisondesk_server-" in unit  # the venv holds the server's wheel, not the desk's


@pytest.mark.slow
def test_the_server_wheel_installs_without_qt_and_serves(tmp_path):
    from tests.server.protocol import enrol, pull_all, push, statuses, wing_insert

    source, home = tmp_path / "source", tmp_path / "home"
    tracked_copy(source)
    assert (source / "server" / "pyproject.toml").is_file(), "git add server/pyproject.toml"
    wheel = build_wheel(source / "server", "prisondesk_server-*.whl", tmp_path)
    inside = zipfile.ZipFile(wheel).namelist()
    assert "prisondesk/server/app.py" in inside and "prisondesk/cli.py" in inside
    assert "prisondesk/_migrations/server/env.py" in inside
    assert "prisondesk/_migrations/env.py" in inside  # the desks' revisions (426 answers)
    assert not [name for name in inside if name.startswith("prisondesk/_resources/")]
    assert not [name for name in inside if "__pycache__" in name or name.endswith(".pyc")]
    bin_dir = install_in_fresh_venv(wheel, tmp_path)
    env = {**os.environ, "PYTHONPATH": ""}
    env.pop(URL_ENV, None)  # SQLite in the data folder
    for absent in ("PySide6", "reportlab", "anyascii", "rapidfuzz", "openpyxl", "httpx"):
        probe = subprocess.run(
            [str(bin_dir / "python"), "-c", f"import {absent}"], cwd=tmp_path, env=env
        )
        assert probe.returncode != 0, f"{absent} is installed with the server"

    def command(*args: str) -> str:
        run = subprocess.run(
            [str(bin_dir / "prisondesk"), "--home", str(home), *args],
            cwd=tmp_path,  # far from the checkout: nothing is read from the source tree
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        return run.stdout

    assert command("--version").strip() == f"PrisonDesk {__version__}"
    for desk_only in (["gui"], ["demo"], ["db", "upgrade"]):
        refused = subprocess.run(
            [str(bin_dir / "prisondesk"), "--home", str(home), *desk_only],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert "belongs to the desk program" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert "enroll-code" in command("server", "--help")
    port = free_port()
    listen = ["--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        [str(bin_dir / "prisondesk"), "--home", str(home), "server", *listen],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_until_served(f"{url}/readyz", server).status_code == 200
        assert httpx.get(f"{url}/healthz", timeout=5).json() == {"status": "ok"}
        assert "registered BSH-1" in command("server", "facility", "add", "BSH-1", "Колония")
        code = command("server", "enroll-code", "--facility", "BSH-1").strip()
        with httpx.Client(base_url=url, timeout=30) as client:
            hello = client.get("/api/v1/hello").json()
            assert hello["server_version"] == __version__
            device, facility, auth = enrol(client, code, (_new_id(), "BSH-1"))
            ops = [wing_insert(device, facility, "Блок А")]
            assert statuses(push(client, auth, ops)) == [("applied", None)]
            assert [change["row_id"] for change in pull_all(client, auth)] == [ops[0]["row_id"]]
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=30)
    assert b"Uvicorn running on" in out, out.decode(errors="replace")
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import prisondesk; print(prisondesk.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(bin_dir.parent))  # the installed package, not the checkout


def _new_id() -> str:
    from prisondesk.domain.ids import new_id

    return new_id()
