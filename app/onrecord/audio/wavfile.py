"""Reading and repairing the RIFF/WAVE header of a recording without touching its samples.

libsndfile's header auto-update keeps sizes right after every write, but a ``kill -9`` or a
power cut can still land between a data write and the header rewrite, and a full disk can
leave a partial block. :func:`repair_wav` recomputes the RIFF and ``data`` sizes from the file
size; it only ever writes those two 32-bit fields, so every sample byte stays as recorded.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path


class WavFormatError(ValueError):
    """The file is not a PCM WAV this module understands."""


@dataclass(frozen=True)
class WavLayout:
    """Where things are in a WAV file (byte offsets), as declared by its header."""

    channels: int
    samplerate: int
    bits_per_sample: int
    block_align: int
    data_size_offset: int  # offset of the data chunk's 32-bit size field
    data_offset: int  # first sample byte
    declared_data_size: int
    declared_riff_size: int
    file_size: int

    @property
    def frames_on_disk(self) -> int:
        """Whole frames physically present after the data chunk start."""
        return max(0, self.file_size - self.data_offset) // self.block_align


def read_layout(path: str | os.PathLike[str]) -> WavLayout:
    """Parse the chunk list up to the ``data`` chunk (the chunk sizes may be stale)."""
    p = Path(path)
    size = p.stat().st_size
    with p.open("rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise WavFormatError(f"{p} is not a RIFF/WAVE file")
        riff_size = struct.unpack("<I", head[4:8])[0]
        fmt: tuple[int, int, int, int] | None = None
        pos = 12
        while pos + 8 <= size:
            f.seek(pos)
            cid, csize = struct.unpack("<4sI", f.read(8))
            if cid == b"fmt ":
                body = f.read(min(csize, 40))
                _tag, ch, rate, _brate, align, bits = struct.unpack("<HHIIHH", body[:16])
                fmt = (ch, rate, bits, align)
            elif cid == b"data":
                if fmt is None:
                    raise WavFormatError(f"{p}: data chunk before fmt chunk")
                ch, rate, bits, align = fmt
                if align <= 0:
                    raise WavFormatError(f"{p}: invalid block alignment {align}")
                return WavLayout(ch, rate, bits, align, pos + 4, pos + 8, csize, riff_size, size)
            pos += 8 + csize + (csize & 1)
    raise WavFormatError(f"{p}: no data chunk found")


def _valid_trailing_chunks(path: Path, start: int, end: int) -> bool:
    """True when bytes ``start..end`` form a well-formed chunk chain (e.g. LIST after data)."""
    if start == end:
        return True
    with path.open("rb") as f:
        pos = start
        while pos + 8 <= end:
            f.seek(pos)
            cid, csize = struct.unpack("<4sI", f.read(8))
            if not all(32 <= b < 127 for b in cid):
                return False
            pos += 8 + csize + (csize & 1)
        return pos == end


def repair_wav(path: str | os.PathLike[str]) -> bool:
    """Make the RIFF and data sizes agree with the bytes on disk. Returns True if it changed.

    The data size becomes the whole frames present (a torn last frame stays in the file but
    outside the chunk, so no byte of audio is altered or removed). Idempotent: a consistent
    file is left untouched, including files with well-formed chunks after ``data``.
    """
    p = Path(path)
    lay = read_layout(p)
    declared_end = lay.data_offset + lay.declared_data_size
    declared_end_padded = declared_end + (lay.declared_data_size & 1)
    if (
        lay.declared_data_size % lay.block_align == 0
        and declared_end_padded <= lay.file_size
        and _valid_trailing_chunks(p, declared_end_padded, lay.file_size)
        and lay.declared_riff_size == lay.file_size - 8
    ):
        return False
    data_size = lay.frames_on_disk * lay.block_align
    riff_size = lay.data_offset + data_size + (data_size & 1) - 8
    if data_size == lay.declared_data_size and riff_size == lay.declared_riff_size:
        return False
    with p.open("r+b") as f:
        f.seek(4)
        f.write(struct.pack("<I", riff_size))
        f.seek(lay.data_size_offset)
        f.write(struct.pack("<I", data_size))
        f.flush()
        os.fsync(f.fileno())
    return True
