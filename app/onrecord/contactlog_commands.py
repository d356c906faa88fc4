"""``onrecord log`` and ``withdraw``: the contact log by hand, as the timeline's "Log a
contact" and "Withdraw" keep it (no Qt). Files: ``files_commands``.

``log`` follows the dialog's rules (``handlog``): a letter is dated without a time, a letter,
visit or email has no phone number, a time later than now is refused (the dialog asks; here
``--later-than-now`` logs it), and so is a contact that repeats one logged already
(``--again`` logs it). Everything is checked before anything is written: a refusal is one
line, exit 2, and leaves the case as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from .store.enums import NUMBERLESS_KINDS, Direction, EventKind, NoticeKind, date_only

KIND_CHOICES = [k.value for k in EventKind]
DIRECTION_CHOICES = [d.value for d in Direction]
NOTICE_CHOICES = [n.value for n in NoticeKind]


def _usage(message: str) -> Exception:
    from .cli import UsageError

    return UsageError(message)


# ------------------------------------------------------------------- reading
def parse_when(text: str, zone: str, kind: EventKind) -> dt.datetime:
    """``--when`` on the clock of ``zone``: a date and a time, or a letter's date alone
    (stored at noon of that day, as the dialog stores it)."""
    from .store.enums import DATE_ONLY_HOUR
    from .store.validate import EARLIEST_DAY

    cleaned = text.strip().replace("/", "-")
    day: dt.date | None = None
    with contextlib.suppress(ValueError):
        day = dt.date.fromisoformat(cleaned)
    moment: dt.datetime | None = None
    if day is None:
        try:
            moment = dt.datetime.fromisoformat(cleaned)
        except ValueError:
            raise _usage(
                f"--when {text!r} is not a date and time like 2026-03-05 14:30 "
                "(a letter: its date alone, like 2026-03-05)"
            ) from None
    clock = _zone(zone)
    if date_only(kind):
        if moment is not None:
            raise _usage(
                f"--when {text!r}: a letter is logged by its date alone (it has no time of "
                "day); give the date, like 2026-03-05"
            )
        assert day is not None
        moment = dt.datetime(day.year, day.month, day.day, DATE_ONLY_HOUR, tzinfo=clock)
    elif moment is None:
        raise _usage(f"--when {text!r}: give the time too, like {text.strip()} 14:30")
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock)
    if moment.date() < EARLIEST_DAY:
        raise _usage(f"--when {text!r} is before 1970; check the date")
    return moment


def _zone(zone: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(zone)


def parse_duration(text: str) -> float:
    """``--duration``: seconds (95, 95.5) or minutes:seconds (3:20), hours:minutes:seconds."""
    parts = text.strip().split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    ok = (
        1 <= len(numbers) <= 3
        and all(n >= 0 and n == n for n in numbers)  # n == n: not NaN
        and all(n < 60 for n in numbers[1:])
        and all(n.is_integer() for n in numbers[:-1])
    )
    if not ok:
        raise _usage(
            f"--duration wants seconds (95) or minutes:seconds (3:20), not {text!r}; "
            "nothing was written"
        )
    seconds = 0.0
    for n in numbers:
        seconds = seconds * 60 + n
    if seconds >= 7 * 24 * 3600:  # the store's limit, checked before anything is written
        raise _usage(f"--duration {text} is longer than a week; nothing was written")
    return seconds


def parse_tags(given: list[str], direction: Direction) -> list[str]:
    """The tag ids given (spaces or commas between), each one OnRecord knows; a contact with
    someone else about the debt is a third-party contact (the dialog ticks that tag)."""
    from .conduct.tags import TAGS

    known = {t.id for t in TAGS}
    tags = [t for text in given for t in text.replace(",", " ").split() if t]
    unknown = [t for t in tags if t not in known]
    if unknown:
        raise _usage(
            f"unknown tag {unknown[0]!r} (known: {', '.join(t.id for t in TAGS)}); "
            "nothing was written"
        )
    if direction == Direction.TO_OTHERS:
        tags.append("third_party")
    return list(dict.fromkeys(tags))


def find_party(ws: Any, case_id: int, text: str) -> Any | None:
    """The case's party named ``text`` (its id, name or one of its aliases), or None."""
    wanted = text.strip()
    parties = ws.cases.parties(case_id)
    for party in parties:
        if wanted.isdigit() and party.id == int(wanted):
            return party
    lowered = wanted.casefold()
    for party in parties:
        names = [party.name, *party.aliases.split(",")]
        if any(n.strip().casefold() == lowered for n in names if n.strip()):
            return party
    if wanted.isdigit():
        raise _usage(f"this case has no collector with id {wanted}; nothing was written")
    return None


def event_of(ws: Any, case: Any, event_id: int) -> Any:
    """The case's contact ``event_id``, or a refusal naming where to look."""
    for event in ws.cases.events(case.id):
        if event.id == event_id:
            return event
    raise _usage(
        f"case {case.reference} has no contact {event_id} "
        f"(see `onrecord events --case {case.reference}`)"
    )


