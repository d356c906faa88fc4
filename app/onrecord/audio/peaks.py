"""Waveform peaks sidecar (``<base>.peaks``): min/max per channel, written as audio arrives.

Format (all little-endian), chosen so a 3-hour call (~8 MB at 100 peaks/s stereo) loads with
one ``numpy.fromfile`` and survives a crash (a torn last record is ignored):

    offset  size  field
    0       8     magic  b"ORPEAKS1"
    8       4     uint32 header size in bytes (32)
    12      4     uint32 samplerate
    16      4     uint32 frames per peak record
    20      2     uint16 channels
    22      2     uint16 sample format (1 = int16 scaled to full scale)
    24      8     reserved, zero
    32      ...   records: int16 [min_ch0, max_ch0, min_ch1, max_ch1, ...]

Record ``i`` covers frames ``[i*fpp, (i+1)*fpp)``; the last record may cover fewer frames.
24-bit audio is stored scaled to int16 (its top 16 bits): peaks are for display, not evidence.
"""

from __future__ import annotations

import contextlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

MAGIC = b"ORPEAKS1"
HEADER = struct.Struct("<8sIIIHH8x")
assert HEADER.size == 32


@dataclass(frozen=True)
class Peaks:
    samplerate: int
    frames_per_peak: int
    channels: int
    data: np.ndarray  # shape (records, channels, 2): [..., 0] = min, [..., 1] = max


def to_int16(block: np.ndarray) -> np.ndarray:
    """Scale an int16/int32 block to int16 for peaks and meters."""
    if block.dtype == np.int16:
        return block
    return (block.astype(np.int32) >> 16).astype(np.int16)


def planar_int16(block: np.ndarray) -> np.ndarray:
    """A (frames, channels) block as contiguous (channels, frames) int16.

    Reductions along a contiguous axis are several times faster than along the frames axis
    of interleaved audio (measured: 2 µs vs 14 µs for a 20 ms stereo block), so the writer
    transposes each block once and computes peaks and meters on this layout.
    """
    return np.ascontiguousarray(to_int16(block).T)


class PeaksWriter:
    """Accumulate blocks and append one min/max record per ``frames_per_peak`` frames."""

    def __init__(self, path: Path, samplerate: int, channels: int, frames_per_peak: int) -> None:
        self.path = path
        self.channels = channels
        self.frames_per_peak = frames_per_peak
        self._pending = np.zeros((channels, 0), dtype=np.int16)  # (channels, frames)
        self._f = open(path, "xb")  # noqa: SIM115 - kept open for the whole recording
        self._f.write(HEADER.pack(MAGIC, HEADER.size, samplerate, frames_per_peak, channels, 1))
        self.records = 0

    def feed(self, block: np.ndarray) -> None:
        """Feed a (frames, channels) int16/int32 block."""
        self.feed_planar(planar_int16(block))

    def feed_planar(self, planar: np.ndarray) -> None:
        """Feed a (channels, frames) int16 block (see :func:`planar_int16`)."""
        data = planar
        if self._pending.shape[1]:
            data = np.concatenate([self._pending, data], axis=1)
        fpp = self.frames_per_peak
        whole = data.shape[1] // fpp
        if whole:
            self._emit(data[:, : whole * fpp].reshape(self.channels, whole, fpp))
        self._pending = data[:, whole * fpp :].copy()

    def _emit(self, shaped: np.ndarray) -> None:
        """Write records for (channels, records, frames) data."""
        rec = np.empty((shaped.shape[1], self.channels, 2), dtype="<i2")
        rec[:, :, 0] = shaped.min(axis=2).T
        rec[:, :, 1] = shaped.max(axis=2).T
        self._f.write(rec.tobytes())
        self.records += len(rec)

    def sync(self) -> None:
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        """Write the partial last record, fsync and close. Safe to call twice."""
        if self._f.closed:
            return
        try:
            if self._pending.shape[1]:
                self._emit(self._pending[:, None, :])
                self._pending = self._pending[:, :0]
            self.sync()
        finally:
            with contextlib.suppress(OSError):
                self._f.close()  # may re-raise ENOSPC from the buffer flush; still closed


def read_peaks(path: str | os.PathLike[str]) -> Peaks:
    """Load a peaks file; ignores a torn trailing record left by a crash."""
    raw = Path(path).read_bytes()
    if len(raw) < HEADER.size:  # a recording just started (or the header torn): no peaks yet
        raise ValueError(f"{path} holds no peaks yet")
    magic, hsize, rate, fpp, ch, _fmt = HEADER.unpack_from(raw)
    if magic != MAGIC:
        raise ValueError(f"{path} is not an OnRecord peaks file")
    rec_bytes = ch * 4
    n = (len(raw) - hsize) // rec_bytes
    data = np.frombuffer(raw, dtype="<i2", count=n * ch * 2, offset=hsize).reshape(n, ch, 2)
    return Peaks(rate, fpp, ch, data)


def build_peaks(wav_paths: list[Path], out: Path, frames_per_peak: int) -> Peaks:
    """(Re)build a peaks file from finished WAV segments, e.g. after crash recovery."""
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    writer: PeaksWriter | None = None
    for p in wav_paths:
        with sf.SoundFile(str(p)) as f:
            if writer is None:
                writer = PeaksWriter(tmp, f.samplerate, f.channels, frames_per_peak)
            dtype = "int16" if f.subtype == "PCM_16" else "int32"
            for block in f.blocks(blocksize=frames_per_peak * 256, dtype=dtype, always_2d=True):
                writer.feed(block)
    if writer is None:
        raise ValueError("no audio segments to build peaks from")
    writer.close()
    os.replace(tmp, out)
    return read_peaks(out)
