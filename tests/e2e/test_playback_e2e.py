"""Review playback through the virtual speakers: the segment heard is the one at the mark.

The review panel plays a generated recording from a mark; ``pacat`` records what reaches the
lab speakers (``lab_sink.monitor``); cross-correlating that capture with the file shows it is
the audio at the mark's offset, not any other stretch.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pulselab import PulseLab, wait_until

from onrecord.audio.playback import Player
from onrecord.store import open_workspace

pytestmark = [pytest.mark.e2e, pytest.mark.gui]
SR = 48000
MARK_S = 6.0
PLAY_S = 2.0


def ncc(x: np.ndarray, ref: np.ndarray) -> tuple[float, int]:
    """Best normalised cross-correlation of ``ref`` inside ``x``: (value, lag in frames)."""
    x = x.astype(np.float64)
    r = ref.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(x) + len(r))))
    corr = np.fft.irfft(np.fft.rfft(x, n) * np.conj(np.fft.rfft(r, n)), n)[: len(x) - len(r) + 1]
    lag = int(np.argmax(corr))
    seg = x[lag : lag + len(r)]
    denom = np.linalg.norm(seg) * np.linalg.norm(r)
    return (float(corr[lag] / denom) if denom else 0.0), lag


def test_playing_from_a_mark_plays_that_segment(qtbot, lab: PulseLab, tmp_path: Path) -> None:
    from onrecord.ui.review import ReviewPanel

    # 12 s of noise on two channels: every 0.5 s of it is unlike any other.
    rng = np.random.default_rng(42)
    audio = (rng.normal(0, 0.08, (SR * 12, 2)) * 32767).astype(np.int16)
    ws = open_workspace(tmp_path / "data")
    case = ws.cases.create_case("Playback", jurisdiction="us")
    folder = ws.data_dir / "recordings"
    folder.mkdir(exist_ok=True)
    wav = folder / "call.wav"
    sf.write(wav, audio, SR, subtype="PCM_16")
    rec = ws.recordings.begin(case.id, "recordings/call.wav", sample_rate=SR, channels=2)
    digest = hashlib.sha256(wav.read_bytes()).hexdigest()
    ws.recordings.finalise(rec.id, frames=len(audio), sha256=digest, pcm_sha256=None)
    mark_frame = int(MARK_S * SR)
    ws.recordings.add_mark(rec.id, mark_frame, tag="third_party", text="will call my boss")

    panel = ReviewPanel(ws, player_factory=lambda paths: Player(paths, device="lab_spk"))
    qtbot.addWidget(panel)
    panel.show_recording(rec.id)
    panel.next_mark()
    assert panel.cursor == mark_frame

    capture = tmp_path / "monitor.raw"
    env = {**os.environ, **lab.env}
    with capture.open("wb") as out:
        recorder = subprocess.Popen(
            ["pacat", "--record", "--device=lab_sink.monitor", "--raw", "--format=s16le",
             f"--rate={SR}", "--channels=2", "--latency-msec=20"],
            env=env, stdout=out, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_until(lambda: capture.stat().st_size > SR * 4 // 5, 10, what="monitor capture")
            panel.play()
            assert panel.is_playing
            qtbot.waitUntil(lambda: panel.cursor >= mark_frame + int(PLAY_S * SR), timeout=15000)
            panel.pause()
            size = capture.stat().st_size
            wait_until(lambda: capture.stat().st_size > size + SR * 2, 10, what="tail of capture")
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)
        ws.close()

    heard = np.frombuffer(capture.read_bytes()[: capture.stat().st_size // 4 * 4], "<i2")
    heard = heard.reshape(-1, 2)[:, 0].astype(np.float64) / 32768.0
    mixed = np.clip(audio.astype(np.float64).sum(axis=1) / 32768.0, -1, 1)
    at_mark = mixed[mark_frame : mark_frame + SR]  # the first second after the mark
    value, _lag = ncc(heard, at_mark)
    assert value > 0.95, f"the audio at the mark was not heard (ncc {value:.3f})"
    # ...and not some other stretch of the call: the start of the file is not in the capture.
    elsewhere, _ = ncc(heard, mixed[SR : 2 * SR])
    assert elsewhere < 0.3, f"audio from 0:01 was heard too (ncc {elsewhere:.3f})"
