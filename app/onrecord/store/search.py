"""Read-only queries for the review, timeline and search screens (plain rows, no Qt).

These read many rows at once (a case may hold 10 000 events and 100 000 marks), so they select
the columns they need as tuples instead of loading ORM objects, and keep times as the stored
UTC text (which sorts as text) until a row is shown.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy import case as sql_case

from ..conduct.tags import LANGUAGES, TAGS
from ..messages import QT_TRANSLATE_NOOP, term
from . import lookup
from .confirmations import CONFIRMATIONS_SQL, Confirmation, from_body
from .engine import Store
from .errors import NotFoundError
from .models import (
    Case,
    ContactEvent,
    EventTag,
    Mark,
    MarkRevision,
    Party,
    PhoneNumber,
    Recording,
)
from .phones import pretty
from .scriptfold import fold, forms

_pretty = functools.lru_cache(maxsize=4096)(pretty)


def parse_utc(text: str) -> dt.datetime:
    """Stored UTC text (``2026-03-02T07:10:00.000000Z``) as an aware datetime."""
    return dt.datetime.fromisoformat(text)


@dataclass(slots=True)
class EventRow:
    """One contact event as the timeline shows it."""

    id: int
    kind: str
    direction: str
    started_utc: str  # stored UTC text: sorts as time
    local: dt.datetime  # in the zone the event happened in
    zone: str
    duration_s: float | None
    connected: bool | None
    number_id: int | None
    number: str
    party_id: int | None
    party: str
    source: str
    summary: str
    notice: str | None
    recording_ids: list[int] = field(default_factory=list)
    mark_count: int = 0
    tags: set[str] = field(default_factory=set)  # live tags on the event and its marks
    file_count: int = 0  # files attached to it (not those withdrawn)
    #: set when the user withdrew it as logged by mistake: shown, counted nowhere
    withdrawn_at: dt.datetime | None = None
    withdrawn_reason: str = ""
    #: where an import found it; holds what the phone's record said (imports.facts)
    source_detail: str = ""
    #: the phone's call log's lines filed with this recorded call (store.confirmations); a
    #: tuple, not a list: 10 000 rows' empty lists made the timeline's garbage collector run
    #: often enough to slow its opening by half (benchmarks/bench_review.py)
    confirmations: tuple[Confirmation, ...] = ()

    @property
    def has_recording(self) -> bool:
        return bool(self.recording_ids)

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def as_count_row(self) -> dict[str, object]:
        """The plain row ``evidence.charts.contact_counts`` counts."""
        return {
            "kind": self.kind,
            "direction": self.direction,
            "started_at": self.local,
            "withdrawn_at": self.withdrawn_at,
        }


def _text(column: object) -> object:
    return type_coerce(column, String)


def _latest_revisions(recording_filter: object | None = None):  # type: ignore[no-untyped-def]
    """(mark_id, number) of each mark's newest revision, as a subquery."""
    query = select(MarkRevision.mark_id, func.max(MarkRevision.number).label("number"))
    if recording_filter is not None:
        query = query.join(Mark, Mark.id == MarkRevision.mark_id).where(recording_filter)
    return query.group_by(MarkRevision.mark_id).subquery()


@contextlib.contextmanager
def _reading(store: Store) -> Iterator[Any]:
    """A plain read transaction on the SQLite driver (a consistent snapshot).

    ``Store.session()`` begins every transaction IMMEDIATE (it takes the write lock), which is
    right for changes but would make a long background read hold up every other session; in
    WAL mode a deferred read takes no lock at all. For 100 000 rows the driver is also ~100 ms
    faster than SQLAlchemy's result processing (measured).
    """
    if store.path is None:  # in-memory store: one shared connection, use it as a session does
        with store.session() as session:
            yield session.connection().connection.driver_connection
        return
    pooled = store.engine.raw_connection()
    try:
        raw = pooled.driver_connection
        raw.execute("BEGIN DEFERRED")
        try:
            yield raw
        finally:
            raw.execute("ROLLBACK")
    finally:
        pooled.close()


def _case_id(raw: Any, case_id: int | str) -> int:
    text = str(case_id).strip()
    row = raw.execute(
        "SELECT id FROM case_file WHERE id = ? OR reference = ? ORDER BY id = ? DESC LIMIT 1",
        (int(text) if text.isdigit() else -1, text, int(text) if text.isdigit() else -1),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Store", "there is no case {case} (see `onrecord cases`)").format(
                case=repr(case_id)
            )
        )
    return int(row[0])


