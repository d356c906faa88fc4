"""Noticing what PortAudio does not tell us while a call is recorded.

PortAudio's ``input_overflow`` flag was measured never to fire even when 3.2 s were lost, so
loss is detected by comparing frames received with a monotonic clock. The deficit
(``expected - received``) jitters with block delivery and grows slowly with crystal drift;
its minimum over a short window stepping up by more than ``gap_threshold_s`` is lost audio
(a buffered stall that catches up in a burst is not). Also: stalled sources (no callbacks),
one channel silent for long while the other talks, and clipping. Every finding is reported
through ``emit(code, message, params, frame, fatal)``; the recorder stores and journals it.

A stalled source stops the recording, except the other side's ("them") in a two-source
recording while the microphone still delivers: losing the microphone too would cost the
user's own words for the rest of the call. That source is given up (``on_lost`` says from
which written frame its channel is silence), the recording goes on; if the source comes back,
its frames are counted afresh (the pipeline says where it is written again).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Emit = Callable[[str, str, dict[str, Any], int, bool], None]

SILENT_DBFS = -60.0
ACTIVE_DBFS = -40.0
CLIP_LEVEL = 32767 - 8  # int16 scale; samples at or beyond count as clipped


def block_stats(planar16: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-channel absolute peak and RMS of an int16 (channels, frames) block."""
    absmax = np.maximum(
        planar16.max(axis=1).astype(np.int32), -planar16.min(axis=1).astype(np.int32)
    )
    f = planar16.astype(np.float32)
    rms = np.sqrt(np.einsum("ij,ij->i", f, f) / max(1, planar16.shape[1]))
    return absmax, rms


def dbfs(x: float) -> float:
    """Level in dBFS for a linear amplitude relative to int16 full scale."""
    return 20.0 * float(np.log10(max(x, 1e-9) / 32768.0))


@dataclass
class _SourceClock:
    """Frames-vs-clock bookkeeping for one capture stream."""

    name: str
    role: str = ""  # "me" or "them" when the source carries one side, else ""
    t0: float | None = None
    n0: int = 0
    received: int = 0
    last_cb: float | None = None
    anchor: float | None = None
    last_t: float = 0.0
    window: deque[tuple[float, float]] = field(default_factory=deque)
    lost_frames: int = 0
    stalled: bool = False
    given_up: bool = False  # stalled, and the recording goes on without it

    def side(self) -> dict[str, str]:
        """``{"role": "me"}`` or ``{"role": "them"}`` for a warning's params; {} if neither."""
        return {"role": self.role} if self.role else {}


