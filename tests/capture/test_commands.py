"""`onrecord record`: what call a recording made from the command line is filed as."""

from __future__ import annotations

import functools
import signal
from pathlib import Path

import pytest
from audio_helpers import SR, fake_client, late_ramp_world, silent_world

from onrecord.audio import RecorderClient, RecorderConfig, SourceSpec
from onrecord.capture import commands, session
from onrecord.cli import main
from onrecord.store import open_workspace
from onrecord.store.enums import Direction


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder with case 1 (mainland China), recorded on the fake microphone."""
    monkeypatch.setitem(session.start_call.__kwdefaults__, "client_factory", fake_client)
    monkeypatch.setattr(commands, "_sources", lambda _args: [SourceSpec(0, label="fake mic")])
    folder = tmp_path / "data"
    with open_workspace(folder) as ws:
        ws.cases.create_case("Loan", jurisdiction="cn")
    return folder


def record(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "record", "--case", "1", "--seconds", "0.5", *args])
    out, err = capsys.readouterr()
    return code, out, err


def the_call(data: Path):  # type: ignore[no-untyped-def]
    with open_workspace(data) as ws:
        [event] = ws.cases.events(1)
        return event, ws.cases.parties(1)


def test_a_callback_is_filed_as_the_call_she_placed_to_that_number_and_caller(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    """A lawyer's walk-through: a callback recorded with the CLI was filed as a call the
    collector placed, with no number or caller, and counted by the "repeated calls" rule."""
    sigint = signal.getsignal(signal.SIGINT)
    code, out, err = record(
        capsys,
        data,
        *("--direction", "outgoing", "--number", "138 0013 8000", "--party", "Wang Lei"),
        *("--summary", "returned his call about the fee"),
    )
    assert (code, err) == (0, "")
    event, parties = the_call(data)
    assert event.direction is Direction.OUTGOING
    assert event.phone_number.e164 == "+8613800138000"
    assert event.party.name == "Wang Lei" and [p.name for p in parties] == ["Wang Lei"]
    assert event.phone_number.party_id == event.party_id
    assert event.summary == "returned his call about the fee"
    filed = out.splitlines()[-1]
    assert "outgoing" in filed and "+8613800138000" in filed and "Wang Lei" in filed
    assert signal.getsignal(signal.SIGINT) is sigint  # the caller's Ctrl+C is given back


def test_a_caller_the_case_knows_is_matched_by_name_not_added_again(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    with open_workspace(data) as ws:
        known = ws.cases.add_party(1, "Wang Lei", organisation="Quick Loans")
    code, out, _ = record(capsys, data, "--party", "wang lei")
    assert code == 0
    event, parties = the_call(data)
    assert [p.id for p in parties] == [known.id] and event.party_id == known.id
    assert "Wang Lei" in out.splitlines()[-1]


def test_without_options_the_call_is_incoming_as_in_the_window_and_it_says_so(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = record(capsys, data)
    assert code == 0
    event, _ = the_call(data)
    assert event.direction is Direction.INCOMING  # the call screen's default too
    assert event.phone_number is None and event.party is None
    filed = out.splitlines()[-1]
    assert "incoming" in filed and "no number" in filed and "no caller" in filed


def test_details_that_cannot_be_filed_are_refused_before_anything_is_recorded(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, _, err = record(capsys, data, "--number", "1" * 70)
    assert code == 2
    assert err.startswith("onrecord: ") and "phone number" in err and len(err.splitlines()) == 1
    with open_workspace(data) as ws:
        assert ws.recordings.recordings(1) == [] and ws.cases.events(1) == []
    with pytest.raises(SystemExit):
        record(capsys, data, "--direction", "sideways")
    assert "invalid choice: 'sideways'" in capsys.readouterr().err


def _late_client() -> RecorderClient:
    return RecorderClient(factory_spec=late_ramp_world)


def test_marks_and_seconds_count_from_the_microphones_first_sound(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review: `record --mark N:TAG --seconds S` counted from when the recorder had started,
    not from the first sound: with a microphone that gives its first sound a second late (an
    idle PulseAudio source), a mark asked at 0.5 s was at 0:00, before anything was heard,
    and a recording of 1.5 s held half a second. Both count from the first sound."""
    monkeypatch.setitem(session.start_call.__kwdefaults__, "client_factory", _late_client)
    asked = "0.5:threat:said he would call my boss"
    code, out, err = record(capsys, data, "--seconds", "1.5", "--mark", asked)  # the last counts
    assert (code, err) == (0, "")
    with open_workspace(data) as ws:
        [recording] = ws.recordings.recordings(1)
        [mark] = ws.recordings.marks(recording.id)
    assert recording.frames >= 1.5 * SR
    assert 0.5 * SR <= mark.frame <= 0.75 * SR  # a poll (50 ms) late at most, on a busy machine
    assert f"mark at {mark.frame / SR:.2f} s: threat said he would call my boss" in out


def test_a_microphone_that_gives_no_sound_is_said_plainly(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waiting for the first sound ends: the recorder gives up on a silent microphone after
    its start-up timeout (here 1 s), and the command says nothing was recorded and why."""
    silent = functools.partial(RecorderClient, factory_spec=silent_world)
    monkeypatch.setitem(session.start_call.__kwdefaults__, "client_factory", silent)
    monkeypatch.setattr(
        session, "RecorderConfig", functools.partial(RecorderConfig, startup_timeout_s=1.0)
    )
    code, out, err = record(capsys, data, "--mark", "0:threat")
    assert code == 1
    assert "delivered no audio within 1 s" in err
    assert err.splitlines()[-1] == commands.NO_SOUND
    assert "mark" not in out
    assert out.splitlines()[-1].endswith("(withdrawn: nothing was recorded)")
