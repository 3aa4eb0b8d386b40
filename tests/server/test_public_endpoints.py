from __future__ import annotations

from datetime import UTC, datetime, timedelta

from prisondesk.db.migrate import head_revision
from prisondesk.domain.wire import from_wire


def test_hello_over_real_http(client):
    answer = client.get("/api/v1/hello")
    assert answer.status_code == 200
    body = answer.json()
    assert body["protocol"] == 1 and body["schema"] == head_revision()
    assert body["server_version"]
    sent = from_wire(body["server_time"], "datetime")
    assert abs(sent - datetime.now(UTC)) < timedelta(seconds=5)
    assert body["server_time"].endswith("Z")


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_unknown_paths_and_methods_get_the_json_error_format(client):
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    wrong = client.post("/api/v1/hello")
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "method_not_allowed"


def test_the_openapi_schema_is_published(client):
    spec = client.get("/openapi.json").json()
    assert "/api/v1/hello" in spec["paths"] and "/healthz" in spec["paths"]


def test_the_server_command_serves_hello_on_loopback():
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "prisondesk", "server", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/v1/hello", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert answer.json()["protocol"] == 1
    finally:
        process.terminate()
        process.wait(timeout=20)
