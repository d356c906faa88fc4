"""``onrecord data-folder``: show where the data is kept, or move it (see ``datamove``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .datamove import (
    MoveError,
    describe_folder,
    move_data_folder,
    remove_old_folder,
    size_text,
    why_not_movable,
)
from .paths import location_file
from .plural import count

SOURCE_TEXT = {
    "option": "chosen with --data-dir",
    "environment": "chosen with ONRECORD_HOME",
    "moved": "moved there (recorded in {pointer})",
    "default": "the default place",
}


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    help_ = (
        "show where the data is kept; --move-to moves it to another folder or disk "
        "(close OnRecord's window first)"
    )
    p = subparsers.add_parser("data-folder", help=help_, description=help_)
    p.add_argument(
        "--move-to",
        metavar="DIR",
        help="a new or empty folder: everything is copied, checked, then used from there",
    )
    p.add_argument(
        "--remove-old",
        action="store_true",
        help="after a successful move, delete the old folder (default: keep it)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run_data_folder)


def run_data_folder(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, UsageError, _print_json
    from .paths import resolve_data_dir

    current = resolve_data_dir(args.data_dir).absolute()
    info = describe_folder(current, args.data_dir)
    if not args.move_to:
        if args.json:
            _print_json(
                {
                    "data_dir": str(info.path),
                    "chosen_by": info.source,
                    "location_file": str(location_file()),
                    "size_bytes": info.size_bytes,
                    "files": info.files,
                    "free_bytes": info.free_bytes,
                }
            )
            return EXIT_OK
        print(f"data folder: {info.path}")
        print(f"  {SOURCE_TEXT[info.source].format(pointer=location_file())}")
        if not info.path.is_dir():
            print("  (this folder cannot be found now; it is made when OnRecord first opens it)")
        print(f"  {size_text(info.size_bytes)} in {count(info.files, 'file')}")
        if info.free_bytes is not None:
            print(f"  {size_text(info.free_bytes)} free on that disk")
        return EXIT_OK
    reason = why_not_movable(info.source)
    if reason:
        raise UsageError(f"the data folder was not moved: {reason}")
    shown = {"at": -1}

    def progress(fraction: float, _message: str) -> None:
        step = int(fraction * 20)
        if step != shown["at"] and sys.stderr.isatty():
            shown["at"] = step
            print(f"\rmoving… {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    try:
        result = move_data_folder(current, Path(args.move_to), progress=progress)
    except MoveError as exc:
        raise UsageError(f"the data folder was not moved: {exc}") from None
    finally:
        if shown["at"] >= 0:
            print(file=sys.stderr)
    out = {"moved": True, "old": str(result.old), "new": str(result.new), "files": result.files}
    if not args.json:
        print(
            f"moved {count(result.files, 'file')} ({size_text(result.bytes)}) to {result.new}; "
            "every file was checked, and OnRecord uses that folder from now on"
        )
    if args.remove_old:
        try:
            remove_old_folder(result.old, result.new)
        except MoveError as exc:
            raise UsageError(str(exc)) from None
        out["old_removed"] = True
        if not args.json:
            print(f"  the old folder {result.old} was deleted")
    else:
        out["old_removed"] = False
        if not args.json:
            print(
                f"  the old folder is kept as it was: {result.old} (delete it yourself when "
                "you no longer need it)"
            )
    if args.json:
        _print_json(out)
    return EXIT_OK
