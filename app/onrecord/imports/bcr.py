"""BCR (Basic Call Recorder, Android) recordings: a folder of audio files, JSON optional.

Metadata comes from ``<name>.json`` when BCR wrote one (``timestamp_unix_ms``, ``direction``,
``calls[0].phone_number``, ``output.recording.*``), otherwise from the default file name
template ``{date}[_{direction}][_sim{slot}][_{phone_number}][_{name}]`` with dates like
``20230414_215701.088-0400``. Audio parameters the JSON does not give are read from the file
(libsndfile for WAV/FLAC/OGG/Opus/MP3, the ``mvhd``/``mdhd`` boxes for M4A, frame headers for
AMR). Reading only — the copy into the data folder happens at import.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Message
from ..store.attachments import printable
from ..store.enums import Direction, EventKind
from .common import (
    AudioSource,
    Cancel,
    ContactRecord,
    ImportCancelled,
    ImportFileError,
    Progress,
    from_epoch_ms,
    never_cancel,
    no_progress,
    sha256_file,
)
from .facts import name_field

AUDIO_EXTENSIONS = {
    ".m4a",
    ".mp4",
    ".aac",
    ".ogg",
    ".oga",
    ".opus",
    ".flac",
    ".wav",
    ".mp3",
    ".amr",
}
DIRECTIONS = {"in": Direction.INCOMING, "out": Direction.OUTGOING, "conference": Direction.UNKNOWN}
NAME_PATTERN = re.compile(
    r"^(?P<date>\d{8}_\d{6}(?:\.\d{1,9})?(?:[+-]\d{4}|Z)?)"
    r"(?:_(?P<direction>in|out|conference))?"
    r"(?:_sim(?P<sim>\d+))?"
    r"(?:_(?P<number>\+?[0-9][0-9\-\s().]*[0-9]|\+?[0-9]))?"
    r"(?:_(?P<name>.+))?$"
)
MAX_JSON = 1 << 20
EARLIEST_MS, LATEST_MS = 946_684_800_000, 4_102_444_800_000  # 2000–2100


@dataclass
class BcrFolder:
    records: list[ContactRecord]
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # per-file reasons, shown in the preview


def _reason(exc: ValueError) -> str:
    """The reason a file was passed over, still translatable when it is one of ours."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)


def parse_bcr_date(text: str) -> dt.datetime:
    """``20230414_215701.088-0400`` → aware datetime (a missing offset is an error)."""
    match = re.fullmatch(r"(\d{8})_(\d{6})(?:\.(\d{1,9}))?([+-]\d{4}|Z)?", text)
    if not match or not match.group(4):
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "no time zone offset in {value}").format(value=repr(text))
        )
    day, clock, frac, offset = match.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    naive = dt.datetime.strptime(day + clock, "%Y%m%d%H%M%S").replace(microsecond=micro)
    if not 2000 <= naive.year <= 2100:
        raise ValueError(
            QT_TRANSLATE_NOOP("Import", "the date {value} is not between 2000 and 2100").format(
                value=repr(text)
            )
        )
    if offset == "Z":
        zone = dt.UTC
    else:
        sign = 1 if offset[0] == "+" else -1
        zone = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return naive.replace(tzinfo=zone).astimezone(dt.UTC)


def parse_bcr_name(stem: str) -> dict[str, Any]:
    match = NAME_PATTERN.match(stem)
    if not match:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Import", "the name does not follow BCR's template (date_direction_number)"
            )
        )
    return {
        "started_at": parse_bcr_date(match.group("date")),
        "direction": DIRECTIONS.get(match.group("direction") or "", Direction.UNKNOWN),
        "sim_slot": match.group("sim"),
        "number": (match.group("number") or "").strip(),
        "name": (match.group("name") or "").strip(),
    }


