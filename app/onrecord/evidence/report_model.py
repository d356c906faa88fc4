"""What the report says, computed once from a snapshot; HTML and PDF only lay it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from ..localefmt import date_text, iso_utc, moment_text, money_text, number_text, time_text
from ..store.ledger import paid_towards
from ..timefmt import duration_text
from .catalogue import Strings
from .charts import ChartData, contact_counts
from .custody import custody_record
from .marks_formats import clock
from .snapshot import MarkInfo, RecordingInfo, Snapshot, parse_utc


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


@dataclass(frozen=True)
class CallSection:
    recording: RecordingInfo
    heading: str  # e.g. "March 2, 2026 7:10 AM EST — Mike Dalton +12125550142"
    audio_href: str  # the (first) file, relative to data/report/
    facts: list[tuple[str, str]]
    marks: list[CallMark]
    audio: list[CallAudio]  # every file of the call, in order
    note: str = ""  # says that the call is in several files, when it is


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
    numbers: list[list[str]]
    chart: ChartData
    timeline: list[list[str]]
    timeline_off: list[bool]
    calls: list[CallSection]
    promises: list[list[str]]
    payments: list[list[str]]
    attachments: list[list[str]]
    integrity: list[list[str]]  # file, sha256
    custody: list[tuple[str, str]]
    custody_items: list[list[str]]  # file, created, device, finished
    audit_head: str
    audit_case_events: int
    skipped: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)
    findings: list[list[str]] = field(default_factory=list)  # rule, citation, conf., when, what
    findings_intro: str = ""


# How the report writes dates, chosen for a reader in court:
# - the month is never a bare number (en "Mar 2, 2026" in tables, "March 2, 2026" in headings
#   and facts; zh "2026年3月2日"), so 3/2 cannot be read as 2 March or 3 February;
# - a time is on the clock of the zone where it happened, with that zone's abbreviation;
# - each timeline row carries its event number, which finds the same event in timeline.csv and
#   case.json (ISO 8601), so the tables stay narrow enough for A4;
# - the chain-of-custody times add the ISO 8601 UTC instant in the same cell, the form
#   chain-of-custody.json and the audit log use, so a reader can match them without converting.


def _local(
    text: str | None,
    zone: ZoneInfo,
    language: str,
    *,
    seconds: bool = False,
    iso: bool = False,
    long: bool = False,
) -> str:
    if not text:
        return ""
    moment = parse_utc(text)
    shown = moment_text(moment, zone, language, seconds=seconds, long=long)
    return f"{shown} ({iso_utc(moment)})" if iso else shown


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
    findings: list[list[str]] | None = None,
    rules_title: str = "",
) -> ReportModel:
    case = snapshot.case
    zone = snapshot.zone
    lang = s.language
    chart = contact_counts(snapshot.events, case["timezone"], case["jurisdiction"])
    start, end = chart.allowed
    yes, no = s("yes"), s("no")

    def flag(value: object) -> str:
        return "" if value is None else (yes if value else no)

    period = s("all_dates")
    if snapshot.filters.get("from") or snapshot.filters.get("to"):
        period = (
            f"{_day(snapshot.filters.get('from'), lang) or '…'}"
            f" – {_day(snapshot.filters.get('to'), lang) or '…'}"
        )
    attempts = [e for e in snapshot.events if e["direction"] != "outgoing"]
    summary_facts = [
        (s("case_ref"), case["reference"]),
        (s("period"), period),
        (s("total_events"), number_text(len(snapshot.events), lang)),
        (s("calls_recorded"), number_text(len(snapshot.recordings), lang)),
        (s("off_hours_count", start=start, end=end), number_text(chart.off_hours_total, lang)),
    ]
    if attempts:
        summary_facts += [
            (s("first_incident"), _local(attempts[0]["started_at"], zone, lang, long=True)),
            (s("last_incident"), _local(attempts[-1]["started_at"], zone, lang, long=True)),
        ]
    case_facts = [
        (s("case_title"), case["title"]),
        (s("creditor"), case["creditor"]),
        (s("agency"), case["agency"]),
        (s("account"), case["account_ref"]),
        (s("amount_claimed"), _money(case["amount"], case["currency"], lang)),
        (s("due_date"), _day(case["due_date"], lang, long=True)),
        (s("jurisdiction"), case["jurisdiction"].upper()),
        (s("timezone"), case["timezone"]),
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
    numbers = [
        [n["display"], n["raw"], party_name.get(n["party_id"], ""), n["label"]]
        for n in snapshot.numbers
    ]
    timeline, timeline_off = [], []
    for e in snapshot.events:
        local = parse_utc(e["started_at"]).astimezone(ZoneInfo(e["timezone"]))
        off = (
            e["direction"] != "outgoing" and e["kind"] != "letter" and chart.is_off_hour(local.hour)
        )
        timeline.append(
            [
                str(e["id"]),
                moment_text(local, e["timezone"], lang),
                s(f"kind.{e['kind']}"),
                s(f"dir.{e['direction']}"),
                duration_text(e["duration_s"]),
                flag(e["connected"]),
                " ".join(x for x in (e.get("party") or "", e.get("number") or "") if x),
                e["summary"],
            ]
        )
        timeline_off.append(off)
    events_by_id = {e["id"]: e for e in snapshot.events}
    calls = []
    for r in snapshot.recordings:
        event = events_by_id.get(r.event_id, {})
        who = " ".join(x for x in (event.get("party") or "", event.get("number") or "") if x)
        heading = moment_text(r.started_at, r.timezone, lang, long=True)
        if who:
            heading += f" — {who}"
        calls.append(_call_section(r, heading, s))
    promises = [
        [
            _local(p["made_at"], zone, lang),
            s(f"by.{p['by']}"),
            p["party"] or "",
            p["description"],
            _money(p["amount"], p["currency"], lang),
            _day(p["due_date"], lang),
            _promise_status(p, snapshot.payments, s, lang),
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
            f"attachments/{attachment_files[a['id']]}",
            a["description"],
            a["sha256"],
        ]
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
            f"{moment_text(exported_at, zone, lang, seconds=True, long=True)}"
            f" ({iso_utc(exported_at)})",
        ),
        (s("device"), device),
        (s("software"), software),
    ]
    custody_items = [
        [
            ", ".join(item.get("package_files") or [item["package_file"]]),
            _local(item.get("created_at"), zone, lang, seconds=True, iso=True),
            item.get("created_on_device") or "",
            _local(item.get("finalised_at"), zone, lang, seconds=True, iso=True),
        ]
        for item in custody_record(snapshot, {}, attachment_files)["items"]
    ]
    skipped = ""
    if snapshot.skipped_recordings:
        skipped = s("skipped", items=", ".join(x["path"] for x in snapshot.skipped_recordings))
    return ReportModel(
        s=s,
        title=case["title"],
        reference=case["reference"],
        generated=moment_text(exported_at, zone, lang, long=True),
        fingerprint=fingerprint,
        public_key=public_key,
        summary_facts=summary_facts,
        case_facts=case_facts,
        parties=parties,
        numbers=numbers,
        chart=chart,
        timeline=timeline,
        timeline_off=timeline_off,
        calls=calls,
        promises=promises,
        payments=payments,
        attachments=attachments,
        integrity=integrity,
        custody=custody,
        custody_items=custody_items,
        audit_head=snapshot.audit_head,
        audit_case_events=audit_case_events,
        skipped=skipped,
        notes=notes,
        findings=findings or [],
        findings_intro=s("findings_intro", rules=rules_title) if rules_title else "",
    )


def _call_section(r: RecordingInfo, heading: str, s: Strings) -> CallSection:
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
    if r.segmented:
        facts = [(s("duration"), duration_text(r.duration_s))]
        for number, f in enumerate(r.files, start=1):
            facts += [
                (s("part", n=number, count=count), f"recordings/{f.package_name}"),
                (s("sha256"), f.sha256),
            ]
        facts.append((s("sha256_parts"), r.sha256 or ""))
    else:
        facts = [
            (s("file"), f"recordings/{r.package_name}"),
            (s("duration"), duration_text(r.duration_s)),
            (s("sha256"), r.sha256 or ""),
        ]
    call_zone = ZoneInfo(r.timezone)
    marks = []
    for m in r.marks:
        seconds = m.file_seconds(r.sample_rate)
        in_file = (
            s("part_at", n=m.file_index + 1, count=count, at=clock(seconds)) if r.segmented else ""
        )
        wall = time_text(m.wall_time.astimezone(call_zone), s.language, seconds=True)
        marks.append(CallMark(m, clock(m.seconds), wall, audio[m.file_index], seconds, in_file))
    note = s("parts_note", count=count) if r.segmented else ""
    return CallSection(r, heading, audio[0].href, facts, marks, audio, note)


def _promise_status(
    promise: dict[str, Any], payments: list[dict[str, Any]], s: Strings, lang: str
) -> str:
    """The stored status, or for the user's open promise what the payments linked to it say:
    the same rule as the app's ledger (``ledger.paid_towards``), so the two never disagree."""
    status = s(f"status.{promise['status']}")
    if promise["status"] != "open" or promise["by"] != "user":
        return status

    def values(row: dict[str, Any]) -> SimpleNamespace:
        amount = row.get("amount")
        return SimpleNamespace(
            **{**row, "amount": None if amount is None else Decimal(str(amount))}
        )

    paid = paid_towards(values(promise), [values(p) for p in payments])
    if paid is None:
        return status
    if paid.covered_on is None:
        return s(
            "status.part_paid",
            paid=_money(str(paid.total), promise["currency"], lang),
            amount=_money(promise["amount"], promise["currency"], lang),
        )
    due = promise["due_date"]
    late = due is not None and str(paid.covered_on)[:10] > str(due)[:10]
    return s("status.kept_late" if late else "status.kept_paid", date=_day(paid.covered_on, lang))
