"""What the report says, computed once from a snapshot; HTML and PDF only lay it out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from ..imports.common import FORMAT_TITLES, WITHHELD_RAW
from ..imports.facts import Fact, contact_facts, log_facts, log_length_shown, sidecar_of
from ..localefmt import date_text, iso_utc, money_text, number_text, time_text
from ..store import audit
from ..store.enums import EventSource, date_only
from ..store.ledger import PromiseState, paid_towards, promise_state
from ..store.phones import WITHHELD_PROBLEM, normalise, pretty
from ..timefmt import clock_text
from .catalogue import Strings
from .charts import ChartData, contact_counts, counted, is_attempt, uncharted_reason
from .custody import custody_record
from .findings import ExportedFindings, findings_notes, findings_rows, mark_moments
from .marks_formats import clock
from .recorder_notes import recorder_notes
from .report_clock import ReportClock
from .selection import statement
from .snapshot import MarkInfo, RecordingInfo, Snapshot, parse_utc

#: the paper lawyers print on, by case rules, where it is not A4
LETTER_PAPER = {"us": "Letter"}
#: the kinds of contact that are answered or not (the rest: SMS, letters, visits, …)
CALLS = ("call", "missed_call", "voicemail")


@dataclass(frozen=True)
class CallAudio:
    """One audio file of a call, as the HTML report plays it."""

    element_id: str  # the <audio> element's id
    href: str  # relative to data/report/
    label: str  # "" when the call is one file, else e.g. "Part 2 of 3 — recordings/…"


@dataclass(frozen=True)
class CallMark:
    mark: MarkInfo
    offset: str  # the time from the start of the call
    wall: str  # the wall-clock time
    audio: CallAudio  # the file the mark falls in
    seconds: float  # the mark's time in that file
    in_file: str  # "" when the call is one file, else e.g. "Part 2 of 3: 00:00:01.500"
    #: "" for a mark made during the call, else e.g. "added later, on Nov 29, 2026 11:00 AM"
    added: str = ""


@dataclass(frozen=True)
class CallSection:
    recording: RecordingInfo
    #: e.g. "March 2, 2026 7:10 AM EST — Mike Dalton +1 212-555-0142", with who made the call
    #: when it is not theirs to the user ("… 7:10 AM EST — from me — Mike Dalton …")
    heading: str
    audio_href: str  # the (first) file, relative to data/report/
    facts: list[tuple[str, str]]
    marks: list[CallMark]
    audio: list[CallAudio]  # every file of the call, in order
    note: str = ""  # says that the call is in several files, when it is
    warning: str = ""  # says that crash recovery filed the recording, and what may be missing
    #: what the recorder noted about the audio (samples removed or added, audio lost…)
    recorder: list[str] = field(default_factory=list)


@dataclass
class ReportModel:
    s: Strings
    title: str
    reference: str
    generated: str
    fingerprint: str
    public_key: str  # base64 of the raw 32-byte Ed25519 public key
    summary_facts: list[tuple[str, str]]
    case_facts: list[tuple[str, str]]
    parties: list[list[str]]
    numbers: list[list[str]]  # number, as entered, who, label, the app's check
    chart: ChartData
    timeline: list[list[str]]
    timeline_off: list[bool]
    calls: list[CallSection]
    promises: list[list[str]]
    payments: list[list[str]]
    attachments: list[list[str]]
    integrity: list[list[str]]  # file, sha256
    custody: list[tuple[str, str]]
    custody_items: list[list[str]]  # file, origin, added to OnRecord, device, finished
    audit_head: str
    audit_case_events: int
    #: for a package of part of the case: its audit log shows the rest as digests only
    audit_note: str = ""
    skipped: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)
    findings: list[list[str]] = field(default_factory=list)  # rule, citation, conf., when, what
    findings_intro: str = ""
    findings_notes: list[str] = field(default_factory=list)
    charts_note: str = ""  # what the charts count, against the summary's total
    demo: bool = False  # the case is (partly) OnRecord's fictional demo data
    #: what the first page says of it: all fictional, or fictional but for these contacts
    demo_banner: str = ""
    demo_footer: str = ""  # and every page's footer
    paper: str = "A4"  # "Letter" where lawyers print on it (US rules)
    #: contacts the user withdrew as logged by mistake: #, when, kind, who, tags, summary,
    #: why, on
    withdrawn: list[list[str]] = field(default_factory=list)
    #: per timeline row: the id of its recording, where the contact was recorded
    timeline_recordings: list[int | None] = field(default_factory=list)
    #: says that a letter shows its date alone, where the package holds one
    letters_note: str = ""
    #: per attachment row: the contact it belongs to (its #), or None for the case itself
    attachment_events: list[int | None] = field(default_factory=list)
    #: a package of part of the case says so on its first page (``selection.statement``)
    selection: list[str] = field(default_factory=list)
    #: and beside its promises and payments, that only the selection's are listed
    ledger_note: str = ""
    #: how many files the user withdrew, which the package leaves out ("" if none)
    attachments_note: str = ""


#: A phone number inside a table's text ("+1 212-555-0142"), kept whole by the HTML and the
#: PDF; not the "+08" of "UTC+08:00"
PHONE_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])\+\d[\d -]*\d")


# How the report writes dates, chosen for a reader in court:
# - the month is never a bare number (en "Mar 2, 2026" in tables, "March 2, 2026" in headings
#   and facts; zh "2026年3月2日"), so 3/2 cannot be read as 2 March or 3 February;
# - a time is on the clock of the zone where it happened, with its offset from UTC: once, in
#   the summary, where every time shares one (ReportClock), else beside each time;
# - each timeline row carries its event number, which finds the same event in timeline.csv and
#   case.json (ISO 8601), so the tables stay narrow enough for A4;
# - the chain-of-custody times add the ISO 8601 UTC instant in the same cell, the form
#   chain-of-custody.json and the audit log use, so a reader can match them without converting.


def _local(
    text: str | None,
    clock: ReportClock,
    *,
    seconds: bool = False,
    iso: bool = False,
    long: bool = False,
) -> str:
    """A stored UTC time on the case's clock (with the ISO UTC instant after it: ``iso``)."""
    if not text:
        return ""
    moment = parse_utc(text)
    shown = clock(moment, seconds=seconds, long=long)
    return f"{shown} ({iso_utc(moment)})" if iso else shown


