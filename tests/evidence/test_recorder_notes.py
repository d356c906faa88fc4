"""What the recorder did to the audio is in the report beside the call, in its language:
samples removed or added to keep two devices in step, audio lost, and whose voice each
channel holds (HTML and PDF)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from html import unescape
from pathlib import Path

import pytest
from evidence_helpers import EXPORT_TIME, RATE, write_tone

from onrecord.digests import file_digests
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import Workspace

#: as the audio engine stores them (audio/pipeline.py, audio/watchdog.py)
WARNINGS = [
    {
        "code": "audio_gap",
        "message": "Audio was lost.",
        "frame": 12 * RATE,
        "params": {},
    },
    {
        "code": "clipping",  # words may be distorted: a lawyer wants to know (a walk-through)
        "message": "Clipping on channel 1.",
        "frame": 2 * RATE,
        "params": {"channel": 1, "role": "them", "clipped_samples": 40},
    },
    {
        "code": "clipping",  # the count runs on in the next warning
        "message": "Clipping on channel 1.",
        "frame": 20 * RATE,
        "params": {"channel": 1, "role": "them", "clipped_samples": 1234},
    },
    {
        "code": "drift_corrected",
        "message": "Clock drift between the two devices was corrected by dropping 227 and "
        "inserting 13 frames of the other side's channel.",
        "frame": 55 * RATE,
        "params": {
            "dropped": 227,
            "inserted": 13,
            "initial_offset": 0,
            "runs": [[23 * RATE, 35 * RATE, 227, 0], [50 * RATE, 51 * RATE, 0, 13]],
        },
    },
    {
        "code": "alignment_resync",
        "message": "The two sources were re-aligned (resync, -400 frames = 50 ms).",
        "frame": 40 * RATE,
        "params": {"frames": -400},
    },
]


def _case(ws: Workspace) -> int:
    case = ws.cases.create_case("Notes", jurisdiction="tw", reference="TW-N")
    rel = f"recordings/case-{case.id}/call.wav"
    write_tone(ws.data_dir / rel, 2.0)
    start = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
    rec = ws.recordings.begin(
        case.id, rel, sample_rate=RATE, channels=2, channel_roles="me,them", started_at=start
    )
    digests = file_digests(ws.data_dir / rel)
    ws.recordings.finalise(
        rec.id,
        frames=2 * RATE,
        sha256=digests.sha256,
        sha512=digests.sha512,
        blake3=digests.blake3,
        pcm_sha256=None,
        warnings=WARNINGS,
    )
    return case.id


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            [
                "removed 227 samples from the other side's channel and added 13",
                "Where (call time): 00:00:23.000 to 00:00:35.000, 00:00:50.000 to 00:00:51.000.",
                "re-aligned at 00:00:40.000 (50 ms in all)",
                "Audio was lost at 00:00:12.000",
                "left: the user (microphone); right: the other side (the computer's sound)",
                "The channel of the other side (the computer's sound) was too loud at times, "
                "from 00:00:02.000 on: 1234 samples reached full scale",
            ],
        ),
        (
            "zh_TW",
            [
                "從對方聲道刪去了 227 個取樣點，並補入 13 個",
                "位置（通話時間）：00:00:23.000 至 00:00:35.000、00:00:50.000 至 00:00:51.000。",
                "對方聲道在 00:00:40.000 處重新對齊（合計 50 毫秒）",
                "00:00:12.000 處遺失了一小段聲音",
                "左聲道：使用者（麥克風）；右聲道：對方（電腦播放的聲音）",
                "對方（電腦播放的聲音）的聲道有時音量過大（自 00:00:02.000 起）：1234 個取樣點達到滿幅",
            ],
        ),
    ],
)
def test_the_report_says_what_the_recorder_did_to_the_audio(
    workspace: Workspace, tmp_path: Path, language: str, said: list[str]
) -> None:
    case_id = _case(workspace)
    result = export_case(
        workspace, case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME, language=language)
    )
    assert result.folder is not None
    html = unescape((result.folder / "data/report/index.html").read_text("utf-8"))
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(result.folder / "data/report/report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pdf = re.sub(r"\s+", "", pdf)
    for text in said:
        assert text in html
        assert re.sub(r"\s+", "", text) in pdf
    ms = round(240 * 1000 / RATE)  # 227 + 13 samples
    assert f"{ms} ms in all" in html or f"合計 {ms} 毫秒" in html
    assert "Clipping" not in html  # the recorder's English message is not repeated


def test_a_side_silent_while_the_other_spoke_is_told_once_per_side() -> None:
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.recorder_notes import recorder_notes

    silent = [
        {"code": "one_sided", "frame": 3 * RATE, "params": {"role": "me", "silent_s": 31}},
        {"code": "one_sided", "frame": 90 * RATE, "params": {"role": "me", "silent_s": 30}},
    ]
    [note] = recorder_notes(silent, RATE, Strings("zh_CN"))
    assert note.startswith("00:00:03.000、00:01:30.000 处用户（麦克风）的声道有一段时间没有声音")


def test_a_device_that_sent_no_sound_is_named_by_its_side() -> None:
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.recorder_notes import recorder_notes

    said = [
        {"code": "source_no_audio", "frame": 10 * RATE, "params": {"role": "them"}},
        {"code": "source_stalled", "frame": 20 * RATE, "params": {"source": "old, no side"}},
    ]
    stalled, silent = recorder_notes(said, RATE, Strings("en"))
    assert stalled == "The sound device stopped sending sound at 00:00:20.000."
    assert silent.startswith("No sound arrived from the other side's sound device")
    [silent_tw] = recorder_notes(said[:1], RATE, Strings("zh_TW"))
    assert "對方的聲音裝置" in silent_tw


def test_one_clipped_sample_is_said_in_the_singular() -> None:
    # The report said "1 samples reached full scale" (a walk-through).
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.recorder_notes import recorder_notes

    said = [{"code": "clipping", "frame": 5 * RATE, "params": {"role": "me", "clipped_samples": 1}}]
    [note] = recorder_notes(said, RATE, Strings("en"))
    assert "1 sample reached full scale" in note and "samples" not in note


def test_the_other_side_given_up_while_the_microphone_went_on_is_said_so() -> None:
    # The recording went on without the other side's sound: "the recording stopped there"
    # would be untrue; a lawyer must read that the other side was not recorded from then on.
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.recorder_notes import recorder_notes

    said = [
        {
            "code": "source_stalled",
            "frame": 13 * RATE,
            "params": {"role": "them", "idle_s": 4.1, "continues": True},
            "fatal": False,
        },
        {"code": "source_resumed", "frame": 40 * RATE, "params": {"role": "them"}},
    ]
    stalled, resumed = recorder_notes(said, RATE, Strings("en"))
    assert stalled.startswith("The other side's sound device (the computer's sound) stopped")
    assert "00:00:13.000" in stalled and "not recorded from then on" in stalled
    assert "stopped there" not in stalled
    assert "00:00:40.000" in resumed and "recorded again" in resumed
    for language in ("zh_CN", "zh_TW"):
        notes = recorder_notes(said, RATE, Strings(language))
        assert len(notes) == 2 and "00:00:13.000" in notes[0] and "录音在此停止" not in notes[0]
    [silent] = recorder_notes(
        [{"code": "source_no_audio", "frame": 0, "params": {"role": "them", "continues": True}}],
        RATE,
        Strings("en"),
    )
    assert "from 00:00:00.000 on" in silent and "not recorded" in silent
