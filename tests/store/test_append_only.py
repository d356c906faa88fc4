"""Nothing is silently changed: the file itself refuses edits, and corrections are new rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.store import InvalidInputError, Workspace
from onrecord.store.models import AuditEvent


def refused(raw_db, path: Path, statement: str, message: str) -> None:
    """The raw statement fails with the trigger's message and changes nothing."""
    with raw_db(path) as conn:
        before = list(conn.iterdump())
        with pytest.raises(sqlite3.DatabaseError, match=message):
            conn.execute(statement)
        assert list(conn.iterdump()) == before


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE audit_event SET action = 'case.deleted' WHERE seq = 1", "append-only"),
        ("UPDATE audit_event SET body = '{}'", "append-only"),
        ("DELETE FROM audit_event WHERE seq = 2", "append-only"),
        ("DELETE FROM audit_event", "append-only"),
        ("UPDATE mark_revision SET text = 'something else'", "append-only"),
        ("UPDATE mark_revision SET retracted = 1", "append-only"),
        ("DELETE FROM mark_revision", "append-only"),
        ("DELETE FROM mark", "never deleted"),
        ("UPDATE mark SET frame = frame + 48000", "cannot be moved"),
        ("UPDATE mark SET wall_time = '2020-01-01T00:00:00.000000Z'", "cannot be moved"),
        ("UPDATE mark SET tag = 'payment'", "re-tagged"),
        ("UPDATE mark SET recording_id = recording_id + 1", "cannot be moved"),
        ("UPDATE recording SET sha256 = '" + "c" * 64 + "'", "cannot change"),
        ("UPDATE recording SET pcm_sha256 = NULL", "cannot change"),
        ("UPDATE recording SET sha512 = '" + "d" * 128 + "'", "cannot change"),
        ("UPDATE recording SET blake3 = '" + "e" * 64 + "'", "cannot change"),
        ("UPDATE recording SET segments = '[]'", "cannot change"),
        ("UPDATE recording SET path = 'recordings/other.wav'", "cannot change"),
        ("DELETE FROM recording", "never deleted"),
    ],
)
def test_the_file_refuses_raw_edits_of_evidence(
    recorded_call: tuple[int, int, int], db_file: Path, raw_db, statement: str, message: str
) -> None:
    refused(raw_db, db_file, statement, message)