def _moments(
    snapshot: Snapshot, custody_items: list[dict[str, Any]], exported_at: dt.datetime
) -> Iterator[tuple[dt.datetime, ZoneInfo]]:
    """Every moment the report shows, with the zone it is shown in (to find whether they
    share one offset)."""
    zone = snapshot.zone
    yield exported_at, zone
    for e in snapshot.events:
        yield parse_utc(e["started_at"]), ZoneInfo(e["timezone"])
        if e.get("withdrawn_at"):
            yield parse_utc(e["withdrawn_at"]), zone
    for r in snapshot.recordings:
        yield r.started_at, ZoneInfo(r.timezone)
    for p in snapshot.promises:
        if p["made_at"]:
            yield parse_utc(p["made_at"]), zone
    for item in custody_items:
        for key in ("created_at", "finalised_at", "recorded_at"):
            if item.get(key):
                yield parse_utc(item[key]), zone


def _when(event: dict[str, Any], clock: ReportClock, *, long: bool = False) -> str:
    """When a contact was, on its own clock; a letter's date alone (it has no time of day,
    whatever time it is stored at)."""
    moment = parse_utc(event["started_at"])
    zone = ZoneInfo(event["timezone"])
    if date_only(event["kind"]):
        return clock.day(moment, zone, long=long)
    return clock(moment.astimezone(zone), zone, long=long)


def _times_text(clock: ReportClock, s: Strings) -> str:
    """What the times in the report are: one zone and offset for all, or each with its own."""
    if clock.plain is not None:
        return s("times.plain", zone=clock.zone_text(), offset=clock.offset_text())
    return s("times.offsets", zone=clock.zone_text())


def _day(text: str | None, language: str, *, long: bool = False) -> str:
    """An ISO date (2026-03-31) as the report's language writes it."""
    return date_text(dt.date.fromisoformat(text), language, long=long) if text else ""


def _money(amount: str | None, currency: str, language: str) -> str:
    return money_text(amount, currency, language)


