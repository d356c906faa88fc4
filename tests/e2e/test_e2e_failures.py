"""Failures with real devices and a real file system: dead sound server, bad source, full disk."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pulselab import PulseLab, kill_daemon, pulse_lab, tools_missing, wait_until

from onrecord.audio import RecorderClient, RecorderConfig, RecorderError, SourceSpec
from onrecord.audio.fakestream import FakeSource, FakeWorld
from onrecord.audio.recorder import Recorder

pytestmark = pytest.mark.e2e
SR = 48000


def test_sound_server_dying_mid_call_stops_cleanly(lab: PulseLab, tmp_path: Path) -> None:
    """A private second daemon is killed under the recorder (session lab stays up)."""
    if tools_missing():
        pytest.skip("no pulseaudio")
    with pulse_lab() as doomed, RecorderClient() as client:
        client.start(
            RecorderConfig(
                str(tmp_path),
                "call",
                (
                    SourceSpec(pulse_source="lab_mic", role="me"),
                    SourceSpec(pulse_source="lab_sink.monitor", role="them"),
                ),
                stall_timeout_s=2.0,
            )
        )
        wait_until(lambda: client.status().frames > SR, 10, what="audio flowing")
        kill_daemon(doomed)
        st = wait_until(
            lambda: (s := client.status()).state == "failed" and s, 20, what="failure noticed"
        )
        res = client.stop(timeout=30)
    assert {"source_finished", "source_stalled"} & {w.code for w in st.warnings}
    assert res.status == "failed" and res.error
    assert sf.info(res.segments[0].path).frames == res.frames >= SR


def test_missing_source_is_a_clear_start_error(lab: PulseLab, tmp_path: Path) -> None:
    client = RecorderClient()
    with pytest.raises(RecorderError, match="does not exist"):
        client.start(
            RecorderConfig(str(tmp_path), "call", (SourceSpec(pulse_source="no_such_headset"),))
        )
    client.close()
    assert not client.is_alive()


@contextlib.contextmanager
def tiny_tmpfs(size: str) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    d = Path(tempfile.mkdtemp(prefix="onrecord-full-"))
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(d)],
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        d.rmdir()
        pytest.skip(f"cannot mount tmpfs: {res.stderr.strip()}")
    try:
        yield d
    finally:
        subprocess.run(["umount", str(d)], check=False)
        d.rmdir()


def test_real_disk_full_stops_cleanly_with_valid_file() -> None:
    """A 1 MiB tmpfs fills after ~5 s of stereo 48 kHz: real ENOSPC from the kernel."""
    sig = ((np.arange(SR * 30 * 2) % 60000) - 30000).astype(np.int16).reshape(-1, 2)
    with tiny_tmpfs("1m") as d:
        world = FakeWorld([FakeSource(sig)])
        cfg = RecorderConfig(str(d), "call", (SourceSpec(device=0),), fsync_interval_s=0.5)
        rec = Recorder(cfg, stream_factory=world, clock=world.clock)
        rec.start()
        assert rec.wait(30)
        res = rec.stop()
        assert res.status == "failed"
        fail = [w for w in res.warnings if w.code == "write_failed"]
        assert fail and fail[0].params["errno"] == errno.ENOSPC, res.warnings
        assert "No space left" in (res.error or "")
        data = sf.read(res.segments[0].path, dtype="int16")[0]
        assert len(data) == res.frames > SR
        assert np.array_equal(data, sig[: len(data)])


def test_the_other_sides_sink_suspended_mid_call_keeps_the_microphone_recording(
    lab: PulseLab,
    speech,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """A walk-through ran ``pactl suspend-sink lab_sink 1`` 13 s into a call: the monitor
    stopped delivering and the recording stopped 3 s later, his own microphone with it."""
    if tools_missing():
        pytest.skip("no pulseaudio")
    me_wav, _me_ref = speech["me"]
    try:
        with RecorderClient() as client:
            client.start(
                RecorderConfig(
                    str(tmp_path),
                    "call",
                    (
                        SourceSpec(pulse_source="lab_mic", role="me"),
                        SourceSpec(pulse_source="lab_sink.monitor", role="them"),
                    ),
                    stall_timeout_s=2.0,
                )
            )
            wait_until(lambda: client.status().frames > SR * 2, 10, what="audio flowing")
            lab.run("pactl", "suspend-sink", "lab_sink", "1")
            st = wait_until(
                lambda: (
                    (
                        (s := client.status()).state != "recording"
                        or any(w.code == "source_stalled" for w in s.warnings)
                    )
                    and s
                ),
                20,
                what="the stall noticed",
            )
            assert st.state == "recording", (st.error, st.warnings)
            [stalled] = [w for w in st.warnings if w.code == "source_stalled"]
            assert stalled.params["role"] == "them" and not stalled.fatal
            spoken_from = client.status().frames
            player = lab.play_into_mic(me_wav)  # he goes on talking
            assert player.wait(timeout=30) == 0
            wait_until(lambda: client.status().frames > spoken_from + SR * 6, 15, what="more audio")
            st = client.status()
            assert st.state == "recording", (st.error, st.warnings)
            res = client.stop(timeout=30)
    finally:
        lab.run("pactl", "suspend-sink", "lab_sink", "0")
    assert res.status == "complete", (res.error, res.warnings)
    assert sf.info(res.segments[0].path).frames == res.frames >= spoken_from + SR * 6
    data = sf.read(res.segments[0].path, dtype="int16")[0]
    # his words after the stall are in the file; the other side's channel is silence there
    assert np.abs(data[spoken_from:, 0].astype(np.int32)).max() > 3000
    assert not data[stalled.frame :, 1].any()
    codes = [w.code for w in res.warnings]
    assert codes.count("source_stalled") == 1 and "drift_corrected" not in codes, res.warnings


def test_a_call_started_with_the_other_sides_sink_suspended_records_the_microphone(
    lab: PulseLab, tmp_path: Path
) -> None:
    """Started with the sink already suspended, the walk-through's recording stopped at 10 s."""
    if tools_missing():
        pytest.skip("no pulseaudio")
    lab.run("pactl", "suspend-sink", "lab_sink", "1")
    try:
        with RecorderClient() as client:
            client.start(
                RecorderConfig(
                    str(tmp_path),
                    "call",
                    (
                        SourceSpec(pulse_source="lab_mic", role="me"),
                        SourceSpec(pulse_source="lab_sink.monitor", role="them"),
                    ),
                    startup_timeout_s=3.0,
                )
            )
            wait_until(lambda: client.status().frames > SR * 7, 20, what="the call going on")
            st = client.status()
            res = client.stop(timeout=30)
    finally:
        lab.run("pactl", "suspend-sink", "lab_sink", "0")
    assert st.state == "recording", (st.error, st.warnings)
    [silent] = [w for w in st.warnings if w.code == "source_no_audio"]
    assert silent.params["role"] == "them" and not silent.fatal
    assert res.status == "complete", (res.error, res.warnings)
    data = sf.read(res.segments[0].path, dtype="int16")[0]
    assert len(data) == res.frames >= SR * 7 and not data[:, 1].any()
