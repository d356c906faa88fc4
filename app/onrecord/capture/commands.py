"""Commands: `devices`, `record`, `recordings`, `recover`."""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from ..plural import word

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class CommandError(Exception):
    """Bad input: one line, exit 2 (the CLI catches StoreError; this is for audio errors)."""


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _parse_mark(text: str) -> tuple[float, str | None, str]:
    seconds, _, rest = text.partition(":")
    tag, _, note = rest.partition(":")
    try:
        at = float(seconds)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--mark wants SECONDS:TAG[:TEXT], not {text!r}") from None
    if at < 0:
        raise argparse.ArgumentTypeError("--mark seconds must be 0 or more")
    return at, tag or None, note


def cmd_devices(args: argparse.Namespace, _open: Callable[..., Any]) -> int:
    from ..audio import list_devices

    devices = list_devices()
    if args.json:
        _print_json([dataclasses.asdict(d) for d in devices])
        return EXIT_OK
    if not devices:
        print("no input devices found: plug in a microphone or headset")
        return EXIT_OK
    for d in devices:
        kind = "loopback" if d.is_loopback else "input   "
        print(
            f"{d.id:<28}  {kind}  {d.name}  ({d.hostapi}, {d.max_input_channels} ch, "
            f"{d.default_samplerate:.0f} Hz)"
        )
    return EXIT_OK


def _sources(args: argparse.Namespace) -> list[Any]:
    from ..audio import DeviceNotFoundError, SourceSpec, list_devices, resolve_device

    devices = list_devices() if (args.mic or args.loopback) else []
    try:
        two = args.loopback is not None
        if args.mic:
            mic = resolve_device(args.mic, devices).spec("me" if two else "mixed")
        else:
            mic = SourceSpec(device=None, role="me" if two else "mixed", label="default input")
        sources = [mic]
        if two:
            sources.append(resolve_device(args.loopback, devices).spec("them"))
    except DeviceNotFoundError as exc:
        raise CommandError(str(exc)) from None
    return sources


def _describe(recording: Any) -> str:
    return (
        f"recording {recording.id}: {recording.status.value}, "
        f"{(recording.frames or 0) / recording.sample_rate:.1f} s, "
        f"sha256 {recording.sha256}"
    )


#: how `record` says what the call was filed as (the store's Direction values)
DIRECTION_WORDS = {
    "incoming": "incoming call (they called you)",
    "outgoing": "outgoing call (you called them)",
    "to_others": "call from them to someone else about your debt",
    "unknown": "call of unknown direction",
}


def _caller(args: argparse.Namespace) -> Any:
    """The caller's details given on the command line, checked before anything is recorded
    (a number or name the case file would refuse must not leave a recording half-filed)."""
    from ..store import validate
    from ..store.casefile import PARTY_TEXT_FIELDS as LIMITS
    from .unsaved import CallerDetails

    details = CallerDetails(
        name=validate.text(args.party, "name", limit=LIMITS["name"]),
        employee_id=validate.text(args.employee_id, "employee_id", limit=LIMITS["employee_id"]),
        company=validate.text(args.company, "organisation", limit=LIMITS["organisation"]),
        number=validate.text(args.number, "phone number", limit=64),
    )
    validate.text(args.summary, "summary", limit=20000)
    return details


def _file_details(ws: Any, session: Any, details: Any, summary: str | None) -> None:
    """Link the call to its number and caller (matched by name in the case, created if new)
    with the call screen's own store calls, and give it its summary; at the start, so a
    crash keeps them. Never stops the recording: a refusal is said and the audio goes on."""
    from ..store.errors import StoreError
    from .unsaved import apply_caller

    recording = ws.recordings.recording(session.recording_id)
    try:
        if not details.is_empty():
            apply_caller(ws, session.case_id, recording.event_id, details)
        if summary:
            ws.corrections.update_event(recording.event_id, summary=summary)
    except StoreError as exc:
        print(f"onrecord: the call's details were not saved: {exc}", file=sys.stderr)


