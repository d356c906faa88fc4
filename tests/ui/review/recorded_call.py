"""A generated recorded call (numpy + soundfile), registered like the recorder does it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from onrecord.audio.peaks import build_peaks
from onrecord.store import Workspace

SR = 48000


@dataclass
class RecordedCall:
    case_id: int
    recording_id: int
    event_id: int
    wav: Path
    audio: np.ndarray  # int16, (frames, 2)
    marks: list[int]  # mark ids, in frame order
    frames: list[int]


def make_call_audio(seconds: float = 12.0, seed: int = 1) -> np.ndarray:
    """Two channels of distinct noise bursts: every stretch of it is unlike any other."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SR)
    t = np.arange(n) / SR
    env = 0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t) ** 2
    me = rng.normal(0, 0.12, n) * env
    them = rng.normal(0, 0.12, n) * (1 - env * 0.8)
    them[: n // 3] *= 0.2
    both = np.stack([me, them], axis=1)
    return (np.clip(both, -0.9, 0.9) * 32767).astype(np.int16)


def register_call(
    ws: Workspace,
    case_id: int,
    name: str = "call",
    seconds: float = 12.0,
    channel_roles: str = "me,them",
) -> RecordedCall:
    folder = ws.data_dir / "recordings" / "test"
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / name
    wav = base.with_name(base.name + ".wav")
    audio = make_call_audio(seconds)
    sf.write(wav, audio, SR, subtype="PCM_16")
    build_peaks([wav], base.with_name(base.name + ".peaks"), SR // 100)
    rel = wav.relative_to(ws.data_dir).as_posix()
    rec = ws.recordings.begin(case_id, rel, sample_rate=SR, channels=2, channel_roles=channel_roles)
    digest = hashlib.sha256(wav.read_bytes()).hexdigest()
    ws.recordings.finalise(
        rec.id,
        frames=len(audio),
        sha256=digest,
        pcm_sha256=None,
        segments=[{"path": rel, "frames": len(audio), "sha256": digest}],
    )
    frames = [SR * 2, SR * 5, SR * 9]
    marks = [
        ws.recordings.add_mark(
            rec.id, frames[0], tag="name_given", text="said his name is Mike"
        ).id,
        ws.recordings.add_mark(rec.id, frames[1], tag="third_party", text="will call my boss").id,
        ws.recordings.add_mark(rec.id, frames[2], tag="their_promise", text="waive fees").id,
    ]
    return RecordedCall(case_id, rec.id, rec.event_id, wav, audio, marks, frames)


class FakeStream:
    """Stands in for sounddevice.OutputStream: nothing plays; tests pull blocks by hand."""

    latency = 0.0

    def __init__(self, **kwargs: object) -> None:
        self.kwargs = kwargs
        self.started = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.started = False

    def close(self) -> None:
        pass
