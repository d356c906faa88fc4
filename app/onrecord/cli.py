"""The `onrecord` command. Commands that need no window never import Qt.

Exit codes: 0 ok, 1 a check failed, 2 bad input or an unusable environment — always with a
one-line message, never a traceback for an expected problem.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .paths import DataDirError, private_umask, resolve_data_dir
from .plural import count

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2

#: Modules that add their own commands: each has ``register(subparsers, open_workspace)``,
#: where ``open_workspace(args)`` opens the data folder chosen by --data-dir / ONRECORD_HOME.
#: They must import nothing heavy (no Qt) at module level.
COMMAND_MODULES: list[str] = [
    "onrecord.capture.commands",
    "onrecord.imports.commands",
    "onrecord.conduct.commands",
    "onrecord.evidence.commands",
    "onrecord.datafolder_commands",
    "onrecord.contactlog_commands",
    "onrecord.files_commands",
    "onrecord.ledger_commands",
]


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit 2."""


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(_width(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, *rows]:
        cells = [str(c) + " " * (w - _width(str(c))) for c, w in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())


# ------------------------------------------------------------------ commands
def cmd_cases(args: argparse.Namespace) -> int:
    from .store.serialize import row

    with _workspace(args) as ws:
        if args.action == "new":
            case = ws.cases.create_case(
                args.title,
                jurisdiction=args.jurisdiction,
                timezone=args.timezone,
                region=args.region,
                **({"reference": args.reference} if args.reference else {}),
                **({"debt_may_be_illegal": True} if args.debt_may_be_illegal else {}),
            )
            if args.json:
                _print_json(row(case))
            else:
                print(f"created case {case.id} ({case.reference}): {case.title}")
                print(f"  jurisdiction {case.jurisdiction}, time zone {case.timezone}")
            return EXIT_OK
        if args.action == "update":
            fields: dict[str, Any] = {}
            if args.debt_may_be_illegal is not None:
                fields["debt_may_be_illegal"] = args.debt_may_be_illegal == "yes"
            if not fields:
                raise UsageError("cases update: say what to change, e.g. --debt-may-be-illegal yes")
            case = ws.cases.update_case(ws.cases.case(args.case).id, **fields)
            if args.json:
                _print_json(row(case))
            else:
                print(f"updated case {case.id} ({case.reference}): {case.title}")
                said = "yes" if case.debt_may_be_illegal else "no"
                print(f"  the debt may be illegal (you say): {said}")
            return EXIT_OK
        cases = ws.cases.cases()
        counts = ws.cases.event_counts()
        if args.json:
            _print_json(
                [
                    row(
                        c,
                        events=counts.get(c.id, 0),
                        parties=[row(p) for p in c.parties],
                        numbers=[row(n) for n in c.numbers],
                    )
                    for c in cases
                ]
            )
            return EXIT_OK
        if not cases:
            print('no cases yet: create one with `onrecord cases new --title "..."`')
            return EXIT_OK
        _table(
            [
                [
                    str(c.id),
                    c.reference,
                    c.title,
                    c.jurisdiction,
                    c.timezone,
                    str(counts.get(c.id, 0)),
                ]
                for c in cases
            ],
            ["id", "reference", "title", "rules", "time zone", "events"],
        )
        return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from .store.serialize import row
    from .timefmt import duration_text, local_text

    with _workspace(args) as ws:
        case = ws.cases.case(args.case)
        events = ws.cases.events(case.id)
        if args.json:
            _print_json(
                [
                    row(
                        e,
                        number=e.phone_number.display if e.phone_number else None,
                        party=e.party.name if e.party else None,
                    )
                    for e in events
                ]
            )
            return EXIT_OK
        if not events:
            print(f"case {case.reference} has no contact events yet")
            return EXIT_OK
        _table(
            [
                [
                    str(e.id),
                    local_text(e.started_at, e.timezone),
                    e.kind.value,
                    e.direction.value,
                    e.phone_number.display if e.phone_number else "",
                    e.party.name if e.party else "",
                    duration_text(e.duration_s),
                    e.source.value + (" (withdrawn)" if e.withdrawn_at else ""),
                ]
                for e in events
            ],
            ["id", "when (local)", "kind", "direction", "number", "who", "length", "source"],
        )
        return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .store import audit
    from .store.models import AuditEvent

    with _workspace(args) as ws:
        case = ws.cases.case(args.case)
        with ws.store.session() as s:
            report = audit.verify_chain(s) if args.verify else None
            rows = list(
                s.scalars(
                    select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.seq)
                )
            )
        if args.json:
            out: dict[str, Any] = {
                "case": case.reference,
                "events": [
                    {"seq": r.seq, "hash": r.hash, "prev_hash": r.prev_hash, **json.loads(r.body)}
                    for r in rows
                ],
            }
            if report is not None:
                out["verify"] = {
                    "ok": report.ok,
                    "events": report.events,
                    "head": report.head,
                    "broken_seq": report.broken_seq,
                    "problem": report.problem,
                }
            _print_json(out)
        else:
            for r in rows:
                print(f"{r.seq:>6}  {r.at:%Y-%m-%d %H:%M:%S}Z  {r.action:<20} {r.hash[:16]}")
            if report is not None:
                print(report.describe())
        if report is not None and not report.ok:
            return EXIT_CHECK_FAILED
        return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import create_demo

    with _workspace(args) as ws:
        for line in create_demo(ws):
            print(line)
        if args.large:
            from .demo_large import create_large_demo

            print(create_large_demo(ws))
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run_checks

    results = run_checks(resolve_data_dir(args.data_dir))
    usable = all(r.status != "fail" for r in results)
    if args.json:
        _print_json({"usable": usable, "checks": [r.as_dict() for r in results]})
    else:
        for r in results:
            print(f"[{r.status.upper():4}] {r.name}: {r.detail}")
            if r.hint and r.status != "ok":
                print(f"       → {r.hint}")
        print("OnRecord can run here." if usable else "OnRecord cannot run here yet (see above).")
    return EXIT_OK if usable else EXIT_CHECK_FAILED