def build_model(
    snapshot: Snapshot,
    s: Strings,
    *,
    fingerprint: str,
    public_key: str,
    exported_at: dt.datetime,
    exported_by: str,
    device: str,
    software: str,
    attachment_files: dict[int, str],
    audit_case_events: int,
    findings: ExportedFindings | None = None,
) -> ReportModel:
    case = snapshot.case
    zone = snapshot.zone
    lang = s.language
    custody_list = custody_record(snapshot, {}, attachment_files)["items"]
    clock = ReportClock.for_moments(lang, zone, _moments(snapshot, custody_list, exported_at))
    chart = contact_counts(snapshot.events, case["timezone"], case["jurisdiction"])
    start, end = chart.allowed
    yes, no = s("yes"), s("no")

    def flag(value: object) -> str:
        return "" if value is None else (yes if value else no)

    selection = snapshot.selection
    events = counted(snapshot.events)
    summary_facts = [
        (s("case_ref"), case["reference"]),
        (s("period"), _period(snapshot, s)),
        (s("times"), _times_text(clock, s)),
        (s("total_events"), _contacts_text(events, s)),
        (s("calls_recorded"), _recorded_text(snapshot, events, s)),
        (s("off_hours_count", start=start, end=end), number_text(chart.off_hours_total, lang)),
    ]
    if events:  # the snapshot lists them in time order
        first_key, last_key = ("first_incident", "last_incident")
        if selection is not None:  # not the case's first and last: this package's
            first_key, last_key = ("first_in_package", "last_in_package")
        summary_facts += [
            (s(first_key), _first_last(events[0], clock)),
            (s(last_key), _first_last(events[-1], clock)),
        ]
    if findings is not None:
        summary_facts.append((s("findings_count"), _findings_text(findings, s)))
    case_facts = [
        (s("case_title"), case["title"]),
        (s("creditor"), case["creditor"]),
        (s("agency"), case["agency"]),
        (s("account"), case["account_ref"]),
        (s("my_numbers"), case.get("my_numbers", "")),
        (s("amount_claimed"), _money(case["amount"], case["currency"], lang)),
        (s("due_date"), _day(case["due_date"], lang, long=True)),
        (s("jurisdiction"), _rules_name(case["jurisdiction"], findings)),
        (s("timezone"), clock.zone_text()),
    ]
    case_facts = [(k, v) for k, v in case_facts if v]
    notes = [
        (k, v)
        for k, v in ((s("contract_notes"), case["contract_notes"]), (s("notes"), case["notes"]))
        if v
    ]
    party_name = {p["id"]: p["name"] for p in snapshot.parties}
    parties = [
        [p["name"], s(f"role.{p['role']}"), p["employee_id"], p["organisation"], p["notes"]]
        for p in snapshot.parties
    ]
    shown_number = {n["id"]: _number_text(n, s) for n in snapshot.numbers}
    numbers = [
        [
            shown_number[n["id"]],
            _as_entered(n, s),
            party_name.get(n["party_id"], ""),
            s.label(n["label"]),
            _number_check(n, s),
        ]
        for n in snapshot.numbers
    ]
    timeline, timeline_off, withdrawn = [], [], []
    timeline_recordings: list[int | None] = []
    recorded: dict[int, int] = {}
    for r in snapshot.recordings:
        recorded.setdefault(r.event_id, r.id)
    live_tags = snapshot.live_tags()
    for e in snapshot.events:
        local = parse_utc(e["started_at"]).astimezone(ZoneInfo(e["timezone"]))
        off = is_attempt(e["kind"], e["direction"]) and chart.is_off_hour(local.hour)
        number = shown_number.get(e.get("phone_number_id"), e.get("number") or "")
        if e.get("withdrawn_at"):
            withdrawn.append(
                [
                    str(e["id"]),
                    _when(e, clock),
                    s(f"kind.{e['kind']}"),
                    " ".join(x for x in (e.get("party") or "", number) if x),
                    s("list_sep").join(s.tag(tag) for tag in live_tags.get(e["id"], [])),
                    summary_text(e, s),
                    e["withdrawn_reason"],
                    _local(e["withdrawn_at"], clock),
                ]
            )
            continue
        timeline.append(
            [
                str(e["id"]),
                _when(e, clock),
                s(f"kind.{e['kind']}"),
                s(f"dir.{e['direction']}"),
                "" if e["duration_s"] is None else clock_text(e["duration_s"]),
                flag(e["connected"]) if e["kind"] in CALLS else "",  # an SMS is not answered
                " ".join(x for x in (e.get("party") or "", number) if x),
                source_text(e, s),
                s("list_sep").join(s.tag(tag) for tag in live_tags.get(e["id"], [])),
                # What she told them in it ("do not call me at work") limits what they may do
                # next: a walk-through's lawyer never saw it, only her own note.
                s("sep").join(
                    x
                    for x in (
                        s(f"notice.{e['notice']}") if e.get("notice") else "",
                        summary_text(e, s),
                    )
                    if x
                ),
            ]
        )
        timeline_off.append(off)
        timeline_recordings.append(recorded.get(e["id"]))
    events_by_id = {e["id"]: e for e in snapshot.events}
    calls = []
    for r in snapshot.recordings:
        event = events_by_id.get(r.event_id, {})
        number = shown_number.get(event.get("phone_number_id"), event.get("number") or "")
        who = " ".join(x for x in (event.get("party") or "", number) if x)
        heading = clock(r.started_at, r.timezone, long=True)
        direction = _call_direction(event.get("direction"), s)
        if direction:
            heading += f" — {direction}"
        if who:
            heading += f" — {who}"
        if event.get("withdrawn_at"):  # kept as evidence, counted nowhere: say so where seen
            heading += f" — {s('call_withdrawn')}"
        calls.append(_call_section(r, heading, s, clock))
    today = exported_at.astimezone(zone).date()  # "now" is the export's: reproducible
    promises = [
        [
            _local(p["made_at"], clock),
            s(f"by.{p['by']}"),
            _promise_party(p, events_by_id, s),
            p["description"],
            _money(p["amount"], p["currency"], lang),
            _day(p["due_date"], lang),
            _promise_status(p, snapshot.ledger_payments, today, s),
        ]
        for p in snapshot.promises
    ]
    payments = [
        [
            _day(p["paid_on"], lang),
            _money(p["amount"], p["currency"], lang),
            p["method"],
            p["reference"],
            p["notes"],
        ]
        for p in snapshot.payments
    ]
    attachments = [
        [
            a["original_name"],
            _belongs_to(events_by_id.get(a.get("event_id") or 0), clock, s),
            f"attachments/{attachment_files[a['id']]}",
            _description(a["description"], s),
            a["sha256"],
        ]
        for a in snapshot.attachments
    ]
    attachment_events = [
        a.get("event_id") if a.get("event_id") in events_by_id else None
        for a in snapshot.attachments
    ]
    integrity = [
        [f"recordings/{f.package_name}", f.sha256] for r in snapshot.recordings for f in r.files
    ]
    integrity += [
        [f"attachments/{attachment_files[a['id']]}", a["sha256"]] for a in snapshot.attachments
    ]
    custody = [
        (s("exported_by"), exported_by),
        (
            s("generated"),
            f"{clock(exported_at, seconds=True, long=True)} ({iso_utc(exported_at)})",
        ),
        (s("device"), device_text(device, s)),
        (s("software"), software),
    ]
    custody_items = [
        [
            ", ".join(item.get("package_files") or [item["package_file"]]),
            _origin_text(item, clock, s),
            _local(item.get("created_at"), clock, seconds=True, iso=True),
            device_text(item.get("created_on_device") or "", s),
            _finished_text(item, clock, s),
        ]
        for item in custody_list
    ]
    # A package of part of the case: the rules were still checked against all of it
    part = selection is not None
    skipped = ""
    if snapshot.skipped_recordings:
        skipped = s(
            "skipped",
            items=s("list_sep").join(_skipped_item(x, s) for x in snapshot.skipped_recordings),
        )
    return ReportModel(
        s=s,
        title=case["title"],
        reference=case["reference"],
        generated=clock(exported_at, long=True),
        fingerprint=fingerprint,
        public_key=public_key,
        summary_facts=summary_facts,
        case_facts=case_facts,
        parties=parties,
        numbers=numbers,
        chart=chart,
        timeline=timeline,
        timeline_off=timeline_off,
        timeline_recordings=timeline_recordings,
        calls=calls,
        promises=promises,
        payments=payments,
        attachments=attachments,
        integrity=integrity,
        custody=custody,
        custody_items=custody_items,
        audit_head=snapshot.audit_head,
        audit_case_events=audit_case_events,
        audit_note=s("audit_part") if part else "",
        skipped=skipped,
        notes=notes,
        findings=findings_rows(
            findings,
            s("edge"),
            clock,
            in_package={e["id"] for e in snapshot.events} if part else None,
            outside_label=s("not_in_package"),
            marks=mark_moments(snapshot.recordings),
            left_out_marks={
                m: x["id"] for x in snapshot.skipped_recordings for m in x.get("mark_ids", ())
            },
            left_out_label=s("marks_not_in_package"),
        )
        if findings is not None
        else [],
        findings_intro=(
            s("findings_intro", rules=findings.result.pack_title)
            + (s("findings_part") if part else "")
            if findings is not None
            else ""
        ),
        findings_notes=findings_notes(findings) if findings is not None else [],
        charts_note=s(
            "charts_note",
            n=number_text(sum(chart.per_hour), lang),
            total=number_text(len(events), lang),
        ),
        demo=any(e["source"] == EventSource.DEMO for e in events),
        demo_banner=_demo_banner(events, s),
        demo_footer=_demo_footer(events, s),
        paper=LETTER_PAPER.get(case["jurisdiction"], "A4"),
        withdrawn=withdrawn,
        letters_note=s("letters_note")
        if any(date_only(e["kind"]) for e in snapshot.events)
        else "",
        attachment_events=attachment_events,
        selection=statement(selection, s, {e["id"]: _when(e, clock) for e in snapshot.events})
        if selection is not None
        else [],
        ledger_note=s("selection.ledger_note") if selection is not None else "",
        attachments_note=_withdrawn_files_note(snapshot, s),
    )


