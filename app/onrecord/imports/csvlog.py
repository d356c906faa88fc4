"""A contact log kept by hand in a spreadsheet, as CSV (comma-separated, header row).

UTF-8, or the encoding Excel writes "CSV (comma delimited)" in where the case's numbers are:
GB18030 (GBK) for mainland China, Big5 for Taiwan, Hong Kong and Macau — a Chinese Windows
Excel saves CSV that way unless "CSV UTF-8" is picked.

Columns (the template is ``resources/imports/contact-events.csv``; order does not matter,
unknown columns are refused so a typo is not silently dropped):

============  =========  ===================================================================
column        required   meaning
============  =========  ===================================================================
start         yes        ``2026-03-02 07:10`` (read in the case's time zone, or ``timezone``)
                         or with an offset, ``2026-03-02T07:10:00+08:00``
kind          yes        call, missed_call, voicemail, sms, chat, email, letter, visit, other
direction     no         incoming (they contacted me; default), outgoing, to_others (they
                         contacted someone else about my debt), unknown
number        no         their number as shown; empty or ``withheld`` for a hidden caller
duration_s    no         seconds, e.g. ``95``
connected     no         yes / no (answered)
conversation  no         yes / no (we talked about the debt)
timezone      no         IANA zone for this row, e.g. ``Asia/Shanghai``
summary       no         what happened, in your words
tags          no         tag ids, separated by spaces or commas: ``threat third_party`` (as
                         timeline.csv writes them; ``onrecord import --help`` lists them)
============  =========  ===================================================================
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

from ..messages import QT_TRANSLATE_NOOP, Message
from ..store import validate
from ..store.enums import NUMBERLESS_KINDS, Direction, EventKind
from ..store.errors import InvalidInputError
from ..store.phones import WITHHELD, normalise
from .common import WITHHELD_KEY, ContactRecord, ImportFileError

COLUMNS = (
    "start",
    "kind",
    "direction",
    "number",
    "duration_s",
    "connected",
    "conversation",
    "timezone",
    "summary",
    "tags",
)
REQUIRED = ("start", "kind")
TRUE, FALSE = {"yes", "y", "true", "1", "是"}, {"no", "n", "false", "0", "否"}
MAX_FILE = 64 << 20
#: what Excel's plain "CSV" is in, by the case's phone region (its ANSI code page)
LEGACY_ENCODINGS = {"CN": "gb18030", "TW": "big5", "HK": "big5hkscs", "MO": "big5hkscs"}


def _joined(problems: list[Message]) -> Message:
    """Problems joined with "; ", each still translatable."""
    found = {f"problem{i}": p for i, p in enumerate(problems)}
    return Message("; ".join(problems), "", "; ".join(f"{{{k}}}" for k in found), found)


def _bool(value: str, where: str, column: str) -> bool | None:
    text = value.strip().lower()
    if not text:
        return None
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ImportFileError(
        QT_TRANSLATE_NOOP("Import", "{where}: {column} must be yes or no, not {value}").format(
            where=where, column=column, value=repr(value)
        )
    )


def _start(value: str, zone: str, where: str) -> dt.datetime:
    text = value.strip().replace("/", "-")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: start {value} is not a date and time like 2026-03-02 07:10"
            ).format(where=where, value=repr(value))
        ) from None
    if not 2000 <= moment.year <= 2100:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: start {value} is not between 2000 and 2100"
            ).format(where=where, value=repr(value))
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.UTC)


def _decode(data: bytes, region: str) -> str:
    """UTF-8; else the region's Excel encoding, if the whole file is valid in it (raises the
    UTF-8 error otherwise, so the message still says where the file went wrong)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        legacy = LEGACY_ENCODINGS.get(region.upper())
        if legacy is None:
            raise
        try:
            return data.decode(legacy)
        except UnicodeDecodeError:
            pass
        raise


