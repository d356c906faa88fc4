"""A contact log kept by hand in a spreadsheet, as CSV (comma-separated, header row).

UTF-8 (with or without the BOM Excel's "CSV UTF-8" writes), or the encoding Excel writes
plain "CSV" in where the case's numbers are: GB18030 (GBK) for mainland China, Big5 for
Taiwan, Hong Kong and Macau.

The columns may be named in English, Simplified or Traditional Chinese, in the words a person
uses (``csvwords``): ``日期, 时间, 电话号码, 类型, 通话时长(分钟), 对方姓名, 备注`` reads as
well as OnRecord's own template (``resources/imports/contact-events*.csv``, one per
language). Order does not matter; a column or a value not understood is refused by its own
name, with the accepted ones, so a typo is not silently dropped.

=================  ========  ==============================================================
column (English)   required  meaning
=================  ========  ==============================================================
start              yes       ``2026-03-02 07:10`` (in the case's time zone, or
                             ``timezone``), ``2026-03-02T07:10:00+08:00``, ``2026/8/10
                             下午3:54``; or a ``date`` column and a ``time`` column
kind               yes       call, missed_call, voicemail, sms, chat, email, letter, visit,
                             other; or incoming / outgoing (a call), rejected (来电, 去电,
                             未接, 拒接, 短信, 语音留言, 上门, 信件, 律师函…)
direction          no        incoming (they contacted me; default, or what the kind says),
                             outgoing, to_others (they contacted someone else about my
                             debt), unknown (呼入, 呼出, 打给家人…)
number             no        their number as shown; empty or ``withheld`` for a hidden caller
name               no        who called, as they said or the phone showed
duration_s         no        seconds; ``duration_min`` minutes; ``duration``: ``3:20`` or
                             ``3分20秒`` (the unit in the value)
connected          no        yes / no (answered); a call with a length was answered
conversation       no        yes / no (we talked about the debt)
timezone           no        IANA zone for this row, e.g. ``Asia/Shanghai``
summary            no        what happened, in your words (several note columns are joined)
tags               no        tag ids or titles, separated by spaces or commas: ``threat
                             third_party`` (as timeline.csv writes them)
=================  ========  ==============================================================
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from ..messages import QT_TRANSLATE_NOOP, Message
from ..store import validate
from ..store.enums import DATE_ONLY_HOUR, DATE_ONLY_KINDS, NUMBERLESS_KINDS, Direction, EventKind
from ..store.errors import InvalidInputError
from ..store.phones import WITHHELD, normalise
from . import csvvalues, csvwords
from .common import WITHHELD_KEY, ContactRecord, ImportFileError
from .csvreadings import Readings

#: OnRecord's own names for the columns, as its English template has them
COLUMNS = csvwords.TEMPLATE_COLUMNS["en"]
MAX_FILE = 64 << 20
#: what Excel's plain "CSV" is in, by the case's phone region (its ANSI code page)
LEGACY_ENCODINGS = {"CN": "gb18030", "TW": "big5", "HK": "big5hkscs", "MO": "big5hkscs"}
#: a date and time as the refusal shows one, by the file's language
DATE_EXAMPLES = {
    "en": "2026-03-02 07:10",
    "zh_CN": "2026/8/10 15:54、2026年8月10日 下午3:54",
    "zh_TW": "2026/8/10 15:54、2026年8月10日 下午3:54",
}
LENGTH_EXAMPLES = {
    "en": "95 s, 3:20, 3 min 20 s",
    "zh_CN": "3:20、3分20秒、95秒",
    "zh_TW": "3:20、3分20秒、95秒",
}
UNIT_NAMES = {"en": ("min", "s"), "zh_CN": ("分钟", "秒"), "zh_TW": ("分鐘", "秒")}
WHEN_ROLES = ("start", "date", "time")


def _joined(problems: list[Message]) -> Message:
    """Problems joined with "; ", each still translatable."""
    found = {f"problem{i}": p for i, p in enumerate(problems)}
    return Message("; ".join(problems), "", "; ".join(f"{{{k}}}" for k in found), found)


@dataclass(frozen=True, slots=True)
class CsvLog:
    """What a log file holds, and how its dates were read where they could be read two ways
    (``csvreadings``: one note per kind, for the preview)."""

    records: list[ContactRecord]
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class Layout:
    """What the header row says: each column's role, in the file's language."""

    file: str
    language: str
    headers: tuple[str, ...]
    roles: dict[str, list[int]]  # role -> column indexes; "" = a column with no name
    unit: str  # the length column's unit: "s", "min" or "" (in the values)

    def header(self, role: str) -> str:
        return self.headers[self.roles[role][0]]

    def when_header(self) -> str:
        return " + ".join(self.header(r) for r in WHEN_ROLES if r in self.roles)

    def list_(self, items: list[str]) -> str:
        return ("、" if self.language != "en" else ", ").join(items)


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
    return read_log(path, default_zone, region).records


def read_log(path: Path, default_zone: str, region: str) -> CsvLog:
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
    rows = csv.reader(io.StringIO(text, newline=""))
    records: list[ContactRecord] = []
    readings = Readings(region)
    try:
        header = next(rows, [])
        if not any(h.strip() for h in header):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} is empty (the first line must name the columns)"
                ).format(file=path.name)
            )
        layout = _layout(header, path.name, region)
        width = len(layout.headers)
        for row in rows:
            where = QT_TRANSLATE_NOOP("Import", "{file} line {line}").format(
                file=path.name, line=rows.line_num
            )
            if len(row) > width:
                # Excel leaves empty cells past the last column; a value there is a mistake
                if any(cell.strip() for cell in row[width:]):
                    raise ImportFileError(
                        QT_TRANSLATE_NOOP("Import", "{where}: more cells than columns").format(
                            where=where
                        )
                    )
                row = row[:width]
            cells = [cell.strip() for cell in row] + [""] * (width - len(row))
            if not any(cells):
                continue
            for index in layout.roles.get("", []):
                if cells[index]:
                    raise ImportFileError(
                        QT_TRANSLATE_NOOP(
                            "Import", "{where}: column {number} has no name but holds {value}"
                        ).format(where=where, number=index + 1, value=repr(cells[index]))
                    )
            records.append(_record(cells, layout, where, default_zone, region, readings))
    except csv.Error as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} line {line}: {reason}").format(
                file=path.name, line=rows.line_num, reason=exc
            )
        ) from None
    return CsvLog(records, readings.notes())


def _layout(header: list[str], file: str, region: str) -> Layout:
    """The header row read, or the refusal naming what it did not understand (in the file's
    words) and the names it would (in the file's language)."""
    headers = tuple(h.strip().lstrip("\ufeff").strip() for h in header)
    language = csvwords.file_language(list(headers), region)
    roles: dict[str, list[int]] = {}
    unknown: list[str] = []
    unit = ""
    for index, name in enumerate(headers):
        if not name:
            roles.setdefault("", []).append(index)
            continue
        found = csvwords.column(name)
        if not found.role:
            unknown.append(name)
            continue
        roles.setdefault(found.role, []).append(index)
        if found.role == "duration":
            unit = found.unit or ""
    names = csvwords.COLUMN_NAMES
    twice = [
        [headers[i] for i in indexes]
        for role, indexes in roles.items()
        if len(indexes) > 1 and role not in ("", "summary", "ignored")
    ]
    when = [r for r in WHEN_ROLES if r in roles]
    if "start" in roles and len(when) > 1:
        twice.append([headers[roles[r][0]] for r in when])
    missing = []
    if not when:
        missing += (
            ["start"]
            if language == "en"
            else [names["date"][language][0], names["time"][language][0]]
        )
    if "kind" not in roles:
        missing.append(names["kind"][language][0])
    problems: list[Message] = []
    if unknown:
        problems.append(
            QT_TRANSLATE_NOOP("Import", "unknown column(s) {columns}").format(
                columns=", ".join(unknown)
            )
        )
    for same in twice:
        problems.append(
            QT_TRANSLATE_NOOP("Import", "columns {columns} say the same thing; keep one").format(
                columns=", ".join(same)
            )
        )
    if missing:
        problems.append(
            QT_TRANSLATE_NOOP("Import", "missing column(s) {columns}").format(
                columns=", ".join(missing)
            )
        )
    if problems:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} line 1: {problems} (columns: {columns})").format(
                file=file, problems=_joined(problems), columns=csvwords.shown_columns(language)
            )
        )
    return Layout(file, language, headers, roles, unit)