def when_text(event: Any) -> str:
    """The contact's time on its own clock, as `onrecord events` prints it; a letter's date."""
    from .timefmt import local, local_text

    if date_only(event.kind):
        return local(event.started_at, event.timezone).strftime("%Y-%m-%d")
    return local_text(event.started_at, event.timezone)


# ----------------------------------------------------------------------- log
def run_log(args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]) -> int:
    from . import handlog
    from .cli import EXIT_CHECK_FAILED, EXIT_OK, _print_json
    from .files_commands import file_json, file_line, files_checked
    from .store import StoreError, validate
    from .store.casefile import PARTY_TEXT_FIELDS, find_number
    from .store.enums import PartyRole, answered
    from .store.phones import WITHHELD_PROBLEM, normalise
    from .store.search import timeline_rows
    from .store.serialize import row

    kind, direction = EventKind(args.kind), Direction(args.direction)
    notice = NoticeKind(args.notice) if args.notice else None
    number = (args.number or "").strip()
    if number and kind in NUMBERLESS_KINDS:
        raise _usage(
            f"a {kind.value} does not come from a phone number: leave out --number "
            "(the collector's number belongs to the collector, not to this contact); "
            "nothing was written"
        )
    if notice is not None and not handlog.notice_applies(kind, direction):
        raise _usage(
            f"--notice does not apply to a {kind.value} ({direction.value}): you told them "
            "nothing in it; nothing was written"
        )
    duration = parse_duration(args.duration) if args.duration else None
    tags = parse_tags(args.tag or [], direction)
    summary = validate.text(args.summary or "", "summary", limit=20000)
    party_name = validate.text(args.party or "", "name", limit=PARTY_TEXT_FIELDS["name"])
    number = validate.text(number, "phone number", limit=64)
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        zone = validate.timezone(args.timezone) if args.timezone else case.timezone
        started = parse_when(args.when, zone, kind)
        validate.not_future(started, "contact date", zone)  # the store's limit: a day
        now = dt.datetime.now(dt.UTC)
        if not args.later_than_now and handlog.later_than_now(
            started, now, zone, dated=date_only(kind)
        ):
            shown_now = now.astimezone(_zone(zone)).strftime("%Y-%m-%d %H:%M")
            raise _usage(
                f"{args.when} is later than the time now ({shown_now}): contacts are logged "
                "after they happen; check the date and hour, or add --later-than-now to log "
                "it with this time; nothing was written"
            )
        files = files_checked(ws, case.id, args.attach or [])
        party = find_party(ws, case.id, party_name) if party_name else None
        with ws.store.session() as s:
            known = find_number(s, case, number) if number else None
            number_id = known.id if known is not None else None
        # A collector to be created has logged nothing yet: no letter of theirs repeats.
        party_id = party.id if party is not None else (-1 if party_name else None)
        if not args.again:
            rows = timeline_rows(ws.store, case.id, with_marks=False)
            same = handlog.repeated(rows, kind, started, number_id, number, party_id)
            if same is not None:
                shown = same.local.strftime("%Y-%m-%d" if date_only(kind) else "%Y-%m-%d %H:%M")
                raise _usage(
                    f"this looks like contact {same.id}, logged already ({same.kind}, {shown}"
                    f"{', ' + same.number if same.number else ''}); add --again to log it "
                    "again; nothing was written"
                )
        created = None
        if party is None and party_name:
            party = created = ws.cases.add_party(case.id, party_name, role=PartyRole.COLLECTOR)
        connected, conversation = answered(kind)
        event = ws.cases.log_event(
            case.id,
            kind,
            started,
            timezone=zone,
            direction=direction,
            duration_s=duration,
            connected=connected,
            conversation=conversation,
            number=number or None,
            party_id=party.id if party is not None else None,
            summary=summary,
            notice=notice,
            tags=tags,
        )
        attached, refused = [], []
        for path in files:
            try:
                attached.append(ws.attachments.add(case.id, path, event_id=event.id))
            except StoreError as exc:  # checked above; a disk that fills up now
                refused.append(f"{path.name} was not attached: {exc}")
        event = event_of(ws, case, event.id)  # with its number and collector
        notes = []
        if number and known is None:
            result = normalise(number, case.region)
            if not result.is_valid and result.problem != WITHHELD_PROBLEM:
                notes.append(
                    f"{number} is not a phone number OnRecord recognises ({result.problem}): "
                    "it was kept exactly as given"
                )
        code = EXIT_CHECK_FAILED if refused else EXIT_OK
        for line in refused:
            print(f"onrecord: contact {event.id} was logged, but {line}", file=sys.stderr)
        if args.json:
            _print_json(
                row(
                    event,
                    case=case.reference,
                    local=when_text(event),
                    number=event.phone_number.display if event.phone_number else None,
                    party=event.party.name if event.party else None,
                    created_party=row(created) if created is not None else None,
                    tags=tags,
                    files=[file_json(a) for a in attached],
                    notes=notes,
                )
            )
            return code
        if created is not None:
            print(f"created collector {created.id}: {created.name}")
        print(
            f"logged contact {event.id} in case {case.reference}: {kind.value}, "
            f"{when_text(event)}, {direction.value}"
        )
        details = [
            f"number {event.phone_number.display}" if event.phone_number else "",
            f"collector {event.party.name}" if event.party else "",
            f"length {_length(duration)}" if duration is not None else "",
            f"tags {', '.join(tags)}" if tags else "",
            f"told them: {notice.value}" if notice else "",
        ]
        if any(details):
            print("  " + "; ".join(d for d in details if d))
        for attachment in attached:
            print(file_line(attachment))
        for note in notes:
            print(f"  note: {note}")
    return code