def _period(snapshot: Snapshot, s: Strings) -> str:
    """The summary's "Period covered": all dates, the range chosen, and/or the calls chosen."""
    lang = s.language
    period = s("all_dates")
    if snapshot.filters.get("from") or snapshot.filters.get("to"):
        period = (
            f"{_day(snapshot.filters.get('from'), lang) or '…'}"
            f" – {_day(snapshot.filters.get('to'), lang) or '…'}"
        )
    calls = snapshot.filters.get("calls")
    if calls is None:
        return period
    ids = s("list_sep").join(f"#{c}" for c in calls)
    if snapshot.filters.get("from") or snapshot.filters.get("to"):
        return s("period_both", period=period, ids=ids)
    return s("period_calls", ids=ids)


def _recorded_text(snapshot: Snapshot, events: list[dict[str, Any]], s: Strings) -> str:
    """The recorded calls in the package, and how many more of its contacts have a recording
    that is not in it (unfinished): never a count that silently leaves one out."""
    lang = s.language
    n = number_text(_calls_with_sound(snapshot, events), lang)
    counting = {e["id"] for e in events}
    included = {r.event_id for r in snapshot.recordings}
    left_out = {
        x["event_id"]
        for x in snapshot.skipped_recordings
        if x.get("event_id") in counting and x.get("event_id") not in included
    }
    if not left_out:
        return n
    m = len(left_out)
    return s.count("calls_recorded_left_out", m, n=n, m=number_text(m, lang))


