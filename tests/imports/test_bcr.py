"""BCR recordings: copied in, hashed, registered as imported — never as captured here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.imports import ImportFileError, execute, prepare
from onrecord.imports.bcr import audio_params, parse_bcr_name
from onrecord.store.enums import Direction, EventSource, RecordingStatus
from onrecord.store.models import AuditEvent


def test_filename_template() -> None:
    meta = parse_bcr_name("20230414_215701.088-0400_in_sim1_+15551234567_John Doe")
    assert meta["started_at"] == dt.datetime(2023, 4, 15, 1, 57, 1, 88000, tzinfo=dt.UTC)
    assert meta["direction"] == Direction.INCOMING
    assert (meta["sim_slot"], meta["number"], meta["name"]) == ("1", "+15551234567", "John Doe")
    bare = parse_bcr_name("20230414_215701.088-0400")
    assert bare["number"] == "" and bare["direction"] == Direction.UNKNOWN
    with pytest.raises(ValueError):
        parse_bcr_name("recording-2023")


def test_folder_without_json_preview(workspace, case_id, bcr_folder: Path) -> None:
    plan = prepare(workspace, case_id, bcr_folder)
    assert plan.format == "bcr"
    assert plan.preview.records == 4
    assert plan.preview.skipped == {"not a recording": 1}
    keys = {n.key: n.count for n in plan.preview.numbers}
    assert keys == {"+8613800138000": 2, "+8613911112222": 1, "withheld": 1}
    first = plan.records[0]
    assert first.audio is not None and first.audio.sample_rate == 8000
    assert first.duration_s == pytest.approx(0.5)


def test_import_copies_hashes_and_audits_as_imported(workspace, case_id, bcr_folder: Path) -> None:
    plan = prepare(workspace, case_id, bcr_folder)
    result = execute(workspace, plan, numbers={"+8613800138000"})
    assert result.added == 2 and result.not_picked == 2 and len(result.recording_ids) == 2
    recordings = workspace.recordings.recordings(case_id)
    assert len(recordings) == 2
    for recording in recordings:
        assert recording.status == RecordingStatus.IMPORTED
        copy = workspace.data_dir / recording.path
        assert recording.path.startswith("recordings/imported/case-")
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == recording.sha256
        assert json.loads(recording.devices)["importer"] == "BCR"
    events = workspace.cases.events(case_id)
    assert all(e.source == EventSource.IMPORTED for e in events)
    assert all("BCR" in e.source_detail for e in events)
    assert events[0].duration_s == pytest.approx(0.5)
    with workspace.store.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions.count("recording.imported") == 2
    assert "recording.complete" not in actions
    # Originals untouched; a second import adds nothing.
    again = execute(workspace, prepare(workspace, case_id, bcr_folder), numbers={"+8613800138000"})
    assert again.added == 0 and again.already_there == 2


def test_folder_with_json_and_a_bad_file(workspace, case_id, tmp_path: Path, wav) -> None:
    folder = tmp_path / "bcr-json"
    folder.mkdir()
    audio = wav(folder / "20260301_071000.123+0800_in_sim1_13800138000.wav", 0.5)
    meta = {
        "timestamp_unix_ms": 1772320200123,
        "timestamp": "2026-03-01T07:10:00.123+08:00",
        "direction": "in",
        "sim_slot": 1,
        "call_log_name": None,
        "calls": [
            {
                "phone_number": "+8613800138000",
                "phone_number_formatted": "+86 138 0013 8000",
                "caller_name": None,
                "contact_name": "催收 王",
            }
        ],
        "output": {
            "format": {"type": "WAV/PCM", "mime_type_container": "audio/wav"},
            "recording": {
                "frames_total": 4000,
                "frames_encoded": 4000,
                "sample_rate": 8000,
                "channel_count": 1,
                "duration_secs_wall": 0.5,
                "duration_secs_total": 0.5,
                "buffer_overruns": 0,
                "was_ever_paused": False,
                "was_ever_holding": False,
            },
        },
    }
    audio.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "garbage.m4a").write_bytes(b"not audio at all")
    plan = prepare(workspace, case_id, folder)
    assert plan.preview.records == 1
    assert plan.preview.problems and plan.preview.problems[0].startswith("garbage.m4a")
    record = plan.records[0]
    assert record.name_hint == "催收 王" and record.audio.sidecar is not None
    result = execute(workspace, plan)
    assert result.added == 1
    attachments = workspace.attachments.list(case_id)
    assert [a.original_name for a in attachments] == [audio.with_suffix(".json").name]


def test_empty_folder_refused(workspace, case_id, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFileError, match="no audio files"):
        prepare(workspace, case_id, tmp_path / "empty")


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(body), kind) + body


def test_m4a_parameters_from_boxes(tmp_path: Path) -> None:
    mdhd = _box(b"mdhd", bytes(4) + bytes(8) + struct.pack(">II", 16000, 48000) + bytes(4))
    entry = bytes(6) + struct.pack(">H", 1) + bytes(8) + struct.pack(">HH", 1, 16) + bytes(8)
    stsd = _box(b"stsd", bytes(4) + struct.pack(">I", 1) + struct.pack(">I4s", 36, b"mp4a") + entry)
    stbl = _box(b"stbl", stsd)
    moov = _box(b"moov", _box(b"trak", _box(b"mdia", mdhd + _box(b"minf", stbl))))
    path = tmp_path / "call.m4a"
    path.write_bytes(_box(b"ftyp", b"M4A \x00\x00\x00\x00") + moov + _box(b"mdat", bytes(16)))
    assert audio_params(path) == (16000, 1, 48000, "M4A")


def test_amr_parameters(tmp_path: Path) -> None:
    path = tmp_path / "call.amr"
    frame = bytes([7 << 3 | 4]) + bytes(31)  # mode 7 (12.2 kbit/s): 31 bytes after the header
    path.write_bytes(b"#!AMR\n" + frame * 50)
    assert audio_params(path) == (8000, 1, 50 * 160, "AMR")


class _Killed(BaseException):
    """Stands in for kill -9: nothing after it runs (not an Exception, so nothing catches it)."""


@pytest.mark.parametrize("step", ["attach", "finalise"])
def test_a_call_cut_short_at_any_step_is_completed_once_by_a_rerun(
    workspace, case_id, tmp_path: Path, wav, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    folder = tmp_path / "bcr-kill"
    folder.mkdir()
    audio = wav(folder / "20260301_071000.123+0800_in_sim1_13800138000.wav", 0.5)
    meta = {"timestamp_unix_ms": 1772320200123, "direction": "in",
            "calls": [{"phone_number": "+8613800138000"}]}  # fmt: skip
    audio.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    target = workspace.attachments if step == "attach" else workspace.recordings
    name = "add" if step == "attach" else "finalise"
    real = getattr(target, name)

    def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        if step == "attach":
            real(*args, **kwargs)  # the file is attached, then the process dies
        raise _Killed

    monkeypatch.setattr(target, name, killed)
    with pytest.raises(_Killed):
        execute(workspace, prepare(workspace, case_id, folder))
    monkeypatch.setattr(target, name, real)

    result = execute(workspace, prepare(workspace, case_id, folder))
    assert result.added == 1
    (recording,) = workspace.recordings.recordings(case_id)
    assert recording.sha256 is not None
    attachments = workspace.attachments.list(case_id)
    assert [(a.original_name, a.event_id) for a in attachments] == [
        (audio.with_suffix(".json").name, recording.event_id)
    ]
    assert execute(workspace, prepare(workspace, case_id, folder)).added == 0
