"""A recording's marks in four open formats: CSV, JSON, WebVTT and Audacity labels.

Retracted marks are kept in every format and visibly flagged; the JSON carries each mark's
full revision history (a note is never overwritten, only revised).

A mark's tag is a stable machine code (``threat``). The files a person reads (WebVTT cues, Audacity
labels) show the tag's title in the package's language instead; the CSV and JSON keep the code
and add the title beside it (``tag_title``), with column names and yes/no as codes, for programs.
A package in Chinese adds the CSV in its words (``<stem>.marks-zh_CN.csv``), as it does
timeline-zh_CN.csv beside timeline.csv, for a spreadsheet.

A recording whose audio is in several files (segments) has one CSV and one JSON for the whole
recording, which add each mark's file and its position in that file, and a WebVTT and an
Audacity label file per audio file (a player opens one file), each holding the marks that
fall in it, timed from the start of that file.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..store.types import to_utc_text
from .catalogue import Strings
from .snapshot import MarkInfo, RecordingInfo

CUE_SECONDS = 3.0  # how long a WebVTT cue stays on screen


def clock(seconds: float) -> str:
    """``HH:MM:SS.mmm`` (the WebVTT timestamp form)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def label(mark: MarkInfo, s: Strings) -> str:
    """One line describing a mark in ``s``'s language: ``[RETRACTED] Tag title: note``."""
    title = s.tag(mark.tag)
    if title and mark.text:
        body = s("mark_label", tag=title, text=mark.text)
    else:
        body = title or mark.text or s("mark_placeholder")
    body = " ".join(body.split())  # one line, whatever the note holds
    return s("mark_retracted", label=body) if mark.retracted else body


def tag_text(mark: MarkInfo, s: Strings) -> str:
    """What a mark is, for the report's Tag column: its tag's title, or for a mark with no
    tag (a note typed during the call) the word for a note, never an empty cell."""
    return s.tag(mark.tag) or s("untagged_mark")


def _file_of(recording: RecordingInfo, mark: MarkInfo) -> str:
    return f"recordings/{recording.files[mark.file_index].package_name}"


#: the marks CSV's columns; a recording in several files adds FILE_COLUMNS
CSV_COLUMNS = [
    "mark_id",
    "offset",
    "offset_seconds",
    "frame",
    "wall_time_utc",
    "tag",
    "tag_title",
    "text",
    "retracted",
    "added_later",
    "revisions",
]
FILE_COLUMNS = ["file", "file_offset", "file_offset_seconds", "file_frame"]