def _retracted_marks(raw: Any) -> set[int]:
    """Ids of marks whose newest revision is a retraction (few: read only those)."""
    newest: dict[int, tuple[int, bool]] = {}
    for mark_id, number, retracted in raw.execute(
        "SELECT mark_id, number, retracted FROM mark_revision WHERE mark_id IN"
        " (SELECT mark_id FROM mark_revision WHERE retracted)"
    ).fetchall():
        if mark_id not in newest or number > newest[mark_id][0]:
            newest[mark_id] = (number, bool(retracted))
    return {mark_id for mark_id, (_n, retracted) in newest.items() if retracted}


MarkSummary = dict[int, tuple[int, set[str]]]  # event id -> (marks, live mark tags)


def _mark_summary(raw: Any, case_id: int) -> MarkSummary:
    """Counted by SQLite (which releases the GIL while it works, so a background read leaves
    the screen responsive); the few retracted marks are then taken off in Python."""
    counts = raw.execute(
        "SELECT r.event_id, m.tag, count(*) FROM mark m"
        " JOIN recording r ON r.id = m.recording_id"
        " JOIN contact_event e ON e.id = r.event_id"
        " WHERE e.case_id = ? GROUP BY r.event_id, m.tag",
        (case_id,),
    ).fetchall()
    withdrawn: dict[tuple[int, str | None], int] = {}
    retracted = _retracted_marks(raw)
    if retracted:
        marks = ",".join(str(int(m)) for m in retracted)
        for event_id, tag in raw.execute(
            "SELECT r.event_id, m.tag FROM mark m JOIN recording r ON r.id = m.recording_id"
            f" WHERE m.id IN ({marks})"  # integers only, from the database itself
        ).fetchall():
            withdrawn[(event_id, tag)] = withdrawn.get((event_id, tag), 0) + 1
    summary: MarkSummary = {}
    for event_id, tag, count in counts:
        total, tags = summary.get(event_id, (0, set()))
        if tag and count > withdrawn.get((event_id, tag), 0):
            tags.add(tag)
        summary[event_id] = (total + count, tags)
    return summary


def mark_summary(store: Store, case_id: int | str) -> MarkSummary:
    """Per event of a case: how many marks its recordings carry, and their live tags."""
    with _reading(store) as raw:
        return _mark_summary(raw, _case_id(raw, case_id))


def apply_mark_summary(rows: list[EventRow], summary: MarkSummary) -> None:
    for row in rows:
        count, tags = summary.get(row.id, (0, set()))
        row.mark_count = count
        row.tags |= tags


_EVENTS_SQL = (
    "SELECT id, kind, direction, started_at, timezone, duration_s, connected, phone_number_id,"
    " party_id, source, summary, notice, withdrawn_at, withdrawn_reason, source_detail"
    " FROM contact_event"
    " WHERE case_id = ?"
    " ORDER BY started_at, id"
)


def timeline_rows(store: Store, case_id: int | str, *, with_marks: bool = True) -> list[EventRow]:
    """Every contact event of a case, oldest first, with its recordings, marks, tags and
    how many files are attached to it.

    ``with_marks=False`` leaves out the mark counts and mark tags (the slow part with 100 000
    marks): a screen can show the rows at once and add :func:`mark_summary` when it is read.
    """
    with _reading(store) as raw:
        case = _case_id(raw, case_id)
        numbers = {
            number_id: _pretty(e164, text)
            for number_id, e164, text in raw.execute(
                "SELECT id, e164, raw FROM phone_number WHERE case_id = ?", (case,)
            ).fetchall()
        }
        parties = dict(raw.execute("SELECT id, name FROM party WHERE case_id = ?", (case,)))
        zones: dict[str, ZoneInfo] = {}
        rows: list[EventRow] = []
        by_id: dict[int, EventRow] = {}
        for r in raw.execute(_EVENTS_SQL, (case,)).fetchall():
            zone = zones.get(r[4]) or zones.setdefault(r[4], ZoneInfo(r[4]))
            row = EventRow(
                id=r[0],
                kind=r[1],
                direction=r[2],
                started_utc=r[3],
                local=parse_utc(r[3]).astimezone(zone),
                zone=r[4],
                duration_s=r[5],
                connected=None if r[6] is None else bool(r[6]),
                number_id=r[7],
                number=numbers.get(r[7], "") if r[7] is not None else "",
                party_id=r[8],
                party=parties.get(r[8], "") if r[8] is not None else "",
                source=r[9],
                summary=r[10] or "",
                notice=r[11],
                withdrawn_at=None if r[12] is None else parse_utc(r[12]),
                withdrawn_reason=r[13] or "",
                source_detail=r[14] or "",
            )
            rows.append(row)
            by_id[row.id] = row
        for event_id, recording_id in raw.execute(
            "SELECT r.event_id, r.id FROM recording r JOIN contact_event e ON e.id = r.event_id"
            " WHERE e.case_id = ? ORDER BY r.started_at, r.id",
            (case,),
        ).fetchall():
            by_id[event_id].recording_ids.append(recording_id)
        for event_id, tag in raw.execute(
            "SELECT t.event_id, t.tag FROM event_tag t JOIN contact_event e ON e.id = t.event_id"
            " WHERE e.case_id = ? AND NOT t.retracted",
            (case,),
        ).fetchall():
            by_id[event_id].tags.add(tag)
        for event_id, files in raw.execute(
            "SELECT a.event_id, count(*) FROM attachment a JOIN contact_event e"
            " ON e.id = a.event_id WHERE e.case_id = ? AND a.withdrawn_at IS NULL"
            " GROUP BY a.event_id",
            (case,),
        ).fetchall():
            by_id[event_id].file_count = files
        for event_id, body in raw.execute(CONFIRMATIONS_SQL).fetchall():
            confirmation = from_body(event_id, body) if event_id in by_id else None
            if confirmation is not None:
                row = by_id[event_id]
                row.confirmations = (*row.confirmations, confirmation)
        if with_marks:
            apply_mark_summary(rows, _mark_summary(raw, case))
        return rows


