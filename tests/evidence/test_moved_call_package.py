"""A call recorded into "Unsorted calls" and then filed under a case: its package verifies.

Its capture entry (with the hash the package's copy must match) and its marks' entries were
logged under the Unsorted case; the package gave them as bare digests, as another case's, so
`onrecord verify` found "no capture hash for this recording in the audit chain" and failed a
package nobody had touched.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import bagit
from evidence_helpers import EXPORT_TIME, RATE, add_recording

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace
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
