"""Generated speech recordings for the demo cases, so review, marks and export can be tried.

Speech comes from espeak-ng when it is installed (each side a different voice, on its own
channel, "them" = the collector); otherwise a speech-like tone pattern stands in. Everything
is invented; nothing here is a real person's voice.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

from .audio.hashing import pcm_sha256
from .audio.peaks import build_peaks
from .digests import file_digests
from .store.enums import EventSource, RecordingStatus
from .store.workspace import Workspace

RATE = 16000
FRAMES_PER_PEAK = 160  # 100 peaks per second


def _speak(text: str, voice: str) -> np.ndarray:
    """Mono int16 speech at RATE, from espeak-ng, or a speech-like stand-in."""
    if shutil.which("espeak-ng"):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "speech.wav"
            done = subprocess.run(
                ["espeak-ng", "-v", voice, "-s", "150", "-w", str(out), text],
                capture_output=True,
                timeout=60,
            )
            if done.returncode == 0 and out.exists():
                data, rate = sf.read(str(out), dtype="float32")
                if data.ndim > 1:
                    data = data.mean(axis=1)
                positions = np.arange(0, len(data), rate / RATE)
                resampled = np.interp(positions, np.arange(len(data)), data)
                return (resampled * 0.8 * 32767).astype(np.int16)
    words = max(1, len(text.split()))
    t = np.arange(int(RATE * 0.32 * words)) / RATE
    envelope = (np.sin(2 * np.pi * 3.1 * t) > 0).astype(np.float32) * 0.5
    tone = np.sin(2 * np.pi * 180 * t) + 0.4 * np.sin(2 * np.pi * 720 * t)
    return (envelope * tone * 0.4 * 32767).astype(np.int16)


def _conversation(turns: list[tuple[str, str, str]]) -> tuple[np.ndarray, list[int]]:
    """Stereo (me, them) audio of alternating turns; the frame where each turn starts."""
    me: list[np.ndarray] = []
    them: list[np.ndarray] = []
    starts: list[int] = []
    position = int(RATE * 0.5)
    pad = np.zeros(position, np.int16)
    me.append(pad)
    them.append(pad)
    for side, voice, text in turns:
        speech = _speak(text, voice)
        gap = np.zeros(int(RATE * 0.4), np.int16)
        silence = np.zeros(len(speech), np.int16)
        starts.append(position)
        me.append(speech if side == "me" else silence)
        them.append(speech if side == "them" else silence)
        me.append(gap)
        them.append(gap)
        position += len(speech) + len(gap)
    return np.stack([np.concatenate(me), np.concatenate(them)], axis=1), starts


def add_demo_call(
    ws: Workspace,
    case_id: int,
    started_at: dt.datetime,
    turns: list[tuple[str, str, str]],
    marks: dict[int, tuple[str, str]],
    event_id: int | None = None,
) -> int:
    """Write a generated two-sided call, register and finalise it, and mark turns.

    ``turns``: (side "me"/"them", espeak voice, text); ``marks``: turn index → (tag, note).
    """
    audio, starts = _conversation(turns)
    folder = ws.data_dir / "recordings" / f"case-{case_id}" / f"demo-{started_at:%Y%m%dT%H%M%SZ}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    wav = folder / "call.wav"
    sf.write(str(wav), audio, RATE, subtype="PCM_16", format="WAV")
    build_peaks([wav], folder / "call.peaks", FRAMES_PER_PEAK)
    relative = wav.relative_to(ws.data_dir).as_posix()
    recording = ws.recordings.begin(
        case_id,
        relative,
        sample_rate=RATE,
        channels=2,
        channel_roles="me,them",
        devices={"sources": ["generated demo speech"]},
        started_at=started_at,
        event_id=event_id,
        status=RecordingStatus.RECORDING,
        source=EventSource.DEMO,
    )
    for index, (tag, note) in marks.items():
        frame = starts[index] + int(RATE * 0.3)
        ws.recordings.add_mark(
            recording.id,
            frame,
            tag=tag,
            text=note,
            wall_time=started_at + dt.timedelta(seconds=frame / RATE),
        )
    digests, pcm = file_digests(wav), pcm_sha256(wav)
    ws.recordings.finalise(
        recording.id,
        frames=len(audio),
        sha256=digests.sha256,
        sha512=digests.sha512,
        blake3=digests.blake3,
        pcm_sha256=pcm,
        status=RecordingStatus.COMPLETE,
        warnings=[{"code": "demo", "message": "generated for the demo; not a real call"}],
        segments=[
            {
                "path": relative,
                "frames": len(audio),
                "sha256": digests.sha256,
                "sha512": digests.sha512,
                "blake3": digests.blake3,
                "pcm_sha256": pcm,
                "size_bytes": digests.size,
            }
        ],
    )
    return recording.id
