"""Recorder child process (with a real-time fake stream), kill -9, and recovery."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from audio_helpers import PA_HOST_ERROR, SR, config, ramp, realtime_ramp_world, unopenable_world

from onrecord.audio.hashing import file_sha256
from onrecord.audio.process import RecorderClient
from onrecord.audio.recovery import find_interrupted, recover_recording
from onrecord.audio.types import RecorderError
from onrecord.messages import Message


def wait_for(pred, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not (value := pred()):
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.02)
    return value


def test_client_start_mark_status_stop(tmp_path: Path) -> None:
    with RecorderClient(factory_spec=realtime_ramp_world) as client:
        client.start(config(tmp_path))
        wait_for(lambda: client.status().frames >= SR // 2, 10, "audio")
        ack = client.mark("1", "collector gave name")
        st = client.status()
        assert st.state == "recording" and st.elapsed_s >= 0.5
        assert [lv.role for lv in st.levels] == ["left", "right"]
        # Ramp: channel 0 sweeps +-30000 (peak of the last second > -6 dBFS), channel 1 half.
        assert st.levels[0].peak_dbfs > -6 and -12 < st.levels[1].peak_dbfs < -5
        assert all(lv.rms_dbfs <= 0 for lv in st.levels)
        frame, wall = client.position()
        wait_for(lambda: client.status().frames >= SR * 1.5, 10, "more audio")
        late = client.mark("2", "typed after the fact", at_frame=frame, wall_time_utc=wall)
        with pytest.raises(RecorderError, match="not in the past"):
            client.mark("2", None, at_frame=SR * 3600)
        res = client.stop()
    assert res.status == "complete" and res.frames >= SR * 1.5
    assert late.frame == frame and late.wall_time_utc == wall
    assert [(m.frame, m.text) for m in res.marks] == [
        (ack.frame, "collector gave name"),
        (frame, "typed after the fact"),
    ]
    assert abs(ack.frame - st.frames) < SR * 0.2
    data = sf.read(res.segments[0].path, dtype="int16")[0]
    assert np.array_equal(data, ramp(len(data)))
    with pytest.raises(RecorderError):
        client.mark("2", None)


def test_kill_9_of_recorder_then_recovery_keeps_audio_and_every_acked_mark(tmp_path: Path) -> None:
    client = RecorderClient(factory_spec=realtime_ramp_world)
    client.start(config(tmp_path))
    acks = []
    for target in (0.5, 1.2, 2.0, 2.6):
        wait_for(lambda t=target: client.status().frames >= SR * t, 10, "audio")
        acks.append(client.mark("4", f"at {target}"))
    assert find_interrupted(tmp_path) == []  # live recorder: not interrupted
    with pytest.raises(RecorderError, match="still being recorded"):
        recover_recording(tmp_path)
    before_kill = client.status().frames
    assert client.pid is not None
    os.kill(client.pid, signal.SIGKILL)
    wait_for(lambda: not client.is_alive(), 5, "child death")
    with pytest.raises(RecorderError, match="recovered"):
        client.status()
    assert find_interrupted(tmp_path) == [tmp_path / "call.meta.json"]

    res = recover_recording(tmp_path)
    assert res.status == "recovered"
    assert res.frames >= before_kill - SR  # at most 1 s lost
    data = sf.read(res.segments[0].path, dtype="int16")[0]
    assert np.array_equal(data, ramp(len(data)))
    assert [(m.seq, m.frame, m.text) for m in res.marks] == [(a.seq, a.frame, a.text) for a in acks]
    assert "recovered_after_crash" in [w.code for w in res.warnings]
    assert find_interrupted(tmp_path) == []

    files = {p.name: file_sha256(p) for p in tmp_path.iterdir()}
    again = recover_recording(tmp_path / "call.wav")
    assert again == res
    assert {p.name: file_sha256(p) for p in tmp_path.iterdir()} == files  # idempotent


def test_parent_death_makes_child_finalise(tmp_path: Path) -> None:
    """A parent that dies without stop(): the child sees EOF on the pipe and finalises."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    p = ctx.Process(target=_parent_that_dies, args=(str(tmp_path),))
    p.start()
    p.join(30)
    meta = tmp_path / "call.meta.json"
    wait_for(
        lambda: meta.exists() and '"state": "complete"' in meta.read_text(),
        20,
        "child finalisation",
    )
    res = recover_recording(tmp_path)
    assert res.status == "complete" and res.frames > SR // 2


