"""pytest fixtures: HubSpot's official Python SDK pointed at a real `spoke sandbox`.

The sandbox is the built binary (SPOKE_BIN, else .build/debug/spoke), started on port 0 with a
token; each test module gets a fresh portal. Every HTTP request the SDK makes is counted and the
total is printed at the end, so the number of SDK calls exercised is a reported figure.
"""
import os
import pathlib
import subprocess

import pytest
import urllib3

from hubspot import HubSpot

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOKEN = "sdk-test-token"
REQUESTS = {"count": 0, "by_route": {}}

_original_urlopen = urllib3.PoolManager.urlopen


def _counting_urlopen(self, method, url, *args, **kwargs):
    REQUESTS["count"] += 1
    path = url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
    key = f"{method} /{path}"
    REQUESTS["by_route"][key] = REQUESTS["by_route"].get(key, 0) + 1
    return _original_urlopen(self, method, url, *args, **kwargs)


urllib3.PoolManager.urlopen = _counting_urlopen


def spoke_binary() -> str:
    path = os.environ.get("SPOKE_BIN") or str(ROOT / ".build" / "debug" / "spoke")
    if not os.access(path, os.X_OK):
        pytest.exit(f"spoke binary not found at {path}; run `swift build` first", returncode=2)
    return path


class Sandbox:
    """A `spoke sandbox` process and its base URL."""

    def __init__(self, *extra_args: str):
        self.process = subprocess.Popen(
            [spoke_binary(), "sandbox", "--port", "0", "--token", TOKEN, *extra_args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("listening on "):
            self.process.kill()
            raise RuntimeError(f"sandbox did not start: {line!r} {self.process.stderr.read()!r}")
        self.url = line[len("listening on "):]

    def client(self) -> HubSpot:
        return HubSpot(access_token=TOKEN, host=self.url)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def sandbox():
    server = Sandbox()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def client(sandbox) -> HubSpot:
    return sandbox.client()


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"SDK HTTP calls against the sandbox: {REQUESTS['count']} "
                                f"over {len(REQUESTS['by_route'])} distinct method+path pairs")
