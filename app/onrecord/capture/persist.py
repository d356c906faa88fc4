"""Turning the recorder's results into rows: marks from the journal, hashes at the end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..audio import MarkRecord, RecordingResult
from ..store import Workspace
from ..store.enums import RecordingStatus
from ..store.models import Recording

STATUS = {
    "complete": RecordingStatus.COMPLETE,
    "recovered": RecordingStatus.RECOVERED,
    "failed": RecordingStatus.FAILED,
}


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


def relative(ws: Workspace, path: str | Path) -> str:
    return Path(path).resolve().relative_to(ws.data_dir.resolve()).as_posix()


def journal_key(recording_id: int, seq: int) -> str:
    """The same journal line always maps to the same mark, however often it is replayed."""
    return f"rec{recording_id}:{seq}"


def save_mark(ws: Workspace, recording_id: int, mark: MarkRecord) -> None:
    ws.recordings.add_mark(
        recording_id,
        mark.frame,
        tag=mark.tag,
        text=mark.text or "",
        wall_time=parse_utc(mark.wall_time_utc),
        journal_key=journal_key(recording_id, mark.seq),
        pressed_at=parse_utc(mark.pressed_at_utc) if mark.pressed_at_utc else None,
    )


def save_result(ws: Workspace, recording_id: int, result: RecordingResult) -> Recording:
    """Replay every journalled mark (idempotent), then store hashes and warnings once."""
    for mark in result.marks:
        save_mark(ws, recording_id, mark)
    current = ws.recordings.recording(recording_id)
    if current.sha256 is not None:
        return current
    segments = [
        {
            "path": relative(ws, s.path),
            "frames": s.frames,
            "sha256": s.sha256,
            **({"sha512": s.sha512} if s.sha512 else {}),
            **({"blake3": s.blake3} if s.blake3 else {}),
            "pcm_sha256": s.pcm_sha256,
            "size_bytes": s.size_bytes,
        }
        for s in result.segments
    ]
    warnings = [w.to_json() for w in result.warnings]
    if result.error:
        warnings.append({"code": "error", "message": result.error})
    return ws.recordings.finalise(
        recording_id,
        frames=result.frames,
        sha256=result.sha256,
        sha512=result.sha512,
        blake3=result.blake3,
        pcm_sha256=result.pcm_sha256,
        status=STATUS[result.status],
        warnings=warnings,
        segments=segments,
        sample_rate=result.samplerate,
        channels=result.channels,
        channel_roles=",".join(result.channel_roles),
        subtype=result.subtype,
        # when the first frame was captured: the row's start was taken before any sound came
        started_at=parse_utc(result.first_frame_utc) if result.first_frame_utc else None,
    )