def marks_csv(recording: RecordingInfo, s: Strings, *, words: bool = False) -> str:
    """The marks as CSV: column names and yes/no as codes, the tag's title beside its code.
    With ``words``, the same rows in ``s``'s words for a spreadsheet (as timeline.csv has
    timeline-zh_CN.csv): the headings and yes/no in that language, and the tag by its title
    alone (a note without a tag as the word for a note), not its code."""
    several = recording.segmented
    columns = CSV_COLUMNS + (FILE_COLUMNS if several else [])
    if words:
        columns = [c for c in columns if c != "tag"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([s(f"marks_csv.{c}") for c in columns] if words else columns)
    for m in recording.marks:
        in_file = m.file_seconds(recording.sample_rate)
        values = {
            "mark_id": m.id,
            "offset": clock(m.seconds),
            "offset_seconds": f"{m.seconds:.3f}",
            "frame": m.frame,
            "wall_time_utc": to_utc_text(m.wall_time),
            "tag": m.tag,
            "tag_title": tag_text(m, s) if words else s.tag(m.tag),
            "text": m.text,
            "retracted": _flag(m.retracted, s if words else None),
            "added_later": _flag(m.added_later, s if words else None),
            "revisions": len(m.revisions),
        }
        if several:
            values |= {
                "file": _file_of(recording, m),
                "file_offset": clock(in_file),
                "file_offset_seconds": f"{in_file:.3f}",
                "file_frame": m.file_frame,
            }
        writer.writerow([values[c] for c in columns])
    return out.getvalue()


def _flag(value: bool, s: Strings | None) -> str:
    """yes/no: as a code, or in ``s``'s words."""
    code = "yes" if value else "no"
    return s(code) if s is not None else code


def readable_name(recording: RecordingInfo, language: str) -> str:
    """The name of the marks CSV in ``language``'s words (beside ``<stem>.marks.csv``)."""
    return f"{recording.package_stem}.marks-{language}.csv"


def _in_file(recording: RecordingInfo, mark: MarkInfo) -> dict[str, object]:
    if not recording.segmented:
        return {}
    seconds = mark.file_seconds(recording.sample_rate)
    return {
        "file": _file_of(recording, mark),
        "file_frame": mark.file_frame,
        "file_offset_seconds": round(seconds, 6),
        "file_offset": clock(seconds),
    }


def marks_json(recording: RecordingInfo, s: Strings) -> str:
    where: dict[str, object] = {"recording_file": f"recordings/{recording.package_name}"}
    if recording.segmented:
        where = {
            "recording_files": [
                {
                    "file": f"recordings/{f.package_name}",
                    "start_frame": f.start_frame,
                    "frames": f.frames,
                }
                for f in recording.files
            ]
        }
    data = {
        "format": "onrecord-marks/1",
        "recording_id": recording.id,
        **where,
        "sample_rate": recording.sample_rate,
        "tag_title_language": s.language,
        "marks": [
            {
                "id": m.id,
                "frame": m.frame,
                "offset_seconds": round(m.seconds, 6),
                "offset": clock(m.seconds),
                "wall_time_utc": to_utc_text(m.wall_time),
                "tag": m.tag or None,
                "tag_title": s.tag(m.tag) or None,
                "text": m.text,
                "retracted": m.retracted,
                "added_later": m.added_later,
                "revisions": m.revisions,
                **_in_file(recording, m),
            }
            for m in recording.marks
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _marks_in(recording: RecordingInfo, index: int) -> list[tuple[MarkInfo, float]]:
    """The marks in file ``index`` with their seconds from the start of that file."""
    return [
        (m, m.file_seconds(recording.sample_rate)) for m in recording.marks if m.file_index == index
    ]


def marks_vtt(recording: RecordingInfo, s: Strings, index: int = 0) -> str:
    """WebVTT cues for the marks in the recording's file ``index`` (its only file: all)."""
    lines = ["WEBVTT", ""]
    for m, seconds in _marks_in(recording, index):
        end = seconds + CUE_SECONDS
        text = label(m, s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        lines += [f"mark-{m.id}", f"{clock(seconds)} --> {clock(end)}", text, ""]
    return "\n".join(lines)


def audacity_labels(recording: RecordingInfo, s: Strings, index: int = 0) -> str:
    """Point labels (start == end) for the marks in file ``index``, seconds with six
    decimals, UTF-8."""
    return "".join(
        f"{seconds:.6f}\t{seconds:.6f}\t{label(m, s)}\n"
        for m, seconds in _marks_in(recording, index)
    )


def marks_files(recording: RecordingInfo, s: Strings) -> dict[str, str]:
    """Every marks file of a recording (name inside data/marks/ -> text): the CSV and JSON
    for the recording (and, for a report not in English, the CSV in its words), a WebVTT
    and an Audacity label file per audio file; tag titles in ``s``'s language."""
    stem = recording.package_stem
    out = {
        f"{stem}.marks.csv": marks_csv(recording, s),
        f"{stem}.marks.json": marks_json(recording, s),
    }
    if s.language != "en":  # the same rows in the report's words, as the timeline has them
        out[readable_name(recording, s.language)] = marks_csv(recording, s, words=True)
    for index, f in enumerate(recording.files):
        audio = Path(f.package_name).stem
        out[f"{audio}.vtt"] = marks_vtt(recording, s, index)
        out[f"{audio}.labels.txt"] = audacity_labels(recording, s, index)
    return out
