"""At start-up: finish what a crash interrupted, so no recording stays half-filed.

Two things can be left behind: a recording row still in state "recording" (the app died while
recording, or before it stored the hashes), and a recording on disk with no row at all (the app
died in the instant between starting the recorder and writing the row). Both are repaired by
the audio engine and filed with the status it reports ("recovered", or "complete" when the
recorder had already finished). Running it again changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..audio import find_interrupted, is_being_recorded, recover_recording
from ..store import Workspace
from ..store.enums import RecordingStatus
from ..store.models import Recording
from .persist import parse_utc, relative, save_result

CASE_FOLDER = re.compile(r"^case-(\d+)$")


def _case_for_orphan(ws: Workspace, meta: Path) -> int:
    for part in reversed(meta.parts):
        match = CASE_FOLDER.match(part)
        if match:
            try:
                return ws.cases.case(int(match.group(1))).id
            except Exception:
                break
    return ws.cases.unsorted_case().id


def recover_interrupted(ws: Workspace) -> list[Recording]:
    """Repair and file every interrupted recording; return what was recovered."""
    recovered: list[Recording] = []
    for row in ws.recordings.unfinished():
        if is_being_recorded(ws.data_dir / row.path):
            continue  # not interrupted: another window or `onrecord record` is recording it
        result = recover_recording(ws.data_dir / row.path)
        recovered.append(save_result(ws, row.id, result))
    root = ws.data_dir / "recordings"
    for meta in find_interrupted(root) if root.exists() else []:
        result = recover_recording(meta)
        if not result.segments:
            continue
        path = relative(ws, result.segments[0].path)
        row = ws.recordings.by_path(path)
        if row is None:
            row = ws.recordings.begin(
                _case_for_orphan(ws, meta),
                path,
                sample_rate=result.samplerate,
                channels=result.channels,
                channel_roles=",".join(result.channel_roles),
                devices={"devices": list(result.devices)},
                started_at=parse_utc(result.started_at_utc),
                status=RecordingStatus.RECORDING,
            )
        if row.sha256 is None:
            recovered.append(save_result(ws, row.id, result))
    return recovered