@dataclass(slots=True)
class MarkRow:
    """One mark with its current revision, as the review screen shows it."""

    id: int
    frame: int
    tag: str | None
    text: str
    retracted: bool
    added_later: bool
    revisions: int
    wall_utc: str


def mark_rows(store: Store, recording_id: int) -> list[MarkRow]:
    """The marks of a recording in audio order, each with its newest revision."""
    in_recording = Mark.recording_id == recording_id
    latest = _latest_revisions(in_recording)
    query = (
        select(
            Mark.id,
            Mark.frame,
            Mark.tag,
            MarkRevision.text,
            MarkRevision.retracted,
            Mark.added_later,
            latest.c.number,
            _text(Mark.wall_time),
        )
        .join(latest, latest.c.mark_id == Mark.id)
        .join(
            MarkRevision,
            (MarkRevision.mark_id == Mark.id) & (MarkRevision.number == latest.c.number),
        )
        .where(in_recording)
        .order_by(Mark.frame, Mark.id)
    )
    with store.session() as s:
        return [MarkRow(*r) for r in s.execute(query)]


def mark_history(store: Store, mark_id: int) -> list[MarkRevision]:
    """Every revision of a mark's note, oldest first (the old text is never lost)."""
    with store.session() as s:
        query = select(MarkRevision).where(MarkRevision.mark_id == mark_id)
        return list(s.scalars(query.order_by(MarkRevision.number)))


# ------------------------------------------------------------------ search
@dataclass(frozen=True, slots=True)
class SearchHit:
    """One thing that matched: a mark (opens the call there), an event, a person or a number."""

    kind: str  # "mark" | "event" | "party" | "number"
    case_id: int
    case_title: str
    text: str  # what matched, as the user wrote it
    when_utc: str | None = None
    zone: str | None = None
    event_id: int | None = None
    recording_id: int | None = None
    frame: int | None = None
    tag: str | None = None
    retracted: bool = False
    #: an event's: its source and source detail, which hold what the phone's record said of
    #: an imported contact (imports.facts: "rejected", the name it was saved under)
    source: str = ""
    source_detail: str = ""


def _tags_matching(words: str) -> set[str]:
    needle = fold(words.casefold())
    # Folding leaves Latin text where it was: a Latin needle needs no folded titles.
    script = (lambda title: title) if needle.isascii() else fold
    return {
        t.id
        for t in TAGS
        if needle in t.id.casefold()
        or any(needle in script(t.title(language).casefold()) for language in LANGUAGES)
    }