def _filed_as(ws: Any, recording: Any) -> str:
    """What the call was filed as: direction, number and caller."""
    case_id = ws.recordings.case_of(recording.id)
    event = next(e for e in ws.cases.events(case_id) if e.id == recording.event_id)
    number = f"number {event.phone_number.display}" if event.phone_number else "no number"
    caller = f"caller {event.party.name}" if event.party else "no caller"
    withdrawn = " (withdrawn: nothing was recorded)" if event.withdrawn_at else ""
    direction = DIRECTION_WORDS.get(event.direction.value, event.direction.value)
    return f"  filed as: {direction}, {number}, {caller}{withdrawn}"


#: said when the microphone gave no sound at all (as the call screen says it)
NO_SOUND = (
    "onrecord: nothing was recorded: no sound came from the microphone. Check that it is "
    "plugged in, not muted and not used by another program, or choose another with --mic."
)


def cmd_record(args: argparse.Namespace, open_ws: Callable[..., Any]) -> int:
    marks = sorted(args.mark or [], key=lambda m: m[0])
    stop = threading.Event()
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in handlers:
        signal.signal(sig, lambda *_: stop.set())
    try:
        return _record(args, open_ws, marks, stop)
    finally:
        for sig, handler in handlers.items():  # a caller running main() gets its own back
            signal.signal(sig, handler)


def _record(
    args: argparse.Namespace,
    open_ws: Callable[..., Any],
    marks: list[tuple[float, str | None, str]],
    stop: threading.Event,
) -> int:
    from ..audio import AudioError
    from ..store.enums import Direction
    from . import start_call

    with open_ws(args) as ws:
        details = _caller(args)
        sources = _sources(args)
        try:
            session = start_call(ws, args.case, sources, direction=Direction(args.direction))
        except AudioError as exc:
            raise CommandError(f"could not start recording: {exc}") from None
        _file_details(ws, session, details, args.summary)
        recording = ws.recordings.recording(session.recording_id)
        print(
            f"recording {recording.id} into case {session.case_id}: {ws.data_dir / recording.path}",
            flush=True,
        )
        rate = session.config.samplerate
        # --mark and --seconds count from the first frame: a microphone may give its first
        # sound a second or two after the start (an idle PulseAudio source), and counting
        # from here put marks that much earlier in the audio and cut the recording short.
        origin: float | None = None  # time.monotonic() of frame 0, once sound has come
        deadline = time.monotonic() + session.config.startup_timeout_s + 5.0
        try:
            while not stop.is_set():
                try:
                    status = session.status()
                except AudioError as exc:  # the recorder process died (killed, crashed)
                    print(f"onrecord: recording stopped: {exc}", file=sys.stderr)
                    break
                if status.state in ("failed", "stopped"):
                    print(
                        f"onrecord: recording stopped: {status.error or status.state}",
                        file=sys.stderr,
                    )
                    break
                if origin is None:
                    if not status.frames:  # no sound yet (the recorder gives up in time)
                        if time.monotonic() > deadline:
                            break
                        stop.wait(0.02)
                        continue
                    try:  # where the audio is now, on its own clock
                        origin = time.monotonic() - session.stamp().frame / rate
                    except AudioError:  # stopped under us: the next status says why
                        stop.wait(0.02)
                        continue
                elapsed = time.monotonic() - origin
                while marks and marks[0][0] <= elapsed:
                    _, tag, note = marks.pop(0)
                    try:
                        mark = session.mark(tag, note)
                    except AudioError as exc:  # the recorder stopped (device gone...)
                        print(f"onrecord: mark not added: {exc}", file=sys.stderr)
                        continue
                    print(
                        f"  mark at {mark.frame / recording.sample_rate:.2f} s: "
                        f"{tag or ''} {note}".rstrip(),
                        flush=True,
                    )
                if args.seconds is not None and status.frames >= args.seconds * rate:
                    break  # that much audio has come: the recording is at least that long
                stop.wait(0.05)
            if origin is None and not stop.is_set():
                print(NO_SOUND, file=sys.stderr)
        finally:
            final = _stop_or_recover(ws, session)
        print(_describe(final))
        for warning in json.loads(final.warnings):
            print(f"  warning: {warning.get('message')}")
        print(_filed_as(ws, final))
        return EXIT_OK if final.status.value == "complete" else EXIT_CHECK_FAILED


