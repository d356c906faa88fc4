"""Playback without a sound card: a fake output stream pulls blocks like PortAudio would."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from onrecord.audio.playback import PlaybackError, Player, Segments

SR = 48000


class PullStream:
    """Stands in for sounddevice.OutputStream; ``pull`` runs the callback once."""

    latency = 0.0

    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        self.kwargs = kwargs
        self.stopped = False

    def start(self) -> None:
        pass

    def stop(self) -> None:
        self.stopped = True
        self.kwargs["finished_callback"]()

    def close(self) -> None:
        pass

    def pull(self, frames: int) -> tuple[np.ndarray, bool]:
        out = np.zeros((frames, 2), dtype=np.float32)
        try:
            self.kwargs["callback"](out, frames, None, None)
        except Exception as exc:  # sounddevice.CallbackStop
            if type(exc).__name__ != "CallbackStop":
                raise
            return out, True
        return out, False


def _wav(path: Path, frames: int, channels: int = 2, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    data = (rng.normal(0, 0.1, (frames, channels)) * 32767).astype(np.int16)
    sf.write(path, data, SR, subtype="PCM_16")
    return data


def _player(paths: list[Path]) -> tuple[Player, list[PullStream]]:
    streams: list[PullStream] = []

    def factory(**kwargs):  # type: ignore[no-untyped-def]
        streams.append(PullStream(**kwargs))
        return streams[-1]

    return Player(paths, stream_factory=factory), streams


def _mixed(data: np.ndarray) -> np.ndarray:
    return np.clip(data.astype(np.float32).sum(axis=1) / 32768.0, -1, 1)


def test_plays_from_the_start_frame_exactly(tmp_path: Path) -> None:
    data = _wav(tmp_path / "a.wav", SR)
    player, streams = _player([tmp_path / "a.wav"])
    player.play(12345)
    out, done = streams[0].pull(1000)
    assert not done
    np.testing.assert_allclose(out[:, 0], _mixed(data[12345:13345]), atol=1e-6)
    np.testing.assert_array_equal(out[:, 0], out[:, 1])
    assert player.position == 13345


def test_stops_at_the_end_frame_and_reports_it(tmp_path: Path) -> None:
    _wav(tmp_path / "a.wav", SR)
    player, streams = _player([tmp_path / "a.wav"])
    finished: list[bool] = []
    player.play(1000, 1500, on_finished=lambda: finished.append(True))
    out, done = streams[0].pull(1024)
    assert done
    assert not out[500:].any()
    streams[0].stop()
    assert finished == [True]
    assert player.position == 1500


def test_pause_does_not_count_as_finished(tmp_path: Path) -> None:
    _wav(tmp_path / "a.wav", SR)
    player, streams = _player([tmp_path / "a.wav"])
    finished: list[bool] = []
    player.play(0, on_finished=lambda: finished.append(True))
    streams[0].pull(480)
    assert player.pause() == 480
    assert finished == []
    assert not player.playing


def test_speed_two_plays_twice_the_frames(tmp_path: Path) -> None:
    data = _wav(tmp_path / "a.wav", SR)
    player, streams = _player([tmp_path / "a.wav"])
    player.play(0, speed=2.0)
    out, _ = streams[0].pull(1000)
    assert player.position == 2000
    np.testing.assert_allclose(out[:, 0], _mixed(data[0:2000:2]), atol=1e-6)
    player.set_speed(0.5)
    streams[0].pull(1000)
    assert player.position == 2500


def test_speed_is_kept_between_half_and_double(tmp_path: Path) -> None:
    _wav(tmp_path / "a.wav", 1000)
    player, _ = _player([tmp_path / "a.wav"])
    player.set_speed(5)
    assert player.speed == 2.0
    player.set_speed(0.1)
    assert player.speed == 0.5


def test_segments_read_as_one_recording(tmp_path: Path) -> None:
    a = _wav(tmp_path / "call.wav", 1000, seed=1)
    b = _wav(tmp_path / "call.002.wav", 1000, seed=2)
    seg = Segments([tmp_path / "call.wav", tmp_path / "call.002.wav"])
    assert seg.frames == 2000
    got = seg.read(900, 200)
    expected = np.concatenate([a[900:], b[:100]]).astype(np.float32) / 32768.0
    np.testing.assert_allclose(got, expected, atol=1e-6)
    seg.close()


def test_mono_goes_to_both_speakers(tmp_path: Path) -> None:
    data = _wav(tmp_path / "m.wav", 2000, channels=1)
    player, streams = _player([tmp_path / "m.wav"])
    player.play(0)
    out, _ = streams[0].pull(100)
    np.testing.assert_allclose(out[:, 1], data[:100, 0] / 32768.0, atol=1e-6)


def test_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(PlaybackError, match="missing"):
        Player([tmp_path / "nope.wav"])


def test_playback_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = "import sys, onrecord.audio.playback; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
