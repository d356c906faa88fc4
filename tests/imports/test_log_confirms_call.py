"""The phone's call log, imported after a recording of one of its calls, confirms that call.

Before, the log's line was counted "already in the case" and dropped: the phone's own record
of the call (its length: BCR starts recording after the call is answered; the name the number
is saved under; how the caller ID was shown) never reached the case, and nothing said that a
second source confirmed the call.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.imports import execute, prepare
from onrecord.imports.facts import Fact, contact_facts
from onrecord.store.enums import EventKind
from onrecord.store.models import AuditEvent

# 2026-03-01 15:00:00 +08:00: the log's answered call from 13800138000, 185 s
CALL_MS = 1772348400000
T_CALL = "2026-03-01T07:00:00"


def _calls_xml(path: Path, *calls: tuple[str, int, int, int, str, int]) -> Path:
    """calls (number, date ms, duration s, type, contact name, presentation)."""
    rows = "\n".join(
        f'  <call number="{n}" duration="{d}" date="{ms}" type="{t}" presentation="{p}" '
        f'readable_date="x" contact_name="{name}" />'
        for n, ms, d, t, name, p in calls
    )
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f'<calls count="{len(calls)}">\n{rows}\n</calls>\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return _calls_xml(
        tmp_path / "calls-20260302.xml",
        ("13800138000", CALL_MS, 185, 1, "张经理", 1),
        ("13800138000", CALL_MS + 3_600_000, 0, 3, "张经理", 1),  # missed, an hour later
    )


@pytest.fixture
def bcr_call(workspace, case_id, tmp_path: Path, wav) -> int:
    """BCR answered 12 s after the phone began to ring and recorded 2 s of the call."""
    folder = tmp_path / "BCR"
    folder.mkdir()
    wav(folder / "20260301_150012.345+0800_in_sim1_+8613800138000.wav", 2.0)
    execute(workspace, prepare(workspace, case_id, folder))
    (call,) = workspace.cases.events(case_id)
    return call.id


@pytest.fixture
def onrecord_call(workspace, case_id) -> int:
    """A 200-second call recorded in OnRecord 5 s after the phone began to ring."""
    import datetime as dt

    started = dt.datetime(2026, 3, 1, 7, 0, 5, tzinfo=dt.UTC)
    recording = workspace.recordings.begin(
        case_id, "recordings/call-1.wav", sample_rate=8000, channels=1, started_at=started
    )
    workspace.recordings.finalise(
        recording.id, frames=8000 * 200, sha256="a" * 64, pcm_sha256="b" * 64
    )
    workspace.corrections.update_event(recording.event_id, number="13800138000")
    return recording.event_id


def _links(workspace, action: str) -> list[dict]:
    with workspace.store.session() as s:
        bodies = s.scalars(select(AuditEvent.body).where(AuditEvent.action == action))
        return [json.loads(body)["data"] for body in bodies]


def _calls(workspace, case_id):
    return [e for e in workspace.cases.events(case_id) if e.kind == EventKind.CALL]


def test_the_log_confirms_a_bcr_call_and_gives_its_length(
    workspace, case_id, bcr_call, log
) -> None:
    before = next(e for e in workspace.cases.events(case_id) if e.id == bcr_call)
    assert before.duration_s == pytest.approx(2.0)  # the recording's length
    plan = prepare(workspace, case_id, log)
    assert (plan.preview.confirms_calls, plan.preview.already_imported) == (1, 0)
    assert [n.confirms_calls for n in plan.preview.numbers] == [1]
    assert any(
        note.startswith("1 call(s) in the log are already recorded")
        for note in (plan.preview.notes)
    )
    result = execute(workspace, plan)
    assert (result.added, result.confirmed_calls, result.already_there) == (1, 1, 0)
    (call,) = _calls(workspace, case_id)
    assert call.id == bcr_call
    assert call.duration_s == 185  # the phone's log knows how long the call was
    assert call.summary == before.summary and call.source_detail == before.source_detail
    assert [r.event_id for r in workspace.recordings.recordings(case_id)] == [bcr_call]
    (link,) = _links(workspace, "event.confirmed")
    assert link["changed"] == {"duration_s": [pytest.approx(2.0), 185]}
    assert "calls-20260302.xml, <call> #1" in link["reason"]
    assert "its length is the log's" in link["reason"] and "BCR" in link["reason"]
    # what the log said is kept with the call, for every screen and the report to say
    (confirmation,) = workspace.confirmations.of_events([bcr_call])[bcr_call]
    assert confirmation.duration_s == 185
    facts, _own = contact_facts("imported", confirmation.source_detail, "")
    assert facts == [Fact("saved_as", "张经理")]


def test_the_same_log_again_adds_nothing_twice(workspace, case_id, bcr_call, log) -> None:
    execute(workspace, prepare(workspace, case_id, log))
    again = prepare(workspace, case_id, log)
    assert (again.preview.confirms_calls, again.preview.already_imported) == (0, 2)
    result = execute(workspace, again)
    assert (result.added, result.confirmed_calls, result.already_there) == (0, 0, 2)
    assert len(_links(workspace, "event.confirmed")) == 1


def test_a_plan_run_twice_files_the_line_once(workspace, case_id, bcr_call, log) -> None:
    plan = prepare(workspace, case_id, log)
    execute(workspace, plan)
    result = execute(workspace, plan)
    assert (result.added, result.confirmed_calls) == (0, 0)
    assert len(_links(workspace, "event.confirmed")) == 1
    assert len(workspace.cases.events(case_id)) == 2


def test_a_call_recorded_here_keeps_its_own_length(workspace, case_id, onrecord_call, log) -> None:
    result = execute(workspace, prepare(workspace, case_id, log))
    assert result.confirmed_calls == 1
    (call,) = _calls(workspace, case_id)
    assert call.id == onrecord_call
    assert call.duration_s == 200  # OnRecord's, stopped by hand after the call
    (link,) = _links(workspace, "event.confirmed")
    assert "changed" not in link
    assert link["confirmed_by"]["duration_s"] == 185
    assert "stays the recording's" in link["reason"]


def test_a_withheld_caller_is_said_as_the_log_says_it(
    workspace, case_id, onrecord_call, tmp_path
) -> None:
    """The log's caller-ID presentation reaches the case with the call: a call from a
    withheld number, recorded here and noted as withheld, is in the log as hidden by the
    caller."""
    workspace.corrections.update_event(onrecord_call, number="withheld")
    log = _calls_xml(tmp_path / "calls-1.xml", ("-2", CALL_MS, 185, 1, "(Unknown)", 2))
    execute(workspace, prepare(workspace, case_id, log))
    (confirmation,) = workspace.confirmations.of_events([onrecord_call])[onrecord_call]
    facts, _own = contact_facts("imported", confirmation.source_detail, "")
    assert facts == [Fact("withheld", "restricted")]


def test_the_command_line_says_how_many_lines_confirm_recorded_calls(
    workspace, case_id, bcr_call, log, capsys
) -> None:
    from onrecord.cli import main

    home = ["--data-dir", str(workspace.data_dir), "import", str(log), "--case", str(case_id)]
    assert main([*home, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["confirms_calls"] == 1
    assert main([*home, "--numbers", "13800138000"]) == 0
    said = capsys.readouterr().out
    assert "1 line filed with the call already recorded, as the phone's record of it" in said