def test_sigterm_makes_the_recorder_finalise(tmp_path: Path) -> None:
    client = RecorderClient(factory_spec=realtime_ramp_world)
    client.start(config(tmp_path))
    wait_for(lambda: client.status().frames >= SR // 2, 10, "audio")
    assert client.pid is not None
    os.kill(client.pid, signal.SIGTERM)
    wait_for(lambda: not client.is_alive(), 15, "child exit")
    res = recover_recording(tmp_path)  # finalised by the child: returned as recorded
    assert res.status == "complete" and res.frames >= SR // 2
    assert sf.info(res.segments[0].path).frames == res.frames


def test_a_device_that_cannot_open_ends_the_recorder_process_at_once(tmp_path: Path) -> None:
    """The walk-through's hang: the child sat in stop() for ten minutes after a failed start,
    and the app could not quit until it ended."""
    client = RecorderClient(factory_spec=unopenable_world)
    with pytest.raises(RecorderError) as caught:
        client.start(config(tmp_path))
    assert not client.is_alive(), "the recorder process outlived its failed start"
    assert client._proc.exitcode == 0  # it ended by itself, not by terminate()
    message = caught.value.args[0]
    assert isinstance(message, Message) and message.template.startswith("The microphone")
    assert message.params["detail"] == PA_HOST_ERROR  # translatable after the pipe too
    assert list(tmp_path.iterdir()) == []
    client.close()


def _parent_that_dies(directory: str) -> None:
    client = RecorderClient(factory_spec=realtime_ramp_world)
    client.start(config(Path(directory)))
    deadline = time.monotonic() + 10
    while client.status().frames < SR and time.monotonic() < deadline:
        time.sleep(0.02)
    os._exit(0)  # no atexit, no stop(): like a crashed GUI


def test_segments_hashes_and_crash_recovery_across_segments(tmp_path: Path) -> None:
    import hashlib
    import json
    import struct

    from onrecord.audio.fakestream import FakeSource, FakeWorld
    from onrecord.audio.hashing import manifest_sha256
    from onrecord.audio.recorder import Recorder
    from onrecord.audio.wavfile import read_layout

    sig = ramp(SR * 7)
    world = FakeWorld([FakeSource(sig)])
    rec = Recorder(
        config(tmp_path, max_segment_bytes=4096 + 4 * SR * 2),
        stream_factory=world,
        clock=world.clock,
    )
    world.at(5.5, lambda: rec.mark("2", "in the third segment"))
    rec.start()
    assert world.done.wait(20)
    res = rec.stop()
    assert len(res.segments) == 4 and res.frames == len(sig)
    assert res.pcm_sha256 == hashlib.sha256(sig.astype("<i2").tobytes()).hexdigest()
    assert res.sha256 == manifest_sha256((s.sha256, Path(s.path).name) for s in res.segments)
    assert res.marks[0].frame == round(5.5 * SR)  # global frame, not per segment

    # Make the files look like a kill -9 during the last segment: stale header, torn frame,
    # meta still "recording", half a peaks record.
    last = Path(res.segments[-1].path)
    lay = read_layout(last)
    raw = bytearray(last.read_bytes()[:-2])
    struct.pack_into("<I", raw, lay.data_size_offset, 4 * 100)
    last.write_bytes(bytes(raw))
    meta_path = Path(res.meta_path)
    meta = json.loads(meta_path.read_text())
    meta["state"] = "recording"
    del meta["result"]
    meta_path.write_text(json.dumps(meta))
    with open(res.peaks_path, "ab") as f:
        f.write(b"\x00")
    rec2 = recover_recording(last)
    assert rec2.status == "recovered" and rec2.frames == len(sig) - 1
    data = np.concatenate([sf.read(s.path, dtype="int16")[0] for s in rec2.segments])
    assert np.array_equal(data, sig[:-1])
    assert [m.frame for m in rec2.marks] == [m.frame for m in res.marks]
    from onrecord.audio.peaks import read_peaks

    assert len(read_peaks(rec2.peaks_path).data) == -(-(len(sig) - 1) // 480)
