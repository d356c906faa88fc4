"""A call recorded into "Unsorted calls" and then filed under a case: its package verifies.

Its capture entry (with the hash the package's copy must match) and its marks' entries were
logged under the Unsorted case; the package gave them as bare digests, as another case's, so
`onrecord verify` found "no capture hash for this recording in the audit chain" and failed a
package nobody had touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import bagit
from evidence_helpers import EXPORT_TIME, RATE, add_recording

from onrecord.evidence.custody import check_audit_lines
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace
from onrecord.store.audit import GENESIS, canonical_json, link_hash
from onrecord.store.enums import EventKind


def _bodies(folder: Path) -> list[dict]:
    lines = (folder / "data/audit/audit-log.jsonl").read_text("utf-8").splitlines()
    return [json.loads(entry["body"]) for entry in map(json.loads, lines) if "body" in entry]


def test_a_call_moved_from_unsorted_calls_verifies_and_leaves_the_rest_unsorted(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    workspace.cases.log_event(case.id, EventKind.LETTER, EXPORT_TIME - dt.timedelta(days=9))
    unsorted = workspace.cases.unsorted_case()
    start = EXPORT_TIME - dt.timedelta(days=3)
    moved_event, moved = add_recording(
        workspace, unsorted.id, "recordings/unsorted/moved.wav", start, 4.0
    )
    workspace.recordings.add_mark(moved, RATE * 2, tag="threat", text="MOVED CALL THREAT")
    _, stays = add_recording(
        workspace, unsorted.id, "recordings/unsorted/stays.wav", start + dt.timedelta(hours=1), 3.0
    )
    workspace.recordings.add_mark(stays, RATE, text="PRIVATE UNSORTED NOTE")
    workspace.corrections.move_event(moved_event, case.id)

    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(now=EXPORT_TIME))
    assert result.folder is not None
    report = verify_package(result.folder)
    assert report.ok, report.problems
    assert report.recordings_checked == 1
    bagit.Bag(str(result.folder)).validate()

    bodies = _bodies(result.folder)
    about = {(b["entity"], b["entity_id"]) for b in bodies}
    assert ("recording", moved) in about  # its capture, from the Unsorted case, in full
    log = (result.folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    assert "MOVED CALL THREAT" in log
    assert "PRIVATE UNSORTED NOTE" not in log and ("recording", stays) not in about
    assert not [b for b in bodies if b["case_id"] == unsorted.id and b["entity"] == "case"]
    # chain-of-custody.json says when and where it was captured, from that capture entry
    custody = json.loads((result.folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    (item,) = [i for i in custody["items"] if i["item"] == "recording"]
    assert item["created_at"] and item["finalised_at"] and len(item["audit_seq"]) == 2


def test_another_cases_removed_contact_with_a_reused_id_stays_a_digest(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A fresh-eyes review: SQLite gave a removed contact's id to the next new one, so case
    A's package printed case B's removed call (its number and summary) in full as if it had
    been filed from B, and verify passed it."""
    a = workspace.cases.create_case("Case A", jurisdiction="us")
    b = workspace.cases.create_case("Case B (private)", jurisdiction="us")
    when = EXPORT_TIME - dt.timedelta(days=3)
    secret = workspace.cases.log_event(
        b.id, EventKind.CALL, when, number="+12125550142", summary="SECRET B SUMMARY"
    )
    workspace.corrections.remove_event(secret.id, "logged by mistake")
    mine = workspace.cases.log_event(a.id, EventKind.CALL, when + dt.timedelta(days=1))
    assert mine.id == secret.id  # the id was given again
    for options, name in (
        (ExportOptions(now=EXPORT_TIME), "whole"),
        (ExportOptions(now=EXPORT_TIME, calls=[mine.id]), "part"),
    ):
        folder = export_case(workspace, a.id, tmp_path / name, options).folder
        assert folder is not None
        log = (folder / "data/audit/audit-log.jsonl").read_text("utf-8")
        assert "SECRET B SUMMARY" not in log and "5550142" not in log, name
        assert not [x for x in _bodies(folder) if x["case_id"] == b.id], name
        assert verify_package(folder).ok


def test_a_removed_contacts_entries_are_not_shown_for_the_new_one_with_its_id(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Within a case: a selection holding a new contact did not show the removal of an
    older one that had had its id (only a package of the whole case shows a removal)."""
    case = workspace.cases.create_case("Case A", jurisdiction="us")
    when = EXPORT_TIME - dt.timedelta(days=3)
    old = workspace.cases.log_event(case.id, EventKind.CALL, when, summary="OLD REMOVED CALL")
    workspace.corrections.remove_event(old.id, "logged twice")
    new = workspace.cases.log_event(case.id, EventKind.CALL, when + dt.timedelta(days=1))
    assert new.id == old.id
    options = ExportOptions(now=EXPORT_TIME, calls=[new.id])
    folder = export_case(workspace, case.id, tmp_path / "part", options).folder
    assert folder is not None
    assert "OLD REMOVED CALL" not in (folder / "data/audit/audit-log.jsonl").read_text("utf-8")
    assert verify_package(folder).ok


def test_verify_refuses_another_cases_entry_that_no_move_explains() -> None:
    """An entry of another case given in full is there only for a call filed from it: one
    no later move explains is reported (the chain itself may still hold)."""

    def link(seq: int, prev: str, body: dict) -> tuple[str, str]:
        text = canonical_json({**body, "seq": seq})
        digest = hashlib.sha256(text.encode()).hexdigest()
        new = link_hash(prev, digest)
        return json.dumps({"seq": seq, "prev_hash": prev, "hash": new, "body": text}), new

    lines, prev = [], GENESIS
    for seq, body in enumerate(
        [
            {"action": "event.logged", "entity": "contact_event", "entity_id": 1, "case_id": 2},
            {"action": "event.logged", "entity": "contact_event", "entity_id": 2, "case_id": 1},
        ],
        start=1,
    ):
        line, prev = link(seq, prev, body)
        lines.append(line)
    check = check_audit_lines("\n".join(lines) + "\n", 1)
    assert not check.ok and check.problem == "entry 1 belongs to another case"
