"""A recording filed by crash recovery says so wherever the package lists it: the report's call
entry and custody table (HTML and PDF), case.json and chain-of-custody.json."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
import soundfile as sf
from evidence_helpers import EXPORT_TIME, RATE, write_tone

from onrecord.digests import file_digests
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.snapshot import RECOVERY_NOTES
from onrecord.store import Workspace
from onrecord.store.enums import RecordingStatus

WARNINGS = {
    "recovered_after_crash": "The recorder was interrupted (crash, power loss or kill) and this "
    "recording was recovered: the last moment before the interruption (at most about a second) "
    "may be missing.",
    "app_stopped_during_recording": "OnRecord stopped unexpectedly while recording.",
}


def _recording(ws: Workspace, case_id: int, name: str, start: dt.datetime, code: str) -> int:
    """A finished recording; ``code`` "" for one the user stopped, else the warning that crash
    recovery left on it (as ``onrecord.capture.recovery`` files it)."""
    rel = f"recordings/case-{case_id}/{name}.wav"
    path = ws.data_dir / rel
    write_tone(path, 2.0)
    rec = ws.recordings.begin(
        case_id, rel, sample_rate=RATE, channels=2, channel_roles="me,them", started_at=start
    )
    digests = file_digests(path)  # as capture takes them
    warnings = [{"code": code, "message": WARNINGS[code], "frame": 2 * RATE}] if code else []
    ws.recordings.finalise(
        rec.id,
        frames=2 * RATE,
        sha256=digests.sha256,
        sha512=digests.sha512,
        blake3=digests.blake3,
        pcm_sha256=hashlib.sha256(sf.read(str(path), dtype="int16")[0].tobytes()).hexdigest(),
        status=RecordingStatus.RECOVERED if code else RecordingStatus.COMPLETE,
        warnings=warnings,
    )
    return rec.id


@pytest.fixture
def exported(workspace: Workspace, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    case = workspace.cases.create_case(
        "招商银行信用卡", jurisdiction="cn", timezone="Asia/Shanghai", reference="RC-1"
    )
    start = dt.datetime(2026, 3, 3, 1, 0, tzinfo=dt.UTC)
    ids = {
        code or "normal": _recording(
            workspace, case.id, f"call-{n}", start + dt.timedelta(hours=n), code
        )
        for n, code in enumerate(("", "recovered_after_crash", "app_stopped_during_recording"))
    }
    options = ExportOptions(
        language="zh_CN", now=EXPORT_TIME, pdf=shutil.which("pdftotext") is not None
    )
    result = export_case(workspace, case.id, tmp_path / "out", options)
    assert result.folder is not None
    return result.folder, ids


def test_the_report_says_which_calls_were_recovered_and_what_may_be_missing(exported) -> None:
    folder, ids = exported
    html = unescape((folder / "data/report/index.html").read_text("utf-8"))
    calls = {
        int(rid): body
        for rid, body in re.findall(
            r'<article class="call" id="recording-(\d+)">(.*?)</article>', html, re.S
        )
    }
    assert "意外停止" not in calls[ids["normal"]]
    crashed = calls[ids["recovered_after_crash"]]
    assert '<p class="warn" role="note">' in crashed
    assert "OnRecord（或其负责录音的部分）在本次录音过程中意外停止" in crashed
    assert "最多约一秒）可能缺失" in crashed
    app_stopped = calls[ids["app_stopped_during_recording"]]
    assert "并非用户停止录音" in app_stopped and "通话可能仍在继续" in app_stopped
    custody = html[html.index('<section id="custody">') :]
    assert "OnRecord（或其录音部分）意外停止后恢复，最后一秒可能缺失" in custody
    assert "OnRecord 意外停止时录音随之结束" in custody


def test_case_json_and_the_custody_record_carry_the_recovery(exported) -> None:
    folder, ids = exported
    case = json.loads((folder / "data/case/case.json").read_text("utf-8"))
    custody = json.loads((folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    for document in (
        {r["id"]: r for r in case["recordings"]},
        {i["id"]: i for i in custody["items"] if i["item"] == "recording"},
    ):
        assert "recovery" not in document[ids["normal"]]
        assert document[ids["normal"]]["status"] == "complete"
        for code in ("recovered_after_crash", "app_stopped_during_recording"):
            entry = document[ids[code]]
            assert entry["status"] == "recovered"
            assert entry["recovery"] == {"code": code, "note": RECOVERY_NOTES[code]}
    assert "at most about one second, may be missing" in RECOVERY_NOTES["recovered_after_crash"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_pdf_says_it_too(exported) -> None:
    folder, _ = exported
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(folder / "data/report/report.pdf"), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    flat = re.sub(r"\s+", "", text)
    assert "最多约一秒）可能缺失" in flat and "通话可能仍在继续" in flat


def test_a_recovered_call_says_when_it_ends_not_only_when_it_was_filed(exported) -> None:
    """Its "finished" time was when OnRecord next started (a walk-through: 16:47:20 for a
    recording that stopped at 16:47:08): the custody record now gives the end of the
    recording too, 2 s after its start here."""
    folder, ids = exported
    custody = json.loads((folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    items = {i["id"]: i for i in custody["items"] if i["item"] == "recording"}
    assert "recording_ends_at" not in items[ids["normal"]]
    ends = items[ids["recovered_after_crash"]]["recording_ends_at"]
    assert ends == "2026-03-03T02:00:02.000000Z"  # started 02:00:00 UTC, 2 s of audio
    html = (folder / "data/report/index.html").read_text("utf-8")
    section = re.sub(r"<[^>]+>", "", html[html.index('<section id="custody">') :])
    assert "即 OnRecord 下次启动时；录音本身结束于 2026年3月3日 10:00:02" in section
