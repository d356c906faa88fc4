"""``onrecord check``: run the conduct rules of the case's jurisdiction over its contact log.

Exit codes: 0 the check ran (whatever it found); 1 only with ``--fail-on-findings`` when
there is at least one finding that is not an edge case; 2 bad input (unknown case, bad
``--param``). Findings are possible issues, never legal advice, and every line says so.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ..plural import count

JURISDICTION_CHOICES = ("us", "cn", "tw", "hk", "uk")
LANGUAGE_CHOICES = ("en", "zh_CN", "zh_TW")


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    help_ = "check a case's contact log against the conduct rules (possible issues, not advice)"
    p = subparsers.add_parser("check", help=help_, description=help_)
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument(
        "--jurisdiction", choices=JURISDICTION_CHOICES, help="default: the case's jurisdiction"
    )
    p.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        default=None,
        help="language of the findings (default: the app's, as for export)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="RULE.NAME=VALUE",
        help=(
            "change an editable parameter, e.g. CN-HOURS.end=22:00, or answer a rule's "
            "question about the case for this check only, instead of the case's own answer "
            "(`cases update --debt-may-be-illegal`), e.g. "
            "CN-ILLEGAL-DEBT.debt_may_be_illegal=yes (repeatable)"
        ),
    )
    p.add_argument(
        "--fail-on-findings",
        action="store_true",
        help="exit 1 when anything other than an edge case is found",
    )
    p.set_defaults(func=lambda args: run_check(args, open_workspace))


def parse_params(items: list[str]) -> dict[str, dict[str, Any]]:
    from ..cli import UsageError

    overrides: dict[str, dict[str, Any]] = {}
    for item in items:
        target, sep, raw = item.partition("=")
        rule_id, dot, name = target.partition(".")
        if not (sep and dot and rule_id and name):
            raise UsageError(f"--param {item!r}: write RULE.NAME=VALUE, e.g. CN-HOURS.end=22:00")
        value: Any = int(raw) if raw.strip().isdigit() else raw.strip()
        overrides.setdefault(rule_id.strip().upper(), {})[name.strip()] = value
    return overrides


def result_json(result: Any) -> dict[str, Any]:
    return {
        "jurisdiction": result.jurisdiction,
        "rules": result.pack_title,
        "language": result.language,
        "timezone": result.timezone,
        "disclaimer": result.disclaimer,
        "events_checked": result.events_checked,
        "excluded_events": list(result.excluded_events),
        "oldest": result.oldest.isoformat() if result.oldest else None,
        "newest": result.newest.isoformat() if result.newest else None,
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
                "detail": f.detail,
                "collector": f.collector,
                "note": f.rule_note,
                "disclaimer": f.disclaimer,
            }
            for f in result.findings
        ],
    }


EDGE = {"en": "EDGE", "zh_CN": "临界", "zh_TW": "臨界"}
#: "event 12,13 marks 4": the contacts' and marks' numbers, as the report's "#" gives them
EVENTS = {"en": "event {ids}", "zh_CN": "联系 #{ids}", "zh_TW": "聯絡 #{ids}"}
MARKS = {"en": " marks {ids}", "zh_CN": " 标记 {ids}", "zh_TW": " 標記 {ids}"}
NONE_FOUND = {
    "en": "No possible issues found in {contacts}.",
    "zh_CN": "在 {n} 次联系中未发现可能的问题。",
    "zh_TW": "在 {n} 次聯絡中未發現可能的問題。",
}


def _print_result(case: Any, result: Any) -> None:
    lang = result.language
    print(f"{case.reference} {case.title} — {result.pack_title} ({result.timezone})")
    print(f"[{result.disclaimer}]")
    if not result.findings:
        n = result.events_checked
        print(NONE_FOUND[lang].format(n=n, contacts=count(n, "contact")))
    by_rule: dict[str, list[Any]] = {}
    for finding in result.findings:
        by_rule.setdefault(finding.rule_id, []).append(finding)
    for rule_id, findings in by_rule.items():
        first = findings[0]
        flag = " *" if first.user_set else ""
        print(f"\n{rule_id} [{first.confidence}{flag}] {first.title} — {first.citation}")
        if first.rule_note:
            print(f"  * {first.rule_note}")
        for f in findings:
            edge = f"{EDGE[lang]}: " if f.edge else ""
            ids = EVENTS[lang].format(ids=",".join(str(i) for i in f.event_ids))
            marks = ",".join(str(m) for m in f.mark_ids)
            marks = MARKS[lang].format(ids=marks) if marks else ""
            print(f"  {f.local_times[0]}  {ids}{marks}  {edge}{f.detail}")
    for note in result.notes:
        print(f"\n{note}")


def run_check(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from .. import settings as settings_mod
    from ..cli import EXIT_CHECK_FAILED, EXIT_OK, UsageError, _print_json
    from .rules import RulePackError
    from .service import check_case, rule_ids, rule_statements

    given = parse_params(args.param)
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        code = args.jurisdiction or case.jurisdiction
        for rule in given:  # saved values for other packs are skipped; typed ones are not
            if rule not in rule_ids(code):
                raise UsageError(f"--param {rule}: no rule {rule} in the {code} rules")
        # The user's saved values (set in the Possible issues panel), then --param on top;
        # a --param that answers a rule's question about the case does so for this run only.
        overrides = {
            rule: dict(values)
            for rule, values in settings_mod.load(ws.data_dir).conduct_overrides.items()
        }
        saved = settings_mod.load(ws.data_dir)
        # As export does: a Hong Kong user's app in 繁體 printed its findings in English.
        language = args.language or (saved.language if saved.language in LANGUAGE_CHOICES else "en")
        statements: dict[str, dict[str, Any]] = {}
        for rule, values in given.items():
            asked = rule_statements(code).get(rule, ())
            for name, value in values.items():
                target = statements if name in asked else overrides
                target.setdefault(rule, {})[name] = value
        try:
            result = check_case(
                ws,
                case.id,
                jurisdiction=args.jurisdiction,
                language=language,
                overrides=overrides,
                statements=statements,
            )
        except RulePackError as exc:
            raise UsageError(str(exc)) from None
    if args.json:
        _print_json(result_json(result))
    else:
        _print_result(case, result)
    if args.fail_on_findings and any(not f.edge for f in result.findings):
        return EXIT_CHECK_FAILED
    return EXIT_OK