def _skipped_item(item: dict[str, Any], s: Strings) -> str:
    """A recording that is not in the package, with its contact and its marks."""
    if item.get("event_id") is None:  # as written before the contact was recorded with it
        return str(item["path"])
    marks = int(item.get("marks") or 0)
    return s.count(
        "skipped_item",
        marks,
        id=item["id"],
        event=item["event_id"],
        path=item["path"],
        marks=number_text(marks, s.language),
    )


def _belongs_to(event: dict[str, Any] | None, clock: ReportClock, s: Strings) -> str:
    """What an attachment belongs to: its contact ("#12 · letter · Nov 20, 2026"), or the
    case itself."""
    if event is None:
        return s("attachment_case")
    return s("sep").join([f"#{event['id']}", s(f"kind.{event['kind']}"), _when(event, clock)])


def _first_last(event: dict[str, Any], clock: ReportClock) -> str:
    """The summary's first or last contact: on the case's clock, a letter by its date."""
    if date_only(event["kind"]):
        return _when(event, clock, long=True)
    return _local(event["started_at"], clock, long=True)


def _call_section(r: RecordingInfo, heading: str, s: Strings, clock_at: ReportClock) -> CallSection:
    """A recorded call's facts, audio files and marks; a call in several files lists each
    file with its own SHA-256, and each mark plays in the file it falls in."""
    count = len(r.files)
    audio = [
        CallAudio(
            f"audio-{r.id}-{number}" if r.segmented else f"audio-{r.id}",
            f"../recordings/{f.package_name}",
            f"{s('part', n=number, count=count)} — recordings/{f.package_name}"
            if r.segmented
            else "",
        )
        for number, f in enumerate(r.files, start=1)
    ]
    channels = _channels_text(r.channel_roles, s)
    known = [(s("channels"), channels)] if channels else []
    if r.segmented:
        facts = [(s("duration"), clock_text(r.duration_s or 0)), *known]
        for number, f in enumerate(r.files, start=1):
            facts += [
                (s("part", n=number, count=count), f"recordings/{f.package_name}"),
                (s("sha256"), f.sha256),
            ]
        facts.append((s("sha256_parts"), r.sha256 or ""))
    else:
        facts = [
            (s("file"), f"recordings/{r.package_name}"),
            (s("duration"), clock_text(r.duration_s or 0)),
            *known,
            (s("sha256"), r.sha256 or ""),
        ]
    call_zone = ZoneInfo(r.timezone)
    in_call = mark_moments([r])
    marks = []
    for m in r.marks:
        seconds = m.file_seconds(r.sample_rate)
        in_file = (
            s("part_at", n=m.file_index + 1, count=count, at=clock(seconds)) if r.segmented else ""
        )
        # A mark added while listening later holds the time it was added: its moment in the
        # call is the call's start plus its place (a lawyer read 11:00 AM, the day it was
        # added, for a threat at 3:00 PM, while the findings said 3:00 PM).
        moment = in_call[m.id] if m.added_later else m.wall_time
        wall = time_text(moment.astimezone(call_zone), s.language, seconds=True)
        added = s("added_later_on", when=clock_at(m.wall_time, r.timezone)) if m.added_later else ""
        marks.append(
            CallMark(m, clock(m.seconds), wall, audio[m.file_index], seconds, in_file, added)
        )
    note = s("parts_note", count=count) if r.segmented else ""
    warning = s(f"recovery.{r.recovery}") if r.recovery else ""
    recorder = recorder_notes(r.row.get("warnings") or [], r.sample_rate, s)
    return CallSection(r, heading, audio[0].href, facts, marks, audio, note, warning, recorder)


