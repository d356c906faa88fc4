"""What the report says, computed once from a snapshot; HTML and PDF only lay it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from ..timefmt import duration_text
from .catalogue import Strings
from .charts import ChartData, contact_counts
from .custody import custody_record
from .marks_formats import clock
from .snapshot import MarkInfo, RecordingInfo, Snapshot, parse_utc


@dataclass(frozen=True)
class CallSection:
    recording: RecordingInfo
    heading: str  # e.g. "2026-03-02 07:10 EST — call from Mike Dalton (+12125550142)"
    audio_href: str  # relative to data/report/
    facts: list[tuple[str, str]]
    marks: list[tuple[MarkInfo, str, str]]  # mark, offset text, wall time text


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


def _local(text: str | None, zone: ZoneInfo, seconds: bool = False) -> str:
    if not text:
        return ""
    pattern = "%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z"
    return parse_utc(text).astimezone(zone).strftime(pattern)


def _money(amount: str | None, currency: str) -> str:
    if amount is None:
        return ""
    return f"{amount} {currency}".strip()


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
    chart = contact_counts(snapshot.events, case["timezone"], case["jurisdiction"])
    start, end = chart.allowed
    yes, no = s("yes"), s("no")

    def flag(value: object) -> str:
        return "" if value is None else (yes if value else no)

    period = s("all_dates")
    if snapshot.filters.get("from") or snapshot.filters.get("to"):
        period = f"{snapshot.filters.get('from') or '…'} – {snapshot.filters.get('to') or '…'}"
    attempts = [e for e in snapshot.events if e["direction"] != "outgoing"]
    summary_facts = [
        (s("case_ref"), case["reference"]),
        (s("period"), period),
        (s("total_events"), str(len(snapshot.events))),
        (s("calls_recorded"), str(len(snapshot.recordings))),
        (s("off_hours_count", start=start, end=end), str(chart.off_hours_total)),
    ]
    if attempts:
        summary_facts += [
            (s("first_incident"), _local(attempts[0]["started_at"], zone)),
            (s("last_incident"), _local(attempts[-1]["started_at"], zone)),
        ]
    case_facts = [
        (s("case_title"), case["title"]),
        (s("creditor"), case["creditor"]),
        (s("agency"), case["agency"]),
        (s("account"), case["account_ref"]),
        (s("amount_claimed"), _money(case["amount"], case["currency"])),
        (s("due_date"), case["due_date"] or ""),
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
                local.strftime("%Y-%m-%d %H:%M %Z"),
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
        heading = f"{r.started_at.astimezone(ZoneInfo(r.timezone)):%Y-%m-%d %H:%M %Z}"
        if who:
            heading += f" — {who}"
        facts = [
            (s("file"), f"recordings/{r.package_name}"),
            (s("duration"), duration_text(r.duration_s)),
            (s("sha256"), r.sha256 or ""),
        ]
        marks = [
            (m, clock(m.seconds), m.wall_time.astimezone(ZoneInfo(r.timezone)).strftime("%H:%M:%S"))
            for m in r.marks
        ]
        calls.append(CallSection(r, heading, f"../recordings/{r.package_name}", facts, marks))
    promises = [
        [
            _local(p["made_at"], zone),
            s(f"by.{p['by']}"),
            p["party"] or "",
            p["description"],
            _money(p["amount"], p["currency"]),
            p["due_date"] or "",
            s(f"status.{p['status']}"),
        ]
        for p in snapshot.promises
    ]
    payments = [
        [p["paid_on"], _money(p["amount"], p["currency"]), p["method"], p["reference"], p["notes"]]
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
    integrity = [[f"recordings/{r.package_name}", r.sha256 or ""] for r in snapshot.recordings]
    integrity += [
        [f"attachments/{attachment_files[a['id']]}", a["sha256"]] for a in snapshot.attachments
    ]
    custody = [
        (s("exported_by"), exported_by),
        (s("generated"), exported_at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")),
        (s("device"), device),
        (s("software"), software),
    ]
    custody_items = [
        [
            item["package_file"],
            _local(item.get("created_at"), zone, seconds=True),
            item.get("created_on_device") or "",
            _local(item.get("finalised_at"), zone, seconds=True),
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
        generated=exported_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z"),
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
