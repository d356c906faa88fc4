"""The recorder: PortAudio callback → queue → writer thread → crash-safe files.

The callback only copies the block and its clock into a queue (anything slower risks
dropouts). The writer thread aligns sources, writes the WAV, the peaks and the levels, and
feeds the watchdog. Marks are stamped on the audio clock and fsynced to the journal before
they are acknowledged. Any failure (write error, stalled or moved source, device gone) stops
the recording cleanly: files are closed and repaired, hashed, and the reason is reported.
Except one: the other side's source of a two-source recording stalling while the microphone
delivers; its channel is silence from there, a warning says so, the recording goes on.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..messages import QT_TRANSLATE_NOOP
from .journal import Journal, utc_now
from .pipeline import CapturePipeline
from .recordfiles import (
    META_FORMAT,
    RecordingPaths,
    at_first_frame,
    collect_result,
    discard_if_empty,
    write_meta,
)
from .segwriter import WriteFailedError
from .sourcewatch import PulseSourceWatch
from .streams import (
    InputStreamLike,
    SoundDeviceFactory,
    StreamFactory,
    device_error,
    stop_stream_with_timeout,
)
from .threadname import name_this_thread
from .types import (
    AudioWarning,
    MarkAck,
    RecorderConfig,
    RecorderError,
    RecorderStatus,
    RecordingResult,
    SourceSpec,
)

_STOP = object()
# Fatal codes after which nothing more is written: the file (or the writer) itself failed.
_WRITER_FAILURES = frozenset({"write_failed", "internal_error"})


class Recorder:
    """One recording. ``start()``, then ``mark()``/``status()``, then ``stop()``."""

    def __init__(
        self,
        config: RecorderConfig,
        stream_factory: StreamFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
        source_watch: Callable[[], list[tuple[str, str, dict[str, Any]]]] | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.cfg = config
        self.factory: StreamFactory = stream_factory or SoundDeviceFactory()
        self.clock = clock
        self.wall_clock = wall_clock  # UTC seconds since the epoch, read beside ``clock``
        self.paths = RecordingPaths(config.base_path())
        pulse = [s.pulse_source for s in config.sources if s.pulse_source]
        others = len(config.sources) - len(pulse)  # devices whose Pulse source has no name here
        self._source_watch = source_watch or (
            PulseSourceWatch(pulse, others=others) if pulse else None
        )
        self.state = "idle"
        self.error: str | None = None
        self._q: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._warnings: list[AudioWarning] = []
        self._streams: list[InputStreamLike] = []
        self._accepting = False
        # Master source: (frames received, monotonic time of that callback, age in seconds
        # of the newest received frame at that time) -- what position() extrapolates from.
        self._master: tuple[int, float | None, float] = (0, None, 0.0)
        self._latency0 = 0.0
        # UTC time (epoch seconds) at which frame 0 was captured, from the first master block
        # (see _make_callback); journalled once by the writer thread.
        self._frame0_wall: float | None = None
        self._first_block = threading.Event()  # set once _frame0_wall is
        self.first_frame_utc: str | None = None
        self._latencies: list[float] = []
        self._mark_seq = 0
        self._last_mark_frame = -1
        self._fatal: tuple[str, str, dict[str, Any]] | None = None
        self._stop_requested = threading.Event()
        self._finished = threading.Event()
        self._start_failed = False
        self._result: RecordingResult | None = None

    # --- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Open files and streams and begin recording; raises RecorderError on failure."""
        cfg = self.cfg
        if self.state != "idle":
            raise RecorderError("a recorder can only be started once")
        self.state = "starting"
        two = len(cfg.sources) == 2
        natural = [self.factory.channels_for(s) for s in cfg.sources]  # also: does it exist?
        if two:
            src_channels = [1, 1]
            roles = [cfg.sources[0].role, cfg.sources[1].role]
            roles = [
                "me" if roles[0] == "mixed" else roles[0],
                "them" if roles[1] == "mixed" else roles[1],
            ]
        else:
            ch = cfg.channels or max(1, min(2, natural[0]))
            src_channels = [ch]
            roles = [cfg.sources[0].role] if ch == 1 else ["left", "right"]
        self.channels = len(roles)
        self.roles = roles
        self.dtype = "int16" if cfg.subtype == "PCM_16" else "int32"
        devices = [self.factory.describe(s) for s in cfg.sources]
        self.started_at = utc_now()
        try:
            Path(cfg.directory).mkdir(parents=True, exist_ok=True)
            if self.paths.segment(1).exists() or self.paths.meta.exists():
                raise RecorderError(f"a recording named {cfg.basename!r} already exists there")
            write_meta(
                self.paths.meta,
                {
                    "format": META_FORMAT,
                    "state": "recording",
                    "samplerate": cfg.samplerate,
                    "channels": self.channels,
                    "channel_roles": roles,
                    "subtype": cfg.subtype,
                    "frames_per_peak": cfg.samplerate // cfg.peaks_per_second,
                    "devices": devices,
                    "started_at_utc": self.started_at,
                    "blocksize": cfg.blocksize,
                },
            )
            self.journal = Journal(self.paths.journal)
            self.journal.append(
                {
                    "type": "start",
                    "wall_time_utc": self.started_at,
                    "devices": devices,
                    "channel_roles": roles,
                }
            )
        except OSError as exc:
            self.error = _cannot_write(cfg.directory, exc)
            self.state = "failed"
            self._start_failed = True
            self._finished.set()
            raise RecorderError(self.error) from exc
        try:
            self.pipe = CapturePipeline(
                cfg, self.paths.base, roles, self._emit, self.clock, self._segment_started
            )
        except OSError as exc:
            self._abort_start(_cannot_write(cfg.directory, exc))
            raise RecorderError(self.error or "") from exc
        failing: SourceSpec | None = None  # the device being opened or started
        try:
            for i, spec in enumerate(cfg.sources):
                failing = spec
                self._streams.append(self._open(i, spec, src_channels[i], natural[i], two))
            failing = None
            self._latencies = [float(s.latency or 0.0) for s in self._streams]
            self._latency0 = self._latencies[0]
            self._accepting = True
            self._writer_thread = threading.Thread(
                target=self._writer_main, name="rec-writer", daemon=True
            )
            self._writer_thread.start()
            self.state = "recording"  # before start(): the first callback may come at once
            for i, s in enumerate(self._streams):
                failing = cfg.sources[i]
                s.start()
        except Exception as exc:
            self._accepting = False
            for s in self._streams:
                stop_stream_with_timeout(s, 2.0)
            if isinstance(exc, RecorderError):
                error = exc
            elif failing is not None:
                error = device_error(failing, exc)
            else:
                error = RecorderError(f"cannot start audio: {exc}")
            msg = error.args[0] if len(error.args) == 1 else str(error)
            self._start_failed = True
            self._q.put(_STOP)
            self._fatal = ("start_failed", msg, {})
            if hasattr(self, "_writer_thread"):
                self._writer_thread.join(30)
            else:
                self._abort_start(msg)
            if self._finished.is_set() and discard_if_empty(self.paths):
                self._result = None  # not one frame was captured: nothing to keep
            raise error from exc
        if self._source_watch is not None:
            threading.Thread(target=self._watch_main, name="rec-sourcewatch", daemon=True).start()

    def _open(
        self, i: int, spec: SourceSpec, channels: int, natural: int, downmix_ok: bool
    ) -> InputStreamLike:
        """Open one stream; in two-source mode fall back to the device's own channel count
        (some hardware refuses mono) and downmix to mono in the writer thread."""
        kw: dict[str, Any] = dict(
            samplerate=self.cfg.samplerate,
            blocksize=self.cfg.blocksize,
            dtype=self.dtype,
            callback=self._make_callback(i),
            finished_callback=self._make_finished(i),
        )
        try:
            return self.factory.open(spec, channels=channels, **kw)
        except RecorderError:
            if not downmix_ok or natural <= 1:
                raise
        return self.factory.open(spec, channels=min(2, natural), **kw)

    def _abort_start(self, msg: str) -> None:
        """Nothing was recorded: close what was opened and leave an honest meta file."""
        self.error = msg
        self.state = "failed"
        self._start_failed = True
        try:
            pipe = getattr(self, "pipe", None)
            if pipe is not None:
                pipe.close()
            self.journal.close()
            write_meta(
                self.paths.meta,
                {
                    "format": META_FORMAT,
                    "state": "failed",
                    "error": msg,
                    "samplerate": self.cfg.samplerate,
                    "channels": self.channels,
                    "channel_roles": self.roles,
                    "subtype": self.cfg.subtype,
                    "started_at_utc": self.started_at,
                },
            )
        finally:
            self._finished.set()  # ended: no writer was started that could end it later

    def stop(self, timeout: float = 10.0) -> RecordingResult:
        """Stop, finalise (repair, hash) and describe the recording. Idempotent."""
        if self.state in ("idle", "starting"):
            raise RecorderError("the recorder is not running")
        if self._start_failed:  # start() raised: nothing runs, nothing to wait for
            if self._result is not None:
                return self._result
            raise RecorderError(self.error or "the recorder did not start")
        if self.state == "recording":
            self._capture_past_last_mark()
        self._stop_requested.set()
        if self.state == "recording":
            self.state = "stopping"
        self._stop_streams(timeout=min(timeout, 5.0))
        self._q.put(_STOP)
        if not self._finished.wait(timeout + 600):  # hashing a long call takes a while
            raise RecorderError("the writer did not finish")
        if self._result is None:
            raise RecorderError(
                f"{self.error}; the audio is on disk, recover it with recover_recording()"
            )
        return self._result

    def _capture_past_last_mark(self, limit_s: float = 1.5) -> None:
        """Keep capturing until the audio of the last acknowledged mark is on disk.

        A key pressed just before "stop" is stamped where the sound was at that instant, which
        is still in flight (device latency + one block). Stopping at once would leave the mark
        past the end of the file; waiting a moment (bounded) keeps it inside.
        """
        deadline = time.monotonic() + limit_s
        while (
            self._last_mark_frame >= self._written()
            and self.state == "recording"
            and time.monotonic() < deadline
        ):
            time.sleep(0.005)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the recording has ended (stopped or failed)."""
        return self._finished.wait(timeout)

    @property
    def result(self) -> RecordingResult | None:
        return self._result

    def _stop_streams(self, timeout: float) -> None:
        self._accepting = False
        for i, s in enumerate(self._streams):
            if not stop_stream_with_timeout(s, timeout):
                self._emit(
                    "stream_stop_timeout",
                    f"Stopping {self.cfg.sources[i].describe()} did not finish within "
                    f"{timeout:.0f} s (a suspended source blocks); it was abandoned.",
                    {"source": self.cfg.sources[i].describe()},
                    self._written(),
                    False,
                )
        self._streams = []

    # --- audio callback side (keep it tiny) ---------------------------------------------
    def _make_callback(self, i: int) -> Callable[..., None]:
        clock, q, wd, sr = self.clock, self._q, None, self.cfg.samplerate
        named = False

        def callback(indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            nonlocal wd, named
            if not named:
                name_this_thread(f"rec-audio-{i}")
                named = True
            if not self._accepting:
                return
            now = clock()
            adc = float(getattr(time_info, "inputBufferAdcTime", 0.0) or 0.0)
            cur = float(getattr(time_info, "currentTime", 0.0) or 0.0)
            if cur <= 0.0 or adc <= 0.0:  # no timestamps from the host: this stream's latency
                latency = self._latencies[i] if i < len(self._latencies) else self._latency0
                adc = now - latency - frames / sr
            q.put((i, indata.copy(), now, adc, bool(getattr(status, "input_overflow", False))))
            if i == 0:
                # How old the newest frame is now, from PortAudio's own timestamps (the
                # stream's nominal latency overstates it: 40 ms nominal vs ~8 ms measured
                # through PulseAudio, which put marks 30 ms late).
                age = cur - adc - frames / sr if cur > 0.0 else self._latency0
                age = min(max(age, 0.0), 1.0)
                if self._frame0_wall is None:
                    # Frame 0 is where position() puts it: this block's first frame, captured
                    # ``age`` + the block's duration ago. Marks get their frame and wall time
                    # the same way, so start + frame/rate gives a mark's wall time again.
                    self._frame0_wall = self.wall_clock() - age - frames / sr
                self._master = (self._master[0] + frames, now, age)
                if not self._first_block.is_set():
                    self._first_block.set()  # a mark stamped before it may be filed now
            self.pipe.watchdog.on_callback(i, now)

        return callback

    def _make_finished(self, i: int) -> Callable[[], None]:
        def finished() -> None:
            if self._accepting and not self._stop_requested.is_set():
                self._request_fatal(
                    "source_finished",
                    f"{self.cfg.sources[i].describe()} ended unexpectedly (device unplugged or "
                    "the sound server stopped); recording stopped, audio so far is kept.",
                    {"source": self.cfg.sources[i].describe()},
                )

        return finished

    # --- marks and status ---------------------------------------------------------------
    def _written(self) -> int:
        pipe = getattr(self, "pipe", None)
        return pipe.frames_written if pipe is not None else 0

    def position(self) -> tuple[int, str]:
        """The audio-clock frame of this instant and the UTC wall time, without marking.

        For a mark whose text the user is still typing: stamp now, ``mark(at_frame=...)``
        later. Frame = frames delivered + frames in flight: the time since the last callback
        plus the age the newest delivered frame had then (from the block's ADC timestamp).
        """
        now = self.clock()
        wall = _utc_text(self.wall_clock(), "milliseconds")
        received, tc, age = self._master
        if tc is None:
            return 0, wall
        frame = received + round((now - tc + age) * self.cfg.samplerate)
        return max(0, frame), wall

    def mark(
        self,
        tag: str | None,
        text: str | None = None,
        *,
        at_frame: int | None = None,
        wall_time_utc: str | None = None,
        wait: bool = True,
    ) -> MarkAck:
        """Stamp a mark now (or at an earlier ``position()``); returns after it is fsynced.

        A mark stamped before the first block of audio came (a key pressed in the instant
        after "record"; an idle sound server gives its first block up to 2 s later) is at
        frame 0, and is filed at that frame's time, the recording's start, with the key's own
        time kept as ``pressed_at_utc``: the key's time may precede the start by seconds, and
        start + place in the audio must give a mark's time. Until that block comes this
        waits (a recording whose source gives nothing is ended by the watchdog), so the
        acknowledged mark, the journal and the case file agree.

        Without ``wait`` (the call screen, which must not freeze while a silent device takes
        its time) such a mark is journalled at once at the key's own time and acknowledged
        ``awaiting_first_frame``: the journal's readers put it at the first frame's time as
        they read it (``journal_marks``), and the caller files it so once ``status()`` gives
        that time (``first_frame_utc``). If no sound ever comes, it stays at frame 0 at the
        key's own time, as a mark does when the wait above gives up.
        """
        frame, wall = self.position()
        if self.state != "recording":
            raise RecorderError(f"cannot mark: the recorder is {self.state}")
        if at_frame is not None:
            if not 0 <= at_frame <= frame:
                raise RecorderError(f"cannot mark at frame {at_frame}: it is not in the past")
            frame, wall = at_frame, wall_time_utc or wall
        pressed: str | None = None
        awaiting = False
        if frame == 0:
            first = self._wait_for_first_frame() if wait else self._first_frame()
            awaiting = first is None and not wait
            moved = at_first_frame(frame, wall, first)
            if self.state != "recording":
                raise RecorderError(f"cannot mark: the recorder is {self.state}")
            if moved is not None:
                wall, pressed = moved, wall
        with self._lock:
            self._mark_seq += 1
            seq = self._mark_seq
            self._last_mark_frame = max(self._last_mark_frame, frame)
            self.journal.append(
                {
                    "type": "mark",
                    "seq": seq,
                    "frame": frame,
                    "wall_time_utc": wall,
                    **({"pressed_at_utc": pressed} if pressed else {}),
                    "tag": tag,
                    "text": text,
                    "journaled_at_utc": utc_now(),
                }
            )
        return MarkAck(seq, frame, wall, tag, text, pressed, awaiting)

    def _first_frame(self) -> str | None:
        """When frame 0 was captured (UTC), if the first block of audio has come."""
        if not self._first_block.is_set():
            return None
        assert self._frame0_wall is not None
        return _utc_text(self._frame0_wall, "microseconds")

    def _wait_for_first_frame(self) -> str | None:
        """When frame 0 was captured (UTC), waiting for it while the recording runs; None if
        no audio comes (the watchdog ends the recording after ``startup_timeout_s``)."""
        limit = time.monotonic() + self.cfg.startup_timeout_s + 2.0  # within a client's reply
        while not self._first_block.wait(0.02):
            if self.state != "recording" or time.monotonic() > limit:
                return None
        assert self._frame0_wall is not None
        return _utc_text(self._frame0_wall, "microseconds")

    def annotate(self, kind: str, data: dict[str, Any]) -> None:
        """Journal what the user has typed but not yet saved (``kind`` says what: the caller's
        details, a note being written); returns after it is fsynced. The latest record of a
        kind replaces the earlier ones when the journal is read; the journal only grows."""
        if self.state != "recording":
            raise RecorderError(f"cannot annotate: the recorder is {self.state}")
        self.journal.append(
            {"type": "annotation", "kind": kind, "data": data, "journaled_at_utc": utc_now()}
        )

    def status(self) -> RecorderStatus:
        frames = self._master[0]
        pipe = getattr(self, "pipe", None)
        levels = pipe.meters.snapshot() if pipe is not None else ()
        with self._lock:
            warnings = tuple(self._warnings)
        return RecorderStatus(
            self.state,
            frames / self.cfg.samplerate,
            frames,
            levels,
            warnings,
            self.error,
            self._first_frame(),
        )

    # --- warnings -----------------------------------------------------------------------
    def _emit(
        self, code: str, message: str, params: dict[str, Any], frame: int, fatal: bool
    ) -> None:
        w = AudioWarning(code, message, int(frame), utc_now(), dict(params), fatal)
        with self._lock:
            self._warnings.append(w)
        # On a full disk the warning still reaches status and the result.
        with contextlib.suppress(OSError):
            self.journal.append({"type": "warning", "warning": w.to_json()})
        if fatal and self._fatal is None:
            self._fatal = (code, message, params)

    def _request_fatal(self, code: str, message: str, params: dict[str, Any]) -> None:
        self._emit(code, message, params, self._written(), True)

    def _segment_started(self, path: Path, at_frame: int) -> None:
        self.journal.append(
            {
                "type": "segment",
                "path": path.name,
                "start_frame": at_frame,
                "wall_time_utc": utc_now(),
            }
        )

    def _watch_main(self) -> None:
        assert self._source_watch is not None
        name_this_thread("rec-sourcewatch")
        watch = self._source_watch
        waiter = getattr(watch, "wait_for_change", None)
        reported: set[str] = set()
        while True:
            if waiter is None:
                self._finished.wait(self.cfg.pactl_poll_interval_s)
            else:
                waiter(self._finished, self.cfg.pactl_poll_interval_s, self.cfg.pactl_safety_poll_s)
            if self._finished.is_set():
                break
            if self.state != "recording":
                continue
            for code, message, params in watch():
                key = code + repr(sorted(params.items()))
                if key in reported:
                    continue
                reported.add(key)
                fatal = self.cfg.stop_on_source_moved
                self._emit(
                    code,
                    message + (" Recording stopped; audio so far is kept." if fatal else ""),
                    params,
                    self._written(),
                    fatal,
                )

    # --- writer thread ------------------------------------------------------------------
    def _writer_main(self) -> None:
        name_this_thread("rec-writer")
        pipe = self.pipe
        batch_s = self.cfg.writer_batch_s
        try:
            while True:
                woke = time.monotonic()
                items, stop = self._take_queued()
                if items:
                    pipe.handle_many(items)
                    self._journal_first_frame()
                if stop:
                    break
                if self._fatal is None and not self._stop_requested.is_set():
                    pipe.watchdog.check(self.clock(), pipe.frames_written)
                pipe.tick()
                if self._fatal is not None and not self._stop_requested.is_set():
                    self._stop_requested.set()
                    self.state = "stopping"
                    self._stop_streams(timeout=3.0)
                    self._drain()  # audio already captured is kept
                    break
                # Let a batch of blocks gather: one write, one peaks/meters pass per batch
                # instead of per 20 ms block (the writer's CPU is mostly per-call overhead).
                rest = batch_s - (time.monotonic() - woke)
                if rest > 0:
                    self._stop_requested.wait(rest)
            if self._fatal is None or self._fatal[0] not in _WRITER_FAILURES:
                # Also when a source failed: the other's audio still waiting to be paired
                # (up to the aligner's wait) was captured and is kept.
                pipe.flush()
        except WriteFailedError as exc:
            self._fail_in_writer(
                "write_failed",
                f"Writing the recording failed: {exc}. Recording stopped; "
                "everything written before the failure is kept and valid.",
                {"errno": exc.errno},
            )
        except Exception as exc:  # never lose the file because of a bug in a check
            self._fail_in_writer(
                "internal_error", f"Recorder error: {exc!r}. Recording stopped.", {}
            )
        finally:
            self._finalise()

    def _journal_first_frame(self) -> None:
        """Journal once when frame 0 was captured: the recording's start, which a recovered
        recording takes from here too. Until then (and if it cannot be written) the start
        is the moment the recorder was asked to record, a fraction of a second earlier."""
        if self.first_frame_utc is not None or self._frame0_wall is None:
            return
        first = _utc_text(self._frame0_wall, "microseconds")
        with contextlib.suppress(OSError):  # a full disk stops the recording elsewhere
            self.journal.append(
                {
                    "type": "first_audio",
                    "frame": 0,
                    "wall_time_utc": first,
                    "journaled_at_utc": utc_now(),
                }
            )
            self.first_frame_utc = first

    def _take_queued(self) -> tuple[list[Any], bool]:
        """Everything queued (waiting up to 0.1 s for the first item); True if told to stop."""
        items: list[Any] = []
        try:
            item = self._q.get(timeout=0.1)
            while True:
                if item is _STOP:
                    return items, True
                items.append(item)
                item = self._q.get_nowait()
        except queue.Empty:
            return items, False

    def _fail_in_writer(self, code: str, message: str, params: dict[str, Any]) -> None:
        self._emit(code, message, params, self.pipe.frames_written, True)
        self._stop_requested.set()
        self._stop_streams(timeout=3.0)

    def _drain(self) -> None:
        while True:
            try:
                item = self._q.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                self.pipe.handle_many([item])

    def _finalise(self) -> None:
        self.pipe.close()
        self._journal_first_frame()  # blocks only drained after a failure count too
        ended = utc_now()
        if self._fatal is not None:
            self.error = self._fatal[1]
        status = "failed" if self._fatal is not None else "complete"
        with contextlib.suppress(OSError):
            self.journal.append(
                {"type": "stop", "wall_time_utc": ended, "status": status,
                 "frames": self.pipe.frames_written}
            )  # fmt: skip
        self.journal.close()
        try:
            self._result = collect_result(self.paths, status, ended, self.error)  # type: ignore[arg-type]
        except Exception as exc:
            self.error = (self.error or "") + f" (finalising failed: {exc})"
            status = "failed"
        self.state = "stopped" if status == "complete" else "failed"
        self._finished.set()
        close_watch = getattr(self._source_watch, "close", None)
        if close_watch is not None:
            with contextlib.suppress(Exception):
                close_watch()


def _utc_text(epoch: float, timespec: str) -> str:
    text = datetime.fromtimestamp(epoch, UTC).isoformat(timespec=timespec)
    return text.replace("+00:00", "Z")


def _cannot_write(folder: object, exc: OSError) -> str:
    """Said in the user's language (a core message the window translates), with what to do;
    the system's own words last."""
    return QT_TRANSLATE_NOOP(
        "Recorder",
        "OnRecord could not write the recording in {folder}, so nothing was recorded. Check "
        "that the disk is not full and that the data folder can be written to.\n\n"
        "Details: {detail}",
    ).format(folder=folder, detail=str(exc))
