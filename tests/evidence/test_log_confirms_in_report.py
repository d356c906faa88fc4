"""A recorded call the phone's call log confirms: the report's contact row says so in its
language, with what the log said of the call, and case.json carries the log's line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import soundfile
from evidence_helpers import report_model

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.imports import execute, prepare
from onrecord.store import Workspace

# 2026-03-01 15:00:00 +08:00, 185 s, saved in the phone as 张经理
LOG = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"1\">\n"
    '  <call number="13800138000" duration="185" date="1772348400000" type="1" '
    'presentation="1" readable_date="x" contact_name="张经理" />\n</calls>\n'
)


def _log(ws: Workspace, case_id: int, folder: Path) -> None:
    log = folder / "calls-20260302.xml"
    log.write_text(LOG, encoding="utf-8")
    execute(ws, prepare(ws, case_id, log))


def _bcr_call(ws: Workspace, tmp_path: Path) -> int:
    case_id = ws.cases.create_case("华信消费金融", jurisdiction="cn").id
    folder = tmp_path / "BCR"
    folder.mkdir()
    samples = (np.sin(np.arange(16000) / 5) * 8000).astype(np.int16)
    soundfile.write(str(folder / "20260301_150012.000+0800_in_sim1_13800138000.wav"), samples, 8000)
    execute(ws, prepare(ws, case_id, folder))
    _log(ws, case_id, tmp_path)
    return case_id


def _row(ws: Workspace, case_id: int, language: str) -> list[str]:
    (row,) = report_model(ws, case_id, language).timeline
    return row


def test_the_contact_row_says_the_phones_log_confirms_the_call(workspace, tmp_path) -> None:
    case_id = _bcr_call(workspace, tmp_path)
    english = _row(workspace, case_id, "en")
    assert english[4] == "3:05"  # the log's length: BCR recorded 2 s of the call
    assert english[-1] == (
        "also in the phone's call log; saved in the phone's contacts as “张经理”"
    )
    assert _row(workspace, case_id, "zh_CN")[-1] == (
        "手机的通话记录中也有这通电话；手机通讯录中保存为“张经理”"
    )
    assert _row(workspace, case_id, "zh_TW")[-1].startswith("手機的通話紀錄中也有這通電話；")


def test_a_call_recorded_here_gives_the_logs_other_length_beside_its_own(
    workspace, tmp_path
) -> None:
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    recording = workspace.recordings.begin(
        case_id,
        "recordings/call-1.wav",
        sample_rate=8000,
        channels=1,
        started_at=dt.datetime(2026, 3, 1, 7, 0, 5, tzinfo=dt.UTC),
    )
    workspace.recordings.finalise(
        recording.id, frames=8000 * 200, sha256="a" * 64, pcm_sha256="b" * 64
    )
    workspace.corrections.update_event(recording.event_id, number="13800138000")
    _log(workspace, case_id, tmp_path)
    row = _row(workspace, case_id, "zh_CN")
    assert row[4] == "3:20"  # OnRecord's own
    assert row[-1].startswith("手机的通话记录中也有这通电话，记录的通话时长为 3:05；")


def test_case_json_carries_the_logs_line(workspace, tmp_path) -> None:
    case_id = _bcr_call(workspace, tmp_path)
    result = export_case(
        workspace, case_id, tmp_path / "out", ExportOptions(language="zh_CN", pdf=False)
    )
    assert result.folder is not None
    document = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    (event,) = document["contact_events"]
    (line,) = event["confirmed_by"]
    assert line["duration_s"] == 185 and line["source_key"].startswith("import:")
    assert "calls-20260302.xml" in line["source_detail"]
    assert line["import_facts"] == [{"fact": "saved_as", "value": "张经理"}]
    assert event["confirmed_by_said"] == "手机的通话记录中也有这通电话；手机通讯录中保存为“张经理”"
    assert event["duration_s"] == 185
