"""Audacity label files (``start<TAB>end<TAB>text``) read as marks for one recording.

Seconds may use a decimal comma (older Audacity builds wrote the locale's separator). A line
``\\<TAB>low<TAB>high`` after a label is its frequency range and is skipped. A label whose text
starts with a known tag id — ``threat`` or ``threat: said he would come to my work`` — becomes a
mark with that tag; the rest of the text is the mark's note.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..conduct.tags import TAG_IDS
from .common import ImportFileError, LabelRecord

MAX_FILE = 16 << 20
TAG_PREFIX = re.compile(r"^\s*#?(?P<tag>[a-z_]+)\s*(?::\s*(?P<rest>.*))?$", re.DOTALL)


def _seconds(text: str, line: int, what: str) -> float:
    cleaned = text.strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ImportFileError(f"line {line}: the {what} time {text!r} is not a number") from None
    if not 0 <= value < 7 * 24 * 3600 or value != value:
        raise ImportFileError(f"line {line}: the {what} time {text!r} is out of range")
    return value


def split_tag(text: str) -> tuple[str | None, str]:
    match = TAG_PREFIX.match(text)
    if match and match.group("tag") in TAG_IDS:
        return match.group("tag"), (match.group("rest") or "").strip()
    return None, text.strip()


def read_labels(path: Path) -> list[LabelRecord]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise ImportFileError(f"{path.name} is too large to be a label file")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{path.name} is not UTF-8 text (byte {exc.start}); Audacity writes UTF-8"
        ) from None
    labels: list[LabelRecord] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if fields[0] == "\\":
            if not labels:
                raise ImportFileError(f"line {number}: a frequency line with no label before it")
            continue
        if len(fields) < 2:
            raise ImportFileError(
                f"{path.name} line {number}: expected start<TAB>end<TAB>text, got {line[:60]!r}"
            )
        start = _seconds(fields[0], number, "start")
        end = _seconds(fields[1], number, "end")
        if end < start:
            raise ImportFileError(f"{path.name} line {number}: the label ends before it starts")
        if "\x00" in line:
            raise ImportFileError(f"{path.name} line {number}: contains a NUL character")
        tag, note = split_tag("\t".join(fields[2:]))
        labels.append(LabelRecord(start, end, note, tag, number))
    if not labels:
        raise ImportFileError(f"{path.name} has no labels")
    return labels