def _record(
    cells: list[str],
    layout: Layout,
    where: Message,
    default_zone: str,
    region: str,
    readings: Readings,
) -> ContactRecord:
    def cell(role: str) -> str:
        indexes = layout.roles.get(role)
        return cells[indexes[0]] if indexes else ""

    zone = cell("timezone") or default_zone
    try:
        zone = validate.timezone(zone)
    except InvalidInputError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: unknown time zone {zone}").format(
                where=where, zone=repr(zone)
            )
        ) from None
    word = csvwords.kind_word(cell("kind"))
    if word is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: {column} {value} is not one of {kinds}").format(
                where=where,
                column=layout.header("kind"),
                value=repr(cell("kind")),
                kinds=csvwords.shown_kinds(layout.language),
            )
        )
    kind = word.kind
    direction = _direction(cell("direction"), cell("kind"), layout, where) or word.direction
    duration = _duration(cell("duration"), layout, where)
    number = cell("number")
    if csvwords.key(number) in csvwords.WITHHELD_WORDS:
        number = "withheld"
    withheld = number.lower() in WITHHELD
    if withheld and kind in NUMBERLESS_KINDS:  # a letter with no number was not withheld
        number, withheld = "", False
    started = _start(cells, layout, where, zone, region, kind, readings)
    # No number is keyed as before this told letters from hidden callers: a log imported
    # then is recognised now, not imported twice.
    key = WITHHELD_KEY if withheld or not number else normalise(number, region).key
    direction = direction or Direction.INCOMING
    connected = _bool(cell("connected"), where, layout, "connected")
    if connected is None:
        connected = word.connected
    if connected is None and kind is EventKind.CALL and duration:
        connected = True  # a call that lasted was answered
    summary = "; ".join(cells[i] for i in layout.roles.get("summary", []) if cells[i])
    return ContactRecord(
        kind=kind,
        direction=direction,
        started_at=started,
        number_raw="" if withheld else number,
        withheld=withheld,
        duration_s=duration,
        connected=connected,
        conversation=bool(_bool(cell("conversation"), where, layout, "conversation")),
        summary=summary[:20000],
        where=where,
        identity=f"csv|{key}|{started.isoformat()}|{kind.value}|{direction.value}",
        timezone=cell("timezone") or None,
        name_hint=cell("name")[:200],
        tags=_tags(cell("tags"), where, layout.language),
    )


