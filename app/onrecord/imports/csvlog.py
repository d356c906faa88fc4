"""A contact log kept by hand in a spreadsheet, as CSV (UTF-8, comma-separated, header row).

Columns (the template is ``resources/imports/contact-events.csv``; order does not matter,
unknown columns are refused so a typo is not silently dropped):

============  =========  ===================================================================
column        required   meaning
============  =========  ===================================================================
start         yes        ``2026-03-02 07:10`` (read in the case's time zone, or ``timezone``)
                         or with an offset, ``2026-03-02T07:10:00+08:00``
kind          yes        call, missed_call, voicemail, sms, chat, email, letter, visit, other
direction     no         incoming (they contacted me; default), outgoing, unknown
number        no         their number as shown; empty or ``withheld`` for a hidden caller
duration_s    no         seconds, e.g. ``95``
connected     no         yes / no (answered)
conversation  no         yes / no (we talked about the debt)
timezone      no         IANA zone for this row, e.g. ``Asia/Shanghai``
summary       no         what happened, in your words
============  =========  ===================================================================
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

from ..store import validate
from ..store.enums import Direction, EventKind
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
)
REQUIRED = ("start", "kind")
TRUE, FALSE = {"yes", "y", "true", "1", "是"}, {"no", "n", "false", "0", "否"}
MAX_FILE = 64 << 20


def _bool(value: str, where: str, column: str) -> bool | None:
    text = value.strip().lower()
    if not text:
        return None
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ImportFileError(f"{where}: {column} must be yes or no, not {value!r}")


def _start(value: str, zone: str, where: str) -> dt.datetime:
    text = value.strip().replace("/", "-")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ImportFileError(
            f"{where}: start {value!r} is not a date and time like 2026-03-02 07:10"
        ) from None
    if not 2000 <= moment.year <= 2100:
        raise ImportFileError(f"{where}: start {value!r} is not between 2000 and 2100")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.UTC)


def read_csv(path: Path, default_zone: str, region: str) -> list[ContactRecord]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise ImportFileError(f"{path.name} is too large for a contact log")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{path.name} is not UTF-8 (byte {exc.start}); save it as 'CSV UTF-8'"
        ) from None
    if "\x00" in text:
        raise ImportFileError(f"{path.name} contains NUL characters: it is not a CSV text file")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if not header:
        raise ImportFileError(f"{path.name} is empty (the first line must name the columns)")
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        problems = []
        if unknown:
            problems.append(f"unknown column(s) {', '.join(unknown)}")
        if missing:
            problems.append(f"missing column(s) {', '.join(missing)}")
        raise ImportFileError(
            f"{path.name} line 1: {'; '.join(problems)} (columns: {', '.join(COLUMNS)})"
        )
    reader.fieldnames = header
    records: list[ContactRecord] = []
    try:
        for row in reader:
            where = f"{path.name} line {reader.line_num}"
            if None in row:
                raise ImportFileError(f"{where}: more cells than columns")
            values = {k: (v or "").strip() for k, v in row.items()}
            if not any(values.values()):
                continue
            records.append(_record(values, where, default_zone, region))
    except csv.Error as exc:
        raise ImportFileError(f"{path.name} line {reader.line_num}: {exc}") from None
    return records


def _record(values: dict[str, str], where: str, default_zone: str, region: str) -> ContactRecord:
    zone = values.get("timezone") or default_zone
    try:
        zone = validate.timezone(zone)
    except InvalidInputError:
        raise ImportFileError(f"{where}: unknown time zone {zone!r}") from None
    try:
        kind = EventKind(values["kind"].lower())
    except ValueError:
        kinds = ", ".join(k.value for k in EventKind)
        raise ImportFileError(f"{where}: kind {values['kind']!r} is not one of {kinds}") from None
    try:
        direction = Direction((values.get("direction") or "incoming").lower())
    except ValueError:
        raise ImportFileError(
            f"{where}: direction must be incoming, outgoing or unknown, not {values['direction']!r}"
        ) from None
    duration = None
    if values.get("duration_s"):
        try:
            duration = float(values["duration_s"])
        except ValueError:
            raise ImportFileError(
                f"{where}: duration_s {values['duration_s']!r} is not a number"
            ) from None
        if not 0 <= duration < 7 * 24 * 3600:
            raise ImportFileError(f"{where}: duration_s must be between 0 and a week")
    number = values.get("number", "")
    withheld = number.lower() in WITHHELD
    started = _start(values["start"], zone, where)
    key = WITHHELD_KEY if withheld else normalise(number, region).key
    summary = values.get("summary", "")
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
    )
