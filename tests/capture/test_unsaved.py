"""What she typed during a call and had not saved yet survives a crash (a walk-through: the
caller's name and a half-typed note were lost after ``kill -9``, the audio and marks were not)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time

import pytest
from audio_helpers import fake_client, wait_for_frames

from onrecord.audio import RecorderClient, SourceSpec
from onrecord.capture import recover_interrupted, start_call
from onrecord.capture.unsaved import CallerDetails, file_draft
from onrecord.store.errors import InvalidInputError
from onrecord.store.models import ContactEvent

FAKE_MIC = (SourceSpec(device=0, label="fake mic"),)


def crash(session) -> None:
    """The recorder is killed and the app forgets the session, as after ``kill -9``."""
    os.kill(session.client.pid, signal.SIGKILL)
    session.client.close()


def caller_of(ws, recording):
    with ws.store.session() as s:
        event = s.get(ContactEvent, recording.event_id)
        return (event.party.name if event.party else None), (
            event.phone_number.raw if event.phone_number else None
        )


def test_the_callers_name_typed_during_the_call_is_kept_after_a_crash(ws):
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.keep_caller(CallerDetails(name="王", number=""))
    session.keep_caller(CallerDetails(name="王先生", company="速發資產", number="0912 345 678"))
    session.mark("threat")
    crash(session)

    [recording] = recover_interrupted(ws)
    assert caller_of(ws, recording) == ("王先生", "0912 345 678")
    [party] = ws.cases.parties(case.id)  # only what was there at the end, not each keystroke
    assert (party.name, party.organisation) == ("王先生", "速發資產")
    assert recover_interrupted(ws) == []
    assert len(ws.cases.parties(case.id)) == 1


def test_the_callers_name_is_kept_when_only_the_app_stopped(ws):
    """The app was killed; the recorder, a process of its own, closed the file normally."""
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.keep_caller(CallerDetails(name="王先生"))
    session.client.stop()  # what the recorder does when its parent is gone
    session.client.close()

    [recording] = recover_interrupted(ws)
    assert caller_of(ws, recording) == ("王先生", None)


def test_a_known_caller_is_linked_not_created_twice(ws):
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    known = ws.cases.add_party(case.id, "王先生")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.keep_caller(CallerDetails(name="王先生"))
    crash(session)

    [recording] = recover_interrupted(ws)
    assert [p.id for p in ws.cases.parties(case.id)] == [known.id]
    assert caller_of(ws, recording) == ("王先生", None)


def test_a_half_typed_note_is_kept_as_an_unconfirmed_draft_where_typing_began(ws):
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.mark("name_given")
    stamp = session.stamp()
    session.keep_draft("他說", stamp)
    session.keep_draft("他說要打給我公司", stamp)
    wait_for_frames(session, stamp.frame + 4800)
    crash(session)

    [recording] = recover_interrupted(ws)
    marks = ws.recordings.marks(recording.id)
    assert [m.tag for m in marks] == ["name_given", "unconfirmed_draft"]
    draft = marks[1]
    assert draft.text == "他說要打給我公司"
    assert draft.frame == stamp.frame and draft.added_later  # never one she confirmed
    assert draft.wall_time.isoformat(timespec="milliseconds").startswith(
        stamp.wall_time_utc.replace("Z", "")
    )
    assert recover_interrupted(ws) == []
    assert len(ws.recordings.marks(recording.id)) == 2


def test_a_note_saved_or_dropped_leaves_no_draft(ws):
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    stamp = session.stamp()
    session.keep_draft("dropped", stamp)
    session.keep_draft("", None)  # Esc
    saved = session.stamp()
    session.keep_draft("saved with Enter", saved)
    session.mark(None, "saved with Enter", stamp=saved)  # the crash comes before the clear
    crash(session)

    [recording] = recover_interrupted(ws)
    marks = ws.recordings.marks(recording.id)
    assert [(m.tag, m.text, m.added_later) for m in marks] == [(None, "saved with Enter", False)]


def test_a_caller_the_store_refuses_never_stops_the_recording_being_filed(ws):
    """A pasted SMS in the Number field (70 characters, more than a number may have) made
    every recovery fail, and the audio was never filed (a review)."""
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.keep_caller(CallerDetails(name="王先生", number="x" * 70))
    crash(session)

    [recording] = recover_interrupted(ws)
    assert recording.sha256  # filed, hashed
    assert ws.recordings.unfinished() == []
    assert recover_interrupted(ws) == []


def test_a_call_that_captured_nothing_counts_nowhere(ws):
    """A suspended microphone gave a 0:00 "call", answered, counted, setting off a possible
    issue of its own (a mainland walk-through). The empty recording stays (recordings are
    never deleted); its call is withdrawn, with the reason, and counts nowhere."""
    from audio_helpers import silent_world

    from onrecord.conduct.service import check_case
    from onrecord.store.enums import EventKind

    case = ws.cases.create_case("Loan", jurisdiction="cn")
    session = start_call(
        ws, case.id, FAKE_MIC, client_factory=lambda: RecorderClient(factory_spec=silent_world)
    )
    time.sleep(0.3)
    recording = session.stop(empty_reason="nothing recorded (test)")
    assert session.empty and not recording.frames
    assert [r.id for r in ws.recordings.recordings(case.id)] == [recording.id]  # kept
    with ws.store.session() as s:
        event = s.get(ContactEvent, recording.event_id)
        assert event.withdrawn_at is not None
        assert event.withdrawn_reason == "nothing recorded (test)"
    for minutes in (1, 2, 3):  # three real calls the same day: a fourth is "more than 3"
        when = recording.started_at + dt.timedelta(minutes=minutes)
        ws.cases.log_event(case.id, EventKind.CALL, when)
    assert not any(f.rule_id == "CN-PRIV" for f in check_case(ws, case.id).findings)
    ws.corrections.restore_event(recording.event_id)  # counted, it would have set one off
    assert any(f.rule_id == "CN-PRIV" for f in check_case(ws, case.id).findings)


def test_a_recorded_call_with_sound_is_still_never_withdrawn(ws):
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    recording = session.stop()
    assert recording.frames and not session.empty
    with pytest.raises(InvalidInputError):
        ws.corrections.withdraw_event(recording.event_id, "logged by mistake")


def test_a_draft_filed_after_the_call_is_never_a_second_copy_of_a_saved_note(ws):
    """The call screen files the note left in its field when the recorder ended the call; a
    note whose mark reached the recording though the screen never heard back is that note."""
    case = ws.cases.create_case("Loan", jurisdiction="tw")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    confirmed = session.stamp()
    session.client.mark(None, "amount 5000", at_frame=confirmed.frame)  # its answer was lost
    wait_for_frames(session, confirmed.frame + 4800)
    typing = session.stamp()
    recording = session.stop()

    assert file_draft(ws, recording.id, "amount 5000", confirmed.frame, None) is None
    draft = file_draft(ws, recording.id, "he will call", typing.frame, typing.wall_time_utc)
    assert draft is not None and (draft.tag, draft.added_later) == ("unconfirmed_draft", True)
    assert file_draft(ws, recording.id, "he will call", typing.frame, None).id == draft.id
    marks = ws.recordings.marks(recording.id)
    assert [(m.tag, m.text) for m in marks] == [
        (None, "amount 5000"),
        ("unconfirmed_draft", "he will call"),
    ]
