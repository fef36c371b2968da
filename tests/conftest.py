"""Shared fixtures. The whole session runs with the network blocked: nothing may reach a model hub."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c86333c5777658c1.txt"


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Refuse every connection that leaves this machine (loopback stays allowed for local servers)."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
            return real_connect(self, address)
        raise RuntimeError(f"test tried to reach the network: {address!r}")

    socket.socket.connect = guarded
    yield
    socket.socket.connect = real_connect


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