class Watchdog:
    """Fed by the writer thread; ``check`` is also called when no audio arrives."""

    def __init__(
        self,
        samplerate: int,
        source_names: list[str],
        channel_roles: list[str],
        emit: Emit,
        gap_threshold_s: float = 0.25,
        stall_timeout_s: float = 4.0,
        startup_timeout_s: float = 10.0,
        one_sided_after_s: float = 30.0,
        clip_report_interval_s: float = 60.0,
        drift_tolerance_ppm: float = 500.0,
        window_s: float = 2.0,
        source_roles: list[str] | None = None,
        on_lost: Callable[[int], int] | None = None,
    ) -> None:
        self.sr = samplerate
        self.emit = emit
        # Told that a source is given up; returns the written frame from which its channel
        # is silence. Without it every stall is fatal.
        self.on_lost = on_lost
        # Each source's side goes into its warnings' params ("role"), so that "no sound came"
        # can say whose: the microphone's or the other side's (the computer's sound).
        sides = [r if r in ("me", "them") else "" for r in (source_roles or [])]
        sides += [""] * (len(source_names) - len(sides))
        self.sources = [_SourceClock(n, side) for n, side in zip(source_names, sides, strict=False)]
        self.roles = channel_roles
        self.gap_frames = gap_threshold_s * samplerate
        self.stall_timeout = stall_timeout_s
        self.startup_timeout = startup_timeout_s
        self.one_sided_frames = int(one_sided_after_s * samplerate)
        self.clip_interval = int(clip_report_interval_s * samplerate)
        self.drift_rate = drift_tolerance_ppm * 1e-6 * samplerate
        self.window_s = window_s
        n = len(channel_roles)
        self.silent_since: list[int | None] = [0] * n
        self.active_frames_while_silent = [0] * n
        self.one_sided_reported = [False] * n
        self.clip_count = [0] * n
        self.clip_last_report: list[int | None] = [None] * n
        self.started_at: float | None = None

    # --- per source, from callback bookkeeping -------------------------------------------
    def on_callback(self, source: int, recv_time: float) -> None:
        """Called from the audio callback (cheap): remember when audio last arrived."""
        self.sources[source].last_cb = recv_time

    def on_block(self, source: int, frames: int, recv_time: float, out_frame: int) -> None:
        """A block of ``frames`` from ``source`` was received at ``recv_time``."""
        s = self.sources[source]
        if s.given_up:
            # It came back (the aligner says where it is written again): its frames-vs-clock
            # count starts again, the time it was away is not "audio lost" again.
            s.given_up = s.stalled = False
            s.t0, s.anchor = None, None
            s.window.clear()
        if s.t0 is None:
            s.t0, s.n0, s.received = recv_time, frames, frames
            s.last_t = recv_time
            return
        s.received += frames
        deficit = s.n0 + (recv_time - s.t0) * self.sr - s.received
        # Sliding-window minimum of the deficit (a monotonic deque: O(1) per block).
        window = s.window
        while window and window[-1][1] >= deficit:
            window.pop()
        window.append((recv_time, deficit))
        while window[0][0] < recv_time - self.window_s:
            window.popleft()
        level = window[0][1]
        dt = max(0.0, recv_time - s.last_t)
        s.last_t = recv_time
        if s.anchor is None:
            if recv_time - s.t0 >= self.window_s:
                s.anchor = level
            return
        if level < s.anchor:
            s.anchor = level
        elif level - s.anchor > self.gap_frames:
            lost = round(level - s.anchor)
            s.lost_frames += lost
            s.anchor = level
            self.emit(
                "audio_gap",
                f"About {lost / self.sr:.2f} s of audio from {s.name} did not arrive "
                f"(the device or sound server dropped it); the recording has a gap here.",
                {
                    "source": s.name,
                    **s.side(),
                    "lost_frames": lost,
                    "lost_s": round(lost / self.sr, 3),
                },
                out_frame,
                False,
            )
        else:
            s.anchor += min(level - s.anchor, dt * self.drift_rate)

    def check(self, now: float, out_frame: int) -> bool:
        """Periodic check; returns True when a source is stalled (recording must stop)."""
        if self.started_at is None:
            self.started_at = now
        stalled = False
        for i, s in enumerate(self.sources):
            if s.last_cb is None:
                if now - self.started_at > self.startup_timeout and not s.stalled:
                    s.stalled = True
                    params = {"source": s.name, **s.side(), "timeout_s": self.startup_timeout}
                    message = (
                        f"{s.name} delivered no audio within {self.startup_timeout:.0f} s of "
                        "starting; it may be suspended, busy or unplugged."
                    )
                    stalled |= self._stalled(i, "source_no_audio", message, params, out_frame)
                continue
            idle = now - s.last_cb
            if idle > self.stall_timeout and not s.stalled:
                s.stalled = True
                params = {"source": s.name, **s.side(), "idle_s": round(idle, 2)}
                message = (
                    f"{s.name} stopped delivering audio {idle:.1f} s ago (suspended, "
                    "unplugged or the sound server hung)"
                )
                stalled |= self._stalled(i, "source_stalled", message, params, out_frame)
        return stalled

    def _stalled(
        self, i: int, code: str, message: str, params: dict[str, Any], out_frame: int
    ) -> bool:
        """Say that source ``i`` stalled; True if the recording must stop for it."""
        s = self.sources[i]
        others = [o for o in self.sources if o is not s]
        if (
            self.on_lost is not None
            and s.role == "them"
            and len(self.sources) == 2
            and not any(o.stalled or o.last_cb is None for o in others)
        ):
            s.given_up = True
            since = self.on_lost(i)
            if i < len(self.silent_since):  # its silence is the stall, not a one-sided call
                self.silent_since[i] = None
                self.one_sided_reported[i] = True
            self.emit(
                code,
                message.rstrip(".") + "; the recording goes on with the microphone only: "
                "the other side's channel is silence from here until it delivers again.",
                {**params, "continues": True},
                since,
                False,
            )
            return False
        self.emit(
            code,
            message.rstrip(".") + "; recording stopped, audio so far is kept."
            if code == "source_stalled"
            else message,
            params,
            out_frame,
            True,
        )
        return True

    # --- on the written (aligned) audio ----------------------------------------------------
    def on_output(
        self, planar16: np.ndarray, start_frame: int, absmax: np.ndarray, rms: np.ndarray
    ) -> None:
        """Check clipping and one-sidedness on a written int16 block, (channels, frames).

        ``absmax``/``rms`` per channel are passed in (the recorder computes them once for
        its meters too).
        """
        channels, n = planar16.shape
        if n == 0:
            return
        for c in range(channels):
            if absmax[c] >= CLIP_LEVEL:
                hot = np.abs(planar16[c].astype(np.int32)) >= CLIP_LEVEL
                first = int(np.argmax(hot))  # warn at the first clipped sample, not the block
                self._clipping(c, int(np.count_nonzero(hot)), start_frame + first)
        # Only for a two-party recording: a stereo device's L/R may legitimately differ.
        if channels == 2 and {self.roles[0], self.roles[1]} == {"me", "them"}:
            self._one_sided([dbfs(float(r)) for r in rms], n, start_frame)

    def _clipping(self, c: int, clipped: int, frame: int) -> None:
        self.clip_count[c] += clipped
        last = self.clip_last_report[c]
        if last is not None and frame - last < self.clip_interval:
            return
        self.clip_last_report[c] = frame
        self.emit(
            "clipping",
            f"The {self.roles[c]} channel is clipping (too loud: {self.clip_count[c]} samples at "
            "full scale so far); words may be distorted. Lower the input volume.",
            {"channel": c, "role": self.roles[c], "clipped_samples": self.clip_count[c]},
            frame,
            False,
        )

    def _one_sided(self, levels: list[float], n: int, frame: int) -> None:
        for c in (0, 1):
            other = 1 - c
            if levels[c] > SILENT_DBFS:
                self.silent_since[c] = None
                self.active_frames_while_silent[c] = 0
                self.one_sided_reported[c] = False
                continue
            if self.silent_since[c] is None:
                self.silent_since[c] = frame
                self.active_frames_while_silent[c] = 0
            if levels[other] > ACTIVE_DBFS:
                self.active_frames_while_silent[c] += n
            since = self.silent_since[c]
            assert since is not None
            if (
                not self.one_sided_reported[c]
                and frame + n - since >= self.one_sided_frames
                and self.active_frames_while_silent[c] >= self.one_sided_frames // 6
            ):
                self.one_sided_reported[c] = True
                secs = (frame + n - since) / self.sr
                self.emit(
                    "one_sided",
                    f"The {self.roles[c]} channel has been silent for {secs:.0f} s while the "
                    f"{self.roles[other]} channel has sound; that side may not be recorded "
                    "(wrong device, muted, or unplugged).",
                    {"channel": c, "role": self.roles[c], "silent_s": round(secs, 1)},
                    since,
                    False,
                )
