"""A record dated in the future (a wrong clock, a typo) is left out with the reason; the rest
of the file imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from onrecord.imports import execute, prepare

NEXT_YEAR = dt.datetime.now(dt.UTC).year + 1
FUTURE = "dated more than a day in the future (a wrong date or clock)"


def test_a_future_dated_csv_row_is_skipped_with_the_reason(
    workspace, case_id, tmp_path: Path, row_counts
) -> None:
    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,number,summary\n"
        "2026-03-02 07:55,missed_call,138 0013 8000,rang twice\n"
        f"{NEXT_YEAR}-03-02 07:55,sms,138 0013 8000,typed the wrong year\n"
        "2026-03-03 09:00,sms,139 1111 2222,threat message\n",
        encoding="utf-8",
    )
    plan = prepare(workspace, case_id, log)
    assert plan.preview.records == 2
    assert plan.preview.skipped == {FUTURE: 1}
    assert plan.preview.duplicates_merged == 0
    result = execute(workspace, plan)
    assert result.added == 2 and not result.warnings
    events = workspace.cases.events(case_id)
    assert [e.started_at.year for e in events] == [2026, 2026]
    assert row_counts(workspace)["ContactEvent"] == 2


def test_a_future_dated_bcr_recording_is_skipped(workspace, case_id, tmp_path: Path, wav):
    folder = tmp_path / "BCR"
    folder.mkdir()
    wav(folder / "20260301_071000.123+0800_in_sim1_+8613800138000.wav")
    wav(folder / f"{NEXT_YEAR}0301_071000.000+0800_in_sim1_+8613800138000.wav")
    plan = prepare(workspace, case_id, folder)
    assert plan.preview.records == 1
    assert plan.preview.skipped.get(FUTURE) == 1
    result = execute(workspace, plan)
    assert result.added == 1 and len(result.recording_ids) == 1
    assert [e.started_at.year for e in workspace.cases.events(case_id)] == [2026]
