"""Lossless FLAC copy of a finished recording, verified sample for sample.

The WAV original stays the evidence; the FLAC copy is for smaller exports. It is accepted
only if its decoded PCM hash equals the original's, otherwise it is deleted and an error
raised, so a bad copy can never sit beside the original unnoticed.
"""

from __future__ import annotations

import os
from pathlib import Path

import soundfile as sf

from .hashing import pcm_sha256
from .types import AudioError

_BLOCK = 1 << 16


class FlacVerificationError(AudioError):
    """The FLAC copy does not decode to the original's PCM."""


def flac_copy(
    src: str | os.PathLike[str], dst: str | os.PathLike[str], expected_pcm_sha256: str | None = None
) -> str:
    """Encode ``src`` (a PCM WAV) to FLAC at ``dst``; return the verified PCM SHA-256."""
    src_p, dst_p = Path(src), Path(dst)
    expected = expected_pcm_sha256 or pcm_sha256(src_p)
    tmp = dst_p.with_name(dst_p.name + ".part")
    with sf.SoundFile(str(src_p)) as fin:
        dtype = "int16" if fin.subtype == "PCM_16" else "int32"
        with sf.SoundFile(
            str(tmp), "w", fin.samplerate, fin.channels, subtype=fin.subtype, format="FLAC"
        ) as fout:
            while True:
                block = fin.read(_BLOCK, dtype=dtype, always_2d=True)
                if not len(block):
                    break
                fout.write(block)
    got = pcm_sha256(tmp)
    if got != expected:
        tmp.unlink(missing_ok=True)
        raise FlacVerificationError(
            f"FLAC copy of {src_p.name} does not match the original (PCM hash {got} != {expected})"
        )
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, dst_p)
    return got
