"""The recorder in its own process, driven over a ``multiprocessing`` Pipe (no sockets).

Capture runs in a child so a GUI stall, a long export or a Qt crash cannot cost audio. The
child is started with the "spawn" context (no inherited Qt/SQLAlchemy state, same on every
OS). If the parent dies, the pipe reaches EOF (and the parent pid changes), and the child
stops, finalises the files and exits; SIGTERM does the same. Commands are
``(name, payload)`` tuples; replies are ``("ok", value)`` or ``("error", message)``.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from .types import MarkAck, RecorderConfig, RecorderError, RecorderStatus, RecordingResult


def _error_text(exc: Exception) -> str:
    """What to send back for exc: a RecorderError's own message (a core Message keeps its
    template and parameters through the pipe, so the UI can still translate it)."""
    if isinstance(exc, RecorderError):
        return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    return f"{type(exc).__name__}: {exc}"


def _child_main(conn: Connection, parent_pid: int, factory_spec: Any = None) -> None:
    """Entry point of the recorder process."""
    from .recorder import Recorder
    from .threadname import name_this_thread

    name_this_thread("onrecord-rec")

    recorder: Recorder | None = None
    shutdown = threading.Event()

    def finish() -> None:
        if recorder is not None and recorder.state in ("recording", "stopping", "failed"):
            with contextlib.suppress(Exception):
                recorder.stop()

    def on_term(_sig: int, _frm: Any) -> None:
        shutdown.set()

    signal.signal(signal.SIGTERM, on_term)
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal goes to the parent

    def orphan_watch() -> None:
        name_this_thread("rec-orphanwatch")
        while not shutdown.wait(0.5):
            if os.getppid() != parent_pid:
                shutdown.set()

    threading.Thread(target=orphan_watch, daemon=True).start()
    try:
        while not shutdown.is_set():
            if not conn.poll(0.2):
                continue
            try:
                cmd, payload = conn.recv()
            except (EOFError, OSError):
                break
            try:
                if cmd == "start":
                    if recorder is not None:
                        raise RecorderError("already started")
                    factory = factory_spec() if callable(factory_spec) else None
                    clock = getattr(factory, "clock", None) or time.monotonic
                    recorder = Recorder(payload, stream_factory=factory, clock=clock)
                    recorder.start()
                    reply: Any = os.getpid()
                elif cmd == "mark":
                    if recorder is None:
                        raise RecorderError("not started")
                    tag, text, at_frame, wall, wait = payload
                    reply = recorder.mark(
                        tag, text, at_frame=at_frame, wall_time_utc=wall, wait=wait
                    )
                elif cmd == "annotate":
                    if recorder is None:
                        raise RecorderError("not started")
                    kind, data = payload
                    reply = recorder.annotate(kind, data)
                elif cmd == "position":
                    if recorder is None:
                        raise RecorderError("not started")
                    reply = recorder.position()
                elif cmd == "status":
                    if recorder is None:
                        raise RecorderError("not started")
                    reply = recorder.status()
                elif cmd == "stop":
                    if recorder is None:
                        raise RecorderError("not started")
                    reply = recorder.stop()
                elif cmd == "ping":
                    reply = "pong"
                else:
                    raise RecorderError(f"unknown command {cmd!r}")
                conn.send(("ok", reply))
            except Exception as exc:
                msg = _error_text(exc)
                with contextlib.suppress(OSError, EOFError):
                    conn.send(("error", msg))
                if cmd == "start" and (recorder is None or recorder.state == "failed"):
                    break  # nothing is recording and nothing will: end now, not at a timeout
            if cmd == "stop":
                break
    finally:
        finish()
        with contextlib.suppress(OSError):
            conn.close()
        # Files are closed and fsynced. Skip atexit handlers: PortAudio's terminate can block
        # for seconds on a suspended Pulse source, and nothing is left to clean up.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(0)


class RecorderClient:
    """Parent-side handle: ``start(config)``, ``mark()``, ``status()``, ``stop()``.

    Thread-safe (one request at a time over the pipe). ``factory_spec`` is for tests: a
    picklable zero-argument callable run in the child to build the stream factory.
    """

    def __init__(self, factory_spec: Any = None, reply_timeout: float = 15.0) -> None:
        self._ctx = mp.get_context("spawn")
        self._factory_spec = factory_spec
        self._timeout = reply_timeout
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._proc: Any = None
        self.result: RecordingResult | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def is_alive(self) -> bool:
        return bool(self._proc is not None and self._proc.is_alive())

    def start(self, config: RecorderConfig) -> None:
        """Spawn the recorder process and start recording; raises RecorderError on failure."""
        if self._proc is not None:
            raise RecorderError("this client already started a recording")
        parent, child = self._ctx.Pipe(duplex=True)
        self._proc = self._ctx.Process(
            target=_child_main,
            args=(child, os.getpid(), self._factory_spec),
            name="onrecord-recorder",
            daemon=True,
        )
        try:
            self._proc.start()
        except RuntimeError as exc:  # spawn from an unguarded __main__, etc.
            parent.close()
            raise RecorderError(f"cannot start the recorder process: {exc}") from exc
        finally:
            child.close()
        self._conn = parent
        try:
            self._call("start", config, timeout=max(self._timeout, 30.0))
        except RecorderError as exc:
            self._reap()
            if not self._proc.is_alive() and self._proc.exitcode not in (0, None):
                raise RecorderError(
                    QT_TRANSLATE_NOOP(
                        "Recorder",
                        "The recorder stopped unexpectedly while starting, so nothing was "
                        "recorded. Please try again; if it happens again, restart "
                        "OnRecord.\n\nDetails: exit code {code}; {detail}",
                    ).format(code=self._proc.exitcode, detail=str(exc))
                ) from exc
            raise

    def mark(
        self,
        tag: str | None,
        text: str | None = None,
        *,
        at_frame: int | None = None,
        wall_time_utc: str | None = None,
        wait: bool = True,
    ) -> MarkAck:
        """Stamp a mark now, or at an earlier :meth:`position`; returns once it is fsynced.
        One made before the first sound waits for it unless ``wait`` is False (``Recorder.mark``)."""
        ack: MarkAck = self._call("mark", (tag, text, at_frame, wall_time_utc, wait))
        return ack

    def annotate(self, kind: str, data: dict[str, Any]) -> None:
        """Journal what the user typed but has not saved yet; returns once it is fsynced."""
        self._call("annotate", (kind, data))

    def position(self) -> tuple[int, str]:
        """(audio-clock frame, UTC wall time) of this instant, for a mark typed later."""
        frame, wall = self._call("position", None)
        return int(frame), str(wall)

    def status(self) -> RecorderStatus:
        st: RecorderStatus = self._call("status", None)
        return st

    def stop(self, timeout: float = 600.0) -> RecordingResult:
        """Stop, finalise and hash; returns the result (status complete or failed)."""
        if self.result is not None:
            return self.result
        res: RecordingResult = self._call("stop", None, timeout=timeout)
        self.result = res
        self._reap()
        return res

    def _call(self, cmd: str, payload: Any, timeout: float | None = None) -> Any:
        with self._lock:
            if self._conn is None:
                raise RecorderError("the recorder is not running")
            try:
                self._conn.send((cmd, payload))
                if not self._conn.poll(timeout or self._timeout):
                    raise RecorderError(f"the recorder did not answer {cmd!r} in time")
                kind, value = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                raise RecorderError(
                    "the recorder process has exited; the recording can be recovered"
                ) from exc
        if kind == "error":
            raise RecorderError(value)
        return value

    def _reap(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
        if self._proc is not None and self._proc.pid is not None:
            self._proc.join(10)
            if self._proc.is_alive():
                self._proc.terminate()
                self._proc.join(5)

    def close(self) -> None:
        """Stop if still recording (finalising the files), then reap the process."""
        if self._conn is not None and self.result is None:
            with contextlib.suppress(RecorderError):
                self.stop()
        self._reap()

    def __enter__(self) -> RecorderClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
