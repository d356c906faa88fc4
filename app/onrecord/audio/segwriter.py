"""Crash-safe segmented WAV writer.

Each segment is a PCM WAV opened through libsndfile with ``SFC_SET_UPDATE_HEADER_AUTO``
(0x1061), so the header is rewritten after every write and any tool can read the file after a
``kill -9``. The file is fsynced every ``fsync_interval_s`` (``SoundFile.flush`` calls
``sf_write_sync``, i.e. fsync; it does not fix the header, which auto-update does). A WAV's
32-bit sizes cap it at 4 GiB, so the writer starts ``<base>.002.wav`` etc. before that.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

from ..durable import fsync_dir
from .hashing import sample_width
from .wavfile import repair_wav

SFC_SET_UPDATE_HEADER_AUTO = 0x1061  # not 0x1051 (SFC_UPDATE_HEADER_NOW)
_HEADER_ALLOWANCE = 4096  # generous bound on libsndfile's WAV header size


class WriteFailedError(OSError):
    """Writing audio failed (disk full, permission, I/O error); the file so far is valid."""


def segment_path(base: Path, index: int) -> Path:
    """``call.wav``, ``call.002.wav``, ``call.003.wav``…"""
    if index == 1:
        return base.with_name(base.name + ".wav")
    return base.with_name(f"{base.name}.{index:03d}.wav")


def _enable_header_auto_update(f: sf.SoundFile) -> None:
    snd = sf._snd  # type: ignore[attr-defined]
    ffi = sf._ffi  # type: ignore[attr-defined]
    snd.sf_command(f._file, SFC_SET_UPDATE_HEADER_AUTO, ffi.NULL, snd.SF_TRUE)  # type: ignore[attr-defined]


def _classify(exc: BaseException, directory: Path) -> WriteFailedError:
    """Turn libsndfile's generic error into an OSError with the most likely errno."""
    if isinstance(exc, OSError) and exc.errno:
        code = exc.errno
    else:
        code = errno.EIO
        try:
            st = os.statvfs(directory)
            if st.f_bavail * st.f_frsize < 1 << 20:
                code = errno.ENOSPC
        except OSError:
            pass
        if not os.access(directory, os.W_OK):
            code = errno.EACCES
    return WriteFailedError(code, f"{os.strerror(code)} ({exc})")


class SegmentedWavWriter:
    """Append integer PCM blocks to ``<base>.wav``, rolling segments before 4 GiB.

    Not thread-safe: only the recorder's writer thread calls it. Blocks are int16 for PCM_16
    and int32 (left-justified, as PortAudio delivers 24-bit in 32) for PCM_24.
    """

    def __init__(
        self,
        base: Path,
        samplerate: int,
        channels: int,
        subtype: str = "PCM_16",
        max_segment_bytes: int = 4_000_000_000,
        fsync_interval_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base = base
        self.samplerate = samplerate
        self.channels = channels
        self.subtype = subtype
        self.bytes_per_frame = channels * sample_width(subtype)
        max_frames = (max_segment_bytes - _HEADER_ALLOWANCE) // self.bytes_per_frame
        if max_frames < 1:
            raise ValueError("max_segment_bytes too small")
        self.max_frames_per_segment = max_frames
        self.fsync_interval_s = fsync_interval_s
        self._clock = clock
        self.segments: list[Path] = []
        self.segment_frames: list[int] = []
        self.frames_written = 0
        self._file: sf.SoundFile | None = None
        self._last_sync = clock()
        self.on_new_segment: Callable[[Path, int], None] | None = None
        self._open_next()

    def _open_next(self) -> None:
        path = segment_path(self.base, len(self.segments) + 1)
        try:
            f = sf.SoundFile(
                str(path), "x", self.samplerate, self.channels, subtype=self.subtype, format="WAV"
            )
        except Exception as exc:
            raise _classify(exc, self.base.parent) from exc
        _enable_header_auto_update(f)
        self._file = f
        self.segments.append(path)
        self.segment_frames.append(0)
        fsync_dir(path.parent)
        if self.on_new_segment is not None:
            self.on_new_segment(path, self.frames_written)

    def write(self, block: np.ndarray) -> None:
        """Write a (frames, channels) block; roll to a new segment when the current is full."""
        if self._file is None:
            raise WriteFailedError(errno.EBADF, "writer is closed")
        pos = 0
        n = len(block)
        while pos < n:
            room = self.max_frames_per_segment - self.segment_frames[-1]
            if room <= 0:
                self._roll()
                continue
            part = block[pos : pos + room]
            self._write_raw(part)
            self.segment_frames[-1] += len(part)
            self.frames_written += len(part)
            pos += len(part)
        if self._clock() - self._last_sync >= self.fsync_interval_s:
            self.sync()

    def _write_raw(self, part: np.ndarray) -> None:
        assert self._file is not None
        try:
            self._file.write(part)
        except Exception as exc:
            raise _classify(exc, self.base.parent) from exc

    def _roll(self) -> None:
        self._close_current()
        self._open_next()

    def sync(self) -> None:
        """fsync the current segment (libsndfile keeps its header current by itself)."""
        self._last_sync = self._clock()
        if self._file is not None:
            try:
                self._file.flush()
            except Exception as exc:
                raise _classify(exc, self.base.parent) from exc

    def _close_current(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        with contextlib.suppress(Exception):
            f.flush()
        with contextlib.suppress(Exception):
            f.close()
        # After a failed write the header may lag the bytes on disk; fix sizes, keep samples.
        repair_wav(self.segments[-1])

    def close(self) -> None:
        """Close and make every segment's header consistent. Safe to call twice."""
        self._close_current()
        if self.segments:
            fsync_dir(self.segments[-1].parent)
