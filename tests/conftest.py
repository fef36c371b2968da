"""Shared fixtures. The whole session runs with the network blocked: nothing may reach a model hub."""
from __future__ import annotations

import contextlib
import json
import socket
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c86333c5777658c1.txt"


NETWORK_ATTEMPTS: list = []  # every refused attempt, so a test can assert that none was made


def _local(host) -> bool:
    return isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1", "0.0.0.0", "")
                                      or host.startswith("/"))


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Refuse every connection and name lookup that leaves this machine (loopback stays allowed for local
    servers), and record it."""
    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def refuse(what):
        NETWORK_ATTEMPTS.append(what)
        raise RuntimeError(f"test tried to reach the network: {what!r}")

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        return real_connect(self, address) if _local(host) or self.family == socket.AF_UNIX else refuse(address)

    def guarded_ex(self, address):
        host = address[0] if isinstance(address, tuple) else address
        return real_connect_ex(self, address) if _local(host) or self.family == socket.AF_UNIX else refuse(address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        h = host.decode() if isinstance(host, bytes) else host
        return real_getaddrinfo(host, *args, **kwargs) if h is None or _local(h) else refuse(("getaddrinfo", h))

    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = guarded, guarded_ex, guarded_getaddrinfo
    yield
    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = real_connect, real_connect_ex, real_getaddrinfo


@pytest.fixture(scope="session")
def engine():
    from summarizer import EmbeddedEngine

    return EmbeddedEngine()


def fixture_cases() -> list[tuple[Path, dict]]:
    cases = []
    for exp in sorted(FIXTURES.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = next(p for p in (FIXTURES / f"{stem}.txt", FIXTURES / f"{stem}.html") if p.exists())
        cases.append((src, json.loads(exp.read_text(encoding="utf-8"))))
    return cases


def matches(expected_name: str, got_name: str) -> bool:
    """Platform names match when one contains the other (as the evaluation allows)."""
    return expected_name in got_name or got_name in expected_name


@contextlib.contextmanager
def running_app(env: Optional[dict] = None):
    """The web app (app.py) launched for real on a free loopback port; yields its URL, stops it after."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", **(env or {}))
    p = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if p.poll() is not None:
                pytest.fail("the app exited: " + p.stdout.read())
            time.sleep(0.5)
    else:
        p.kill()
        pytest.fail("the app did not start in 120 s")
    try:
        yield url
    finally:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(10)


@contextlib.contextmanager
def browser_page(url: str, height: int = 1000):
    """A page of Debian's headless Chromium (driven by Playwright, no browser download) opened at `url`;
    skips the test when Chromium is not installed. Creates test-output/ for screenshots."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    (ROOT / "test-output").mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": height})
            page.goto(url)
            yield page
        finally:
            browser.close()
