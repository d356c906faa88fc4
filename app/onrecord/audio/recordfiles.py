"""The files of one recording, its metadata file, and building a :class:`RecordingResult`.

``<base>.meta.json`` is written atomically (temp file, fsync, rename) at start with
``state: "recording"`` and rewritten at the end with the final state and the result; a
recording whose meta still says "recording" was interrupted and needs :mod:`.recovery`.
The journal is the source of truth for marks and warnings, so a finished and a recovered
recording are described the same way.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..digests import file_digests
from ..durable import fsync_dir
from .hashing import manifest_sha256, pcm_sha256
from .journal import read_journal
from .segwriter import segment_path
from .types import AudioWarning, MarkRecord, RecordingResult, RecordingStatus, SegmentInfo
from .wavfile import read_layout

META_FORMAT = "onrecord-recording/1"


@dataclass(frozen=True)
class RecordingPaths:
    base: Path

    @property
    def peaks(self) -> Path:
        return self.base.with_name(self.base.name + ".peaks")

    @property
    def journal(self) -> Path:
        return self.base.with_name(self.base.name + ".journal.jsonl")

    @property
    def meta(self) -> Path:
        return self.base.with_name(self.base.name + ".meta.json")

    def segment(self, index: int) -> Path:
        return segment_path(self.base, index)

    def existing_segments(self) -> list[Path]:
        out = []
        i = 1
        while (p := self.segment(i)).exists():
            out.append(p)
            i += 1
        return out

    @classmethod
    def from_meta(cls, meta_path: Path) -> RecordingPaths:
        name = meta_path.name
        assert name.endswith(".meta.json")
        return cls(meta_path.with_name(name[: -len(".meta.json")]))


def write_meta(path: Path, data: dict[str, Any]) -> None:
    """Atomic replace so a crash leaves either the old or the new metadata, never half."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def discard_if_empty(paths: RecordingPaths) -> bool:
    """Remove a recording that never captured a frame (a start that failed); True if removed.

    Such a recording is a bare WAV header, empty peaks and a journal saying it started: no
    evidence, only a puzzle in the case's folder. Anything holding even one frame is kept.
    """
    segments = paths.existing_segments()
    try:
        if any(read_layout(s).frames_on_disk > 0 for s in segments):
            return False
        if any(r.get("type") == "mark" for r in read_journal(paths.journal)):
            return False
    except (OSError, ValueError):
        return False  # a file we cannot read is not known to be empty: keep it
    for path in [*segments, paths.peaks, paths.journal, paths.meta]:
        path.unlink(missing_ok=True)
    fsync_dir(paths.base.parent)
    return True


def read_meta(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    if data.get("format") != META_FORMAT:
        raise ValueError(f"{path} is not an OnRecord recording metadata file")
    return data


def at_first_frame(frame: int, wall_time_utc: str, first_frame_utc: str | None) -> str | None:
    """The time to file a moment at frame 0 with: the first frame's, the recording's start.

    Frame 0 is what a moment stamped before the first block of audio came gets (a key pressed
    in the second after "record", before an idle device gave sound): its own time may be
    seconds before the start, or a few ms after the capture of a first block still in flight.
    Either way its place in the audio is the start. None when the moment's own time stands
    (elsewhere in the audio, already at the start, or no audio came)."""
    if frame != 0 or first_frame_utc is None or _epoch(wall_time_utc) == _epoch(first_frame_utc):
        return None
    return first_frame_utc


def _epoch(utc: str) -> float:
    return datetime.fromisoformat(utc.replace("Z", "+00:00")).timestamp()


def journal_marks(records: list[dict[str, Any]]) -> list[MarkRecord]:
    """The journalled marks; one at frame 0 at the first frame's time (the recorder journals
    it so; a journal written before it did is read the same way)."""
    first = journal_first_frame(records)
    marks = []
    for r in records:
        if r.get("type") != "mark":
            continue
        frame, wall = int(r["frame"]), str(r["wall_time_utc"])
        pressed = r.get("pressed_at_utc")
        if (moved := at_first_frame(frame, wall, first)) is not None:
            wall, pressed = moved, pressed or wall
        marks.append(
            MarkRecord(
                seq=int(r["seq"]),
                frame=frame,
                wall_time_utc=wall,
                tag=r.get("tag"),
                text=r.get("text"),
                pressed_at_utc=pressed,
            )
        )
    return marks


def journal_annotations(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The latest annotation of each kind (what the user had typed, not yet saved)."""
    latest: dict[str, dict[str, Any]] = {}
    for r in records:
        if r.get("type") == "annotation" and isinstance(r.get("data"), dict):
            latest[str(r.get("kind"))] = r["data"]
    return latest


def journal_first_frame(records: list[dict[str, Any]]) -> str | None:
    """When frame 0 was captured (UTC), as the recorder journalled it, if it did."""
    return next((str(r["wall_time_utc"]) for r in records if r.get("type") == "first_audio"), None)


def journal_warnings(records: list[dict[str, Any]]) -> list[AudioWarning]:
    return [AudioWarning.from_json(r["warning"]) for r in records if r.get("type") == "warning"]


def collect_result(
    paths: RecordingPaths,
    status: RecordingStatus,
    ended_at_utc: str | None,
    error: str | None = None,
    extra_warnings: list[AudioWarning] | None = None,
) -> RecordingResult:
    """Hash the segments, replay the journal and describe the recording; writes the meta."""
    meta = read_meta(paths.meta)
    segs = []
    for p in paths.existing_segments():
        lay = read_layout(p)
        frames = lay.declared_data_size // lay.block_align
        digests = file_digests(p)
        segs.append(
            SegmentInfo(
                str(p),
                frames,
                digests.sha256,
                pcm_sha256(p),
                digests.size,
                digests.sha512,
                digests.blake3,
            )
        )
    if not segs:
        raise FileNotFoundError(f"no audio file found for {paths.base}")
    records = read_journal(paths.journal)
    warnings = journal_warnings(records) + list(extra_warnings or [])
    if len(segs) == 1:
        sha = segs[0].sha256
    else:
        sha = manifest_sha256((s.sha256, Path(s.path).name) for s in segs)
    result = RecordingResult(
        status=status,
        segments=tuple(segs),
        samplerate=int(meta["samplerate"]),
        channels=int(meta["channels"]),
        channel_roles=tuple(meta["channel_roles"]),
        subtype=str(meta["subtype"]),
        frames=sum(s.frames for s in segs),
        sha256=sha,
        pcm_sha256=segs[0].pcm_sha256 if len(segs) == 1 else pcm_sha256(*[s.path for s in segs]),
        peaks_path=str(paths.peaks),
        journal_path=str(paths.journal),
        meta_path=str(paths.meta),
        marks=tuple(journal_marks(records)),
        warnings=tuple(warnings),
        devices=tuple(meta.get("devices", [])),
        started_at_utc=str(meta["started_at_utc"]),
        ended_at_utc=ended_at_utc,
        error=error,
        first_frame_utc=journal_first_frame(records),
    )
    meta.update(state=status, result=result.to_json())
    try:
        write_meta(paths.meta, meta)
    except OSError as exc:
        # Disk full: the audio is safe and the caller gets the result; the meta file keeps
        # saying "recording", so the next start recovers (and hashes) it again.
        note = AudioWarning(
            "metadata_not_saved",
            f"The recording's metadata could not be "
            f"updated ({exc}); it will be recovered on the next start.",
            result.frames,
            ended_at_utc or "",
            {"errno": exc.errno},
        )
        result = dataclasses.replace(result, warnings=(*result.warnings, note))
    return result
