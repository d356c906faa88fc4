"""Where a recording's waveform peaks live, and peaks made on the spot when there are none."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import soundfile as sf

from ...audio.peaks import Peaks

#: Imported recordings may have no peaks file; make them from the audio up to this length.
MAX_ON_THE_FLY_S = 30 * 60
PEAKS_PER_SECOND = 100


def peaks_path(first_segment: Path) -> Path:
    """``call.wav`` → ``call.peaks`` (the recorder writes ``<base>.peaks`` beside the WAV)."""
    return first_segment.with_suffix(".peaks")


def peaks_from_audio(paths: Sequence[Path]) -> Peaks | None:
    """Min/max peaks read from the audio (for calls recorded elsewhere); None if too long."""
    chunks: list[np.ndarray] = []
    rate = channels = fpp = 0
    for path in paths:
        with sf.SoundFile(str(path)) as f:
            if not rate:
                rate, channels = f.samplerate, f.channels
                fpp = max(1, rate // PEAKS_PER_SECOND)
                if f.frames > MAX_ON_THE_FLY_S * rate:
                    return None
            for block in f.blocks(blocksize=fpp * 1000, dtype="int16", always_2d=True):
                whole = len(block) // fpp * fpp
                parts = [block[:whole].reshape(-1, fpp, channels)] if whole else []
                if whole < len(block):
                    parts.append(block[whole:][None])
                for part in parts:
                    chunks.append(np.stack([part.min(axis=1), part.max(axis=1)], axis=-1))
    if not chunks:
        return None
    return Peaks(rate, fpp, channels, np.concatenate(chunks).astype(np.int16))
