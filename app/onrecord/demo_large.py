"""`onrecord demo --large`: one very busy, entirely fictional case to measure the UI against.

10 000 contact events over a year, 2 000 recorded calls carrying 100 000 marks, and one
3-hour call whose waveform peaks are written beside it (the audio itself is not generated:
the review screen opens from peaks alone, and playing that call says the file is missing).

Rows are written in bulk, not one service call at a time (100 000 audited transactions would
take minutes); a single ``demo.large_created`` audit event records what was added, so the
audit chain stays intact and says where these rows came from. Running it again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import func, insert, select

from .audio.peaks import HEADER, MAGIC
from .conduct.tags import TAGS
from .store import audit
from .store.enums import (
    Direction,
    EventKind,
    EventSource,
    PartyRole,
    RecordingStatus,
)
from .store.errors import NotFoundError
from .store.models import ContactEvent, EventTag, Mark, MarkRevision, Recording
from .store.workspace import Workspace

REFERENCE = "DEMO-LARGE"
SAMPLE_RATE = 48000
PEAKS_PER_SECOND = 100
LONG_CALL_S = 3 * 3600
NOTES = (
    "said he would call my boss",
    "asked for the agreement in writing",
    "offered to waive the late fees",
    "gave the name Mike, no surname",
    "threatened to send someone to my house",
    "said it is my last chance",
    "told me the amount is 3,482.17",
    "",
    "",
    "",
)


def write_demo_peaks(path: Path, seconds: int, seed: int = 7) -> None:
    """A speech-like two-channel envelope at 100 peaks/s (a 3-hour call is ~8.6 MB)."""
    rng = np.random.default_rng(seed)
    records = seconds * PEAKS_PER_SECOND
    out = np.zeros((records, 2, 2), dtype="<i2")
    # Turns of talk: each side speaks in bursts of 1-8 s, with pauses in between.
    t = 0
    side = 0
    while t < records:
        length = int(rng.integers(100, 800))
        loud = rng.uniform(0.15, 0.7) * 32767
        env = loud * np.abs(np.sin(np.linspace(0, rng.uniform(8, 40), length))) ** 0.5
        env *= rng.uniform(0.6, 1.0, length)
        end = min(records, t + length)
        out[t:end, side, 1] = env[: end - t].astype(np.int16)
        out[t:end, side, 0] = -env[: end - t].astype(np.int16)
        t = end + int(rng.integers(20, 150))
        side = 1 - side if rng.random() < 0.8 else side
    noise = rng.integers(0, 300, (records, 2)).astype(np.int16)
    out[:, :, 1] = np.maximum(out[:, :, 1], noise)
    out[:, :, 0] = np.minimum(out[:, :, 0], -noise)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER.pack(MAGIC, HEADER.size, SAMPLE_RATE, SAMPLE_RATE // PEAKS_PER_SECOND, 2, 1)
    with path.open("wb") as f:
        f.write(header)
        f.write(out.tobytes())


def create_large_demo(
    ws: Workspace,
    *,
    events: int = 10_000,
    marks: int = 100_000,
    recordings: int = 2_000,
    long_call_s: int = LONG_CALL_S,
) -> str:
    """Create the large demo case unless it exists; return one line saying what happened."""
    try:
        existing = ws.cases.case(REFERENCE)
        return f"large demo case {existing.id} ({existing.reference}) already exists"
    except NotFoundError:
        pass
    case = ws.cases.create_case(
        "Large demo case (10 000 contacts)",
        jurisdiction="us",
        reference=REFERENCE,
        creditor="Harbor Bank N.A.",
        agency="Keystone Recovery Services LLC",
        amount="3482.17",
        notes="Generated for performance tests; every name and number is invented.",
    )
    zone = ZoneInfo(case.timezone)
    collectors = []
    for index, name in enumerate(("Mike Dalton", "Sandra Pike", "Tom Reyes", "Ann Wells")):
        party = ws.cases.add_party(case.id, name, role=PartyRole.COLLECTOR)
        number = ws.cases.add_number(case.id, f"(212) 555-01{40 + index:02d}", party_id=party.id)
        collectors.append((party.id, number.id))
    rng = random.Random(REFERENCE)
    start = dt.datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    start -= dt.timedelta(days=365)
    kinds = [EventKind.MISSED_CALL] * 5 + [EventKind.SMS] * 2 + [EventKind.VOICEMAIL]
    with ws.store.session() as s:
        first_event = (s.scalar(select(func.max(ContactEvent.id))) or 0) + 1
        first_recording = (s.scalar(select(func.max(Recording.id))) or 0) + 1
        first_mark = (s.scalar(select(func.max(Mark.id))) or 0) + 1
        calls = set(rng.sample(range(events), recordings))
        event_rows, recording_rows, tag_rows = [], [], []
        for i in range(events):
            when = start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
            if rng.random() < 0.08:  # some very early or very late
                when = when.replace(hour=rng.choice([6, 7, 21, 22, 23]))
            party_id, number_id = rng.choice(collectors)
            is_call = i in calls
            kind = EventKind.CALL if is_call else rng.choice(kinds)
            event_id = first_event + i
            duration = None
            if is_call:
                long_call = len(recording_rows) == 0
                duration = long_call_s if long_call else rng.randrange(30, 900)
                recording_rows.append(
                    {
                        "id": first_recording + len(recording_rows),
                        "event_id": event_id,
                        "path": f"recordings/demo-large/call-{event_id:05d}.wav",
                        "sample_rate": SAMPLE_RATE,
                        "channels": 2,
                        "channel_roles": "me,them",
                        "frames": duration * SAMPLE_RATE,
                        "started_at": when.astimezone(dt.UTC),
                        "timezone": case.timezone,
                        "status": RecordingStatus.COMPLETE,
                        "warnings": json.dumps(
                            [{"code": "demo", "message": "demo: waveform only, no audio"}]
                        ),
                    }
                )
            elif kind is EventKind.SMS and rng.random() < 0.25:
                tag_rows.append({"event_id": event_id, "tag": rng.choice(TAGS).id, "note": ""})
            event_rows.append(
                {
                    "id": event_id,
                    "case_id": case.id,
                    "kind": kind,
                    "direction": Direction.INCOMING,
                    "started_at": when.astimezone(dt.UTC),
                    "timezone": case.timezone,
                    "duration_s": duration,
                    "connected": is_call,
                    "conversation": is_call,
                    "phone_number_id": number_id,
                    "party_id": party_id,
                    "source": EventSource.DEMO,
                    "summary": rng.choice(NOTES),
                }
            )
        mark_rows, revision_rows = [], []
        long_marks = min(marks // 20, 5000)
        for i in range(marks):
            rec = recording_rows[0] if i < long_marks else rng.choice(recording_rows[1:])
            frame = rng.randrange(rec["frames"])
            tag = rng.choice(TAGS).id if rng.random() < 0.7 else None
            mark_id = first_mark + i
            mark_rows.append(
                {
                    "id": mark_id,
                    "recording_id": rec["id"],
                    "frame": frame,
                    "wall_time": rec["started_at"] + dt.timedelta(seconds=frame / SAMPLE_RATE),
                    "tag": tag,
                }
            )
            revision_rows.append({"mark_id": mark_id, "number": 1, "text": rng.choice(NOTES)})
        s.execute(insert(ContactEvent), event_rows)
        s.execute(insert(Recording), recording_rows)
        s.execute(insert(Mark), mark_rows)
        s.execute(insert(MarkRevision), revision_rows)
        if tag_rows:
            s.execute(insert(EventTag), tag_rows)
        audit.append(
            s,
            "demo.large_created",
            "case",
            case.id,
            case.id,
            {
                "events": events,
                "recordings": len(recording_rows),
                "marks": marks,
                "event_tags": len(tag_rows),
            },
        )
        long_path = ws.data_dir / recording_rows[0]["path"]
    write_demo_peaks(long_path.with_suffix(".peaks"), long_call_s)
    return (
        f"created large demo case {case.id} ({REFERENCE}): {events} events, "
        f"{len(recording_rows)} recordings, {marks} marks"
    )
