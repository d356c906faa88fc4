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
from ..messages import QT_TRANSLATE_NOOP
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
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "line {line}: the {what} time {value} is not a number"
            ).format(line=line, what=what, value=repr(text))
        ) from None
    if not 0 <= value < 7 * 24 * 3600 or value != value:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "line {line}: the {what} time {value} is out of range"
            ).format(line=line, what=what, value=repr(text))
        )
    return value


def split_tag(text: str) -> tuple[str | None, str]:
    match = TAG_PREFIX.match(text)
    if match and match.group("tag") in TAG_IDS:
        return match.group("tag"), (match.group("rest") or "").strip()
    return None, text.strip()


def read_labels(path: Path) -> list[LabelRecord]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{file} is too large to be a label file").format(
                    file=path.name
                )
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is not UTF-8 text (byte {byte}); Audacity writes UTF-8"
            ).format(file=path.name, byte=exc.start)
        ) from None
    labels: list[LabelRecord] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if fields[0] == "\\":
            if not labels:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import", "line {line}: a frequency line with no label before it"
                    ).format(line=number)
                )
            continue
        if len(fields) < 2:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} line {line}: expected start<TAB>end<TAB>text, got {text}"
                ).format(file=path.name, line=number, text=repr(line[:60]))
            )
        start = _seconds(fields[0], number, QT_TRANSLATE_NOOP("Import", "start"))
        end = _seconds(fields[1], number, QT_TRANSLATE_NOOP("Import", "end"))
        if end < start:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} line {line}: the label ends before it starts"
                ).format(file=path.name, line=number)
            )
        if "\x00" in line:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{file} line {line}: contains a NUL character").format(
                    file=path.name, line=number
                )
            )
        tag, note = split_tag("\t".join(fields[2:]))
        labels.append(LabelRecord(start, end, note, tag, number))
    if not labels:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} has no labels").format(file=path.name)
        )
    return labels