def _bool(value: str, where: str, layout: Layout, role: str) -> bool | None:
    text = csvwords.key(value)
    if not text:
        return None
    if text in csvwords.YES:
        return True
    if text in csvwords.NO:
        return False
    raise ImportFileError(
        QT_TRANSLATE_NOOP("Import", "{where}: {column} must be yes or no, not {value}").format(
            where=where, column=layout.header(role), value=repr(value)
        )
    )


def _direction(text: str, kind_text: str, layout: Layout, where: Message) -> Direction | None:
    """The direction column's value; a kind that names a direction (来电, 去电) must agree."""
    if not text:
        return None
    direction = csvwords.direction_word(text)
    if direction is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: {column} {value} is not one of {directions}"
            ).format(
                where=where,
                column=layout.header("direction"),
                value=repr(text),
                directions=csvwords.shown_directions(layout.language),
            )
        )
    said = csvwords.direction_word(kind_text)
    both = {Direction.INCOMING, Direction.OUTGOING}
    if said in both and direction in both and said != direction:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: {kind_column} {kind} and {column} {value} disagree"
            ).format(
                where=where,
                kind_column=layout.header("kind"),
                kind=repr(kind_text),
                column=layout.header("direction"),
                value=repr(text),
            )
        )
    return direction


def _duration(text: str, layout: Layout, where: Message) -> float | None:
    if not text:
        return None
    column = layout.header("duration")
    try:
        duration = csvvalues.seconds(text, layout.unit)
    except csvvalues.NoUnit:
        minutes, seconds = UNIT_NAMES[layout.language]
        base = re.sub(r"\s*[(\[（【].*$", "", column) or column
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{where}: {column} {value} does not say minutes or seconds: write it like "
                "{examples}, or name the column {named}",
            ).format(
                where=where,
                column=column,
                value=repr(text),
                examples=LENGTH_EXAMPLES[layout.language],
                named=layout.list_([f"{base}({minutes})", f"{base}({seconds})"]),
            )
        ) from None
    except csvvalues.Unreadable:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: {column} {value} is not a length like {examples}"
            ).format(
                where=where,
                column=column,
                value=repr(text),
                examples=LENGTH_EXAMPLES[layout.language],
            )
        ) from None
    if not 0 <= duration < 7 * 24 * 3600:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where}: {column} must be between 0 and a week").format(
                where=where, column=column
            )
        )
    return duration


