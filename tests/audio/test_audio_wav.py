"""WAV writer, header repair, hashes and FLAC copy."""

from __future__ import annotations

import hashlib
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from audio_helpers import SR, ramp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.audio.flac import FlacVerificationError, flac_copy
from onrecord.audio.hashing import file_sha256, pcm_sha256
from onrecord.audio.segwriter import SegmentedWavWriter
from onrecord.audio.wavfile import read_layout, repair_wav


def _write(tmp: Path, sig: np.ndarray, **kw: object) -> SegmentedWavWriter:
    w = SegmentedWavWriter(tmp / "call", SR, sig.shape[1], **kw)  # type: ignore[arg-type]
    for i in range(0, len(sig), 960):
        w.write(sig[i : i + 960])
    return w


def test_written_file_is_bit_exact_and_readable_before_close(tmp_path: Path) -> None:
    sig = ramp(SR * 3)
    w = _write(tmp_path, sig)
    # Header auto-update: while still open (as after kill -9), sizes already cover every frame.
    lay = read_layout(w.segments[0])
    assert lay.declared_data_size == len(sig) * 4
    data, rate = sf.read(w.segments[0], dtype="int16")
    assert rate == SR and np.array_equal(data, sig)
    w.close()
    assert np.array_equal(sf.read(w.segments[0], dtype="int16")[0], sig)


def test_segments_roll_before_limit_and_concatenate_to_the_signal(tmp_path: Path) -> None:
    sig = ramp(SR * 5)
    w = _write(tmp_path, sig, max_segment_bytes=4096 + 4 * SR)  # ~1 s per segment
    w.close()
    assert [p.name for p in w.segments[:3]] == ["call.wav", "call.002.wav", "call.003.wav"]
    parts = [sf.read(p, dtype="int16")[0] for p in w.segments]
    assert all(p.stat().st_size <= 4096 + 4 * SR for p in w.segments)
    assert np.array_equal(np.concatenate(parts), sig)
    assert pcm_sha256(*w.segments) == hashlib.sha256(sig.astype("<i2").tobytes()).hexdigest()


def test_pcm_hash_is_data_chunk_hash_and_survives_flac(tmp_path: Path) -> None:
    sig = ramp(SR * 2)
    w = _write(tmp_path, sig)
    w.close()
    wav = w.segments[0]
    lay = read_layout(wav)
    data_bytes = wav.read_bytes()[lay.data_offset : lay.data_offset + lay.declared_data_size]
    assert pcm_sha256(wav) == hashlib.sha256(data_bytes).hexdigest()
    got = flac_copy(wav, tmp_path / "call.flac")
    assert got == pcm_sha256(wav) == pcm_sha256(tmp_path / "call.flac")
    assert file_sha256(wav) != file_sha256(tmp_path / "call.flac")


def test_pcm24_hash_matches_data_chunk_and_flac(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    sig = (rng.integers(-(2**23), 2**23, size=(SR, 2)) << 8).astype(np.int32)
    w = _write(tmp_path, sig, subtype="PCM_24")
    w.close()
    wav = w.segments[0]
    lay = read_layout(wav)
    assert lay.bits_per_sample == 24
    data = wav.read_bytes()[lay.data_offset : lay.data_offset + lay.declared_data_size]
    assert pcm_sha256(wav) == hashlib.sha256(data).hexdigest()
    assert flac_copy(wav, tmp_path / "c.flac") == pcm_sha256(wav)


def test_flac_copy_refuses_mismatch_and_leaves_nothing(tmp_path: Path) -> None:
    sig = ramp(SR)
    w = _write(tmp_path, sig)
    w.close()
    with pytest.raises(FlacVerificationError):
        flac_copy(w.segments[0], tmp_path / "x.flac", expected_pcm_sha256="0" * 64)
    assert not list(tmp_path.glob("x.flac*"))


def _stale_header_copy(src: Path, dst: Path, declared_frames: int, cut_bytes: int) -> None:
    """Simulate a crash: header says ``declared_frames``, file ends ``cut_bytes`` early."""
    raw = bytearray(src.read_bytes())
    lay = read_layout(src)
    raw = raw[: len(raw) - cut_bytes] if cut_bytes else raw
    struct.pack_into("<I", raw, lay.data_size_offset, declared_frames * lay.block_align)
    struct.pack_into("<I", raw, 4, lay.data_offset - 8 + declared_frames * lay.block_align)
    dst.write_bytes(bytes(raw))


def _outside_size_fields(path: Path) -> bytes:
    raw = bytearray(path.read_bytes())
    lay = read_layout(path)
    raw[4:8] = b"\0" * 4
    raw[lay.data_size_offset : lay.data_size_offset + 4] = b"\0" * 4
    return bytes(raw)


def test_repair_after_kill_fixes_sizes_and_keeps_every_sample_byte(tmp_path: Path) -> None:
    sig = ramp(SR * 2)
    w = _write(tmp_path, sig)
    w.close()
    crashed = tmp_path / "crashed.wav"
    _stale_header_copy(w.segments[0], crashed, declared_frames=1000, cut_bytes=3)  # torn frame
    before = _outside_size_fields(crashed)
    assert repair_wav(crashed) is True
    assert _outside_size_fields(crashed) == before  # no sample byte changed
    data = sf.read(crashed, dtype="int16")[0]
    assert np.array_equal(data, sig[: len(sig) - 1])  # only the torn last frame is outside
    assert repair_wav(crashed) is False  # idempotent


def test_repair_leaves_a_good_file_alone(tmp_path: Path) -> None:
    w = _write(tmp_path, ramp(SR))
    w.close()
    digest = file_sha256(w.segments[0])
    assert repair_wav(w.segments[0]) is False
    assert file_sha256(w.segments[0]) == digest


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=4 * 4800), declared=st.integers(0, 4800))
def test_repair_property_never_alters_samples(tmp_path: Path, cut: int, declared: int) -> None:
    src = tmp_path / "src.wav"
    if not src.exists():
        w = _write(tmp_path / "", ramp(4800))
        w.close()
        shutil.move(w.segments[0], src)
    crashed = tmp_path / f"c{cut}_{declared}.wav"
    _stale_header_copy(src, crashed, declared, cut)
    before = _outside_size_fields(crashed)
    repair_wav(crashed)
    assert _outside_size_fields(crashed) == before
    lay = read_layout(crashed)
    assert lay.declared_data_size == lay.frames_on_disk * lay.block_align
    n = sf.info(str(crashed)).frames
    assert n == (4800 * 4 - cut) // 4
