"""What OnRecord noted of an imported call (rejected, caller ID withheld, the name the phone
had saved) reads in the report's language: a walk-through's Chinese report showed hundreds of
rows of "missed; saved on the phone as '张经理 催收'" to the lawyer."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from evidence_helpers import report_model

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.imports import execute, prepare
from onrecord.store import Workspace

CALLS = Path(__file__).parents[1] / "imports" / "fixtures" / "calls-20260301.xml"
ENGLISH = ("missed", "rejected", "withheld", "saved on the phone", "voicemail", "presentation")


def _import_calls(ws: Workspace) -> int:
    case_id = ws.cases.create_case("华信消费金融", jurisdiction="cn").id
    execute(ws, prepare(ws, case_id, CALLS))
    return case_id


def _summaries(ws: Workspace, case_id: int, language: str) -> list[str]:
    return [row[-1] for row in report_model(ws, case_id, language).timeline]


def test_an_imported_call_log_reads_in_each_report_language(workspace: Workspace) -> None:
    case_id = _import_calls(workspace)
    simplified = _summaries(workspace, case_id, "zh_CN")
    assert simplified == [
        "未接听",
        "未接听",
        "未接听；来电号码未显示（对方隐藏了号码）",
        "手机通讯录中保存为“催收 王”",
        "在手机上拒接",
        "手机通讯录中保存为“妈妈”",
        "转入语音信箱；来电号码未显示（网络未提供号码）",
    ]
    traditional = _summaries(workspace, case_id, "zh_TW")
    assert traditional[3] == "手機通訊錄中儲存為「催收 王」" and traditional[4] == "在手機上拒接"
    for text in (*simplified, *traditional):
        assert not any(word in text for word in ENGLISH), text
    english = _summaries(workspace, case_id, "en")
    assert english[2] == "missed; caller ID withheld (hidden by the caller)"
    assert english[4] == "rejected on the phone"
    # Her own note on the call comes after what the phone said, as she wrote it.
    rejected = workspace.cases.events(case_id)[4]
    workspace.corrections.update_event(rejected.id, summary="他们挂断后又打来", reason="note")
    assert _summaries(workspace, case_id, "zh_CN")[4] == "在手机上拒接；他们挂断后又打来"


def _legacy(ws: Workspace, case_id: int, where: str, summary: str, minute: int) -> None:
    """A contact as an import wrote it before the facts were kept apart: English notes."""
    ws.cases.log_event(
        case_id,
        "missed_call",
        dt.datetime(2026, 3, 1, 8, minute, tzinfo=dt.UTC),
        number="withheld",
        source="imported",
        source_detail=f"imported from SMS Backup & Restore call log: {where}",
        source_key=f"legacy-{minute}",
        summary=summary,
    )


def test_an_older_imports_english_notes_read_in_the_reports_language(workspace) -> None:
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    where = "calls-1.xml line 12: number='-1' type=5 presentation=2"
    said = "rejected on the phone; caller ID withheld (presentation: restricted)"
    _legacy(workspace, case_id, where, f"{said}; saved on the phone as '张经理 催收'", 1)
    # one the user has written in since: hers, as she left it
    _legacy(workspace, case_id, where, f"{said}; 他说要上门", 2)
    assert _summaries(workspace, case_id, "zh_CN") == [
        "在手机上拒接；来电号码未显示（对方隐藏了号码）；手机通讯录中保存为“张经理 催收”",
        f"{said}; 他说要上门",
    ]


def test_the_timeline_files_and_case_json_of_an_import(workspace, tmp_path) -> None:
    case_id = _import_calls(workspace)
    result = export_case(
        workspace, case_id, tmp_path / "out", ExportOptions(language="zh_CN", pdf=False)
    )
    assert result.folder is not None
    case_dir = result.folder / "data/case"

    def rows(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO((case_dir / name).read_text("utf-8-sig"))))

    # In words: the report's language; with codes: English words, as before.
    assert rows("timeline-zh_CN.csv")[4]["内容摘要"] == "在手机上拒接"
    assert rows("timeline.csv")[4]["summary"] == "rejected on the phone"
    # For programs: the summary as stored (the user's own: none) and the facts as codes.
    events = json.loads((case_dir / "case.json").read_text("utf-8"))["contact_events"]
    assert events[4]["summary"] == "" and events[4]["import_facts"] == [{"fact": "rejected"}]
    assert events[3]["import_facts"] == [{"fact": "saved_as", "value": "催收 王"}]
    assert "import_facts" not in events[0] or events[0]["import_facts"] == [{"fact": "missed"}]


def test_an_imports_withheld_number_and_bcr_file_read_in_the_reports_words(
    workspace, tmp_path
) -> None:
    """The numbers table said the phone logged a hidden number as “withheld” (OnRecord's own
    placeholder), and the files table "BCR metadata for …" in a Chinese report."""
    from html import unescape

    case_id = _import_calls(workspace)
    sidecar = tmp_path / "call.json"
    sidecar.write_text("{}", "utf-8")
    workspace.attachments.add(case_id, sidecar, description="BCR metadata for call.m4a")
    result = export_case(
        workspace, case_id, tmp_path / "out", ExportOptions(language="zh_CN", pdf=False)
    )
    assert result.folder is not None
    page = unescape((result.folder / "data/report/index.html").read_text("utf-8"))
    assert "“withheld”" not in page and "（空白：没有显示号码）" in page
    assert "BCR metadata" not in page and "BCR 记录的录音 call.m4a 的详细信息（JSON）" in page


def test_a_picture_not_imported_from_a_message_is_said_in_the_report_s_language(
    workspace: Workspace,
) -> None:
    # "[image/jpeg image000000.jpg not imported]" was English written into the collector's
    # own message, in a Chinese report.
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    messages = CALLS.with_name("sms-20260301.xml")
    plan = prepare(workspace, case_id, messages)
    execute(workspace, plan)
    simplified = _summaries(workspace, case_id, "zh_CN")
    [picture] = [text for text in simplified if "这是你家门口吧" in text]
    assert "未从彩信中导入：image/jpeg image000000.jpg" in picture
    assert "not imported" not in "".join(simplified)
    english = _summaries(workspace, case_id, "en")
    assert any("not imported from the message: image/jpeg image000000.jpg" in t for t in english)