def _like(words: str) -> str:
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_GLOB_LITERAL = {"*": "[*]", "?": "[?]", "[": "[[]"}


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _contains(words: str) -> Callable[[Any], Any]:
    """``column -> condition``: the column holds ``words``, ignoring the case of Latin letters
    (ASCII only, as SQLite's LIKE does) and whether Chinese is Simplified or Traditional.

    Words with no character that has another form are a LIKE, as always. Otherwise SQLite is
    asked for a GLOB with every form of such a character (威[胁脅]), so no stored text is folded
    row by row (a Python function called for each of 100 000 marks would add about 90 ms).
    A GLOB is slower than a LIKE when a set comes first, so ``instr`` first finds the rows
    that hold a stretch of the words written the same in either script and case (款 of 還款),
    or one form of their first Chinese character; only those are matched against the GLOB.
    """
    either = [forms(char) for char in words]
    if all(len(chars) == 1 for chars in either):
        like = _like(words)
        return lambda column: column.ilike(like, escape="\\")
    pattern = (
        "*"
        + "".join(
            f"[{chars}]" if len(chars) > 1 else _GLOB_LITERAL.get(char, char)
            for char, chars in zip(words, either, strict=True)
        )
        + "*"
    )
    stretches = "".join(
        char if len(chars) == 1 and not _is_latin(char) else "\0"
        for char, chars in zip(words, either, strict=True)
    ).split("\0")
    stretch = max(stretches, key=len)
    probes = [stretch] if stretch.strip() else list(next(c for c in either if len(c) > 1))
    latin = any(map(_is_latin, words))

    def condition(column: Any) -> Any:
        found = or_(*(func.instr(column, probe) > 0 for probe in probes))
        if latin:
            return found & func.lower(column).op("GLOB")(func.lower(pattern))
        return found & column.op("GLOB")(pattern)  # lower() only changes Latin letters

    return condition


def search(store: Store, words: str, *, limit: int = 500) -> list[SearchHit]:
    """Find ``words`` in mark notes, tags, event summaries, names and numbers of every case.

    Latin letters match in either case, Chinese in either script (還款 finds 还款 and back)."""
    words = words.strip()
    if not words:
        return []
    contains = _contains(words)
    digits = re.sub(r"\D", "", words)
    tags = _tags_matching(words)
    hits: list[SearchHit] = []
    with store.session() as s:
        titles = {case_id: title for case_id, title in s.execute(select(Case.id, Case.title))}
        latest = _latest_revisions()
        text_match = contains(MarkRevision.text)
        mark_match = or_(text_match, Mark.tag.in_(tags)) if tags else text_match
        marks = (
            select(
                ContactEvent.case_id,
                MarkRevision.text,
                _text(Mark.wall_time),
                ContactEvent.timezone,
                ContactEvent.id,
                Recording.id,
                Mark.frame,
                Mark.tag,
                MarkRevision.retracted,
            )
            .select_from(Mark)
            .join(latest, latest.c.mark_id == Mark.id)
            .join(
                MarkRevision,
                (MarkRevision.mark_id == Mark.id) & (MarkRevision.number == latest.c.number),
            )
            .join(Recording, Recording.id == Mark.recording_id)
            .join(ContactEvent, ContactEvent.id == Recording.event_id)
            .where(mark_match)
            .order_by(Mark.wall_time.desc())
            .limit(limit)
        )
        for case_id, text, when, zone, event_id, rec_id, frame, tag, retracted in s.execute(marks):
            hits.append(
                SearchHit(
                    kind="mark",
                    case_id=case_id,
                    case_title=titles[case_id],
                    text=text,
                    when_utc=when,
                    zone=zone,
                    event_id=event_id,
                    recording_id=rec_id,
                    frame=frame,
                    tag=tag,
                    retracted=bool(retracted),
                )
            )
        # The name the phone had saved for an imported call is in its source detail (the
        # last field, imports.facts.NAME_FIELD): found as a summary's words were before.
        # Only the name, between its quotes: the field's own name would make every imported
        # call a hit for 'name' or 'contact'.
        at = func.instr(ContactEvent.source_detail, " contact_name=")
        first = at + len(" contact_name=") + 1  # after the opening quote
        name_only = func.substr(
            ContactEvent.source_detail, first, func.length(ContactEvent.source_detail) - first
        )
        saved_name = sql_case((at > 0, name_only), else_="")
        event_match = or_(contains(ContactEvent.summary), contains(saved_name))
        if tags:
            tagged = select(EventTag.event_id).where(
                EventTag.tag.in_(tags), EventTag.retracted.is_(False)
            )
            event_match = or_(event_match, ContactEvent.id.in_(tagged))
        events = (
            select(
                ContactEvent.case_id,
                ContactEvent.summary,
                _text(ContactEvent.started_at),
                ContactEvent.timezone,
                ContactEvent.id,
                ContactEvent.source,
                ContactEvent.source_detail,
            )
            .where(event_match)
            .order_by(ContactEvent.started_at.desc())
            .limit(limit)
        )
        for case_id, summary, when, zone, event_id, source, detail in s.execute(events):
            hits.append(
                SearchHit(
                    "event",
                    case_id,
                    titles[case_id],
                    summary,
                    when,
                    zone,
                    event_id,
                    source=str(source),
                    source_detail=detail or "",
                )
            )
        party_match = or_(
            contains(Party.name),
            contains(Party.aliases),
            contains(Party.employee_id),
            contains(Party.organisation),
        )
        for case_id, name, employee in s.execute(
            select(Party.case_id, Party.name, Party.employee_id).where(party_match).limit(limit)
        ):
            text = f"{name} ({employee})" if employee else name
            hits.append(SearchHit("party", case_id, titles[case_id], text))
        number_match = contains(PhoneNumber.raw)
        if len(digits) >= 3:
            number_match = or_(
                number_match,
                PhoneNumber.e164.like(f"%{digits}%"),
                func.replace(func.replace(PhoneNumber.raw, " ", ""), "-", "").like(f"%{digits}%"),
            )
        for case_id, e164, raw in s.execute(
            select(PhoneNumber.case_id, PhoneNumber.e164, PhoneNumber.raw)
            .where(number_match)
            .limit(limit)
        ):
            hits.append(SearchHit("number", case_id, titles[case_id], pretty(e164, raw)))
    return hits


