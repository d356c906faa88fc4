"""Keeping two capture devices (mic = master clock, loopback = secondary) sample-aligned.

Two devices run on two crystals; left alone they drift apart by up to ~0.4 s per hour. The
master (mic) is written 1:1 and defines the audio clock (marks are in its frames). Each
secondary block carries the ADC time of its first frame; the master's latest block maps that
time to the master frame where the sample belongs. The offset ``U = secondary frame index -
that position`` does not depend on our own corrections, so its mean over a few seconds
(block jitter averages out; drift is much slower) compared with its initial value says how
many frames must have been dropped (secondary clock fast) or duplicated (slow) so far. The
controller drops/duplicates single secondary frames to follow it, but only once the error
passes a 4 ms dead band: PulseAudio's timestamps wander by +-2 ms on one clock, and editing
frames for that noise would smear the audio. The error stays bounded by ~5 ms whatever the
drift (far inside 20 ms/hour), and the controller resynchronises at once when the secondary loses a chunk
or delivers a late burst after it had to be padded with silence.

When the secondary stops delivering for good (the watchdog says so: ``lose_secondary``), the
recording goes on with the master alone: the secondary's channel is silence from where its
audio ended. That silence is not clock drift and is not counted as frames inserted; if the
secondary comes back, its audio is placed by its own timestamps again (a resync, reported).
"""

from __future__ import annotations

from collections import deque

import numpy as np


class _Fifo:
    """Frames FIFO of 1-D arrays (mono) with O(1) append and cheap take."""

    def __init__(self, dtype: np.dtype) -> None:
        self._parts: deque[np.ndarray] = deque()
        self.size = 0
        self.dtype = dtype

    def push(self, a: np.ndarray) -> None:
        if len(a):
            self._parts.append(a)
            self.size += len(a)

    def push_front(self, a: np.ndarray) -> None:
        if len(a):
            self._parts.appendleft(a)
            self.size += len(a)

    def take(self, n: int) -> np.ndarray:
        n = min(n, self.size)
        out = []
        need = n
        while need:
            head = self._parts[0]
            if len(head) <= need:
                out.append(self._parts.popleft())
                need -= len(head)
            else:
                out.append(head[:need])
                self._parts[0] = head[need:]
                need = 0
        self.size -= n
        if not out:
            return np.zeros(0, dtype=self.dtype)
        return out[0] if len(out) == 1 else np.concatenate(out)