def test_attachments_cannot_be_swapped_or_deleted(
    workspace: Workspace, db_file: Path, raw_db, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("attachments", jurisdiction="us")
    source = tmp_path / "letter.txt"
    source.write_text("Final notice")
    workspace.attachments.add(case.id, source)
    refused(raw_db, db_file, "UPDATE attachment SET sha256 = 'x'", "cannot change")
    refused(raw_db, db_file, "UPDATE attachment SET sha512 = 'x'", "cannot change")
    refused(raw_db, db_file, "UPDATE attachment SET blake3 = 'x'", "cannot change")
    refused(raw_db, db_file, "UPDATE attachment SET path = 'attachments/x'", "cannot change")
    refused(raw_db, db_file, "DELETE FROM attachment", "never deleted")


def test_a_recording_can_be_finalised_once_and_then_never_again(
    workspace: Workspace, db_file: Path, raw_db
) -> None:
    case = workspace.cases.create_case("recording", jurisdiction="us")
    recording = workspace.recordings.begin(
        case.id, "recordings/r.wav", sample_rate=8000, channels=1
    )
    with raw_db(db_file) as conn:  # while recording, the hash is not set yet: allowed
        conn.execute("UPDATE recording SET frames = 10 WHERE id = ?", (recording.id,))
    workspace.recordings.finalise(recording.id, frames=8000, sha256="1" * 64, pcm_sha256="2" * 64)
    with pytest.raises(InvalidInputError, match="already finalised"):
        workspace.recordings.finalise(
            recording.id, frames=8000, sha256="3" * 64, pcm_sha256="4" * 64
        )
    [stored] = workspace.recordings.recordings(case.id)
    assert stored.sha256 == "1" * 64
    refused(raw_db, db_file, "UPDATE recording SET sha256 = '" + "3" * 64 + "'", "cannot change")


def test_editing_a_note_adds_a_revision_and_keeps_the_old_text(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    _, recording_id, mark_id = recorded_call
    edited = workspace.recordings.edit_mark(mark_id, "said he is Mike Dalton, KRS-2291", "typo")
    assert edited.text == "said he is Mike Dalton, KRS-2291"
    [mark] = workspace.recordings.marks(recording_id)
    assert [(r.number, r.text, r.retracted) for r in mark.revisions] == [
        (1, "said he is Mike", False),
        (2, "said he is Mike Dalton, KRS-2291", False),
    ]
    assert mark.revisions[1].reason == "typo"
    assert mark.frame == 48000 * 5 and mark.tag == "name", "the moment and tag do not move"
    with workspace.store.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    data = json.loads(last.body)["data"]
    assert last.action == "mark.edited"
    assert (data["old_text"], data["text"]) == (
        "said he is Mike",
        "said he is Mike Dalton, KRS-2291",
    )


def test_saving_the_same_text_again_adds_nothing(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    _, recording_id, mark_id = recorded_call
    workspace.recordings.edit_mark(mark_id, "said he is Mike")
    [mark] = workspace.recordings.marks(recording_id)
    assert len(mark.revisions) == 1


def test_a_retracted_mark_stays_visible_with_its_history(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    case_id, recording_id, mark_id = recorded_call
    workspace.recordings.edit_mark(mark_id, "Mike")
    workspace.recordings.retract_mark(mark_id, reason="pressed the wrong key")
    [mark] = workspace.recordings.marks(recording_id)
    assert mark.retracted
    assert mark.text == "Mike", "retracting keeps the last text"
    assert [(r.number, r.retracted) for r in mark.revisions] == [(1, False), (2, False), (3, True)]
    assert mark.revisions[-1].reason == "pressed the wrong key"
    [recording] = workspace.recordings.recordings(case_id)
    assert [m.id for m in recording.marks] == [mark_id]
    with pytest.raises(InvalidInputError, match="already retracted"):
        workspace.recordings.retract_mark(mark_id)


def test_replaying_a_journalled_mark_does_not_duplicate_it(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    _, recording_id, _ = recorded_call
    first = workspace.recordings.add_mark(recording_id, 96000, tag="threat", journal_key="j-1")
    again = workspace.recordings.add_mark(recording_id, 96000, tag="threat", journal_key="j-1")
    assert again.id == first.id
    assert len(workspace.recordings.marks(recording_id)) == 2


def test_a_mark_before_the_recording_starts_is_refused(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    _, recording_id, _ = recorded_call
    with pytest.raises(InvalidInputError):
        workspace.recordings.add_mark(recording_id, -1)


def test_a_collector_named_in_a_promise_cannot_be_removed(workspace: Workspace) -> None:
    case = workspace.cases.create_case("promises", jurisdiction="us")
    party = workspace.cases.add_party(case.id, "Mike Dalton")
    workspace.ledger.add_promise(case.id, "collector", party_id=party.id, amount="100")
    with pytest.raises(InvalidInputError, match="cannot be removed"):
        workspace.cases.remove_party(party.id)
    assert [p.name for p in workspace.cases.parties(case.id)] == ["Mike Dalton"]


def test_a_collector_in_the_contact_log_cannot_be_removed_but_a_mistake_can(
    workspace: Workspace,
) -> None:
    import datetime as dt

    case = workspace.cases.create_case("people", jurisdiction="us")
    used = workspace.cases.add_party(case.id, "Mike Dalton")
    typo = workspace.cases.add_party(case.id, "Mkie")
    workspace.cases.add_number(case.id, "(212) 555-0142", party_id=typo.id)
    workspace.cases.log_event(
        case.id, "call", dt.datetime(2026, 1, 5, 14, tzinfo=dt.UTC), party_id=used.id
    )
    with pytest.raises(InvalidInputError, match="cannot be removed"):
        workspace.cases.remove_party(used.id)
    workspace.cases.remove_party(typo.id)
    assert [p.name for p in workspace.cases.parties(case.id)] == ["Mike Dalton"]
    [number] = workspace.cases.numbers(case.id)
    assert number.party_id is None, "the number stays, no longer linked to the removed party"
