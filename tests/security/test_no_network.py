"""OnRecord never touches the network: no networking client is imported, no socket opened."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

NETWORK_CLIENTS = {
    "urllib.request",
    "http.client",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "xmlrpc.client",
    "requests",
    "httpx",
    "urllib3",
    "aiohttp",
}  # not "ssl": asyncio, which SQLAlchemy imports, loads it without ever connecting

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import onrecord
for info in pkgutil.walk_packages(onrecord.__path__, "onrecord."):
    if ".migrations" in info.name or info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def test_no_module_of_onrecord_imports_a_network_client():
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert loaded & NETWORK_CLIENTS == set()


def test_the_guard_refuses_internet_sockets_here_and_in_child_processes(tmp_path, monkeypatch):
    log = tmp_path / "net.log"
    # This test opens sockets on purpose: log them here, not in the session's log (which
    # fails the run).
    monkeypatch.setenv("ONRECORD_NET_LOG", str(log))
    with pytest.raises(PermissionError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    child = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "ONRECORD_NET_LOG": str(log)},
    )
    assert child.returncode != 0 and "network access is disabled" in child.stderr
    assert "AF_INET" in log.read_text()


def test_local_sockets_still_work():
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
