"""A call in the phone's log and its BCR recording are one call, whichever is imported first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onrecord.imports import execute, prepare
from onrecord.imports.samecall import CallSide, pair_calls
from onrecord.store.enums import Direction, EventKind

# 2026-03-01 15:00:00 +08:00: the log's answered call from 13800138000, 185 s
CALL_MS = 1772348400000


def _calls_xml(path: Path, *calls: tuple[str, int, int, int]) -> Path:
    """calls (number, date ms, duration s, type) as SMS Backup & Restore writes them."""
    rows = "\n".join(
        f'  <call number="{n}" duration="{d}" date="{ms}" type="{t}" presentation="1" '
        f'readable_date="x" contact_name="(Unknown)" />'
        for n, ms, d, t in calls
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
        ("13800138000", CALL_MS, 185, 1),
        ("13800138000", CALL_MS + 3_600_000, 0, 3),  # a missed call an hour later
    )


@pytest.fixture
def recording(tmp_path: Path, wav) -> Path:
    """BCR answered 12 s after the phone began to ring."""
    folder = tmp_path / "BCR"
    folder.mkdir()
    wav(folder / "20260301_150012.345+0800_in_sim1_+8613800138000.wav", 0.5)
    return folder


def _import(ws, case_id, path) -> None:
    execute(ws, prepare(ws, case_id, path))


def _calls(ws, case_id):
    return [e for e in ws.cases.events(case_id) if e.kind == EventKind.CALL]


def test_recording_of_a_logged_call_is_filed_with_it(workspace, case_id, log, recording) -> None:
    _import(workspace, case_id, log)
    plan = prepare(workspace, case_id, recording)
    assert any("already in the case" in note for note in plan.preview.notes)
    execute(workspace, plan)
    calls = _calls(workspace, case_id)
    assert len(calls) == 1
    assert calls[0].duration_s == 185  # the log's length, not the recording's
    recordings = workspace.recordings.recordings(case_id)
    assert [r.event_id for r in recordings] == [calls[0].id]
    # the same folder again, and the next backup, add nothing
    again = execute(workspace, prepare(workspace, case_id, recording))
    assert again.added == 0 and again.already_there == 1
    _import(workspace, case_id, log)
    assert len(_calls(workspace, case_id)) == 1
    assert len(workspace.recordings.recordings(case_id)) == 1


def test_log_of_a_recorded_call_is_not_a_second_call(workspace, case_id, log, recording) -> None:
    _import(workspace, case_id, recording)
    plan = prepare(workspace, case_id, log)
    # the log's line for the recorded call confirms it (test_log_confirms_call.py)
    assert (plan.preview.already_imported, plan.preview.confirms_calls) == (0, 1)
    result = execute(workspace, plan)
    assert (result.added, result.confirmed_calls) == (1, 1)  # the missed call is new
    assert len(_calls(workspace, case_id)) == 1
    kinds = sorted(e.kind.value for e in workspace.cases.events(case_id))
    assert kinds == ["call", "missed_call"]


def test_a_recording_of_another_number_or_time_is_its_own_call(
    workspace, case_id, log, tmp_path, wav
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    wav(folder / "20260301_150012.000+0800_in_sim1_13911112222.wav", 0.5)  # other number
    wav(folder / "20260301_151000.000+0800_in_sim1_13800138000.wav", 0.75)  # after it
    _import(workspace, case_id, log)
    _import(workspace, case_id, folder)
    assert len(_calls(workspace, case_id)) == 3


def test_a_recording_longer_than_the_logged_call_is_another_call(
    workspace, case_id, tmp_path, wav
) -> None:
    """The log (a backup made earlier) has a 5-second call; BCR, which stops recording when
    the call ends, has a minute from the same number 40 s later: the collector called again.
    Filed with the first call it hid the second, and the call read 5 s with a minute of talk."""
    log = _calls_xml(tmp_path / "calls-20260301.xml", ("13800138000", CALL_MS, 5, 1))
    folder = tmp_path / "again"
    folder.mkdir()
    wav(folder / "20260301_150040.000+0800_in_sim1_13800138000.wav", 60.0)
    _import(workspace, case_id, log)
    _import(workspace, case_id, folder)
    calls = _calls(workspace, case_id)
    assert sorted(c.duration_s for c in calls) == [5, 60]
    # and the other way round: the log's 5 s call is not the recorded minute
    other = workspace.cases.create_case("另一家", jurisdiction="cn")
    _import(workspace, other.id, folder)
    _import(workspace, other.id, log)
    assert len(_calls(workspace, other.id)) == 2


def test_a_recording_can_be_as_long_as_its_call_give_or_take_the_clocks() -> None:
    logged = [_side(1, 0, 30)]
    assert pair_calls([_side("a", 12, 38)], logged) == {"a": 1}
    assert pair_calls([_side("a", 12, 45)], logged) == {}


def _side(ident, seconds, duration=None, direction=Direction.INCOMING, key="+8613800138000"):
    start = dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds)
    return CallSide(ident, key, direction, start, duration)


def test_two_calls_a_minute_apart_each_keep_their_recording() -> None:
    logged = [_side(1, 0, 30), _side(2, 60, 120)]
    recordings = [_side("b", 65), _side("a", 4)]
    assert pair_calls(recordings, logged) == {"a": 1, "b": 2}


def test_directions_that_contradict_are_not_paired() -> None:
    logged = [_side(1, 0, 30, Direction.OUTGOING)]
    assert pair_calls([_side("a", 2)], logged) == {}
    assert pair_calls([_side("a", 2, direction=Direction.UNKNOWN)], logged) == {"a": 1}