class TwoSourceAligner:
    """Combine a master and a secondary mono stream into one aligned 2-channel stream."""

    def __init__(
        self,
        samplerate: int,
        dtype: np.dtype,
        window_s: float = 10.0,
        deadband_s: float = 0.004,
        max_wait_s: float = 1.0,
        resync_s: float = 0.05,
    ) -> None:
        self.sr = samplerate
        self.dtype = np.dtype(dtype)
        self.window_s = window_s
        self.deadband = deadband_s * samplerate
        self._correcting = False
        self.max_wait = int(max_wait_s * samplerate)
        self.resync = int(resync_s * samplerate)
        self.bufs = (_Fifo(self.dtype), _Fifo(self.dtype))
        self.first_time: list[float | None] = [None, None]
        self.started = False
        self.frames_out = 0
        self.dropped = 0
        self.inserted = 0
        self.padded = 0
        self.initial_offset = 0
        #: ("resync"|"padded"|"returned", frames, output frame or None = now) for warnings
        self.events: list[tuple[str, int, int | None]] = []
        #: silence written for a secondary that stopped delivering (not drift, not "inserted")
        self.silenced = 0
        #: the secondary is known to have stopped: its channel is silence, written at once
        self.lost = False
        # padding written since the secondary's last real frame: [first output frame, frames];
        # told as "padded" once its audio comes again, or taken into the loss if it does not
        self._pending_pad: list[int] | None = None
        # master frames held while the secondary is lost, so that its first block if it
        # comes back still finds the frames it belongs beside unwritten (kill -9 loses less)
        self.lost_hold = self.max_wait // 4
        self._returning = False  # its first block back: place it exactly, at once
        #: where single frames were dropped or repeated: [first, last, dropped, repeated],
        #: output frames; edits less than a second apart are one run
        self.runs: list[list[int]] = []
        self._hist: deque[tuple[float, float]] = deque()
        self._target: float | None = None
        self._m_anchor: tuple[int, float] | None = None
        self._m_count = 0
        self._hist_sum = 0.0
        self._s_count = 0

    @property
    def net(self) -> int:
        """Frames of the secondary taken out (+) or put in (-) so far, silence for a lost
        secondary included: where its audio now lands against its own timestamps."""
        return self.dropped - self.inserted - self.silenced

    def lose_secondary(self) -> int:
        """The secondary stopped delivering: from now on write the master with silence
        beside it, not counted as drift. Returns the output frame from which the secondary's
        channel is silence (where its last real frame was written, or will be)."""
        s = self.bufs[1]
        if not self.started:
            self.lost = True
            return 0
        pad = self._pending_pad
        if pad is not None:  # the silence already written is the loss, not a drift repair
            self.inserted -= pad[1]
            self.silenced += pad[1]
            self._pending_pad = None
            since = pad[0]
        else:
            since = self.frames_out + s.size
        self.lost = True
        if self._target is None and self._hist:
            # Lost before its reference offset was settled: the offsets it had until now are
            # the reference (taken after its return, they would count the loss as drift).
            self._target = self._hist_sum / len(self._hist)
        self._hist.clear()  # its offsets from before the loss say nothing about what comes
        self._hist_sum = 0.0
        return since

    def push(self, source: int, block: np.ndarray, first_sample_time: float) -> None:
        """Add a mono block; ``first_sample_time`` = ADC time of its first frame (seconds)."""
        if self.first_time[source] is None:
            self.first_time[source] = first_sample_time
        if source == 1 and self.lost:
            self.lost = False  # it came (back): its audio is placed by its timestamps again
            self._returning = True
        self.bufs[source].push(np.ascontiguousarray(block).reshape(-1))
        if not self.started and None not in self.first_time:
            self._start()
        self._observe(source, len(block), first_sample_time)
        if self._returning:  # no reference to place it by yet: beside the master's next frame
            self._returned(self.frames_out)

    def _start(self) -> None:
        t0, t1 = self.first_time
        assert t0 is not None and t1 is not None
        # The secondary's first frame belongs at master frame `off`; the master's frames
        # before ``frames_out`` are written already (with silence beside them, when the
        # secondary came more than ``max_wait`` late, or never came until now).
        off = round((t1 - t0) * self.sr) - self.frames_out
        off = max(-self.sr, min(self.sr + self.bufs[0].size, off))
        self.initial_offset = self.frames_out + off
        if off > 0:
            self.bufs[1].push_front(np.zeros(off, dtype=self.dtype))
            self.padded += off
        elif off < 0:
            self.bufs[1].take(-off)
        self.started = True
        if self._returning:  # it came after all, given up for lost until now (the silence
            # before it is in ``initial_offset``: where it starts, not a correction)
            self._returned(self.frames_out + max(off, 0))

    def _returned(self, at: int) -> None:
        """The lost secondary's audio is written again from output frame ``at``."""
        self._returning = False
        self.events.append(("returned", 0, at))

    def pull(self, final: bool = False) -> np.ndarray | None:
        """Aligned (n, 2) frames ready to write, or None. ``final`` flushes at stop."""
        m, s = self.bufs
        if not self.started:
            if not final and m.size <= self.max_wait:
                return None
            # Secondary never delivered: record master with silence on the other channel.
            n = m.size
            if n == 0:
                return None
            self.padded += n
            return self._emit(m.take(n), np.zeros(n, dtype=self.dtype))
        if m.size == 0:
            return None
        n = min(m.size, s.size)
        if n and not final:
            self._tell_padding()
            return self._emit(m.take(n), s.take(n))
        if final or m.size > (self.lost_hold if self.lost else self.max_wait):
            n = m.size
            sec = s.take(min(n, s.size))
            if len(sec):
                self._tell_padding()
            pad = n - len(sec)
            self.padded += pad
            if pad and self.lost:
                self.silenced += pad
            elif pad and not final:  # at stop, the secondary simply stopped a block earlier
                self.inserted += pad
                if self._pending_pad is None:
                    self._pending_pad = [self.frames_out + len(sec), 0]
                self._pending_pad[1] += pad
            if final:
                self._tell_padding()
            return self._emit(m.take(n), np.concatenate([sec, np.zeros(pad, dtype=self.dtype)]))
        return None

    def _tell_padding(self) -> None:
        """The secondary's audio came again (or the recording ends): the silence put in
        while it was late is told once, where it began."""
        if self._pending_pad is not None:
            at, frames = self._pending_pad
            self.events.append(("padded", frames, at))
            self._pending_pad = None

    def _emit(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        self.frames_out += len(a)
        return np.stack([a, b], axis=1)

    def _observe(self, source: int, frames: int, first_sample_time: float) -> None:
        """Track where each secondary block should land on the master's frame axis."""
        if source == 0:
            self._m_anchor = (self._m_count, first_sample_time)
            self._m_count += frames
            return
        j = self._s_count
        self._s_count += frames
        if self._m_anchor is None or not self.started:
            return
        i_m, t_m = self._m_anchor
        u = j + self.initial_offset - (i_m + (first_sample_time - t_m) * self.sr)
        self._hist.append((first_sample_time, u))
        self._hist_sum += u
        while self._hist and self._hist[0][0] < first_sample_time - self.window_s:
            self._hist_sum -= self._hist.popleft()[1]
        mean = self._hist_sum / len(self._hist)
        if self._target is None:
            if first_sample_time - self._hist[0][0] >= self.window_s * 0.9:
                self._target = mean
            return
        recent = sorted(v for _, v in list(self._hist)[-9:])
        median = recent[len(recent) // 2]
        self._correct(mean - self._target, median - self._target)

    def _correct(self, drift: float, jump: float) -> None:
        s = self.bufs[1]
        big = jump - self.net
        if self._returning:
            # Back after a loss: its first block goes where its timestamp puts it, at once.
            # Frames before it are more of the loss's silence; frames that belong where
            # silence was written already cannot be placed and are dropped (and said).
            n = round(big)
            if n < 0:
                s.push_front(np.zeros(-n, dtype=self.dtype))
                self.silenced += -n
            elif n > 0:
                taken = len(s.take(n))
                self.dropped += taken
                self.events.append(("resync", taken, None))
            self._returned(self.frames_out + max(-n, 0))
            self._hist.clear()
            self._hist_sum = 0.0
            return
        if abs(big) > self.resync:
            n = round(big)
            if n > 0:
                taken = len(s.take(n))
                self.dropped += taken
                self.events.append(("resync", taken, None))
            else:
                s.push_front(np.zeros(-n, dtype=self.dtype))
                self.inserted += -n
                self.events.append(("resync", n, None))
            self._hist.clear()
            self._hist_sum = 0.0
            return
        err = drift - self.net
        if abs(err) > self.deadband:
            self._correcting = True
        elif abs(err) < 1.5:
            self._correcting = False
        if not self._correcting:
            return
        if err >= 1.5 and s.size:
            s.take(1)
            self.dropped += 1
            self._ran(dropped=1)
        elif err <= -1.5 and s.size:
            first = s.take(1)
            s.push_front(np.concatenate([first, first]))
            self.inserted += 1
            self._ran(repeated=1)

    def _ran(self, dropped: int = 0, repeated: int = 0) -> None:
        """Note a single-frame edit at the next output frame (the secondary's buffer front
        is written beside the master's next frame)."""
        at = self.frames_out
        if self.runs and at - self.runs[-1][1] <= self.sr:
            run = self.runs[-1]
            run[1] = at
        else:
            run = [at, at, 0, 0]
            self.runs.append(run)
        run[2] += dropped
        run[3] += repeated
