"""SHA-256 of files and of their PCM content.

The file hash proves a file is byte-identical; the PCM hash (SHA-256 of the interleaved
little-endian sample bytes, 2 bytes per sample for 16-bit and 3 for 24-bit) proves that a WAV
and its FLAC copy hold the same audio. For a PCM WAV it equals the SHA-256 of the data chunk.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable

import numpy as np
import soundfile as sf

from ..digests import manifest_sha256

__all__ = ["file_sha256", "manifest_sha256", "pcm_bytes", "pcm_sha256", "sample_width"]

_CHUNK = 1 << 20
_BLOCK_FRAMES = 1 << 16


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 hex digest of a file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def sample_width(subtype: str) -> int:
    """Bytes per sample for the integer PCM subtypes this engine writes."""
    if subtype == "PCM_16":
        return 2
    if subtype == "PCM_24":
        return 3
    raise ValueError(f"unsupported PCM subtype {subtype!r}")


def pcm_bytes(block: np.ndarray, subtype: str) -> bytes:
    """Little-endian interleaved bytes of a block as read with ``dtype`` int16/int32."""
    if subtype == "PCM_16":
        return np.ascontiguousarray(block, dtype="<i2").tobytes()
    wide = (np.ascontiguousarray(block, dtype=np.int32) >> 8).astype("<i4")
    return wide.reshape(-1, 1).view(np.uint8).reshape(-1, 4)[:, :3].tobytes()


def _iter_pcm(path: str | os.PathLike[str]) -> Iterable[bytes]:
    with sf.SoundFile(str(path)) as f:
        subtype = f.subtype
        dtype = "int16" if subtype == "PCM_16" else "int32"
        sample_width(subtype)
        while True:
            block = f.read(_BLOCK_FRAMES, dtype=dtype, always_2d=True)
            if not len(block):
                break
            yield pcm_bytes(block, subtype)


def pcm_sha256(*paths: str | os.PathLike[str]) -> str:
    """SHA-256 over the decoded PCM of one file, or of several segments in order."""
    h = hashlib.sha256()
    for path in paths:
        for chunk in _iter_pcm(path):
            h.update(chunk)
    return h.hexdigest()
