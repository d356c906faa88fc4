"""A recording's marks in four open formats: CSV, JSON, WebVTT and Audacity labels.

Retracted marks are kept in every format and visibly flagged; the JSON carries each mark's
full revision history (a note is never overwritten, only revised).
"""

from __future__ import annotations

import csv
import io
import json

from ..store.types import to_utc_text
from .snapshot import MarkInfo, RecordingInfo

RETRACTED_FLAG = "[RETRACTED]"
CUE_SECONDS = 3.0  # how long a WebVTT cue stays on screen


def clock(seconds: float) -> str:
    """``HH:MM:SS.mmm`` (the WebVTT timestamp form)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def label(mark: MarkInfo) -> str:
    """One line describing a mark: ``[RETRACTED] tag: text``."""
    parts = [p for p in (mark.tag, mark.text) if p]
    body = ": ".join(parts) if len(parts) == 2 else (parts[0] if parts else "(mark)")
    body = " ".join(body.split())  # one line, whatever the note holds
    return f"{RETRACTED_FLAG} {body}" if mark.retracted else body


def marks_csv(recording: RecordingInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "mark_id",
            "offset",
            "offset_seconds",
            "frame",
            "wall_time_utc",
            "tag",
            "text",
            "retracted",
            "added_later",
            "revisions",
        ]
    )
    for m in recording.marks:
        writer.writerow(
            [
                m.id,
                clock(m.seconds),
                f"{m.seconds:.3f}",
                m.frame,
                to_utc_text(m.wall_time),
                m.tag,
                m.text,
                "yes" if m.retracted else "no",
                "yes" if m.added_later else "no",
                len(m.revisions),
            ]
        )
    return out.getvalue()


def marks_json(recording: RecordingInfo) -> str:
    data = {
        "format": "onrecord-marks/1",
        "recording_id": recording.id,
        "recording_file": f"recordings/{recording.package_name}",
        "sample_rate": recording.sample_rate,
        "marks": [
            {
                "id": m.id,
                "frame": m.frame,
                "offset_seconds": round(m.seconds, 6),
                "offset": clock(m.seconds),
                "wall_time_utc": to_utc_text(m.wall_time),
                "tag": m.tag or None,
                "text": m.text,
                "retracted": m.retracted,
                "added_later": m.added_later,
                "revisions": m.revisions,
            }
            for m in recording.marks
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def marks_vtt(recording: RecordingInfo) -> str:
    lines = ["WEBVTT", ""]
    for m in recording.marks:
        end = m.seconds + CUE_SECONDS
        text = label(m).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        lines += [f"mark-{m.id}", f"{clock(m.seconds)} --> {clock(end)}", text, ""]
    return "\n".join(lines)


def audacity_labels(recording: RecordingInfo) -> str:
    """Point labels (start == end), seconds with six decimals, UTF-8."""
    return "".join(f"{m.seconds:.6f}\t{m.seconds:.6f}\t{label(m)}\n" for m in recording.marks)