def _stop_or_recover(ws: Any, session: Any) -> Any:
    """Stop and store the recording; if the recorder process died, recover it right away."""
    from ..audio import AudioError
    from . import recover_interrupted

    try:
        return session.stop()
    except AudioError as exc:
        print(f"onrecord: {exc}; recovering it now", file=sys.stderr)
    for recording in recover_interrupted(ws):
        if recording.id == session.recording_id:
            return recording
    return ws.recordings.recording(session.recording_id)


def cmd_recordings(args: argparse.Namespace, open_ws: Callable[..., Any]) -> int:
    from ..store.serialize import row

    with open_ws(args) as ws:
        case = ws.cases.case(args.case)
        recordings = ws.recordings.recordings(case.id)
        if args.json:
            _print_json(
                [
                    row(
                        r,
                        duration_s=(r.frames or 0) / r.sample_rate if r.sample_rate else None,
                        absolute_path=str(ws.data_dir / r.path),
                        marks=[
                            row(
                                m,
                                text=m.text,
                                retracted=m.retracted,
                                seconds=m.frame / r.sample_rate,
                            )
                            for m in r.marks
                        ],
                    )
                    for r in recordings
                ]
            )
            return EXIT_OK
        if not recordings:
            print(f"case {case.reference} has no recordings yet")
        for r in recordings:
            seconds = (r.frames or 0) / r.sample_rate if r.sample_rate else 0
            print(
                f"{r.id:>4}  {r.started_at:%Y-%m-%d %H:%M}Z  {r.status.value:<9} "
                f"{seconds:8.1f} s  {len(r.marks):>3} {word(len(r.marks), 'mark'):<5}  {r.path}"
            )
            print(f"      sha256 {r.sha256 or '(not finalised)'}")
        return EXIT_OK


def cmd_recover(args: argparse.Namespace, open_ws: Callable[..., Any]) -> int:
    from . import recover_interrupted

    with open_ws(args) as ws:
        recovered = recover_interrupted(ws)
        if not recovered:
            print("nothing to recover: every recording is complete")
        for recording in recovered:
            print(_describe(recording))
    return EXIT_OK


def _wrap(
    func: Callable[[argparse.Namespace, Callable[..., Any]], int], open_ws: Callable[..., Any]
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args, open_ws)
        except CommandError as exc:
            print(f"onrecord: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT

    return run


def register(sub: Any, open_ws: Callable[..., Any]) -> None:
    p = sub.add_parser("devices", help="list microphones and loopback sources")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_wrap(cmd_devices, open_ws))

    p = sub.add_parser(
        "record",
        help="record a call into a case (Ctrl+C stops)",
        description="Record a call. Ctrl+C or SIGTERM stops and saves it.",
    )
    p.add_argument("--case", metavar="ID", help="case id or reference (default: unsorted)")
    p.add_argument("--mic", metavar="DEV", help="input device: index or part of its name")
    p.add_argument(
        "--loopback",
        metavar="DEV",
        help="also record this source (e.g. the speakers' monitor) as 'them'",
    )
    p.add_argument(
        "--seconds", type=float, metavar="N", help="stop once N seconds of audio are recorded"
    )
    p.add_argument(
        "--mark",
        type=_parse_mark,
        action="append",
        metavar="SECONDS:TAG[:TEXT]",
        help="add a mark N seconds into the audio (repeatable)",
    )
    p.add_argument(
        "--direction",
        choices=list(DIRECTION_WORDS),
        default="incoming",
        help="who called whom: incoming (they called you; the default, as in the window), "
        "outgoing (you called them: a callback or a test), to_others (they called someone "
        "else about your debt), unknown",
    )
    p.add_argument("--number", metavar="NUMBER", help="the other side's phone number")
    p.add_argument(
        "--party",
        metavar="NAME",
        help="the collector's name: a collector of the case with that name, or a new one",
    )
    p.add_argument("--employee-id", metavar="ID", help="the collector's employee ID")
    p.add_argument("--company", metavar="NAME", help="the collector's company")
    p.add_argument("--summary", metavar="TEXT", help="what the call was about")
    p.set_defaults(func=_wrap(cmd_record, open_ws))

    p = sub.add_parser("recordings", help="list a case's recordings with hashes and marks")
    p.add_argument("--case", required=True, metavar="ID", help="case id or reference")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_wrap(cmd_recordings, open_ws))

    p = sub.add_parser("recover", help="repair and file recordings a crash interrupted")
    p.set_defaults(func=_wrap(cmd_recover, open_ws))