def _demo_banner(events: list[dict[str, Any]], s: Strings) -> str:
    """The first page's warning for a demo case. A demo case the user then recorded real calls
    into is not all made up (a lawyer's walk-through): the banner says which contacts are."""
    made_up = sum(1 for e in events if e["source"] == EventSource.DEMO)
    if not made_up:
        return ""
    others = len(events) - made_up
    if not others:
        return s("demo_banner")
    return s.count("demo_banner_mixed", others, n=number_text(others, s.language))


def _demo_footer(events: list[dict[str, Any]], s: Strings) -> str:
    """Every page's word on demo data (a page printed alone): all of it, or some."""
    made_up = sum(1 for e in events if e["source"] == EventSource.DEMO)
    if not made_up:
        return ""
    return s("demo_footer" if made_up == len(events) else "demo_footer_mixed")


def _calls_with_sound(snapshot: Snapshot, counted_events: list[dict[str, Any]]) -> int:
    """The calls the summary counts as recorded: contacts that count (not withdrawn) with a
    recording that holds sound. A microphone that gave nothing leaves a 0:00 recording, kept
    but not a recorded call; a call in several files is one call."""
    counting = {e["id"] for e in counted_events}
    return len({r.event_id for r in snapshot.recordings if r.frames and r.event_id in counting})


def _contacts_text(events: list[dict[str, Any]], s: Strings) -> str:
    """The number of contacts logged, split the way the charts count them: "58: 57 calls,
    messages and visits from them (counted in the charts) + 1 letter from them"."""
    lang = s.language
    counts = Counter(uncharted_reason(e["kind"], e["direction"]) for e in events)
    parts = [
        s.count(key, counts[reason], n=number_text(counts[reason], lang))
        for key, reason in (
            ("contacts_charted", None),
            ("contacts_letters", "letter"),
            ("contacts_others", "others"),
            ("contacts_mine", "mine"),
        )
        if counts[reason]
    ]
    total = number_text(len(events), lang)
    if len(parts) == 1:  # one kind holds them all: "3: 3 calls…" would say the number twice
        return parts[0]
    return s("contacts_total", total=total, parts=" + ".join(parts)) if parts else total


def _findings_text(found: ExportedFindings, s: Strings) -> str:
    """How many possible issues the package carries, and the first and last day they concern."""
    if not found.findings:
        return s("findings_none")
    zone = ZoneInfo(found.result.timezone)
    first = min(f.first_at for f in found.findings).astimezone(zone).date()
    last = max(f.last_at for f in found.findings).astimezone(zone).date()
    n = len(found.findings)
    return s.count(
        "findings_span",
        n,
        n=number_text(n, s.language),
        first=date_text(first, s.language, long=True),
        last=date_text(last, s.language, long=True),
    )


def _number_text(number: dict[str, Any], s: Strings) -> str:
    """A phone number as the report (and the app) shows it, "+1 212-555-0142"; a withheld
    caller ("-1") in words."""
    if number.get("problem") == WITHHELD_PROBLEM:
        return s("withheld_number")
    return pretty(number.get("e164"), number["display"])


def _call_direction(direction: str | None, s: Strings) -> str:
    """Who made a recorded call, for its heading, unless it is theirs to the user (the
    heading read as the collector's call when it was the user's own callback): "from me",
    "from them to someone else", "Direction: unknown"."""
    if not direction or direction == "incoming":
        return ""
    if direction == "unknown":
        return f"{s('direction')}{s('colon')}{s('dir.unknown')}"
    key = f"dir.{direction}"
    return s(key) if s.has(key) else direction


def _description(text: str, s: Strings) -> str:
    """A file's description; the one an import gives BCR's JSON file in the report's words."""
    recording = sidecar_of(text)
    return s("bcr_sidecar", file=recording) if recording else text


def _number_check(number: dict[str, Any], s: Strings) -> str:
    """What the app judged of a number when it was entered (``store.phones.normalise``, kept
    with it), in the words of the People tab's Check column: a number kept as typed because
    it is not valid ("+886 2 1234 5678") was shown there as such, but not in the report."""
    problem = number.get("problem") or ""
    if number.get("is_valid") and not problem:
        return s("check.valid")
    region = "not a valid number in region "
    if problem.startswith(region):
        why = s("problem.region", region=problem.removeprefix(region))
    else:
        why = s(f"problem.{problem}") if s.has(f"problem.{problem}") else problem
    return s("check.valid_because" if number.get("is_valid") else "check.kept", problem=why)