def _key_passphrase(path: str | None, *, confirm: bool) -> str | None:
    """The signing key's passphrase: the first line of ``path``, else typed (no echo) on a
    terminal; None when there is neither. Never taken from the command line (``ps`` shows it)."""
    import getpass

    if path:
        try:
            lines = Path(path).read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the passphrase file {path}: {exc}") from None
        if not lines or not lines[0]:
            raise UsageError(f"the passphrase file {path} is empty (its first line is used)")
        return lines[0]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Passphrase for the signing key: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the two passphrases differ; nothing was written")
    return first


def cmd_backup(args: argparse.Namespace) -> int:
    from .backup import BackupError, create_backup
    from .paths import ensure_data_dir

    passphrase = None
    if args.include_signing_key:
        if Path(args.out).exists():  # before the passphrase is typed twice for nothing
            raise UsageError(f"{Path(args.out).absolute()} already exists; choose a new file name")
        passphrase = _key_passphrase(args.key_passphrase_file, confirm=True)
        if passphrase is None:
            raise UsageError(
                "--include-signing-key needs a passphrase to encrypt the key: run in a terminal "
                "to type it, or give --key-passphrase-file FILE"
            )
    elif args.key_passphrase_file:
        raise UsageError("--key-passphrase-file is only used with --include-signing-key")
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    try:
        result = create_backup(
            data_dir,
            Path(args.out),
            include_key=args.include_signing_key,
            key_passphrase=passphrase,
        )
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    print(f"backed up {count(result.files, 'file')} ({result.bytes / 1e6:.1f} MB) to {result.path}")
    if result.included_key:
        print("  the signing key is in it, encrypted with your passphrase (restoring asks for it)")
    else:
        print("  the signing key was left out (add --include-signing-key to keep it, encrypted)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .backup import BackupError, holds_encrypted_key, restore_backup

    data_dir = resolve_data_dir(args.data_dir)
    if not args.yes:
        raise UsageError(
            f"restoring replaces the data in {data_dir} (it is kept beside it, renamed); "
            "run again with --yes to do it"
        )
    backup = Path(args.backup)
    try:
        with_key = not args.skip_signing_key and holds_encrypted_key(backup)
        passphrase = None
        if with_key:
            passphrase = _key_passphrase(args.key_passphrase_file, confirm=False)
            if passphrase is None:
                raise UsageError(
                    "nothing was changed: this backup holds the signing key, encrypted; run in a "
                    "terminal to type its passphrase, give --key-passphrase-file FILE, or add "
                    "--skip-signing-key to keep this installation's own key"
                )
        previous = restore_backup(
            backup, data_dir, key_passphrase=passphrase, skip_signing_key=args.skip_signing_key
        )
    except BackupError as exc:
        raise UsageError(f"nothing was changed: {exc}") from None
    print(f"restored {args.backup} into {data_dir}")
    if with_key:
        print("  the signing key in the backup was decrypted and restored")
    elif args.skip_signing_key:
        print("  the signing key was not restored: this installation keeps its own")
    if previous is not None:
        print(f"  the data that was there is kept in {previous}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_app

    return run_app(args.data_dir)  # resolved there, so a problem is shown in a window


# -------------------------------------------------------------------- parser
def _workspace(args: argparse.Namespace) -> Any:
    from .store import open_workspace

    return open_workspace(resolve_data_dir(args.data_dir))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onrecord",
        description="OnRecord (通话存证): record collection calls, keep a case file, "
        "export evidence. Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"OnRecord {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where cases and recordings are kept (default: $ONRECORD_HOME or the user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> Any:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = command(
        "cases",
        cmd_cases,
        "list cases, create one with `cases new`, change one with `cases update`",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(action=None)
    case_sub = p.add_subparsers(dest="action", metavar="ACTION")
    listing = case_sub.add_parser(  # `cases` alone lists them too; `cases list` was refused
        "list", help="list the cases (the same as `cases` alone)", description="list the cases"
    )
    listing.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    new = case_sub.add_parser("new", help="create a case", description="create a case")
    new.add_argument("--title", required=True, help="a short name for the debt")
    new.add_argument("--jurisdiction", choices=["us", "cn", "tw", "hk", "uk"])
    new.add_argument("--timezone", metavar="ZONE", help="IANA zone, e.g. Asia/Shanghai")
    new.add_argument("--region", metavar="CC", help="phone region, e.g. CN")
    new.add_argument("--reference", help="your own reference (default: OR-YEAR-NNNN)")
    illegal_help = (
        "you believe the debt may itself be illegal (e.g. high-interest usury or a gambling "
        "debt): only then are rules about collecting an illegal debt checked (CN-ILLEGAL-DEBT)"
    )
    new.add_argument("--debt-may-be-illegal", action="store_true", help=illegal_help)
    new.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    update = case_sub.add_parser(
        "update", help="change what you say about a case", description="change a case"
    )
    update.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    update.add_argument("--debt-may-be-illegal", choices=["yes", "no"], help=illegal_help)
    update.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )

    p = command("events", cmd_events, "list a case's contact events")
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = command("audit", cmd_audit, "show a case's audit log; --verify checks the hash chain")
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--verify", action="store_true", help="check the whole chain (exit 1 if broken)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = command(
        "demo",
        cmd_demo,
        "create three demo cases (American, mainland Chinese, Taiwanese) to explore",
    )
    p.add_argument(
        "--large",
        action="store_true",
        help="also create a very large case (10 000 contacts, 100 000 marks) for speed tests",
    )

    p = command("backup", cmd_backup, "back up all cases, recordings and settings to one file")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.add_argument(
        "--include-signing-key",
        action="store_true",
        help="also back up the key that signs exports, encrypted with a passphrase you type "
        "(twice, not shown)",
    )
    p.add_argument(
        "--key-passphrase-file",
        metavar="FILE",
        help="read the key's passphrase from FILE's first line instead (for scripts)",
    )
    p = command("restore", cmd_restore, "restore a backup (checked before anything is replaced)")
    p.add_argument("backup", metavar="FILE", help="a file made by `onrecord backup`")
    p.add_argument("--yes", action="store_true", help="really replace the current data")
    p.add_argument(
        "--key-passphrase-file",
        metavar="FILE",
        help="the passphrase of the backup's signing key, on FILE's first line (else it is asked)",
    )
    p.add_argument(
        "--skip-signing-key",
        action="store_true",
        help="restore everything but the signing key; this installation keeps its own",
    )

    p = command("self-test", cmd_self_test, "check that this computer can run OnRecord")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    for module in COMMAND_MODULES:
        try:
            importlib.import_module(module).register(sub, _workspace)
        except ImportError as exc:  # a broken install must not take every command down
            print(
                f"onrecord: warning: commands of {module} are unavailable: {exc}", file=sys.stderr
            )
    _data_dir_after_the_command(parser)
    return parser


def _data_dir_after_the_command(parser: argparse.ArgumentParser) -> None:
    """Accept ``--data-dir`` after the command too (``onrecord check --data-dir X``), as the
    README promises "every command takes --data-dir"; given there, it wins."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in action.choices.values():
            if not any("--data-dir" in a.option_strings for a in child._actions):
                child.add_argument(
                    "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                    help="where cases and recordings are kept",
                )  # fmt: skip
            _data_dir_after_the_command(child)


def main(argv: Sequence[str] | None = None) -> int:
    private_umask()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    from .store.errors import StoreError

    try:
        return func(args)
    except (UsageError, StoreError, DataDirError) as exc:
        print(f"onrecord: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("onrecord: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
