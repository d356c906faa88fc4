"""``onrecord import``: preview (``--dry-run``) or import a call log, messages, BCR folder,
Audacity labels or a CSV contact log into a case.

Exit codes: 0 imported (or previewed), 2 bad input or a file that cannot be imported (one line
saying what and where; nothing is written). Only the numbers picked with ``--numbers`` or
``--all-numbers`` are imported; without either, the preview is shown and nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ..plural import count, word

FORMAT_CHOICES = ("auto", "calls", "sms", "bcr", "audacity", "csv")


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    help_ = "import a phone backup, BCR recordings, Audacity labels or a CSV log into a case"
    from ..conduct.tags import TAGS

    epilog = (
        "A CSV log's columns: start (or date and time), kind (required), direction, number, "
        "name, duration_s (or duration_min, or duration as 3:20), connected, conversation, "
        "timezone, summary, tags; or the same in Chinese (日期, 时间, 类型, 方向, 电话号码, "
        "对方姓名, 通话时长(秒), 是否接通, 是否谈及债务, 时区, 备注, 标签), with kinds such "
        "as 来电, 去电, 未接, 拒接, 短信, 语音留言, 信件, 上门. "
        "Tags (spaces or commas between): " + ", ".join(t.id for t in TAGS)
    )
    p = subparsers.add_parser("import", help=help_, description=help_, epilog=epilog)
    p.add_argument("paths", nargs="+", metavar="PATH", help="file(s), or a BCR folder")
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--format", choices=FORMAT_CHOICES, default="auto", dest="fmt")
    p.add_argument("--dry-run", action="store_true", help="show the preview; write nothing")
    p.add_argument(
        "--numbers",
        metavar="N1,N2,...",
        help="import only these numbers (any spelling; 'withheld' for hidden callers, "
        "'none' for letters, visits and emails without a number)",
    )
    p.add_argument("--all-numbers", action="store_true", help="import every number found")
    p.add_argument(
        "--party",
        metavar="NAME_OR_ID",
        help="the collector these numbers belong to (created if new)",
    )
    p.add_argument("--recording", type=int, metavar="ID", help="recording for Audacity labels")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=lambda args: run_import(args, open_workspace))


def _local(moment: Any, zone: str) -> str:
    from ..timefmt import local_text

    return local_text(moment, zone)


def _preview_rows(plan: Any, removed_column: bool) -> list[list[str]]:
    rows = []
    for n in plan.preview.numbers:
        kinds = ", ".join(f"{k} {kind}" for kind, k in sorted(n.kinds.items()))
        rows.append(
            [
                n.display,
                str(n.count),
                kinds,
                _local(n.first, plan.timezone),
                _local(n.last, plan.timezone),
                str(n.already_imported) if n.already_imported else "",
                *([str(n.removed_before) if n.removed_before else ""] if removed_column else []),
                n.party_name or ("in case" if n.in_case else ""),
            ]
        )
    return rows


def _preview_json(plan: Any) -> dict[str, Any]:
    p = plan.preview
    return {
        "case": plan.case_reference,
        "format": p.format,
        "sources": list(p.sources),
        "records": p.records,
        "duplicates_merged": p.duplicates_merged,
        "already_imported": p.already_imported,
        "removed_before": p.removed_before,
        "filed_with_calls": p.filed_with_calls,
        "confirms_calls": p.confirms_calls,
        "skipped": p.skipped,
        "problems": list(p.problems),
        "notes": list(p.notes),
        "labels": p.labels,
        "numbers": [
            {
                "key": n.key,
                "display": n.display,
                "raw_forms": list(n.raw_forms),
                "count": n.count,
                "kinds": n.kinds,
                "first": n.first.isoformat(),
                "last": n.last.isoformat(),
                "withheld": n.withheld,
                "already_imported": n.already_imported,
                "removed_before": n.removed_before,
                "party": n.party_name or None,
            }
            for n in p.numbers
        ],
    }


def _print_preview(plan: Any) -> None:
    from ..cli import _table

    p = plan.preview
    print(f"{', '.join(p.sources)}: {p.format_title}, case {plan.case_reference}")
    if p.format == "audacity":
        print(f"  {count(p.labels, 'label')} for recording {plan.recording_id}")
    else:
        print(f"  {count(p.records, 'contact')}", end="")
        if p.duplicates_merged:
            print(f", {count(p.duplicates_merged, 'duplicate')} merged", end="")
        print()
    if p.already_imported:
        print(f"  {p.already_imported} already in the case (will not be added again)")
    if n := p.removed_before:
        print(
            f"  {count(n, 'contact')} {word(n, 'was', 'were')} removed from the case after an "
            "earlier import (will not be added again)"
        )
    for reason, skipped in sorted(p.skipped.items()):
        print(f"  skipped {skipped}: {reason}")
    for line in (*p.problems, *p.notes):
        print(f"  {line}")
    if p.numbers:
        print()
        removed_column = any(n.removed_before for n in p.numbers)
        _table(
            _preview_rows(plan, removed_column),
            [
                *("number", "count", "kinds", "first (local)", "last (local)", "imported"),
                *(["removed"] if removed_column else []),
                "collector",
            ],
        )


def _resolve_party(ws: Any, case_id: int, text: str) -> tuple[int, str]:
    from ..store.enums import PartyRole

    parties = ws.cases.parties(case_id)
    wanted = text.strip()
    for party in parties:
        if wanted.isdigit() and party.id == int(wanted):
            return party.id, party.name
    lowered = wanted.casefold()
    for party in parties:
        names = [party.name, *party.aliases.split(",")]
        if any(n.strip().casefold() == lowered for n in names if n.strip()):
            return party.id, party.name
    if wanted.isdigit():
        from ..cli import UsageError

        raise UsageError(f"this case has no collector with id {wanted}")
    party = ws.cases.add_party(case_id, wanted, role=PartyRole.COLLECTOR)
    print(f"created collector {party.id}: {party.name}")
    return party.id, party.name


def run_import(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    import sys
    from pathlib import Path

    from ..cli import EXIT_BAD_INPUT, EXIT_OK, UsageError, _print_json
    from . import ImportFileError, execute, prepare, resolve_numbers

    if args.numbers and args.all_numbers:
        raise UsageError("give --numbers or --all-numbers, not both")
    with open_workspace(args) as ws:
        try:
            plan = prepare(
                ws,
                args.case,
                [Path(p) for p in args.paths],
                args.fmt,
                recording_id=args.recording,
            )
            has_numbers = plan.format != "audacity"
            if not has_numbers and (args.numbers or args.all_numbers or args.party):
                raise UsageError("--numbers, --all-numbers and --party do not apply to labels")
            picked = None
            if args.numbers:
                picked = resolve_numbers(plan, args.numbers.split(","))
        except ImportFileError as exc:
            raise UsageError(str(exc)) from None
        if args.json and (args.dry_run or (has_numbers and not (picked or args.all_numbers))):
            _print_json(_preview_json(plan))
        elif not args.json:
            _print_preview(plan)
        if args.dry_run:
            if not args.json:
                print("\nnothing was written (--dry-run)")
            return EXIT_OK
        if has_numbers and picked is None and not args.all_numbers:
            if not plan.preview.numbers:
                print("nothing to import")
                return EXIT_OK
            print(
                "onrecord: choose the numbers that belong to this case with "
                "--numbers N1,N2,... (or --all-numbers); nothing was written",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        party_id = None
        if args.party:
            party_id, _name = _resolve_party(ws, plan.case_id, args.party)
        result = execute(ws, plan, numbers=picked, party_id=party_id)
        if args.json:
            _print_json(
                {
                    "added": result.added,
                    "already_there": result.already_there,
                    "removed_before": result.removed_before,
                    "filed_with_calls": result.filed_with_calls,
                    "confirmed_calls": result.confirmed_calls,
                    "not_picked": result.not_picked,
                    "event_ids": result.event_ids,
                    "recording_ids": result.recording_ids,
                    "mark_ids": result.mark_ids,
                    "warnings": result.warnings,
                    "notes": list(result.notes),
                }
            )
        else:
            what = "mark" if plan.format == "audacity" else "contact event"
            print(f"\nadded {count(result.added, what)}", end="")
            if n := result.already_there:
                print(f"; {n} {word(n, 'was', 'were')} already in the case", end="")
            if n := result.filed_with_calls:
                print(
                    f"; the notes and tags of {count(n, 'row')} were added "
                    f"to {word(n, 'the call', 'the calls')} already recorded",
                    end="",
                )
            if n := result.confirmed_calls:
                print(
                    f"; {count(n, 'line')} filed with {word(n, 'the call', 'the calls')} "
                    "already recorded, as the phone's record of "
                    f"{word(n, 'it', 'them')}",
                    end="",
                )
            if n := result.removed_before:
                print(
                    f"; {n} {word(n, 'was', 'were')} removed from the case after an earlier "
                    "import (not added again)",
                    end="",
                )
            if n := result.not_picked:
                print(f"; {n} from numbers not picked {word(n, 'was', 'were')} left out", end="")
            print()
            for warning in result.warnings:
                print(f"warning: {warning}")
    return EXIT_OK
