"""Noticing that PulseAudio silently moved our capture to another source.

When a source disappears (USB unplug, ``pactl unload-module``) PulseAudio moves its streams
to another source and callbacks simply continue, so the audio stream itself shows nothing.
The best available signal is the server's own view: our process's source-outputs
(``application.process.id``) and the sources they are attached to, read with ``pactl``.

Reading them costs two ``pactl`` runs (and the server's work answering them), so they are read
when the server announces a change: one ``pactl subscribe`` runs beside the recording and wakes
the check on any source or source-output event. Polling every second cost more than the rest
of the recorder's own work (measured: 0.9 % of a core in ``pactl`` alone, BENCHMARKS.md); if
``pactl subscribe`` cannot run or dies, the check falls back to polling.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading

from .devices import pactl_json
from .threadname import name_this_thread


class PulseEvents:
    """``pactl subscribe`` in the background; :meth:`wait` returns early after a change."""

    def __init__(self) -> None:
        self._changed = threading.Event()
        self._proc: subprocess.Popen[str] | None = None
        if shutil.which("pactl") is None:
            return
        try:
            self._proc = subprocess.Popen(
                ["pactl", "subscribe"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        except OSError:
            return
        threading.Thread(target=self._read, name="rec-pulseevents", daemon=True).start()
        # Check once at once: a stream placed on the wrong source before the subscription
        # existed makes no event, and would otherwise wait for the safety re-check.
        self._changed.set()

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _read(self) -> None:
        name_this_thread("rec-pulseevents")
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        with contextlib.suppress(OSError, ValueError):
            for line in proc.stdout:
                # "Event 'change' on source #2", "Event 'new' on source-output #5"; our own
                # pactl queries only make client events, so checking cannot wake itself.
                if " on source" in line:
                    self._changed.set()
        self._changed.set()  # the subscription ended: wake the waiter so it can fall back

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s for a change; True if one (or the end) was announced."""
        fired = self._changed.wait(timeout)
        self._changed.clear()
        return fired

    def close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        with contextlib.suppress(OSError):
            proc.terminate()
        try:
            proc.wait(2.0)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(2.0)
        self._changed.set()


class PulseSourceWatch:
    """Compare the sources our streams are attached to with the ones we asked for.

    ``expected``: the Pulse sources opened by name. ``others``: how many more streams this
    process records through devices whose Pulse source we cannot name (an ALSA device such as
    "default", or a PortAudio device the "pulse" plugin serves). Such a stream is accepted on
    whatever source it is first seen on; afterwards every stream, named or not, must stay on
    the source it was first seen on: the server moving it is what this watch reports.
    """

    def __init__(self, expected: list[str], pid: int | None = None, others: int = 0) -> None:
        self.expected = expected
        self.others = others
        self.pid = str(pid if pid is not None else os.getpid())
        self._first_seen: dict[object, str] = {}  # source-output index -> its first source
        self._events: PulseEvents | None = None
        self._closed = False

    def wait_for_change(self, stop: threading.Event, poll_s: float, safety_s: float) -> None:
        """Block until the next check is due: a server event (or ``safety_s`` s without one),
        every ``poll_s`` s if events are unavailable, or at once when ``stop`` is set."""
        if self._events is None and not self._closed and not stop.is_set():
            self._events = PulseEvents()
            if self._closed:  # the recording ended while it started
                self._events.close()
        if self._events is None:
            stop.wait(poll_s)
            return
        if self._events.alive and not stop.is_set():
            self._events.wait(safety_s)  # close() wakes it when the recording ends
        else:
            stop.wait(poll_s)

    def close(self) -> None:
        self._closed = True  # a watch thread that has not started yet starts no subscription
        if self._events is not None:
            self._events.close()

    def __call__(self) -> list[tuple[str, str, dict[str, str]]]:
        """Problems as ``(code, message, params)``; empty when all is well or unknowable."""
        sources = pactl_json("list", "sources")
        outputs = pactl_json("list", "source-outputs")
        if not isinstance(sources, list) or not isinstance(outputs, list):
            return []  # server unreachable: the stall/finished checks cover a dead daemon
        by_index = {s.get("index"): str(s.get("name")) for s in sources}
        names = set(by_index.values())
        ours = [
            (o.get("index"), by_index.get(o.get("source"), "?"))
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
        moved = []
        first_seen = {index: self._first_seen.get(index, got) for index, got in ours}
        self._first_seen = first_seen  # streams that ended are forgotten
        for index, got in ours:
            if got != first_seen[index]:
                moved.append(got)  # any stream, named or not, moved since it was first seen
        # At first sight a stream on a source nobody asked for is one of the unnamed ones, as
        # long as there are unnamed ones left to account for it; beyond that, a named one was
        # put on the wrong source from the start.
        unasked = [first for first in first_seen.values() if first not in self.expected]
        moved += unasked[self.others :]
        for got in moved:
            problems.append(
                (
                    "source_moved",
                    f"The sound server moved the recording to another source ({got!r}); "
                    f"it is no longer recording {', '.join(map(repr, self.expected))}.",
                    {"now_recording": got, "expected": ",".join(self.expected)},
                )
            )
        return problems