def _from_json(data: dict[str, Any]) -> dict[str, Any]:
    stamp = data.get("timestamp_unix_ms") if isinstance(data, dict) else None
    if not isinstance(stamp, int) or not EARLIEST_MS <= stamp <= LATEST_MS:
        raise ValueError(QT_TRANSLATE_NOOP("Import", "it has no valid timestamp_unix_ms"))
    calls = data.get("calls")
    first = calls[0] if isinstance(calls, list) and calls and isinstance(calls[0], dict) else {}
    output = data.get("output") if isinstance(data.get("output"), dict) else {}
    recording = output.get("recording") if isinstance(output.get("recording"), dict) else {}
    name = first.get("contact_name") or first.get("caller_name") or data.get("call_log_name")
    return {
        "started_at": from_epoch_ms(data["timestamp_unix_ms"]),
        "direction": DIRECTIONS.get(str(data.get("direction") or ""), Direction.UNKNOWN),
        "sim_slot": data.get("sim_slot") if isinstance(data.get("sim_slot"), int) else None,
        "number": str(first.get("phone_number") or ""),
        "name": str(name or ""),
        "sample_rate": recording.get("sample_rate"),
        "channels": recording.get("channel_count"),
        "frames": recording.get("frames_total"),
        "duration": recording.get("duration_secs_total"),
        "format": (output.get("format") or {}).get("type")
        if isinstance(output.get("format"), dict)
        else None,
    }


# ------------------------------------------------------------ audio parameters
def _mp4_params(path: Path) -> tuple[int, int, int] | None:
    """(sample_rate, channels, frames) from an MP4/M4A file's first audio track."""
    with path.open("rb") as handle:
        data = handle.read(64 << 20)  # the moov box of a phone recording is small
    rate = channels = frames = None

    def walk(start: int, end: int) -> None:
        nonlocal rate, channels, frames
        pos = start
        while pos + 8 <= end:
            size, box = struct.unpack(">I4s", data[pos : pos + 8])
            header = 8
            if size == 1 and pos + 16 <= end:
                size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
                header = 16
            elif size == 0:
                size = end - pos
            if size < header or pos + size > end:
                return
            body = pos + header
            if box in (b"moov", b"trak", b"mdia", b"minf", b"stbl"):
                walk(body, pos + size)
            elif box == b"mdhd" and frames is None:
                version = data[body]
                if version == 1:
                    scale, length = struct.unpack(">IQ", data[body + 20 : body + 32])
                else:
                    scale, length = struct.unpack(">II", data[body + 12 : body + 20])
                rate, frames = scale, length
            elif box == b"stsd" and channels is None and data[body + 12 : body + 16] == b"mp4a":
                channels = struct.unpack(">H", data[body + 8 + 24 : body + 8 + 26])[0]
            pos += size

    walk(0, len(data))
    if rate and channels and frames is not None:
        return rate, channels, frames
    return None


AMR_NB = (12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0)
AMR_WB = (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, 0, 0, 0, 0, 0, 0)


def _amr_params(path: Path) -> tuple[int, int, int] | None:
    data = path.read_bytes()
    if data.startswith(b"#!AMR-WB\n"):
        sizes, rate, per_frame, pos = AMR_WB, 16000, 320, 9
    elif data.startswith(b"#!AMR\n"):
        sizes, rate, per_frame, pos = AMR_NB, 8000, 160, 6
    else:
        return None
    count = 0
    while pos < len(data):
        pos += 1 + sizes[(data[pos] >> 3) & 0x0F]
        count += 1
    return rate, 1, count * per_frame


def audio_params(path: Path) -> tuple[int, int, int, str]:
    """(sample_rate, channels, frames, format) or ValueError when the file cannot be read."""
    suffix = path.suffix.lower()
    if suffix in {".m4a", ".mp4", ".aac"}:
        found = _mp4_params(path)
        if found:
            return (*found, "M4A")
    elif suffix == ".amr":
        found = _amr_params(path)
        if found:
            return (*found, "AMR")
    else:
        import soundfile

        try:
            info = soundfile.info(str(path))
        except (RuntimeError, soundfile.LibsndfileError) as exc:
            raise ValueError(
                QT_TRANSLATE_NOOP("Import", "the audio cannot be read ({reason})").format(
                    reason=exc
                )
            ) from None
        return info.samplerate, info.channels, info.frames, info.format
    raise ValueError(
        QT_TRANSLATE_NOOP("Import", "the audio's sample rate and length cannot be read")
    )


