"""Recovering a recording interrupted by ``kill -9`` (of the app or of the recorder).

A recording whose ``<base>.meta.json`` still says ``"recording"`` was never finalised. Thanks
to libsndfile's header auto-update and the 2 s fsync its WAV holds all but the last moment;
recovery fixes the RIFF/data sizes from the file size (no sample byte changes), rebuilds the
peaks from the audio, replays the fsynced journal (every acknowledged mark is there), hashes
everything and marks the recording ``"recovered"``. Running it again changes nothing.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from .journal import is_locked, read_journal
from .peaks import build_peaks
from .recordfiles import RecordingPaths, collect_result, discard_if_empty, read_meta
from .types import AudioWarning, RecorderError, RecordingResult
from .wavfile import read_layout, repair_wav


def _meta_path_for(path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    if p.is_dir():
        metas = sorted(p.glob("*.meta.json"))
        if len(metas) != 1:
            raise FileNotFoundError(f"expected one *.meta.json in {p}, found {len(metas)}")
        return metas[0]
    if p.name.endswith(".meta.json"):
        return p
    if p.suffix == ".wav":
        stem = p.name[: -len(".wav")]
        parts = stem.rsplit(".", 1)
        if len(parts) == 2 and parts[1].isdigit():
            stem = parts[0]
        return p.with_name(stem + ".meta.json")
    raise FileNotFoundError(f"{p} is not a recording directory, WAV or meta file")


def find_interrupted(root: str | os.PathLike[str]) -> list[Path]:
    """Meta files under ``root`` whose recording was never finalised (state "recording")
    and whose recorder is gone (a live recorder holds a lock on the journal)."""
    out = []
    for meta in sorted(Path(root).rglob("*.meta.json")):
        try:
            if read_meta(meta).get("state") == "recording" and not is_locked(
                RecordingPaths.from_meta(meta).journal
            ):
                out.append(meta)
        except (ValueError, OSError):
            continue
    return out


def discard_never_started(root: str | os.PathLike[str]) -> list[Path]:
    """Remove what starts that failed before capturing a frame left under ``root``; return
    the meta files removed.

    Older versions kept such a start's bare WAV header, empty peaks, journal and a meta file
    saying "failed" (never any audio); recovery skipped them, so they stayed in the case's
    folder unexplained. Only a meta file that says "failed" and holds no result qualifies,
    and :func:`.recordfiles.discard_if_empty` keeps anything with even one frame in it. An
    emptied folder is removed too.
    """
    removed = []
    for meta in sorted(Path(root).rglob("*.meta.json")):
        paths = RecordingPaths.from_meta(meta)
        try:
            data = read_meta(meta)
            if data.get("state") != "failed" or "result" in data or is_locked(paths.journal):
                continue
        except (ValueError, OSError):
            continue
        if discard_if_empty(paths):
            removed.append(meta)
            with contextlib.suppress(OSError):  # not empty: something else lives there
                meta.parent.rmdir()
    return removed


def is_being_recorded(path: str | os.PathLike[str]) -> bool:
    """True while a live recorder (this app, another window, the CLI) holds the recording."""
    try:
        return is_locked(RecordingPaths.from_meta(_meta_path_for(path)).journal)
    except (FileNotFoundError, ValueError, OSError):
        return False


def recover_recording(path: str | os.PathLike[str]) -> RecordingResult:
    """Repair, re-hash and describe an interrupted recording; idempotent.

    ``path`` is the recording directory (holding one recording), a segment WAV or the meta
    file. A recording already complete/failed/recovered is returned as recorded, untouched.
    """
    meta_path = _meta_path_for(path)
    meta = read_meta(meta_path)
    if meta.get("state") != "recording":
        if "result" in meta:
            return RecordingResult.from_json(meta["result"])
        raise RecorderError(
            f"{meta_path.name}: the recording never started "
            f"({meta.get('error', 'no audio')}); nothing to recover"
        )
    paths = RecordingPaths.from_meta(meta_path)
    if is_locked(paths.journal):
        raise RecorderError(f"{paths.base.name} is still being recorded by a running recorder")
    segments = paths.existing_segments()
    changed = [s.name for s in segments if repair_wav(s)]
    build_peaks(segments, paths.peaks, int(meta.get("frames_per_peak", 480)))
    records = read_journal(paths.journal)
    last_wall = next((r["wall_time_utc"] for r in reversed(records) if "wall_time_utc" in r), None)
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    note = AudioWarning(
        code="recovered_after_crash",
        message="The recorder was interrupted (crash, power loss or kill) and this recording "
        "was recovered: the last moment before the interruption (at most about a second) may "
        "be missing.",
        frame=sum(read_layout(s).frames_on_disk for s in segments),
        wall_time_utc=now,
        params={"headers_repaired": changed, "last_journal_time_utc": last_wall},
    )
    return collect_result(paths, "recovered", last_wall, None, extra_warnings=[note])