def _length(seconds: float) -> str:
    from .timefmt import duration_text

    return duration_text(seconds)


# ------------------------------------------------------------------ withdraw
def run_withdraw(
    args: argparse.Namespace, open_workspace: Callable[[argparse.Namespace], Any]
) -> int:
    from .cli import EXIT_OK, _print_json
    from .store.serialize import row

    reason = (args.reason or "").strip()
    if not args.restore and not reason:
        raise _usage(
            "withdraw: say why with --reason (e.g. --reason 'logged twice'); nothing was changed"
        )
    with open_workspace(args) as ws:
        case = ws.cases.case(args.case)
        event = event_of(ws, case, args.event)
        if args.restore:
            ws.corrections.restore_event(event.id, reason)
        else:
            ws.corrections.withdraw_event(event.id, reason)
        event = event_of(ws, case, event.id)
        if args.json:
            _print_json(row(event, case=case.reference, local=when_text(event)))
            return EXIT_OK
        what = f"contact {event.id} ({event.kind.value}, {when_text(event)})"
        if args.restore:
            print(f"counted {what} again")
            print("  its withdrawal stays in the case's audit log")
        else:
            print(f"withdrew {what}: {reason}")
            print(
                "  it stays in the case and in an evidence package, marked withdrawn with your "
                "reason, and is counted nowhere"
            )
            print(
                f"  to count it again: onrecord withdraw --case {case.reference} "
                f"--event {event.id} --restore"
            )
    return EXIT_OK


# ------------------------------------------------------------------ register
def register(subparsers: Any, open_workspace: Callable[[argparse.Namespace], Any]) -> None:
    json_help = "machine-readable output"

    help_ = "log a contact by hand: a missed call, an SMS, a letter, a visit..."
    p = subparsers.add_parser(
        "log",
        help=help_,
        description=help_ + " (as the timeline's “Log a contact” does)",
        epilog=(
            "A letter is logged by its date alone (--when 2026-03-05). A time later than "
            "now, or a contact that looks logged already (same kind, number and minute), is "
            "refused: check it, or add --later-than-now or --again."
        ),
    )
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--kind", required=True, choices=KIND_CHOICES, help="what kind of contact")
    p.add_argument(
        "--when",
        required=True,
        metavar="TIME",
        help='when it happened, on the case\'s clock: "2026-03-05 14:30" (a letter: 2026-03-05)',
    )
    p.add_argument(
        "--timezone", metavar="ZONE", help="the clock --when is read on (default: the case's)"
    )
    p.add_argument(
        "--direction",
        choices=DIRECTION_CHOICES,
        default="incoming",
        help="incoming (from them; the default), outgoing (from you), to_others (they "
        "contacted someone else about your debt: tagged third_party), unknown",
    )
    p.add_argument(
        "--number", metavar="N", help="their phone number (not for a letter, visit or email)"
    )
    p.add_argument(
        "--party",
        metavar="NAME",
        help="the collector: a collector of the case with that name or id, or a new one",
    )
    p.add_argument(
        "--duration", metavar="LENGTH", help="how long: seconds (95) or minutes:seconds (3:20)"
    )
    p.add_argument("--summary", metavar="TEXT", help="what they said or wrote")
    p.add_argument(
        "--tag", action="extend", nargs="+", metavar="TAG", help="what happened (tag ids)"
    )
    p.add_argument(
        "--notice",
        choices=NOTICE_CHOICES,
        help="what you told them in this contact: to stop contacting you, that you have a "
        "lawyer, not to call you at work",
    )
    p.add_argument(
        "--attach", action="extend", nargs="+", metavar="FILE", help="files for this contact"
    )
    p.add_argument(
        "--later-than-now",
        action="store_true",
        help="log a time later than now (up to a day: another time zone, a clock ahead)",
    )
    p.add_argument("--again", action="store_true", help="log it even if it looks logged already")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_log(args, open_workspace))

    help_ = "withdraw a contact logged by mistake (kept, marked, counted nowhere), or --restore it"
    p = subparsers.add_parser("withdraw", help=help_, description=help_)
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--event", required=True, type=int, metavar="N", help="the contact's id")
    p.add_argument("--reason", metavar="TEXT", help="why (required to withdraw)")
    p.add_argument("--restore", action="store_true", help="count a withdrawn contact again")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=lambda args: run_withdraw(args, open_workspace))