def _channels_text(roles: str, s: Strings) -> str:
    """Whose voice each channel of a recording holds: "left: the user (microphone); right:
    the other side (the computer's sound)"."""
    parts = [r.strip() for r in (roles or "").split(",") if r.strip()]
    names = [s("channel.left"), s("channel.right")] if len(parts) == 2 else [s("channel.only")]
    said = []
    for channel, role in zip(names, parts, strict=False):
        key = role if role in ("me", "them", "mixed") else "device"
        said.append(s("channel.pair", channel=channel, role=s(f"role.{key}")))
    if len(parts) == 2 and parts == ["left", "right"]:  # one stereo device: both sides in each
        return s("role.device")
    return s("channel.sep").join(said)


def source_text(event: dict[str, Any], s: Strings) -> str:
    """Where a contact's entry came from, as timeline.csv's ``source`` says; for an import,
    also the file (and line) it came from."""
    text = s(f"source.{event['source']}")
    detail = event.get("source_detail") or ""
    if event["source"] == EventSource.IMPORTED and ": " in detail:
        made_by, where = detail.split(": ", 1)
        # A log the user kept is not a phone's own record: the report says which it is.
        for fmt in ("csv", "bcr"):
            if made_by == f"imported from {FORMAT_TITLES[fmt]}":
                text = s(f"source.imported_{fmt}")
        line = re.fullmatch(r"(.+) line (\d+)", where)
        if line:
            where = s("source.line", file=line[1], line=line[2])
        text += s("source.where", where=where)
    return text


def fact_words(facts: list[Fact], s: Strings) -> str:
    """What a phone's record said of an imported contact ("rejected on the phone; caller ID
    withheld (hidden by the caller)"), in the report's language."""
    said = []
    for fact in facts:
        if fact.code == "withheld" and s.has(f"fact.presentation.{fact.value}"):
            said.append(s("fact.withheld_as", how=s(f"fact.presentation.{fact.value}")))
        elif fact.code in ("saved_as", "showed"):
            said.append(s(f"fact.{fact.code}", name=fact.value))
        elif fact.code in ("media", "also_to"):
            said.append(s(f"fact.{fact.code}", value=fact.value))
        elif s.has(f"fact.{fact.code}"):
            said.append(s(f"fact.{fact.code}"))
    return s("fact.sep").join(said)


def confirmation_text(event: dict[str, Any], s: Strings) -> str:
    """That the phone's call log confirms a recorded call and what its line said of it, in
    the report's language: "also in the phone's call log; saved in the phone's contacts as
    “张经理”", with the log's length when it differs from the call's by more than a few
    seconds (a call recorded here, stopped by hand after the call ended)."""
    said = []
    for confirmation in event.get("confirmed_by") or []:
        length = log_length_shown(event.get("duration_s"), confirmation.get("duration_s"))
        head = (
            s("fact.confirmed")
            if length is None
            else s("fact.confirmed_length", length=clock_text(length))
        )
        facts = fact_words(log_facts(confirmation.get("source_detail") or ""), s)
        said.append(s("fact.sep").join(x for x in (head, facts) if x))
    return s("fact.sep").join(said)


def summary_text(event: dict[str, Any], s: Strings) -> str:
    """A contact's summary as the report gives it: what the phone's record said of it, in the
    report's language (an import keeps those facts apart, and an older import's English
    notes are read back as them), that the phone's call log confirms it, then the user's
    own words as she wrote them."""
    facts, own = contact_facts(event["source"], event.get("source_detail") or "", event["summary"])
    phone = s("fact.sep").join(x for x in (fact_words(facts, s), confirmation_text(event, s)) if x)
    return s("sep").join(x for x in (phone, own) if x)


def _finished_text(item: dict[str, Any], clock: ReportClock, s: Strings) -> str:
    """When the item was filed; for a recording filed by recovery, also when the recording
    itself ends (filed at the next start, minutes or days later)."""
    filed = _local(item.get("finalised_at"), clock, seconds=True, iso=True)
    ends = item.get("recording_ends_at")
    if not ends:
        return filed
    return s("custody.recovered_end", filed=filed, ends=_local(ends, clock, seconds=True))


def _origin_text(item: dict[str, Any], clock: ReportClock, s: Strings) -> str:
    """Where a custody item came from; for an imported or demo recording, also when the call
    itself was, which is long before it was added to OnRecord."""
    if item["item"] != "recording":
        return s("source.attachment")
    origin = item.get("origin") or ""
    text = s(f"source.{origin}") if origin else ""
    if origin in (EventSource.IMPORTED, EventSource.DEMO) and item.get("recorded_at"):
        when = _local(item["recorded_at"], clock, seconds=True, iso=True)
        text = s("joined", first=text, second=s("call_dated", when=when))
    recovery = (item.get("recovery") or {}).get("code")
    if recovery:
        short = s(f"recovery_short.{recovery}")
        text = s("joined", first=text, second=short) if text else short
    return text