def _start(
    cells: list[str],
    layout: Layout,
    where: Message,
    zone: str,
    region: str,
    kind: EventKind,
    readings: Readings,
) -> dt.datetime:
    """The moment from ``start``, or from ``date`` and ``time`` (a ``time`` column alone may
    hold the date too)."""
    given = " ".join(cells[layout.roles[r][0]] for r in WHEN_ROLES if r in layout.roles).strip()
    today = dt.datetime.now(ZoneInfo(zone)).date()
    try:
        found = csvvalues.moment(given, region, today)
    except csvvalues.Unreadable:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: {column} {value} is not a date and time like {example}"
            ).format(
                where=where,
                column=layout.when_header(),
                value=repr(given),
                example=DATE_EXAMPLES[layout.language],
            )
        ) from None
    moment = found.value
    if not found.has_time:
        if kind not in DATE_ONLY_KINDS:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{where}: {column} {value} has no time of day (like 15:54); only a letter "
                    "may have a date alone",
                ).format(where=where, column=layout.when_header(), value=repr(given))
            )
        moment = moment.replace(hour=DATE_ONLY_HOUR)
    if not 2000 <= moment.year <= 2100:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{where}: {column} {value} is not between 2000 and 2100"
            ).format(where=where, column=layout.when_header(), value=repr(given))
        )
    readings.add(found)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.UTC)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _tags(text: str, where: str, language: str) -> tuple[str, ...]:
    """The row's tags, by id ("threat third_party") or by title in any of our languages
    ("威胁（暴力或伤害）、联系或扬言联系第三方"); one OnRecord does not know is refused by
    name, so a typo is not silently dropped (a UK adviser could not tag an imported call)."""
    from ..conduct.tags import TAGS

    if not text:
        return ()
    titles: dict[str, str] = {}
    for tag in TAGS:
        for title in tag.titles.values():
            titles[_fold(title)] = tag.id
            titles[_fold(re.sub(r"\s*[（(].*?[)）]", "", title))] = tag.id
    ids = {tag.id: tag.id for tag in TAGS}
    rest = _fold(text)
    found: list[tuple[int, str]] = []
    for title in sorted(titles, key=len, reverse=True):  # titles hold spaces and 、
        while len(title) > 3 and (at := rest.find(title)) >= 0:
            found.append((at, titles[title]))
            rest = rest[:at] + " " * len(title) + rest[at + len(title) :]
    for token in re.finditer(r"[^\s,;、/|]+", rest):
        tag_id = ids.get(token[0]) or titles.get(token[0])
        if tag_id is None:
            known = (
                ", ".join(sorted(ids))
                if language == "en"
                else "、".join(t.title(language) for t in TAGS)
            )
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{where}: unknown tag {tag} (known: {known})").format(
                    where=where, tag=repr(text[token.start() : token.end()]), known=known
                )
            )
        found.append((token.start(), tag_id))
    return tuple(dict.fromkeys(tag_id for _at, tag_id in sorted(found)))


#: the blank template and its guide per language, and the name a save dialog suggests
TEMPLATES = {
    "en": ("contact-events.csv", "contact-events.md", "contact-events.csv"),
    "zh_CN": ("contact-events.zh_CN.csv", "contact-events.zh_CN.md", "联系记录.csv"),
    "zh_TW": ("contact-events.zh_TW.csv", "contact-events.zh_TW.md", "聯絡記錄.csv"),
}


def template(language: str) -> tuple[str, bytes, bytes]:
    """(the file name to suggest, the blank CSV, its guide) in ``language``: the Chinese
    ones start with a byte-order mark, so Excel on Chinese Windows opens them as UTF-8."""
    from importlib import resources

    csv_name, guide_name, suggested = TEMPLATES.get(language, TEMPLATES["en"])
    folder = resources.files("onrecord") / "resources" / "imports"
    return suggested, (folder / csv_name).read_bytes(), (folder / guide_name).read_bytes()