# ------------------------------------------------------------- recordings
@dataclass(frozen=True, slots=True)
class RecordingInfo:
    """What the review screen needs to open a recording (no marks: see ``mark_rows``)."""

    id: int
    case_id: int
    event_id: int
    paths: list[str]  # segment files, relative to the data dir, in order
    sample_rate: int
    channels: int
    channel_roles: list[str]
    frames: int
    started_utc: str
    zone: str
    status: str
    party: str
    number: str
    marks: int = 0

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def _recording_query():  # type: ignore[no-untyped-def]
    return (
        select(
            Recording.id,
            ContactEvent.case_id,
            Recording.event_id,
            Recording.path,
            Recording.segments,
            Recording.sample_rate,
            Recording.channels,
            Recording.channel_roles,
            Recording.frames,
            _text(Recording.started_at),
            Recording.timezone,
            _text(Recording.status),
            Party.name,
            PhoneNumber.e164,
            PhoneNumber.raw,
        )
        .join(ContactEvent, ContactEvent.id == Recording.event_id)
        .outerjoin(Party, Party.id == ContactEvent.party_id)
        .outerjoin(PhoneNumber, PhoneNumber.id == ContactEvent.phone_number_id)
    )


def _recording_info(r, marks: int = 0) -> RecordingInfo:  # type: ignore[no-untyped-def]
    try:
        segments = [seg["path"] for seg in json.loads(r[4] or "[]") if seg.get("path")]
    except (ValueError, TypeError, AttributeError):
        segments = []
    roles = [role for role in (r[7] or "").split(",") if role]
    return RecordingInfo(
        id=r[0],
        case_id=r[1],
        event_id=r[2],
        paths=segments or [r[3]],
        sample_rate=r[5],
        channels=r[6],
        channel_roles=roles,
        frames=r[8] or 0,
        started_utc=r[9],
        zone=r[10],
        status=r[11],
        party=r[12] or "",
        number=_pretty(r[13], r[14]) if r[14] is not None else "",
        marks=marks,
    )


def recording_info(store: Store, recording_id: int) -> RecordingInfo:
    with store.session() as s:
        row = s.execute(_recording_query().where(Recording.id == recording_id)).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Store", "there is no {what} with id {ident}").format(
                    what=term("Record", "recording"), ident=recording_id
                )
            )
        count = s.scalar(select(func.count()).where(Mark.recording_id == recording_id)) or 0
        return _recording_info(row, count)


def recording_list(store: Store, case_id: int | str) -> list[RecordingInfo]:
    """The recordings of a case, oldest first, with how many marks each carries."""
    with store.session() as s:
        case = lookup.case(s, case_id)
        rows = s.execute(
            _recording_query()
            .where(ContactEvent.case_id == case.id)
            .order_by(Recording.started_at, Recording.id)
        ).all()
        ids = [r[0] for r in rows]
        counts = {
            rid: n
            for rid, n in s.execute(
                select(Mark.recording_id, func.count())
                .where(Mark.recording_id.in_(ids))
                .group_by(Mark.recording_id)
            )
        }
        return [_recording_info(r, counts.get(r[0], 0)) for r in rows]
