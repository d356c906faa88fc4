"""What the writer thread does with each batch of captured blocks, in order.

align (two sources) → write the WAV → peaks → meters → watchdog. Kept apart from
:mod:`.recorder` (which owns threads, streams, marks and the lifecycle) so each stays small;
nothing here runs in the PortAudio callback.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .align import TwoSourceAligner
from .meters import Meters
from .peaks import PeaksWriter, planar_int16
from .segwriter import SegmentedWavWriter
from .types import RecorderConfig
from .watchdog import Emit, Watchdog, block_stats

# (source index, block, monotonic receive time, ADC time of first frame, overflow flag)
Item = tuple[int, np.ndarray, float, float, bool]
#: drift correction runs kept in the warning (a day-long call with real drift has ~100)
MAX_RUNS = 200


def downmix(block: np.ndarray) -> np.ndarray:
    """Average the channels of a block, in integers (only for devices that refuse mono)."""
    return (block.astype(np.int64).sum(axis=1) // block.shape[1]).astype(block.dtype)


class CapturePipeline:
    """Owns the open files and the per-block analysis of one recording."""

    def __init__(
        self,
        cfg: RecorderConfig,
        base: Path,
        roles: list[str],
        emit: Emit,
        clock: Callable[[], float] = time.monotonic,
        on_new_segment: Callable[[Path, int], None] | None = None,
    ) -> None:
        self.cfg = cfg
        self.emit = emit
        self.clock = clock
        channels = len(roles)
        dtype = np.dtype("int16" if cfg.subtype == "PCM_16" else "int32")
        self.frames_written = 0
        self._overflow_reported_at: int | None = None
        self._last_peaks_sync = clock()
        self.writer = SegmentedWavWriter(
            base, cfg.samplerate, channels, cfg.subtype, cfg.max_segment_bytes,
            cfg.fsync_interval_s, clock,
        )  # fmt: skip
        self.writer.on_new_segment = on_new_segment
        try:
            self.peaks = PeaksWriter(
                base.with_name(base.name + ".peaks"), cfg.samplerate, channels,
                cfg.samplerate // cfg.peaks_per_second,
            )  # fmt: skip
        except OSError:
            self.writer.close()
            raise
        two = len(cfg.sources) == 2
        self.aligner = TwoSourceAligner(cfg.samplerate, dtype) if two else None
        self.watchdog = Watchdog(
            cfg.samplerate,
            [s.describe() for s in cfg.sources],
            roles,
            emit,
            gap_threshold_s=cfg.gap_threshold_s,
            stall_timeout_s=cfg.stall_timeout_s,
            startup_timeout_s=cfg.startup_timeout_s,
            one_sided_after_s=cfg.one_sided_after_s,
            clip_report_interval_s=cfg.clip_report_interval_s,
            source_roles=[s.role for s in cfg.sources],
            on_lost=self._lose_secondary if two else None,
        )
        self.meters = Meters(cfg.samplerate, roles)

    def handle_many(self, items: list[Item]) -> None:
        """Blocks taken from the queue, in arrival order, written as one batch.

        Raises WriteFailedError when the disk refuses them.
        """
        if self.aligner is None:
            blocks = []
            pending = 0
            for i, block, recv, _adc, overflow in items:
                self.watchdog.on_block(i, len(block), recv, self.frames_written + pending)
                if overflow:
                    self._overflow(i)
                blocks.append(block)
                pending += len(block)
            if blocks:
                self._write(blocks[0] if len(blocks) == 1 else np.concatenate(blocks))
            return
        # Push and pull block by block, as they arrived: the aligner's drift corrections act
        # on the frames at its queue's head, which must be "now", not a batch ago.
        outs: list[np.ndarray] = []
        pending = 0
        for i, block, recv, adc, overflow in items:
            self.watchdog.on_block(i, len(block), recv, self.frames_written + pending)
            if overflow:
                self._overflow(i)
            mono = block[:, 0] if block.shape[1] == 1 else downmix(block)
            self.aligner.push(i, mono, adc)
            out = self.aligner.pull()
            self._alignment_events(self.frames_written + pending)
            if out is not None:
                outs.append(out)
                pending += len(out)
        if outs:
            self._write(outs[0] if len(outs) == 1 else np.concatenate(outs))

    def _lose_secondary(self, source: int) -> int:
        """The watchdog gave up the other side's source (it stalled, the microphone goes on):
        its channel is silence from the returned written frame on, not counted as drift."""
        assert self.aligner is not None and source == 1
        return self.aligner.lose_secondary()

    def _alignment_events(self, frame: int) -> None:
        assert self.aligner is not None
        for kind, n, at in self.aligner.events:
            if kind == "returned":  # the other side's source, given up for lost, came back
                spec = self.cfg.sources[1]
                self.emit(
                    "source_resumed",
                    f"{spec.describe()} delivers audio again; its channel is recorded again "
                    "from here, placed by its own timestamps.",
                    {"source": spec.describe(), "role": "them"},
                    frame if at is None else at,
                    False,
                )
                continue
            self.emit(
                f"alignment_{kind}",
                f"The two sources were re-aligned ({kind}, {n} frames = "
                f"{n / self.cfg.samplerate * 1000:.0f} ms) because the other side's "
                "audio arrived late or was lost.",
                {"frames": n, "samplerate": self.cfg.samplerate},
                frame if at is None else at,
                False,
            )
        self.aligner.events.clear()

    def _overflow(self, source: int) -> None:
        last = self._overflow_reported_at
        if last is not None and self.frames_written - last <= 60 * self.cfg.samplerate:
            return
        self._overflow_reported_at = self.frames_written
        self.emit(
            "input_overflow",
            "The audio device reported an input overflow; some audio may be missing here.",
            {"source": source},
            self.frames_written,
            False,
        )

    def _write(self, out: np.ndarray) -> None:
        start = self.frames_written
        self.writer.write(out)
        planar = planar_int16(out)  # once per block: contiguous per-channel reductions
        self.peaks.feed_planar(planar)
        absmax, rms = block_stats(planar)
        self.meters.update(start, absmax, rms)
        self.frames_written = start + len(out)
        self.watchdog.on_output(planar, start, absmax, rms)

    def tick(self) -> None:
        """Periodic work between blocks: fsync the peaks as often as the WAV."""
        if self.clock() - self._last_peaks_sync >= self.cfg.fsync_interval_s:
            self._last_peaks_sync = self.clock()
            self.peaks.sync()

    def flush(self) -> None:
        """At a normal stop: write what the aligner still holds."""
        if self.aligner is not None:
            out = self.aligner.pull(final=True)
            self._alignment_events(self.frames_written)
            if out is not None:
                self._write(out)

    def close(self) -> None:
        """Close (and repair) the files and report drift corrections. Never raises."""
        for closer in (self.writer.close, self.peaks.close):
            try:
                closer()
            except Exception as exc:
                self.emit(
                    "finalise_error", f"Closing a file failed: {exc}", {},
                    self.frames_written, False,
                )  # fmt: skip
        a = self.aligner
        if a is not None and (a.dropped or a.inserted):
            self.emit(
                "drift_corrected",
                f"Clock drift between the two devices was corrected by dropping {a.dropped} "
                f"and inserting {a.inserted} frames of the other side's channel.",
                {
                    "dropped": a.dropped,
                    "inserted": a.inserted,
                    "initial_offset": a.initial_offset,
                    "samplerate": self.cfg.samplerate,
                    # where (output frames): [first, last, dropped, repeated] per run
                    "runs": a.runs[:MAX_RUNS],
                },
                self.frames_written,
                False,
            )
