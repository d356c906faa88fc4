"""Peaks sidecar, marks journal, device resolution and the no-Qt rule."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from audio_helpers import SR, ramp

from onrecord.audio.devices import InputSource, resolve_device
from onrecord.audio.journal import Journal, read_journal
from onrecord.audio.peaks import PeaksWriter, build_peaks, read_peaks
from onrecord.audio.segwriter import SegmentedWavWriter
from onrecord.audio.types import DeviceNotFoundError


def _expected_peaks(sig: np.ndarray, fpp: int) -> np.ndarray:
    n = -(-len(sig) // fpp)
    out = np.zeros((n, sig.shape[1], 2), dtype=np.int16)
    for i in range(n):
        part = sig[i * fpp : (i + 1) * fpp]
        out[i, :, 0] = part.min(axis=0)
        out[i, :, 1] = part.max(axis=0)
    return out


@pytest.mark.parametrize("size", [0, 7])
def test_a_peaks_file_without_its_header_yet_is_refused_as_not_ready(
    tmp_path: Path, size: int
) -> None:
    """A walk-through: the window, refreshing while the onrecord command recorded a case's
    first call, read the new, still empty peaks file and raised struct.error, which no caller
    expects; it is the ValueError callers handle (they fall back to the audio)."""
    p = tmp_path / "x.peaks"
    p.write_bytes(b"\0" * size)
    with pytest.raises(ValueError, match="no peaks yet"):
        read_peaks(p)


def test_peaks_are_min_max_per_channel_and_torn_record_is_ignored(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    sig = rng.integers(-30000, 30000, size=(SR * 3 + 123, 2)).astype(np.int16)
    p = tmp_path / "x.peaks"
    w = PeaksWriter(p, SR, 2, 480)
    for i in range(0, len(sig), 777):  # blocks not aligned to the peak size
        w.feed(sig[i : i + 777])
    w.close()
    pk = read_peaks(p)
    assert (pk.samplerate, pk.frames_per_peak, pk.channels) == (SR, 480, 2)
    assert np.array_equal(pk.data, _expected_peaks(sig, 480))
    with open(p, "ab") as f:
        f.write(b"\x01\x02\x03")  # crash mid-record
    assert len(read_peaks(p).data) == len(pk.data)


def test_build_peaks_from_wav_matches_signal(tmp_path: Path) -> None:
    sig = ramp(SR * 2 + 17)
    w = SegmentedWavWriter(tmp_path / "call", SR, 2, max_segment_bytes=4096 + 4 * SR)
    w.write(sig)
    w.close()
    assert len(w.segments) == 3
    pk = build_peaks(w.segments, tmp_path / "call.peaks", 480)
    assert np.array_equal(pk.data, _expected_peaks(sig, 480))


def test_journal_survives_a_torn_last_line(tmp_path: Path) -> None:
    j = Journal(tmp_path / "j.jsonl")
    j.append({"type": "mark", "seq": 1, "text": "承诺免除费用"})
    j.append({"type": "mark", "seq": 2})
    j.close()
    with open(tmp_path / "j.jsonl", "ab") as f:
        f.write(b'{"type": "mark", "se')
    recs = read_journal(tmp_path / "j.jsonl")
    assert [r["seq"] for r in recs] == [1, 2]
    assert recs[0]["text"] == "承诺免除费用"


DEVS = [
    InputSource(
        "pulse:lab_mic",
        "Remapped Monitor of Null Output (lab_mic)",
        "PulseAudio",
        2,
        48000.0,
        False,
        pulse_source="lab_mic",
    ),
    InputSource(
        "pulse:lab_sink.monitor",
        "Monitor of Null Output (lab_sink.monitor)",
        "PulseAudio",
        2,
        48000.0,
        True,
        pulse_source="lab_sink.monitor",
    ),
    InputSource("pa:3", "pulse", "ALSA", 32, 44100.0, False, index=3),
    InputSource("pa:4", "default", "ALSA", 32, 44100.0, False, index=4),
]


def test_resolve_device_by_index_exact_and_unique_part() -> None:
    assert resolve_device(3, DEVS).id == "pa:3"
    assert resolve_device("4", DEVS).name == "default"
    assert resolve_device("LAB_SINK", DEVS).pulse_source == "lab_sink.monitor"
    assert resolve_device("pulse", DEVS).id == "pa:3"  # exact name wins over partial matches
    spec = resolve_device("lab_sink.monitor", DEVS).spec("them")
    assert spec.pulse_source == "lab_sink.monitor" and spec.role == "them"


@pytest.mark.parametrize(
    "arg,needle",
    [
        ("99", "no input device with index"),
        ("usb headset", "no input device matches"),
        ("null output", "matches several devices"),
    ],
)
def test_resolve_device_errors_are_clear(arg: str, needle: str) -> None:
    with pytest.raises(DeviceNotFoundError, match=needle):
        resolve_device(arg, DEVS)


def test_audio_package_never_imports_qt_or_sqlalchemy() -> None:
    code = (
        "import sys, onrecord.audio, onrecord.audio.process, onrecord.audio.recorder;"
        "import json; print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
