"""`onrecord export` and `onrecord verify` (registered through cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _fail(message: str) -> int:
    print(f"onrecord: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of event ids: {text!r}") from None


def _read_password(
    path: str | None, *, confirm: bool, prompt: str = "Password for the zip: "
) -> str | None:
    if path:
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read the password file {path}: {exc}") from exc
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _app_language(data_dir: Path) -> str:
    """The language the user chose in the app, if the report has it; else English."""
    from ..settings import load as load_settings
    from .catalogue import LANGUAGES

    chosen = load_settings(data_dir).language  # unreadable settings read as the defaults
    return chosen if chosen in LANGUAGES else "en"


def _cli_language(data_dir: Path) -> str:
    """The language this command speaks: the one chosen in the app, else the system's."""
    from ..settings import load as load_settings
    from ..translator import choose_language

    return choose_language(load_settings(data_dir).language)


def cmd_export(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from ..progresswords import ExportSaid, Progress
    from .export import ExportCancelled, ExportError, ExportOptions, export_case
    from .selection import selection_problem

    if args.date_from and args.date_to and args.date_from > args.date_to:
        return _fail("--from is after --to")
    password = None
    if args.encrypt:
        try:
            password = _read_password(args.password_file, confirm=True)
        except ValueError as exc:
            return _fail(str(exc))
        if not password:
            return _fail("--encrypt needs a password: type one, or give --password-file FILE")
    options = ExportOptions(
        language=args.language or "en",
        date_from=args.date_from,
        date_to=args.date_to,
        calls=args.calls,
        make_zip=args.zip,
        password=password,
        contact_name=args.contact_name or "",
        source_organization=args.organization or "",
    )
    last = [-1]
    words: list[Any] = []  # the progress phrases, in the app's language once it is known

    def said() -> ExportSaid:
        return ExportSaid(words[0].language if words else "en")

    def progress(fraction: float, message: str) -> None:
        step = int(fraction * 10)
        if not args.quiet and step != last[0]:
            last[0] = step
            said = words[0].text(message) if words else message
            print(f"{fraction:4.0%}  {said}", file=sys.stderr)

    try:
        with open_workspace(args) as ws:
            if args.language is None:
                options = dataclasses.replace(options, language=_app_language(ws.data_dir))
            words.append(Progress(_cli_language(ws.data_dir)))
            # A choice that makes no sense is refused in one line, before any progress line.
            refused = selection_problem(ws, args.case, args.date_from, args.date_to, args.calls)
            if refused is not None:
                return _fail(said().message(refused))
            result = export_case(ws, args.case, Path(args.out), options, progress)
    except ExportCancelled:
        return _fail(said().cancelled())
    except ExportError as exc:
        return _fail(said().message(exc.args[0]) if exc.args else str(exc))
    if args.json:
        json.dump(
            {
                "name": result.name,
                "folder": str(result.folder) if result.folder else None,
                "zip": str(result.zip_path) if result.zip_path else None,
                "how_to_open": str(result.note_path) if result.note_path else None,
                "signing_key": result.fingerprint,
                "files": result.files,
                "checked_files": result.checked_files,
                "payload_bytes": result.payload_bytes,
                "recordings": result.recordings,
                "attachments": result.attachments,
                "warnings": result.warnings,
                "selection": result.selection or None,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        words = said()
        for where in (result.folder, result.zip_path):
            if where:
                print(words.exported(where))
        if result.note_path:
            print(words.how_to_open(result.note_path))
        held = words.held(result.recordings, result.attachments, result.files, result.checked_files)
        print(f"  {held}; {words.signed_by(result.fingerprint)}")
        if result.selection:
            print(f"  {result.selection}")
        for warning in result.warnings:
            print(f"  {words.warning(warning)}")
    return EXIT_OK


def _verify_language(args: argparse.Namespace) -> str:
    """--language, else the language chosen in the app on this computer, else the system's
    (a lawyer who checks a package on their own computer has no app settings)."""
    from ..paths import resolve_data_dir
    from ..settings import load as load_settings
    from ..translator import choose_language

    if args.language:
        return str(args.language)
    try:  # verify only reads: an unreadable settings file is left as it is
        folder = resolve_data_dir(getattr(args, "data_dir", None))
        chosen = load_settings(folder, repair=False).language
    except Exception:  # verify needs no data folder: any trouble with it means "not chosen"
        chosen = None
    return choose_language(chosen)


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0: intact; 1: checked and not intact; 2: could not be checked (not found, not a
    package, a zip that cannot be opened, no or a wrong password). With ``--json`` every
    outcome is a JSON object on stdout, a failure to check included (``"error"``)."""
    from .verify import VerifyInputError, verify_package
    from .verify_lines import VerifyLines
    from .zipping import is_encrypted, is_zip

    words = VerifyLines(_verify_language(args))
    path = Path(args.path)

    def cannot_check(message: str) -> int:
        if args.json:
            document = {"path": str(path), "ok": False, "checked": False, "error": message}
            json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
            print()
        return _fail(message)

    password = None
    try:
        if is_zip(path) and is_encrypted(path):
            password = _read_password(
                args.password_file, confirm=False, prompt=words.password_prompt()
            )
            if not password:
                return cannot_check(words.password_needed(path.name))
        report = verify_package(path, password=password)
    except VerifyInputError as exc:
        return cannot_check(words.message(exc.args[0]) if exc.args else str(exc))
    except (zipfile.BadZipFile, OSError) as exc:  # its list of files damaged, or unreadable
        return cannot_check(
            words.message(
                QT_TRANSLATE_NOOP("Verify", "cannot open {path}: {reason}").format(
                    path=path, reason=str(exc)
                )
            )
        )
    except ValueError as exc:
        return cannot_check(str(exc))
    if args.json:
        # "detail" stays the English a script can match; "text" and "lines" are what a person
        # reads, in the chosen language (a lawyer's --language zh_CN got English problems).
        document = {**report.to_json(), "checked": True, "language": words.language}
        for key, found in (("problems", report.problems), ("follows", report.follows)):
            for item, problem in zip(document[key], found, strict=True):
                item["text"] = words.message(problem.detail)
        document["lines"] = words.lines(report)
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(words.lines(report)))
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    help_ = "export a case as a signed evidence package (BagIt folder, zip, report)"
    p = subparsers.add_parser("export", help=help_, description=help_)
    p.set_defaults(func=lambda args: cmd_export(args, open_workspace))
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the package into")
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="only the contacts from this day (YYYY-MM-DD, the day each contact is listed on), with their "
        "recordings, marks and files; promises made or due and payments made in the dates go "
        "in too; files attached to the case itself always do",
    )
    p.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help="last day to include (see --from)"
    )
    p.add_argument(
        "--calls",
        type=_ids,
        metavar="ID,...",
        help="only these calls (call, missed call or voicemail ids from `onrecord events`): "
        "the package holds just these contacts, with their recordings, marks and files, the "
        "promises noted on them and the payments towards those; files attached to the case "
        "itself are always included; with --from/--to, each call must be within the dates",
    )
    p.add_argument("--zip", action="store_true", help="also write one deterministic .zip")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="write only an AES-256 encrypted .zip (asks for a password)",
    )
    p.add_argument("--password-file", metavar="FILE", help="read the zip password from FILE")
    p.add_argument(
        "--language",
        choices=["en", "zh_CN", "zh_TW"],
        default=None,
        help="language of the report (default: the app's language, else en)",
    )
    p.add_argument("--contact-name", metavar="NAME", help="Contact-Name for bag-info.txt")
    p.add_argument("--organization", metavar="ORG", help="Source-Organization for bag-info.txt")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--quiet", action="store_true", help="no progress lines")

    help_ = "check an evidence package (folder or zip): exit 0 if intact, 1 if not"
    p = subparsers.add_parser("verify", help=help_, description=help_)
    p.set_defaults(func=cmd_verify)
    p.add_argument("path", metavar="PATH", help="package folder or .zip")
    p.add_argument("--password-file", metavar="FILE", help="password of an encrypted zip")
    p.add_argument(
        "--language",
        choices=["en", "zh_CN", "zh_TW"],
        default=None,
        help="language of the answer (default: the app's language, else the system's)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
