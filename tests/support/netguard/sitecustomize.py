"""No network during the tests: refuse every socket that is not a local (AF_UNIX) one.

OnRecord promises no network access at run time. The test session puts this folder first on
PYTHONPATH (tests/conftest.py), so every Python process the tests start — the CLI, the
recorder's spawned child, helper scripts — loads this guard at start-up. A refused socket is
also written to ONRECORD_NET_LOG, so the session fails even if the caller swallowed the error.
"""

from __future__ import annotations

import os
import socket
import traceback

if os.environ.get("ONRECORD_NO_NETWORK") == "1" and not getattr(socket, "_onrecord_guarded", False):
    _Socket = socket.socket
    _ALLOWED = {socket.AF_UNIX}

    class _GuardedSocket(_Socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            chosen = socket.AF_INET if family == -1 else family
            if fileno is None and chosen not in _ALLOWED:
                where = "".join(traceback.format_stack(limit=8)[:-1])
                log = os.environ.get("ONRECORD_NET_LOG")
                if log:
                    with open(log, "a", encoding="utf-8") as handle:
                        handle.write(f"pid {os.getpid()} opened a {chosen!r} socket at:\n{where}\n")
                raise PermissionError(
                    f"network access is disabled in OnRecord's tests ({chosen!r})"
                )
            super().__init__(family, type, proto, fileno)

    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket._onrecord_guarded = True  # type: ignore[attr-defined]
