"""SMS Backup & Restore (SyncTech) ``calls-*.xml`` and ``sms-*.xml`` files, read as a stream.

The files can be hundreds of MB (MMS carry their media as base64), so they are parsed with
``defusedxml.ElementTree.iterparse`` and each record is cleared once read. Hostile XML is
refused before anything is read from it: a DTD of any kind (which is where "billion laughs"
entity bombs and external entities live) stops the parse — a real backup never has one.

Field meanings (formats.md): ``date`` is epoch milliseconds UTC, ``duration`` seconds; call
``type`` 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 refused list; SMS ``type``
1 received, 2 sent (3–6 drafts and failures are skipped); MMS ``msg_box`` the same, its
``<addr type=137>`` is the sender and ``151`` a recipient. The literal string ``"null"`` means
missing; a withheld caller appears as ``-1``/``-2``, an empty number or presentation 2–4.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from ..messages import QT_TRANSLATE_NOOP
from ..store.enums import Direction, EventKind
from ..store.phones import normalise
from .common import (
    WITHHELD_KEY,
    Cancel,
    ContactRecord,
    CountingReader,
    ImportFileError,
    Progress,
    from_epoch_ms,
    never_cancel,
    no_progress,
)
from .facts import ALSO_TO_FIELD, FIELD_LIMIT, MEDIA_FIELD, name_field

NULL = "null"
WITHHELD_NUMBERS = {"", "-1", "-2", "-3", "-4", NULL}

# type -> (kind, direction); what 3-6 say besides (rejected...): facts.CALL_TYPE_FACTS
CALL_TYPES: dict[str, tuple[EventKind, Direction]] = {
    "1": (EventKind.CALL, Direction.INCOMING),
    "2": (EventKind.CALL, Direction.OUTGOING),
    "3": (EventKind.MISSED_CALL, Direction.INCOMING),
    "4": (EventKind.VOICEMAIL, Direction.INCOMING),
    "5": (EventKind.MISSED_CALL, Direction.INCOMING),
    "6": (EventKind.MISSED_CALL, Direction.INCOMING),
}
MESSAGE_BOXES = {"1": Direction.INCOMING, "2": Direction.OUTGOING}
SKIPPED_BOXES = {
    "3": QT_TRANSLATE_NOOP("Import", "draft"),
    "4": QT_TRANSLATE_NOOP("Import", "outbox"),
    "5": QT_TRANSLATE_NOOP("Import", "failed"),
    "6": QT_TRANSLATE_NOOP("Import", "queued"),
}
MMS_FROM, MMS_TO = "137", "151"
MAX_SUMMARY = 20000
# Before 2000 or after 2100 a "date" is a broken record, not a call.
EARLIEST_MS, LATEST_MS = 946_684_800_000, 4_102_444_800_000


@dataclass
class BackupContents:
    kind: str  # "calls" or "sms"
    records: list[ContactRecord]
    skipped: Counter[str] = field(default_factory=Counter)
    declared_count: int | None = None


def _attr(element: Element, name: str) -> str:
    value = element.get(name, "")
    return "" if value.strip().lower() == NULL else value.strip()


def _number_key(region: str) -> Callable[[str], str]:
    cache: dict[str, str] = {}

    def key(raw: str) -> str:
        if raw not in cache:
            cache[raw] = normalise(raw, region).key if raw else WITHHELD_KEY
        return cache[raw]

    return key


def _date(element: Element, where: str, *, seconds_ok: bool = False) -> tuple[int, dt.datetime]:
    text = _attr(element, "date")
    try:
        value = int(text)
    except ValueError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where} has no valid date ({value})").format(
                where=where, value=repr(text)
            )
        ) from None
    if seconds_ok and 0 < value < 100_000_000_000:  # some MMS dates are in seconds
        value *= 1000
    if not EARLIEST_MS <= value <= LATEST_MS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where} has a date outside 2000–2100 ({value})").format(
                where=where, value=text
            )
        )
    return value, from_epoch_ms(value)


def _withheld(number: str) -> bool:
    return number in WITHHELD_NUMBERS or number.lower() in {"private", "unknown", "anonymous"}


def _call(element: Element, where: str, key: Callable[[str], str]) -> ContactRecord | str:
    call_type = _attr(element, "type")
    if call_type not in CALL_TYPES:
        return QT_TRANSLATE_NOOP("Import", "unknown call type {value}").format(
            value=call_type or "missing"
        )
    kind, direction = CALL_TYPES[call_type]
    date_ms, started = _date(element, where)
    number = _attr(element, "number")
    presentation = _attr(element, "presentation")
    withheld = _withheld(number) or presentation in {"2", "3", "4"}
    duration_text = _attr(element, "duration")
    try:
        duration = float(int(duration_text)) if duration_text else None
    except ValueError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where} has an invalid duration ({value})").format(
                where=where, value=repr(duration_text)
            )
        ) from None
    if duration is not None and not 0 <= duration < 7 * 24 * 3600:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{where} has an impossible duration ({value} s)").format(
                where=where, value=duration_text
            )
        )
    answered = kind == EventKind.CALL and bool(duration)
    name = _attr(element, "contact_name")
    name = "" if name == "(Unknown)" else name
    raw = "" if withheld else number
    # What the log says beyond the number (rejected, withheld, the name it was saved under)
    # is kept in the source detail as the log wrote it, and put in words where it is shown
    # (imports.facts): in the reader's language, and the summary stays the user's own.
    return ContactRecord(
        kind=kind,
        direction=direction,
        started_at=started,
        number_raw=raw,
        withheld=withheld,
        duration_s=duration,
        connected=answered if kind == EventKind.CALL else False,
        conversation=answered,
        summary="",
        where=f"{where}: number={number or 'none'!r} type={call_type} "
        f"presentation={presentation or 'none'}" + name_field(name),
        identity=f"call|{key(raw)}|{date_ms}|{call_type}",
        name_hint=name,
    )


def _sms(element: Element, where: str, key: Callable[[str], str]) -> ContactRecord | str:
    box = _attr(element, "type")
    if box in SKIPPED_BOXES:
        return QT_TRANSLATE_NOOP("Import", "SMS {box}").format(box=SKIPPED_BOXES[box])
    if box not in MESSAGE_BOXES:
        return QT_TRANSLATE_NOOP("Import", "unknown SMS type {value}").format(
            value=box or "missing"
        )
    date_ms, started = _date(element, where)
    number = _attr(element, "address")
    withheld = _withheld(number)
    raw = "" if withheld else number
    subject, body = _attr(element, "subject"), element.get("body", "")
    text = "\n".join(part for part in (subject, body) if part)
    return ContactRecord(
        kind=EventKind.SMS,
        direction=MESSAGE_BOXES[box],
        started_at=started,
        number_raw=raw,
        withheld=withheld,
        duration_s=None,
        connected=None,
        conversation=False,
        summary=text[:MAX_SUMMARY],
        where=f"{where}: address={number or 'none'!r} type={box}",
        identity=f"sms|{key(raw)}|{date_ms}|{box}",
        name_hint=_attr(element, "contact_name").replace("(Unknown)", ""),
    )


def _mms(element: Element, where: str, key: Callable[[str], str]) -> ContactRecord | str:
    box = _attr(element, "msg_box")
    if box in SKIPPED_BOXES:
        return QT_TRANSLATE_NOOP("Import", "MMS {box}").format(box=SKIPPED_BOXES[box])
    if box not in MESSAGE_BOXES:
        return QT_TRANSLATE_NOOP("Import", "unknown MMS box {value}").format(value=box or "missing")
    direction = MESSAGE_BOXES[box]
    date_ms, started = _date(element, where, seconds_ok=True)
    senders, recipients = [], []
    for addr in element.iter("addr"):
        address = _attr(addr, "address")
        if addr.get("type") == MMS_FROM:
            senders.append(address)
        elif addr.get("type") == MMS_TO:
            recipients.append(address)
    fallback = _attr(element, "address").split("~")[0]
    wanted = senders if direction == Direction.INCOMING else recipients
    number = next((a for a in wanted if a and a.lower() != "insert-address-token"), fallback)
    withheld = _withheld(number)
    raw = "" if withheld else number
    texts, media = [], []
    for part in element.iter("part"):
        content_type = _attr(part, "ct").lower()
        if content_type == "text/plain":
            texts.append(part.get("text", ""))
        elif content_type and content_type != "application/smil":
            name = _attr(part, "name") or _attr(part, "cl")
            media.append(f"{content_type}{' ' + name if name else ''}")
    subject = _attr(element, "sub")
    # The message's own words only: what was not imported (a picture) and who else it went
    # to are facts of the phone's record, said in the reader's language (imports.facts)
    summary = "\n".join(t for t in (subject, *texts) if t)
    others = [a for a in recipients if a and a != number]
    facts = ""
    if media:
        facts += f" {MEDIA_FIELD}={'; '.join(media)[:FIELD_LIMIT]!r}"
    if direction == Direction.OUTGOING and others:
        facts += f" {ALSO_TO_FIELD}={', '.join(others[:10])[:FIELD_LIMIT]!r}"
    return ContactRecord(
        kind=EventKind.SMS,
        direction=direction,
        started_at=started,
        number_raw=raw,
        withheld=withheld,
        duration_s=None,
        connected=None,
        conversation=False,
        summary=summary.strip()[:MAX_SUMMARY],
        where=f"{where}: MMS from/to {number or 'none'!r} msg_box={box}{facts}",
        identity=f"mms|{key(raw)}|{date_ms}|{box}",
        name_hint=_attr(element, "contact_name").replace("(Unknown)", ""),
    )


ROOTS = {"calls": ("calls", {"call": _call}), "smses": ("sms", {"sms": _sms, "mms": _mms})}


def _events(source: CountingReader) -> Iterator[tuple[str, Element]]:
    return SafeET.iterparse(
        source,
        events=("start", "end"),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    )


def read_backup(
    path: Path,
    region: str,
    *,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> BackupContents:
    """Read one backup file; raise ImportFileError naming the element or line that is wrong."""
    name = path.name
    key = _number_key(region)
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    contents: BackupContents | None = None
    parsers: dict[str, Callable[..., ContactRecord | str]] = {}
    depth, counts = 0, Counter[str]()
    root: Element | None = None
    try:
        with handle:
            for event, element in _events(CountingReader(handle, size, progress, cancel, name)):
                if event == "start":
                    depth += 1
                    if depth == 1:
                        root = element
                        if element.tag not in ROOTS:
                            raise ImportFileError(
                                QT_TRANSLATE_NOOP(
                                    "Import",
                                    "{file} is not an SMS Backup & Restore file "
                                    "(its root element is {root}, not <calls> or <smses>)",
                                ).format(file=name, root=f"<{element.tag}>")
                            )
                        kind, parsers = ROOTS[element.tag]
                        declared = _attr(element, "count")
                        contents = BackupContents(
                            kind, [], declared_count=int(declared) if declared.isdecimal() else None
                        )
                    continue
                depth -= 1
                if depth != 1 or contents is None:
                    continue
                counts[element.tag] += 1
                where = f"{name}, <{element.tag}> #{counts[element.tag]}"
                parse = parsers.get(element.tag)
                result = (
                    parse(element, where, key)
                    if parse
                    else QT_TRANSLATE_NOOP("Import", "{element} element").format(
                        element=f"<{element.tag}>"
                    )
                )
                if isinstance(result, str):
                    contents.skipped[result] += 1
                else:
                    contents.records.append(result)
                element.clear()
                if root is not None:
                    root.clear()
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        after = sum(counts.values())
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} is damaged or incomplete at line {line}, column {column} "
                "(after {after} complete record(s)): {reason}",
            ).format(file=name, line=line, column=column, after=after, reason=_reason(exc))
        ) from None
    except defusedxml.DTDForbidden:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} was refused: it contains a document type declaration (DTD). Backups never "
                "do; DTDs are how entity-expansion ('billion laughs') and external-entity attacks "
                "work, so the file is not read",
            ).format(file=name)
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} was refused: it declares XML entities or external references, which "
                "backups never contain (a possible entity-expansion attack)",
            ).format(file=name)
        ) from None
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} has text that is not valid in its encoding: {reason}"
            ).format(file=name, reason=exc)
        ) from None
    if contents is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "{file} is empty").format(file=name))
    return contents


def _reason(exc: ParseError) -> str:
    text = str(exc)
    return text.split(":")[0] if ": line" in text else text
