"""A deterministic fake of PortAudio capture, on a virtual clock, for fast tests.

:class:`FakeWorld` owns a :class:`FakeClock` and one scheduler thread that delivers every
fake stream's blocks in time order, as fast as the CPU allows, setting the virtual clock to
each delivery time. A stream with input latency ``L`` delivers the block holding frames
``[k*B, (k+1)*B)`` at ``t0 + D + (k+1)*B/(sr*rate) + L`` (``D``: the source's start delay),
i.e. the sample captured at virtual time ``T`` has index ``(T - t0 - D)*sr*rate``. Tests can
inject lost audio (gaps), a stall (callbacks stop but time goes on), a clock-rate error
(drift), a late first block and a slow ``stop()``, and schedule actions (e.g.
``recorder.mark``) at exact virtual times. The recorder takes the world's clock.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import numpy as np

from .streams import device_error
from .types import RecorderError, SourceSpec


class FakeClock:
    """Monotonic virtual clock (seconds)."""

    def __init__(self) -> None:
        self._t = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self._t

    def set(self, t: float) -> None:
        with self._lock:
            self._t = max(self._t, t)


@dataclass
class FakeSource:
    """What one fake device plays: ``signal`` is (frames, channels) int16 or int32."""

    signal: np.ndarray
    latency: float = 0.02
    # What the stream's ``latency`` property claims, if not the true ``latency`` (PortAudio's
    # nominal latency through PulseAudio is 40 ms while its timestamps show ~8 ms).
    reported_latency: float | None = None
    timestamps: bool = True  # False: like a host API that reports no ADC/current times (0)
    rate: float = 1.0  # device clock rate relative to the virtual clock (drift)
    # Seconds after start() before the device captures its first frame (an idle PulseAudio
    # null sink renders in 2 s blocks, so a new capture's first callback comes that late)
    start_delay: float = 0.0
    gaps: dict[int, int] = field(default_factory=dict)  # at frame -> frames lost
    stall_at_frame: int | None = None
    stop_blocks_s: float = 0.0  # real seconds stop()/abort() block, like a suspended Pulse source
    name: str = "fake"
    min_channels: int = 1  # like hardware that refuses to open mono
    # Like a device PortAudio cannot open or start ("Unanticipated host error"): the error's text.
    open_error: str | None = None
    start_error: str | None = None


class FakeStream:
    """Implements the part of ``sounddevice.InputStream`` the recorder uses."""

    def __init__(
        self,
        world: FakeWorld,
        src: FakeSource,
        blocksize: int,
        channels: int,
        dtype: str,
        callback: Callable[..., None],
        finished: Callable[[], None],
    ) -> None:
        self.world, self.src = world, src
        self.blocksize, self.channels, self.dtype = blocksize, channels, dtype
        self.callback, self.finished = callback, finished
        self.pos = 0  # next frame of the signal to deliver
        self.k = 0  # blocks delivered or skipped (device-clock position)
        self.t0 = 0.0
        self.active = False
        self.closed = False

    @property
    def latency(self) -> float:
        reported = self.src.reported_latency
        return self.src.latency if reported is None else reported

    def start(self) -> None:
        if self.src.start_error is not None:
            raise RuntimeError(self.src.start_error)
        self.t0 = self.world.clock()
        self.active = True
        self.world._stream_started(self)

    def next_time(self) -> float:
        return (
            self.t0
            + self.src.start_delay
            + (self.k + 1) * self.blocksize / (self.world.samplerate * self.src.rate)
            + self.src.latency
        )

    def deliver(self) -> bool:
        """Deliver the next block at the current virtual time; False when exhausted."""
        sig = self.src.signal
        if self.pos >= len(sig) or not self.active:
            return False
        if self.src.stall_at_frame is not None and self.pos >= self.src.stall_at_frame:
            return False
        lost = self.src.gaps.pop(self.pos, 0) if self.src.gaps else 0
        if lost:
            self.pos += lost
            self.k += -(-lost // self.blocksize)
            return True
        block = sig[self.pos : self.pos + self.blocksize]
        if block.ndim == 1:
            block = block[:, None]
        block = block[:, : self.channels]
        if len(block) < self.blocksize:
            block = np.concatenate(
                [block, np.zeros((self.blocksize - len(block), block.shape[1]), block.dtype)]
            )
        now = self.world.clock()
        tinfo = SimpleNamespace(
            inputBufferAdcTime=now - self.src.latency - self.blocksize / self.world.samplerate,
            currentTime=now,
        )
        if not self.src.timestamps:
            tinfo = SimpleNamespace(inputBufferAdcTime=0.0, currentTime=0.0)
        status = SimpleNamespace(input_overflow=False)
        self.callback(np.ascontiguousarray(block).astype(self.dtype), self.blocksize, tinfo, status)
        self.pos += self.blocksize
        self.k += 1
        return True

    def stalled(self) -> bool:
        return self.src.stall_at_frame is not None and self.pos >= self.src.stall_at_frame

    def stop(self) -> None:
        if self.src.stop_blocks_s:
            time.sleep(self.src.stop_blocks_s)
        self.active = False

    def abort(self) -> None:
        self.stop()

    def close(self) -> None:
        self.active = False
        self.closed = True


class FakeWorld:
    """Stream factory + scheduler. Pass ``world`` as ``stream_factory`` and ``world.clock``."""

    def __init__(
        self,
        sources: list[FakeSource],
        samplerate: int = 48000,
        stall_step_s: float = 0.05,
        pace: float = 0.0,
    ) -> None:
        self.sources = sources
        self.samplerate = samplerate
        self.clock = FakeClock()
        self.streams: list[FakeStream] = []
        self.done = threading.Event()
        self._actions: list[tuple[float, int, Callable[[], Any]]] = []
        self._seq = 0
        self._thread: threading.Thread | None = None
        self._stall_step = stall_step_s
        self.pace = pace  # 0 = as fast as possible; 1.0 = real time (for kill -9 tests)
        self._real_start = 0.0
        self.errors: list[BaseException] = []

    # StreamFactory protocol
    def channels_for(self, spec: SourceSpec) -> int:
        return self._source(spec).signal.reshape(len(self._source(spec).signal), -1).shape[1]

    def describe(self, spec: SourceSpec) -> dict[str, Any]:
        return {"kind": "fake", "role": spec.role, "label": spec.describe()}

    def _source(self, spec: SourceSpec) -> FakeSource:
        assert isinstance(spec.device, int), "fake sources are addressed by index"
        return self.sources[spec.device]

    def open(
        self,
        spec: SourceSpec,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        dtype: str,
        callback: Callable[..., None],
        finished_callback: Callable[[], None],
    ) -> FakeStream:
        assert samplerate == self.samplerate
        if self._source(spec).open_error is not None:
            raise device_error(spec, self._source(spec).open_error or "")
        if channels < self._source(spec).min_channels:
            raise RecorderError(f"{spec.describe()}: invalid number of channels {channels}")
        s = FakeStream(
            self, self._source(spec), blocksize, channels, dtype, callback, finished_callback
        )
        self.streams.append(s)
        return s

    def at(self, t: float, action: Callable[[], Any]) -> None:
        """Run ``action`` in the scheduler thread with the clock set to ``t``."""
        heapq.heappush(self._actions, (t, self._seq, action))
        self._seq += 1

    def _stream_started(self, s: FakeStream) -> None:
        if (
            self._thread is None
            and all(x.active for x in self.streams)
            and len(self.streams) == len(self.sources)
        ):
            self._thread = threading.Thread(target=self._run, name="fake-audio", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # surfaced to the test through world.errors
            self.errors.append(exc)
        finally:
            self.done.set()

    def _wait_real(self, t: float) -> None:
        if self.pace > 0:
            ahead = t / self.pace - (time.monotonic() - self._real_start)
            if ahead > 0:
                time.sleep(ahead)

    def _loop(self) -> None:
        blocks = 0
        self._real_start = time.monotonic() - self.clock()
        while True:
            live = [s for s in self.streams if s.active and s.pos < len(s.src.signal)]
            deliverable = [s for s in live if not s.stalled()]
            t_next = min((s.next_time() for s in deliverable), default=None)
            if self._actions and (t_next is None or self._actions[0][0] <= t_next):
                t, _, action = heapq.heappop(self._actions)
                self.clock.set(t)
                action()
                continue
            if t_next is None:
                if not live:
                    return
                # Only stalled streams left: let virtual time pass so the watchdog can see it.
                self.clock.set(self.clock() + self._stall_step)
                time.sleep(0.002)
                continue
            s = min(deliverable, key=lambda x: x.next_time())
            self._wait_real(s.next_time())
            self.clock.set(s.next_time())
            if not s.deliver():
                continue
            blocks += 1
            if blocks % 64 == 0:
                time.sleep(0)  # let the writer thread breathe