def read_csv(path: Path, default_zone: str, region: str) -> list[ContactRecord]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{file} is too large for a contact log").format(
                    file=path.name
                )
            )
        text = _decode(path.read_bytes(), region)
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is not UTF-8 (byte {byte}); save it as 'CSV UTF-8'"
            ).format(file=path.name, byte=exc.start)
        ) from None
    if "\x00" in text:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} contains NUL characters: it is not a CSV text file"
            ).format(file=path.name)
        )
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if not header:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is empty (the first line must name the columns)"
            ).format(file=path.name)
        )
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        problems = []
        if unknown:
            problems.append(
                QT_TRANSLATE_NOOP("Import", "unknown column(s) {columns}").format(
                    columns=", ".join(unknown)
                )
            )
        if missing:
            problems.append(
                QT_TRANSLATE_NOOP("Import", "missing column(s) {columns}").format(
                    columns=", ".join(missing)
                )
            )
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} line 1: {problems} (columns: {columns})").format(
                file=path.name, problems=_joined(problems), columns=", ".join(COLUMNS)
            )
        )
    reader.fieldnames = header
    records: list[ContactRecord] = []
    try:
        for row in reader:
            where = QT_TRANSLATE_NOOP("Import", "{file} line {line}").format(
                file=path.name, line=reader.line_num
            )
            if None in row:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Import", "{where}: more cells than columns").format(
                        where=where
                    )
                )
            values = {k: (v or "").strip() for k, v in row.items()}
            if not any(values.values()):
                continue
            records.append(_record(values, where, default_zone, region))
    except csv.Error as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} line {line}: {reason}").format(
                file=path.name, line=reader.line_num, reason=exc
            )
        ) from None
    return records


def _record(values: dict[str, str], where: str, default_zone: str, region: str) -> ContactRecord:
    zone = values.get("timezone") or default_zone
    try:
        zone = validate.timezone(zone)
    except InvalidInputError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: unknown time zone {zone}").format(
                where=where, zone=repr(zone)
            )
        ) from None
    try:
        kind = EventKind(values["kind"].lower())
    except ValueError:
        kinds = ", ".join(k.value for k in EventKind)
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: kind {value} is not one of {kinds}").format(
                where=where, value=repr(values["kind"]), kinds=kinds
            )
        ) from None
    try:
        direction = Direction((values.get("direction") or "incoming").lower())
    except ValueError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{where}: direction must be incoming, outgoing, to_others or unknown, not {value}",
            ).format(where=where, value=repr(values["direction"]))
        ) from None
    duration = None
    if values.get("duration_s"):
        try:
            duration = float(values["duration_s"])
        except ValueError:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{where}: duration_s {value} is not a number").format(
                    where=where, value=repr(values["duration_s"])
                )
            ) from None
        if not 0 <= duration < 7 * 24 * 3600:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{where}: duration_s must be between 0 and a week"
                ).format(where=where)
            )
    number = values.get("number", "")
    withheld = number.lower() in WITHHELD
    if withheld and kind in NUMBERLESS_KINDS:  # a letter with no number was not withheld
        number, withheld = "", False
    started = _start(values["start"], zone, where)
    # No number is keyed as before this told letters from hidden callers: a log imported
    # then is recognised now, not imported twice.
    key = WITHHELD_KEY if withheld or not number else normalise(number, region).key
    summary = values.get("summary", "")
    tags = _tags(values.get("tags", ""), where)
    return ContactRecord(
        kind=kind,
        direction=direction,
        started_at=started,
        number_raw="" if withheld else number,
        withheld=withheld,
        duration_s=duration,
        connected=_bool(values.get("connected", ""), where, "connected"),
        conversation=bool(_bool(values.get("conversation", ""), where, "conversation")),
        summary=summary[:20000],
        where=where,
        identity=f"csv|{key}|{started.isoformat()}|{kind.value}|{direction.value}",
        timezone=values.get("timezone") or None,
        tags=tags,
    )


def _tags(text: str, where: str) -> tuple[str, ...]:
    """The row's tag ids ("threat third_party" or "threat, insult"); one OnRecord does not
    know is refused by name, so a typo is not silently dropped (a UK adviser could not tag
    an imported call at all)."""
    from ..conduct.tags import TAGS

    known = {t.id for t in TAGS}
    given = [tag for tag in text.replace(",", " ").split() if tag]
    unknown = [tag for tag in given if tag not in known]
    if unknown:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: unknown tag {tag} (known: {known})").format(
                where=where, tag=repr(unknown[0]), known=", ".join(sorted(known))
            )
        )
    return tuple(dict.fromkeys(given))
