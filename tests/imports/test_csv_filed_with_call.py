"""A line of the user's own log for a call already recorded is that call: its words go onto it.

Before, the line was counted "already in the case" and skipped: "他说要打电话给我老板" and its
``third_party`` tag (which a conduct finding counts) were lost without a word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.imports import execute, prepare
from onrecord.store.enums import EventKind
from onrecord.store.models import AuditEvent

HEADER = "日期,时间,电话号码,类型,方向,备注,标签\n"
HER_LINE = "2026-03-01,15:00,13800138000,电话,来电,他说要打电话给我老板,third_party\n"


@pytest.fixture
def recorded(workspace, case_id, tmp_path: Path, wav) -> int:
    """A BCR recording from 13800138000 at 2026-03-01 15:00:12 +08:00, imported: its call."""
    folder = tmp_path / "BCR"
    folder.mkdir()
    wav(folder / "20260301_150012.000+0800_in_sim1_13800138000.wav", 0.5)
    execute(workspace, prepare(workspace, case_id, folder))
    (call,) = workspace.cases.events(case_id)
    return call.id


def _log(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "我的记录.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _call(workspace, case_id):
    calls = [e for e in workspace.cases.events(case_id) if e.kind == EventKind.CALL]
    assert len(calls) == 1
    return calls[0]


def _tags(workspace, case_id, event_id):
    return [t.tag for t in workspace.cases.event_tags(case_id) if t.event_id == event_id]


def test_her_note_and_tag_go_onto_the_recorded_call(workspace, case_id, recorded, tmp_path) -> None:
    log = _log(tmp_path, HER_LINE)
    plan = prepare(workspace, case_id, log)
    assert plan.preview.already_imported == 0
    assert plan.preview.filed_with_calls == 1
    assert (
        "1 row(s) are calls already recorded: their notes and tags are added to those calls"
        in plan.preview.notes
    )
    result = execute(workspace, plan)
    assert (result.added, result.filed_with_calls, result.already_there) == (0, 1, 0)
    call = _call(workspace, case_id)
    assert call.id == recorded
    assert call.summary == "他说要打电话给我老板"
    assert _tags(workspace, case_id, recorded) == ["third_party"]
    # both through the store's audited changes, saying where they came from
    with workspace.store.session() as s:
        actions = {
            a.action: json.loads(a.body)["data"]
            for a in s.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id))
        }
    assert actions["event.tagged"]["tag"] == "third_party"
    assert actions["event.updated"]["changed"]["summary"] == ["", "他说要打电话给我老板"]
    assert "我的记录.csv line 2" in actions["event.updated"]["reason"]


def test_the_same_log_again_adds_nothing_twice(workspace, case_id, recorded, tmp_path) -> None:
    log = _log(tmp_path, HER_LINE)
    execute(workspace, prepare(workspace, case_id, log))
    again = prepare(workspace, case_id, log)
    assert (again.preview.already_imported, again.preview.filed_with_calls) == (1, 0)
    assert not any("already recorded" in note for note in again.preview.notes)
    result = execute(workspace, again)
    assert (result.added, result.filed_with_calls, result.already_there) == (0, 0, 1)
    assert _call(workspace, case_id).summary == "他说要打电话给我老板"
    assert _tags(workspace, case_id, recorded) == ["third_party"]


def test_a_plan_run_twice_adds_the_words_once(workspace, case_id, recorded, tmp_path) -> None:
    # the dialog open twice on the same file, or an import run again after a crash
    log = _log(tmp_path, HER_LINE)
    first, second = prepare(workspace, case_id, log), prepare(workspace, case_id, log)
    assert execute(workspace, first).filed_with_calls == 1
    result = execute(workspace, second)
    assert (result.filed_with_calls, result.already_there) == (0, 1)
    assert _call(workspace, case_id).summary == "他说要打电话给我老板"
    assert _tags(workspace, case_id, recorded) == ["third_party"]


def test_her_earlier_words_on_the_call_stay_and_hers_from_the_log_follow(
    workspace, case_id, recorded, tmp_path
) -> None:
    workspace.corrections.update_event(recorded, summary="自称王经理")
    log = _log(tmp_path, HER_LINE)
    plan = prepare(workspace, case_id, log)  # the plan is made; then she edits again
    workspace.corrections.update_event(recorded, summary="自称王经理，工号 A113")
    execute(workspace, plan)
    assert _call(workspace, case_id).summary == "自称王经理，工号 A113\n他说要打电话给我老板"
    # she shortens the note afterwards: importing the log again does not put it back
    workspace.corrections.update_event(recorded, summary="自称王经理，工号 A113")
    assert prepare(workspace, case_id, log).preview.filed_with_calls == 0
    execute(workspace, prepare(workspace, case_id, log))
    assert _call(workspace, case_id).summary == "自称王经理，工号 A113"


def test_a_note_the_call_already_says_is_not_repeated(
    workspace, case_id, recorded, tmp_path
) -> None:
    workspace.corrections.update_event(recorded, summary="他说要打电话给我老板")
    execute(workspace, prepare(workspace, case_id, _log(tmp_path, HER_LINE)))
    assert _call(workspace, case_id).summary == "他说要打电话给我老板"
    assert _tags(workspace, case_id, recorded) == ["third_party"]  # the tag was new


def test_a_tag_she_retracted_is_not_brought_back(workspace, case_id, recorded, tmp_path) -> None:
    tag = workspace.cases.tag_event(recorded, "third_party")
    workspace.cases.retract_event_tag(tag.id, "it was his own boss he meant")
    line = HER_LINE.replace("他说要打电话给我老板", "")
    plan = prepare(workspace, case_id, _log(tmp_path, line))
    assert (plan.preview.already_imported, plan.preview.filed_with_calls) == (1, 0)
    execute(workspace, plan)
    assert [t.retracted for t in workspace.cases.event_tags(case_id)] == [True]


def test_a_line_without_words_is_simply_already_in_the_case(
    workspace, case_id, recorded, tmp_path
) -> None:
    plan = prepare(workspace, case_id, _log(tmp_path, "2026-03-01,15:00,13800138000,电话,来电,,\n"))
    assert (plan.preview.already_imported, plan.preview.filed_with_calls) == (1, 0)
    assert not plan.preview.notes
    result = execute(workspace, plan)
    assert (result.added, result.already_there, result.filed_with_calls) == (0, 1, 0)
    assert _call(workspace, case_id).summary == ""
    assert workspace.cases.event_tags(case_id) == []


def test_a_line_of_another_call_is_still_its_own_contact(
    workspace, case_id, recorded, tmp_path
) -> None:
    log = _log(tmp_path, HER_LINE, "2026-03-01,18:00,13800138000,电话,来电,又打来了,\n")
    result = execute(workspace, prepare(workspace, case_id, log))
    assert (result.added, result.filed_with_calls) == (1, 1)
    summaries = sorted(e.summary for e in workspace.cases.events(case_id))
    assert summaries == ["他说要打电话给我老板", "又打来了"]


def test_a_number_not_picked_leaves_the_call_as_it_was(
    workspace, case_id, recorded, tmp_path
) -> None:
    plan = prepare(workspace, case_id, _log(tmp_path, HER_LINE))
    result = execute(workspace, plan, numbers=[])
    assert (result.not_picked, result.filed_with_calls) == (1, 0)
    assert _call(workspace, case_id).summary == ""
