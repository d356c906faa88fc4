"""The "app" process the chaos tests kill: records with marks, or edits notes, in a loop.

    python chaos_driver.py record DATA_DIR CASE_ID ACK_FILE
    python chaos_driver.py edit   DATA_DIR MARK_ID  ACK_FILE
    python chaos_driver.py cli    ONRECORD_ARGS...   (the CLI, on the fake stream)

Every step is written to ACK_FILE (one line, O_APPEND) only *after* the app acknowledged it,
so after a ``kill -9`` the test knows what the user was told is saved:

    start <recording_id> <recorder_pid>
    t0 <monotonic seconds at which frame 0 was captured (upper estimate)>
    mark <frame> <text>          (after CallSession.mark returned: journalled and stored)
    edit <revision> <text>       (after Recordings.edit_mark returned)

The recorder is the real child process on the real-time fake ramp stream
(``audio_helpers.realtime_ramp_world``), so no sound card is needed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "audio")]  # the recorder child imports the factory by name

SR = 48000
MARK_EVERY_S = 0.15


class Acks:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(self, *parts: object) -> None:
        line = " ".join(str(p) for p in parts).replace("\n", " ") + "\n"
        os.write(self.fd, line.encode("utf-8"))


def record(data_dir: Path, case_id: int, acks: Acks) -> None:
    from audio_helpers import realtime_ramp_world

    from onrecord.audio import RecorderClient, SourceSpec
    from onrecord.capture import start_call
    from onrecord.store import open_workspace

    def client() -> RecorderClient:
        return RecorderClient(factory_spec=realtime_ramp_world)

    ws = open_workspace(data_dir)
    session = start_call(
        ws, case_id, (SourceSpec(device=0, label="fake mic"),), client_factory=client
    )
    acks.say("start", session.recording_id, session.client.pid)
    t0 = None
    n = 0
    next_mark = time.monotonic() + MARK_EVERY_S
    while True:  # until killed (the test always kills; the ramp lasts 60 s)
        frames = session.status().frames
        now = time.monotonic()
        if frames > 0:
            estimate = now - frames / SR
            if t0 is None or estimate < t0:
                t0 = estimate
                acks.say("t0", repr(t0))
        if now >= next_mark and frames > 0:
            n += 1
            text = f"note {n} 催收 ⚠"
            mark = session.mark(str(1 + n % 9), text)
            acks.say("mark", mark.frame, text)
            next_mark = now + MARK_EVERY_S
        time.sleep(0.01)


def edit(data_dir: Path, mark_id: int, acks: Acks) -> None:
    from onrecord.store import open_workspace

    ws = open_workspace(data_dir)
    n = 0
    while True:
        n += 1
        text = f"revised note {os.getpid()}-{n} ‮RTL 🙂"
        mark = ws.recordings.edit_mark(mark_id, text, reason="chaos")
        acks.say("edit", mark.revisions[-1].number, text)


def cli(argv: list[str]) -> int:
    """The real ``onrecord`` CLI, with the fake ramp stream instead of a sound card."""
    from audio_helpers import realtime_ramp_world

    from onrecord import cli as onrecord_cli
    from onrecord.audio import RecorderClient, SourceSpec
    from onrecord.capture import commands, session

    def client() -> RecorderClient:
        return RecorderClient(factory_spec=realtime_ramp_world)

    session.start_call.__kwdefaults__["client_factory"] = client
    commands._sources = lambda _args: [SourceSpec(device=0, label="fake mic")]
    return onrecord_cli.main(argv)


def main() -> None:
    if sys.argv[1] == "cli":
        raise SystemExit(cli(sys.argv[2:]))
    mode, data_dir, ident, ack_path = sys.argv[1:5]
    acks = Acks(ack_path)
    if mode == "record":
        record(Path(data_dir), int(ident), acks)
    elif mode == "edit":
        edit(Path(data_dir), int(ident), acks)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
