"""Noticing that PulseAudio silently moved our capture to another source.

When a source disappears (USB unplug, ``pactl unload-module``) PulseAudio moves its streams
to another source and callbacks simply continue, so the audio stream itself shows nothing.
The best available signal is the server's own view: our process's source-outputs
(``application.process.id``) and the sources they are attached to, polled with ``pactl``.
"""

from __future__ import annotations

import os

from .devices import pactl_json


class PulseSourceWatch:
    """Compare the sources our streams are attached to with the ones we asked for."""

    def __init__(self, expected: list[str], pid: int | None = None) -> None:
        self.expected = expected
        self.pid = str(pid if pid is not None else os.getpid())

    def __call__(self) -> list[tuple[str, str, dict[str, str]]]:
        """Problems as ``(code, message, params)``; empty when all is well or unknowable."""
        sources = pactl_json("list", "sources")
        outputs = pactl_json("list", "source-outputs")
        if not isinstance(sources, list) or not isinstance(outputs, list):
            return []  # server unreachable: the stall/finished checks cover a dead daemon
        by_index = {s.get("index"): str(s.get("name")) for s in sources}
        names = set(by_index.values())
        ours = [
            by_index.get(o.get("source"), "?")
            for o in outputs
            if str((o.get("properties") or {}).get("application.process.id")) == self.pid
        ]
        problems = []
        for want in self.expected:
            if want not in names:
                problems.append(
                    (
                        "source_removed",
                        f"The sound source {want!r} disappeared (unplugged or disabled).",
                        {"source": want},
                    )
                )
        for got in ours:
            if got not in self.expected:
                problems.append(
                    (
                        "source_moved",
                        f"The sound server moved the recording to another source ({got!r}); "
                        f"it is no longer recording {', '.join(map(repr, self.expected))}.",
                        {"now_recording": got, "expected": ",".join(self.expected)},
                    )
                )
        return problems
