"""Session fixtures for real-audio tests through a private PulseAudio daemon."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pulselab import PulseLab, make_speech, pulse_lab, tools_missing

SR = 48000


@pytest.fixture(scope="session")
def lab() -> Iterator[PulseLab]:
    missing = tools_missing()
    if missing:
        pytest.skip(f"virtual audio needs {', '.join(missing)}")
    with pulse_lab() as lab:
        yield lab


def _to_48k_stereo(src: Path, dst: Path) -> np.ndarray:
    """Resample once with sox (no dither) so PulseAudio plays it bit-exact ('copy')."""
    subprocess.run(
        ["sox", "-D", str(src), "-r", str(SR), "-c", "2", "-b", "16", str(dst)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    data, rate = sf.read(dst, dtype="int16")
    assert rate == SR
    return np.asarray(data[:, 0])


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, np.ndarray]]:
    """Two different synthetic utterances (espeak-ng), as 48 kHz stereo WAVs + reference."""
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed to make test speech")
    d = tmp_path_factory.mktemp("speech")
    texts = {
        "me": "Hello, I am calling back about the account ending four two seven one. "
        "Please send me the agreement in writing.",
        "them": "This is the recovery department. If you do not pay today we will "
        "contact your employer and your family.",
    }
    out = {}
    for key, text in texts.items():
        raw = make_speech(d / f"{key}_raw.wav", text, voice="en" if key == "me" else "en-us")
        wav = d / f"{key}.wav"
        out[key] = (wav, _to_48k_stereo(raw, wav))
    return out


@pytest.fixture(scope="session")
def counter_wav(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """35 s frame counter (+1 per frame, wrapping), both channels: any lost frame shows."""
    n = SR * 35
    d = tmp_path_factory.mktemp("counter")
    counter = ((np.arange(1, n + 1) % 65536) - 32768).astype(np.int16)
    counter[counter == 0] = 0  # values pass through 0 only inside the sequence
    path = d / "counter.wav"
    sf.write(path, np.stack([counter, counter], axis=1), SR, subtype="PCM_16")
    return path, n
