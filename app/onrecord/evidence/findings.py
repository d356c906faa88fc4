"""The conduct check's findings for the exported period: a report section and a JSON file.

The same evaluator and rule packs as `onrecord check` and the Possible issues panel, with the
user's own settings for the unconfirmed parameters and the case's own answers to the rules'
questions (``Case.debt_may_be_illegal``), limited to the events in the package.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ..conduct.model import CheckResult, Finding
from ..conduct.service import check_case
from ..conduct.when import finding_span
from ..conduct.when import mark_moments as mark_moments  # the report's, from here
from ..localefmt import date_text, moment_text, time_text
from ..store import Workspace
from ..store.types import to_utc_text


@dataclass(frozen=True)
class ExportedFindings:
    result: CheckResult
    findings: tuple[Finding, ...]  # only those about events in the package


def findings_for(
    ws: Workspace,
    case_id: int,
    event_ids: set[int],
    language: str,
    overrides: dict[str, dict[str, Any]] | None,
) -> ExportedFindings:
    result = check_case(ws, case_id, language=language, overrides=overrides)
    kept = tuple(f for f in result.findings if set(f.event_ids) & event_ids or not f.event_ids)
    return ExportedFindings(result, kept)


def findings_rows(
    found: ExportedFindings,
    edge_label: str,
    clock: Callable[..., str] | None = None,
    *,
    in_package: set[int] | None = None,
    outside_label: str = "not in this package",
    marks: Mapping[int, dt.datetime] | None = None,
    left_out_marks: Mapping[int, int] | None = None,
    left_out_label: str = "quotes a mark of recording {recordings}, which is not in this package",
) -> list[list[str]]:
    """Rule, citation, confidence, when, what — one row per finding, for the report.
    ``clock(moment, zone, seconds=True)`` writes a time (the report's ``ReportClock``, which
    leaves out the offset it states once); by default with its offset. ``marks``: each
    mark's moment in its call (``mark_moments``). A letter's moment (it has a date and no
    time of day) shows as its date. ``left_out_marks``: the recording of each mark the package
    does not hold (an unfinished one), named by ``left_out_label`` where a row quotes them."""
    rows = []
    zone, language = found.result.timezone, found.result.language

    def shown(moment: dt.datetime, f: Finding) -> str:
        if f.date_only_at(moment):
            return date_text(moment.astimezone(ZoneInfo(zone)).date(), language)
        if clock is not None:
            return clock(moment, zone, seconds=True)
        return moment_text(moment, zone, language, seconds=True)

    for f in found.findings:
        when = ""  # in the report's language, on the case's clock (as local_times are)
        first, last = finding_span(f, marks or {})
        if first is not None and last is not None:
            when = shown(first, f)
            if last != first:
                end = _until(first, last, lambda moment, f=f: shown(moment, f), zone, language)
                if end != when:  # two letters of one day: one date
                    when += f" … {end}"
        title = f"{f.rule_id} · {f.title}" + (f" ({edge_label})" if f.edge else "")
        confidence = f.confidence + (" *" if f.user_set else "")
        refs = _refs(f.event_ids, in_package, outside_label)
        missing = sorted(
            {(left_out_marks or {})[m] for m in f.mark_ids if m in (left_out_marks or {})}
        )
        if missing:
            said = left_out_label.format(recordings=", ".join(str(r) for r in missing))
            refs += f"{'; ' if refs else ''}{said}"
        rows.append([title, f.citation, confidence, when, f"{f.detail} [{refs}]".strip()])
    return rows


def _until(
    first: dt.datetime,
    last: dt.datetime,
    shown: Callable[[dt.datetime], str],
    zone: str,
    language: str,
) -> str:
    """The end of a span: its time alone when it falls on the day the span starts and is
    written without an offset ("2026年11月12日 10:51:00 … 21:15:00"), else in full."""
    full = shown(last)
    where = ZoneInfo(zone)
    if first.astimezone(where).date() != last.astimezone(where).date():
        return full
    short = time_text(last.astimezone(where), language, seconds=True)
    return short if full.endswith(short) else full


def _refs(ids: tuple[int, ...], in_package: set[int] | None, outside_label: str) -> str:
    """#13, #14 — and, for a package of part of the case (a date range, some calls), the
    contacts it does not hold said apart: a paralegal looked for #1 … #54 in a package that
    held a week of them."""
    inside = [f"#{e}" for e in ids if in_package is None or e in in_package]
    outside = [f"#{e}" for e in ids if in_package is not None and e not in in_package]
    text = ", ".join(inside)
    if outside:
        text += f"{'; ' if text else ''}{outside_label}: {', '.join(outside)}"
    return text


def findings_notes(found: ExportedFindings) -> list[str]:
    """What the report must say beside the rows: the rule pack's own notes (a time limit for
    suing, "no national limit is confirmed") and the note of each rule that has a finding."""
    about: dict[str, list[str]] = {}  # one line per note, naming its rules (as the app does)
    for f in found.findings:
        if f.rule_note and f.rule_id not in about.setdefault(f.rule_note, []):
            about[f.rule_note].append(f.rule_id)
    colon = "：" if found.result.language.startswith("zh") else ": "
    return [
        *found.result.notes,
        *(f"{' · '.join(ids)}{colon}{note}" for note, ids in about.items()),
    ]


def findings_json(
    found: ExportedFindings,
    filters: Mapping[str, Any] | None = None,
    in_package: set[int] | None = None,
) -> str:
    """The findings as JSON; ``filters`` say what the package holds (as case.json's), and
    for a package of part of the case (``in_package``: its contacts) each finding names the
    contacts it concerns that the package does not hold."""
    result = found.result
    document = {
        "format": "onrecord-conduct-findings/1",
        "filters": dict(filters or {"from": None, "to": None, "calls": None}),
        "jurisdiction": result.jurisdiction,
        "rules": result.pack_title,
        "language": result.language,
        "timezone": result.timezone,
        "notes": list(result.notes),
        "findings": [
            {
                "rule_id": f.rule_id,
                "title": f.title,
                "citation": f.citation,
                "confidence": f.confidence,
                "user_set": f.user_set,
                "edge": f.edge,
                "event_ids": list(f.event_ids),
                "mark_ids": list(f.mark_ids),
                "local_times": list(f.local_times),
                "first_at": to_utc_text(f.first_at),
                "last_at": to_utc_text(f.last_at),
                "collector": f.collector,
                "detail": f.detail,
                "disclaimer": f.disclaimer,
                **(
                    {"not_in_package": [e for e in f.event_ids if e not in in_package]}
                    if in_package is not None
                    else {}
                ),
            }
            for f in found.findings
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
