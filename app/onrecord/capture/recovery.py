"""At start-up: finish what a crash interrupted, so no recording stays half-filed.

Two things can be left behind: a recording row still in state "recording" (the app died while
recording, or before it stored the hashes), and a recording on disk with no row at all (the app
died in the instant between starting the recorder and writing the row). Both are repaired by
the audio engine and filed as "recovered", with a warning that says what happened:

- ``recovered_after_crash``: the recorder was interrupted too (crash, power loss, kill); its
  file was repaired and its last moment, at most about a second, may be missing;
- ``app_stopped_during_recording``: only the app stopped; the recorder, a process of its own,
  noticed, ended the recording and closed its file normally, so nothing it wrote is missing,
  but the recording ends there although the call may have gone on.

What the user had typed during the call and not yet saved (the caller's details, a note
before Enter) is kept too: see :mod:`.unsaved`.

The evidence package repeats that warning for the recording, so a recording filed by recovery
never reads as one the user stopped. Running recovery again changes nothing.

A start that failed before capturing a frame (a device that cannot be opened) left, in older
versions, an empty WAV header and a "failed" meta file with no row; they hold nothing to
recover and are removed (anything holding even one frame of audio is kept).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from ..audio import (
    AudioWarning,
    RecordingResult,
    discard_never_started,
    find_interrupted,
    is_being_recorded,
    recover_recording,
)
from ..store import Workspace
from ..store.enums import RecordingStatus
from ..store.models import Recording
from .persist import parse_utc, relative, save_result
from .unsaved import keep_unsaved

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


APP_STOPPED = "app_stopped_during_recording"


def _filed_by_recovery(result: RecordingResult) -> RecordingResult:
    """The recorder's result as the case file keeps it after a recovery: "recovered", and, when
    the recorder had finished by itself (the app stopped, the recorder did not), a warning
    saying so; the audio engine's own "recovered_after_crash" warning covers the other case."""
    if result.status != "complete":
        return result
    ended = result.ended_at_utc
    note = AudioWarning(
        code=APP_STOPPED,
        message="OnRecord stopped unexpectedly while recording (the user did not stop the "
        "recording). The recorder, which runs as a process of its own, then ended the "
        f"recording{f' at {ended}' if ended else ''} and closed its file normally, so "
        "nothing it recorded is missing; but the recording ends there, and the call may "
        "have gone on after it. It was filed when OnRecord next started.",
        frame=result.frames,
        wall_time_utc=dt.datetime.now(dt.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z"),
        params={"recorder_status": result.status, "recorder_ended_at_utc": ended},
    )
    return dataclasses.replace(result, status="recovered", warnings=(*result.warnings, note))


def recover_interrupted(ws: Workspace) -> list[Recording]:
    """Repair and file every interrupted recording; return what was recovered."""
    recovered: list[Recording] = []
    for row in ws.recordings.unfinished():
        if is_being_recorded(ws.data_dir / row.path):
            continue  # not interrupted: another window or `onrecord record` is recording it
        result = _filed_by_recovery(recover_recording(ws.data_dir / row.path))
        keep_unsaved(ws, row.id, result.journal_path)
        recovered.append(save_result(ws, row.id, result))
    root = ws.data_dir / "recordings"
    if root.exists():
        discard_never_started(root)  # a failed start's empty files: nothing to recover
    for meta in find_interrupted(root) if root.exists() else []:
        result = _filed_by_recovery(recover_recording(meta))
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
                # when it was asked to start, as a recording filed normally begins; filing
                # it moves it to its first sound and logs both times, as it does then
                started_at=parse_utc(result.started_at_utc),
                status=RecordingStatus.RECORDING,
            )
        if row.sha256 is None:
            keep_unsaved(ws, row.id, result.journal_path)
            recovered.append(save_result(ws, row.id, result))
    return recovered
