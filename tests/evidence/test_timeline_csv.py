"""The timeline CSVs as a spreadsheet reads them: a tag stays one tag, a formula stays text."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from onrecord.evidence.export import ExportOptions, export_case


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    text = (folder / "data/case" / name).read_text("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_a_tag_with_spaces_stays_one_tag_and_a_formula_stays_text(workspace, tmp_path) -> None:
    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    workspace.cases.log_event(
        case.id,
        "sms",
        dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC),
        direction="incoming",
        number="+86 138 0013 8000",
        summary='=HYPERLINK("http://example.invalid","点这里")',
        tags=["called my mother", "threat"],
    )
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="zh_CN"))
    assert result.folder is not None
    (coded,) = _rows(result.folder, "timeline.csv")
    (said,) = _rows(result.folder, "timeline-zh_CN.csv")
    assert coded["tags"] == "called my mother threat"
    assert said["标签"] == "called my mother、威胁（暴力或伤害）"  # not "called、my、mother、…"
    for row, column in ((coded, "summary"), (said, "内容摘要")):
        assert row[column] == "'" + '=HYPERLINK("http://example.invalid","点这里")'
    assert said["号码"] == "+86 138 0013 8000"  # a number is not free text: as before
    case_json = (result.folder / "data/case/case.json").read_text("utf-8")
    assert '"summary": "=HYPERLINK(' in case_json  # the exact text, for programs


def test_what_she_told_them_is_in_the_report_and_both_timelines(workspace, tmp_path) -> None:
    """A walk-through: her 'do not call me at work' was stored, but the lawyer's report and
    CSVs showed only her own note."""
    from html import unescape

    case = workspace.cases.create_case("华信消费金融", jurisdiction="cn")
    workspace.cases.log_event(
        case.id,
        "call",
        dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC),
        direction="incoming",
        notice="no_calls_at_work",
        summary="我告诉他不要再打到单位",
    )
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="zh_CN"))
    assert result.folder is not None
    (coded,) = _rows(result.folder, "timeline.csv")
    (said,) = _rows(result.folder, "timeline-zh_CN.csv")
    assert coded["notice"] == "no_calls_at_work"
    assert said["已告知对方"] == "不要打到我的工作单位"
    html = unescape((result.folder / "data/report/index.html").read_text("utf-8"))
    assert "已告知对方：不要打到我的工作单位；我告诉他不要再打到单位" in html


def test_a_call_s_length_agrees_with_itself_and_the_report(workspace, tmp_path) -> None:
    """A 23.594 s call read "24" seconds beside "0:00:23" in the same row (a walk-through)."""
    case = workspace.cases.create_case("Card", jurisdiction="us")
    workspace.cases.log_event(
        case.id, "call", dt.datetime(2026, 3, 2, 15, tzinfo=dt.UTC), duration_s=23.594
    )
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None
    (row,) = _rows(result.folder, "timeline.csv")
    assert (row["duration_seconds"], row["duration"]) == ("23.594", "0:00:23")
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert '<td class="nw">0:23</td>' in html
