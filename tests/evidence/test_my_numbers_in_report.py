"""The user's own numbers (the ones the collectors call) reach the lawyer: the report's case
facts, in its language, and case.json; a case that has not given them says nothing of them."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_helpers import EXPORT_TIME

from onrecord.evidence.export import ExportOptions, export_case

MINE = "(917) 555-0164 (my mobile)"


def _export(ws, case_id: int, out: Path, language: str = "en") -> Path:  # type: ignore[no-untyped-def]
    options = ExportOptions(now=EXPORT_TIME, pdf=False, language=language)
    result = export_case(ws, case_id, out, options)
    assert result.folder is not None
    return result.folder


def test_the_users_numbers_are_among_the_case_facts(workspace, us_case, tmp_path: Path) -> None:
    before = _export(workspace, us_case.case_id, tmp_path / "before")
    assert "own phone numbers" not in (before / "data/report/index.html").read_text("utf-8")
    workspace.cases.update_case(us_case.case_id, my_numbers=MINE)
    folder = _export(workspace, us_case.case_id, tmp_path / "en")
    html = (folder / "data/report/index.html").read_text("utf-8")
    label = html.index("The user&#x27;s own phone numbers (the ones called)")
    assert html.index("(917) 555-0164 (my mobile)", label) - label < 200
    case = json.loads((folder / "data/case/case.json").read_text("utf-8"))["case"]
    assert case["my_numbers"] == MINE
    folder = _export(workspace, us_case.case_id, tmp_path / "tw", "zh_TW")
    html = (folder / "data/report/index.html").read_text("utf-8")
    assert "使用者本人的電話號碼（被撥打的號碼）" in html