# ----------------------------------------------------------------- the folder
def read_folder(
    folder: Path,
    *,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> BcrFolder:
    if not folder.is_dir():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{folder} is not a folder of BCR recordings").format(
                folder=folder
            )
        )
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    audio = [p for p in files if p.suffix.lower() in AUDIO_EXTENSIONS]
    result = BcrFolder([])
    for other in files:
        if other.suffix.lower() not in AUDIO_EXTENSIONS and other.suffix.lower() != ".json":
            result.skipped[QT_TRANSLATE_NOOP("Import", "not a recording")] += 1
    if not audio:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{folder} holds no audio files ({extensions})").format(
                folder=folder, extensions=", ".join(sorted(AUDIO_EXTENSIONS))
            )
        )
    for index, path in enumerate(audio):
        if cancel():
            raise ImportCancelled("cancelled while reading the recordings")
        progress(index / len(audio), f"reading {path.name}")
        try:
            result.records.append(_read_one(path, cancel))
        except ValueError as exc:
            result.problems.append(
                QT_TRANSLATE_NOOP("Import", "{file}: {reason}").format(
                    file=path.name, reason=_reason(exc)
                )
            )
            result.skipped[QT_TRANSLATE_NOOP("Import", "unreadable recording")] += 1
    progress(1.0, "recordings read")
    return result


def _read_one(path: Path, cancel: Cancel) -> ContactRecord:
    sidecar = path.with_suffix(".json")
    meta: dict[str, Any]
    if sidecar.is_file():
        if sidecar.stat().st_size > MAX_JSON:
            raise ValueError(
                QT_TRANSLATE_NOOP("Import", "its JSON {file} is too large to be BCR's").format(
                    file=sidecar.name
                )
            )
        try:
            meta = _from_json(json.loads(sidecar.read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            raise ValueError(
                QT_TRANSLATE_NOOP("Import", "its JSON {file} is not BCR's ({reason})").format(
                    file=sidecar.name, reason=exc
                )
            ) from None
    else:
        sidecar = None
        meta = parse_bcr_name(path.stem)
    rate, channels, frames = meta.get("sample_rate"), meta.get("channels"), meta.get("frames")
    fmt = printable(str(meta.get("format") or path.suffix.lstrip(".").upper()))[:32]
    if not (isinstance(rate, int) and rate > 0 and isinstance(channels, int) and channels > 0):
        rate, channels, frames, fmt = audio_params(path)
    elif not isinstance(frames, int) or frames < 0:
        _rate, _channels, frames, _fmt = audio_params(path)
    sha256, size = sha256_file(path, cancel)
    # Text from JSON escapes or a non-UTF-8 file name may hold lone surrogates: store U+FFFD.
    meta["name"] = name = printable(str(meta.get("name") or ""))
    number = printable(str(meta.get("number") or "")).strip()
    shown = printable(path.name)
    shown_sidecar = printable(sidecar.name) if sidecar else ""
    duration = frames / rate if rate else None
    details: dict[str, object] = {
        "importer": "BCR",
        "original_name": shown,
        "metadata": "json" if sidecar else "file name",
        "sim_slot": meta.get("sim_slot"),
    }
    return ContactRecord(
        kind=EventKind.CALL,
        direction=meta["direction"],
        started_at=meta["started_at"],
        number_raw=number,
        withheld=not number,
        duration_s=duration,
        connected=True,
        conversation=True,
        # The source says BCR made it; the name the phone showed is kept there too, and put
        # in words where it is shown (imports.facts): the summary stays the user's own.
        summary="",
        where=f"BCR {shown}" + (f" + {shown_sidecar}" if sidecar else "") + name_field(name),
        identity=f"bcr|{sha256}",
        name_hint=name,
        audio=AudioSource(path, sha256, size, rate, channels, frames, fmt, sidecar, details),
    )
