"""Contacts the package keeps but does not count as contacts with the user: withdrawn ones
and those with someone else (a call to her sister)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

from evidence_helpers import EXPORT_TIME, build_case, report_model

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import Workspace


def test_a_withdrawn_contact_is_listed_with_its_reason_and_left_out_of_the_counts(
    workspace: Workspace, tmp_path
) -> None:
    fixture = build_case(workspace)
    events = workspace.cases.events(fixture.case_id)
    night = next(e for e in events if e.kind.value == "missed_call")  # 7:10 a.m., off-hours
    workspace.cases.tag_event(night.id, "threat")
    before = export_case(
        workspace, fixture.case_id, tmp_path / "before", ExportOptions(now=EXPORT_TIME)
    )
    workspace.corrections.withdraw_event(night.id, "I typed this call twice")
    after = export_case(
        workspace, fixture.case_id, tmp_path / "after", ExportOptions(now=EXPORT_TIME)
    )
    assert before.folder is not None and after.folder is not None

    html = (after.folder / "data/report/index.html").read_text("utf-8")
    assert 'id="withdrawn"' in html and "I typed this call twice" in html
    assert 'id="withdrawn"' not in (before.folder / "data/report/index.html").read_text("utf-8")

    def csv_rows(folder) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
        text = (folder / "data/case/timeline.csv").read_text("utf-8-sig")
        return {r["event_id"]: r for r in csv.DictReader(io.StringIO(text))}

    row = csv_rows(after.folder)[str(night.id)]
    assert row["withdrawn_reason"] == "I typed this call twice" and row["withdrawn_at"]
    assert row["outside_allowed_hours"] == ""  # counts for nothing: the question is not asked
    assert csv_rows(before.folder)[str(night.id)]["outside_allowed_hours"] == "yes"

    case = json.loads((after.folder / "data/case/case.json").read_text("utf-8"))
    [listed] = [e for e in case["contact_events"] if e["id"] == night.id]
    assert listed["withdrawn_reason"] == "I typed this call twice"

    def findings(folder) -> list[dict]:  # type: ignore[no-untyped-def]
        data = json.loads((folder / "data/case/conduct-findings.json").read_text("utf-8"))
        return [f for f in data["findings"] if night.id in f["event_ids"]]

    assert findings(before.folder) and not findings(after.folder)
    if shutil.which("pdftotext"):
        pdf = subprocess.run(
            ["pdftotext", str(after.folder / "data/report/report.pdf"), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        pdf = " ".join(pdf.split())  # a cell's text may wrap onto several lines
        assert "Contacts withdrawn by the user" in pdf and "I typed this call twice" in pdf


def test_the_summary_and_charts_count_only_what_was_not_withdrawn(
    workspace: Workspace,
) -> None:

    fixture = build_case(workspace, attachments=0)

    before = report_model(workspace, fixture.case_id)
    sms = next(e for e in workspace.cases.events(fixture.case_id) if e.kind.value == "sms")
    workspace.corrections.withdraw_event(sms.id, "not from the collector")
    after = report_model(workspace, fixture.case_id)
    assert len(after.timeline) == len(before.timeline) - 1
    assert [w[0] for w in after.withdrawn] == [str(sms.id)]
    assert sum(after.chart.per_hour) == sum(before.chart.per_hour) - 1
    facts_before, facts_after = dict(before.summary_facts), dict(after.summary_facts)
    assert facts_before != facts_after
    assert facts_after["Contacts logged"].startswith(str(len(before.timeline) - 1))


def test_a_contact_with_someone_else_is_reported_apart_and_not_charted(
    workspace: Workspace,
) -> None:
    """'They called my sister': in the summary as a contact with someone else, in the
    contact table with its direction, and not in the charts of contacts with the user."""
    from onrecord.store.enums import Direction, EventKind

    fixture = build_case(workspace, attachments=0)

    before = report_model(workspace, fixture.case_id)
    sister = workspace.cases.log_event(
        fixture.case_id,
        EventKind.CALL,
        EXPORT_TIME.replace(day=1, month=3, hour=15),
        direction=Direction.TO_OTHERS,
        summary="called my sister about the debt",
    )
    after = report_model(workspace, fixture.case_id)
    assert sum(after.chart.per_hour) == sum(before.chart.per_hour)
    assert "1 contact with someone else" in dict(after.summary_facts)["Contacts logged"]
    [row] = [r for r in after.timeline if r[0] == str(sister.id)]
    assert "from them to someone else" in row


def test_a_late_call_to_someone_else_is_a_third_party_issue_tagged_or_not(
    workspace: Workspace, tmp_path
) -> None:
    """Their 22:30 call to his employer, logged without the third-party tag: still a
    third-party contact for the rules; not an off-hours contact with him; and timeline.csv
    does not answer 'outside the allowed hours' for it (blank, not 'no')."""
    from onrecord.conduct.service import check_case
    from onrecord.store.enums import Direction, EventKind

    fixture = build_case(workspace, attachments=0)
    late = workspace.cases.log_event(
        fixture.case_id,
        EventKind.CALL,
        EXPORT_TIME.replace(month=3, day=10, hour=3, minute=30),  # 22:30 in New York
        direction=Direction.TO_OTHERS,
        summary="called the front desk at my work",
    )
    found = check_case(workspace, fixture.case_id).findings
    [third] = [f for f in found if late.id in f.event_ids and f.rule_id == "US-3P"]
    assert third.detail.endswith("“called the front desk at my work”")  # says what happened
    assert not any(late.id in f.event_ids and f.rule_id == "US-TIME" for f in found)
    result = export_case(
        workspace, fixture.case_id, tmp_path / "out", ExportOptions(now=EXPORT_TIME)
    )
    assert result.folder is not None
    text = (result.folder / "data/case/timeline.csv").read_text("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["event_id"] == str(late.id))
    assert (row["direction"], row["outside_allowed_hours"]) == ("to_others", "")
