"""``onrecord attach`` and ``files``: files a contact or the case holds as evidence (a letter's
scan, a screenshot), as the timeline's "Attach files…" keeps them (``store.attachments``: copied,
fingerprinted, logged; one attached by mistake is withdrawn, never deleted). No Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .plural import count


def _usage(message: str) -> Exception:
    from .cli import UsageError

    return UsageError(message)


def files_checked(ws: Any, case_id: int, paths: list[str]) -> list[Path]:
    """The files to attach, each readable and not kept in the case already (a file is kept
    once, by its fingerprint), checked before anything is written."""
    from .digests import file_digests

    files: list[Path] = []
    seen: set[str] = set()
    for text in paths:
        path = Path(text)
        if not path.is_file():
            raise _usage(f"{path} is not a file; nothing was written")
        try:
            sha256 = file_digests(path).sha256
        except OSError as exc:
            raise _usage(f"cannot read {path}: {exc.strerror}; nothing was written") from None
        if sha256 in seen:
            continue  # the same bytes given twice: kept once
        kept = ws.attachments.find_by_sha256(case_id, sha256)
        if kept is not None:
            where = f"contact {kept.event_id}" if kept.event_id else "the case itself"
            raise _usage(
                f"{path.name} is already in this case, attached to {where} as file {kept.id} "
                "(the same file, by its fingerprint); a file is kept once; nothing was written"
            )
        seen.add(sha256)
        files.append(path)
    return files


def file_json(attachment: Any) -> dict[str, Any]:
    from .store.serialize import row

    return row(attachment)


def file_line(attachment: Any) -> str:
    return (
        f"  attached file {attachment.id}: {attachment.original_name} (sha256 {attachment.sha256})"
    )


# -------------------------------------------------------------- attach, files
def run_attach(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from .cli import EXIT_OK, _print_json
    from .contactlog_commands import event_of

    chosen = [bool(args.files), args.withdraw is not None, args.restore is not None]
    if sum(chosen) != 1:
        raise _usage(
            "attach: give the files to attach, or --withdraw FILE_ID, or --restore FILE_ID"
        )
    if args.files and args.reason:
        raise _usage("attach: --reason goes with --withdraw or --restore")
    if not args.files and (args.event is not None or args.description):
        raise _usage("attach: --event and --description go with the files to attach")
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        if not args.files:
            return _withdraw_file(ws, case, args)
        if args.event is not None:
            event_of(ws, case, args.event)
        files = files_checked(ws, case.id, args.files)
        description = args.description or ""
        attached = [
            ws.attachments.add(case.id, path, event_id=args.event, description=description)
            for path in files
        ]
        if args.json:
            _print_json([file_json(a) for a in attached])
            return EXIT_OK
        where = f"contact {args.event}" if args.event is not None else "the case itself"
        print(f"attached {count(len(attached), 'file')} to {where} in case {case.reference}")
        for attachment in attached:
            print(file_line(attachment))
    return EXIT_OK


def _withdraw_file(ws: Any, case: Any, args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, _print_json

    file_id = args.withdraw if args.withdraw is not None else args.restore
    reason = (args.reason or "").strip()
    if args.withdraw is not None and not reason:
        raise _usage("attach --withdraw: say why with --reason; nothing was changed")
    if not any(a.id == file_id for a in ws.attachments.list(case.id, withdrawn=True)):
        raise _usage(
            f"case {case.reference} has no attached file {file_id} "
            f"(see `onrecord files --case {case.reference}`)"
        )
    if args.withdraw is not None:
        attachment = ws.attachments.withdraw(file_id, reason)
    else:
        attachment = ws.attachments.restore(file_id, reason)
    if args.json:
        _print_json(file_json(attachment))
        return EXIT_OK
    if args.withdraw is not None:
        print(f"withdrew file {attachment.id} ({attachment.original_name}): {reason}")
        print("  it is kept, marked withdrawn, and left out of every export")
    else:
        print(f"put back file {attachment.id} ({attachment.original_name})")
    return EXIT_OK


def run_files(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from .cli import EXIT_OK, _print_json, _table
    from .timefmt import local_text

    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        files = ws.attachments.list(case.id, withdrawn=True)
        if args.json:
            _print_json([file_json(a) for a in files])
            return EXIT_OK
        if not files:
            print(f"case {case.reference} has no attached files yet")
            return EXIT_OK
        _table(
            [
                [
                    str(a.id),
                    local_text(a.added_at, case.timezone),
                    str(a.event_id) if a.event_id else "case",
                    a.original_name + (" (withdrawn)" if a.withdrawn else ""),
                    str(a.size),
                    a.sha256[:16],
                ]
                for a in files
            ],
            ["id", "added (local)", "contact", "name", "bytes", "sha256"],
        )
    return EXIT_OK


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    json_help = "machine-readable output"

    help_ = (
        "attach files (a letter's scan, a screenshot) to a contact or the case; "
        "--withdraw one attached by mistake"
    )
    p = subparsers.add_parser("attach", help=help_, description=help_)
    p.add_argument("files", nargs="*", metavar="FILE", help="the files to copy into the case")
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument(
        "--event", type=int, metavar="N", help="the contact they belong to (default: the case)"
    )
    p.add_argument("--description", metavar="TEXT", help="what the files are")
    p.add_argument(
        "--withdraw", type=int, metavar="FILE_ID", help="withdraw this attached file (see `files`)"
    )
    p.add_argument("--restore", type=int, metavar="FILE_ID", help="put a withdrawn file back")
    p.add_argument("--reason", metavar="TEXT", help="why (required with --withdraw)")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_attach(args, open_workspace))

    help_ = "list a case's attached files, withdrawn ones too"
    p = subparsers.add_parser("files", help=help_, description=help_)
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_files(args, open_workspace))