def _promise_party(promise: dict[str, Any], events: dict[int, dict[str, Any]], s: Strings) -> str:
    """Who a promise concerns: the party (the promise's own, else its call's), else the
    number of the call it was noted on, else "unknown" in words: never a blank cell."""
    if promise.get("party"):
        return str(promise["party"])
    event = events.get(promise.get("event_id") or 0) or {}
    return event.get("number") or s("unknown_party")


def promise_state_of(
    promise: dict[str, Any], payments: list[dict[str, Any]], today: dt.date
) -> PromiseState:
    """``ledger.promise_state`` of a promise as the snapshot holds it (JSON-ready rows)."""

    def values(row: dict[str, Any]) -> SimpleNamespace:
        fields = dict(row)
        if fields.get("amount") is not None:
            fields["amount"] = Decimal(str(fields["amount"]))
        for name in ("due_date", "paid_on"):
            if fields.get(name):
                fields[name] = dt.date.fromisoformat(str(fields[name])[:10])
        return SimpleNamespace(**fields)

    subject = values(promise)
    return promise_state(subject, today, paid_towards(subject, [values(p) for p in payments]))


def _promise_status(
    promise: dict[str, Any], payments: list[dict[str, Any]], today: dt.date, s: Strings
) -> str:
    """What the app's ledger shows for the promise on ``today`` (the export's day): the same
    rule (``ledger.promise_state``), worded for the report with the dates spelt out."""
    lang = s.language
    state = promise_state_of(promise, payments, today)
    money = promise["currency"]
    if state.key in ("kept", "kept_late") and state.paid is not None:
        covered = state.paid.covered_on
        key = "status.kept_late" if state.key == "kept_late" else "status.kept_paid"
        return s(key, date=date_text(covered, lang) if covered else "")
    if state.key in ("kept", "broken", "withdrawn"):
        return s(f"status.{state.key}")
    if state.key == "paid_for_offer" and state.paid is not None:
        text = s(
            "status.paid_for_offer",
            paid=_money(str(state.paid.total), money, lang),
            date=date_text(state.paid.last_paid_on, lang),
        )
        if state.due_date is None:
            return text
        when = s("status.after_their_date" if state.late else "status.by_their_date")
        return s("joined", first=text, second=when)
    if state.key == "overdue" and state.overdue_since is not None and state.days is not None:
        since = date_text(state.overdue_since, lang)
        days = -state.days
        text = s.count("status.overdue", days, since=since, days=number_text(days, lang))
    elif state.key == "past_date" and state.due_date is not None and state.days is not None:
        due = date_text(state.due_date, lang)
        text = s.count(
            "status.past_date", -state.days, due=due, days=number_text(-state.days, lang)
        )
    elif state.key == "due_today":
        text = s("status.due_today")
    elif state.days is not None:
        text = s.count("status.due_in", state.days, days=number_text(state.days, lang))
    else:
        text = s("status.open")
    if state.paid is not None and promise["amount"] is not None:
        part = s(
            "status.paid_part",
            paid=_money(str(state.paid.total), money, lang),
            amount=_money(promise["amount"], money, lang),
        )
        text = s("joined", first=text, second=part)
    return text


def _rules_name(code: str, findings: Any) -> str:
    """The rules' own name in the report language ("美國——…"), with the short code."""
    title = findings.result.pack_title if findings is not None else ""
    return f"{title} ({code.upper()})" if title else code.upper()


def device_text(label: str, s: Strings) -> str:
    """An audit log's device label ("OnRecord installation 3f… (Linux 6.1)") in the report's
    language; any other text as it is."""
    parts = audit.device_parts(label)
    return s("installation", id=parts[0], system=parts[1]) if parts else label


def _as_entered(number: dict[str, Any], s: Strings) -> str:
    """The number as typed or imported; a phone's code for a hidden number ("-1") says so
    (a bare "-1" read as a leaked placeholder)."""
    raw = number["raw"] or ""
    if normalise(raw, "").problem != WITHHELD_PROBLEM:
        return raw
    if raw.strip().lower() == WITHHELD_RAW:  # OnRecord's own word for it (an import's), not
        return s("withheld_blank")  # the phone's: it showed no number
    return s("withheld_raw", raw=raw) if raw.strip() else s("withheld_blank")


def _withdrawn_files_note(snapshot: Snapshot, s: Strings) -> str:
    """That files were withdrawn and left out: a package must not drop evidence silently, even
    what the user took back (a private photo attached by mistake). A package of the whole case
    holds their withdrawal in its audit log; a partial one gives it only as a digest."""
    count = snapshot.withdrawn_attachments
    if not count:
        return ""
    key = "attachments_withdrawn" if snapshot.selection is None else "attachments_withdrawn_part"
    return s(f"{key}.one") if count == 1 else s(key, n=count)
