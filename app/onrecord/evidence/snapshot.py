"""One consistent, Qt-free picture of a case, read in a single transaction for export.

Every exporter works from this snapshot (plain data), never from live ORM objects, so the
formats are pure functions and a case changed during an export cannot tear the package.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from ..store import lookup
from ..store.confirmations import CONFIRMATIONS_SQL, from_body
from ..store.enums import RecordingStatus
from ..store.models import (
    Attachment,
    AuditEvent,
    ContactEvent,
    EventTag,
    Mark,
    Party,
    Payment,
    PhoneNumber,
    Promise,
    Recording,
)
from ..store.serialize import row
from ..store.types import from_utc_text
from ..store.workspace import Workspace
from .selection import Selection, check_selection, in_range, local_day


@dataclass(frozen=True)
class MarkInfo:
    id: int
    frame: int
    seconds: float
    wall_time: dt.datetime
    tag: str
    text: str
    retracted: bool
    added_later: bool
    revisions: list[dict[str, Any]]
    file_index: int = 0  # which of the recording's files (segments) the mark falls in
    file_frame: int = 0  # the mark's frame within that file

    def file_seconds(self, sample_rate: int) -> float:
        """The mark's position in its own file, in seconds."""
        return self.file_frame / sample_rate if sample_rate else 0.0


@dataclass
class RecordingFile:
    """One audio file of a recording: the whole recording, or one of its segments (a capture
    rolls to a new WAV file before 4 GiB, so a very long call has several)."""

    source: Path  # absolute path of the original in the data dir
    stored_path: str  # as stored (relative to the data dir)
    sha256: str  # this file's own SHA-256, taken at capture
    sha512: str | None  # this file's SHA-512 taken at capture, None when it was not taken
    blake3: str | None  # likewise its BLAKE3
    frames: int
    start_frame: int  # where the file starts within the recording
    package_name: str = ""  # file name inside data/recordings/, set by the exporter

    @property
    def suffix(self) -> str:
        return Path(self.stored_path).suffix.lower() or ".wav"


#: What a recording filed by crash recovery is, by the warning the recovery left on it (see
#: ``onrecord.capture.recovery``), in the words case.json and chain-of-custody.json use.
RECOVERY_NOTES = {
    "recovered_after_crash": "Recovered after OnRecord stopped unexpectedly during the "
    "recording (crash, power loss or forced end): the recorder was interrupted too, and its "
    "file was repaired when OnRecord next started. The last moment before the interruption, "
    "at most about one second, may be missing.",
    "app_stopped_during_recording": "Recovered after OnRecord stopped unexpectedly during "
    "the recording (the user did not stop it): the recorder, a process of its own, then ended "
    "the recording and closed its file normally, so nothing it recorded is missing, but the "
    "recording ends there and the call may have gone on after it. It was filed when OnRecord "
    "next started.",
}


@dataclass
class RecordingInfo:
    id: int
    event_id: int
    source: Path  # absolute path of the (first) original in the data dir
    stored_path: str  # as stored (relative to the data dir)
    sample_rate: int
    channels: int
    channel_roles: str
    frames: int | None
    sha256: str | None  # at capture: the file's, or with several files their manifest hash
    status: str
    started_at: dt.datetime
    timezone: str
    marks: list[MarkInfo]
    row: dict[str, Any]
    files: tuple[RecordingFile, ...] = ()  # the audio files in order, at least one
    package_name: str = ""  # the (first) file's name inside data/recordings/, set by the exporter
    package_stem: str = ""  # the recording's name in the package without suffix (marks files)

    @property
    def segmented(self) -> bool:
        """Whether the recording's audio is in several files."""
        return len(self.files) > 1

    @property
    def package_files(self) -> list[str]:
        """Every audio file of the recording, as a path below data/."""
        return [f"recordings/{f.package_name}" for f in self.files]

    @property
    def duration_s(self) -> float | None:
        return self.frames / self.sample_rate if self.frames and self.sample_rate else None

    @property
    def suffix(self) -> str:
        return Path(self.stored_path).suffix.lower() or ".wav"

    @property
    def recovery(self) -> str:
        """For a recording filed by crash recovery, the key of ``RECOVERY_NOTES`` that says
        what happened (by its warning; a recovered recording without one was filed before the
        warnings said more: the recorder was interrupted); "" for one stopped normally."""
        codes = {w.get("code") for w in self.row.get("warnings") or [] if isinstance(w, dict)}
        for code in RECOVERY_NOTES:
            if code in codes:
                return code
        return "recovered_after_crash" if self.status == RecordingStatus.RECOVERED else ""

    def recovery_record(self) -> dict[str, str]:
        """``{"recovery": {code, note}}`` for case.json and chain-of-custody.json, or {}."""
        code = self.recovery
        return {"recovery": {"code": code, "note": RECOVERY_NOTES[code]}} if code else {}


@dataclass
class Snapshot:
    case: dict[str, Any]
    parties: list[dict[str, Any]]
    numbers: list[dict[str, Any]]
    events: list[dict[str, Any]]
    recordings: list[RecordingInfo]
    skipped_recordings: list[dict[str, Any]]
    promises: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    audit: list[dict[str, Any]]  # every link of the chain: {seq, prev_hash, hash, case_id, body}
    filters: dict[str, Any] = field(default_factory=dict)
    #: what a package of part of the case holds against the whole case; None: the whole case
    selection: Selection | None = None
    #: every payment of the case, whatever the selection: a promise's state is worked out
    #: from all of them (a payment outside the package still pays towards its promise)
    all_payments: list[dict[str, Any]] | None = None
    #: files the user withdrew (attached by mistake) from this package's contacts and the case
    #: itself: not in the package, but the report says how many
    withdrawn_attachments: int = 0

    @property
    def ledger_payments(self) -> list[dict[str, Any]]:
        return self.payments if self.all_payments is None else self.all_payments

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.case["timezone"])

    @property
    def audit_head(self) -> str:
        return self.audit[-1]["hash"] if self.audit else "0" * 64

    def live_tags(self) -> dict[int, list[str]]:
        """Each contact's tags that stand (not withdrawn), its own and its recordings' marks',
        once each, in the order they were given: what the timeline's Tags column shows."""
        tags: dict[int, list[str]] = {}
        for event in self.events:
            for tag in event.get("tags") or []:
                if not tag["retracted"] and tag["tag"] not in tags.setdefault(event["id"], []):
                    tags[event["id"]].append(tag["tag"])
        for recording in self.recordings:
            for mark in sorted(recording.marks, key=lambda m: m.frame):
                if mark.tag and not mark.retracted:
                    found = tags.setdefault(recording.event_id, [])
                    if mark.tag not in found:
                        found.append(mark.tag)
        return tags


def parse_utc(text: str) -> dt.datetime:
    return from_utc_text(text)


def _recording_files(ws: Workspace, r: Recording) -> tuple[RecordingFile, ...]:
    """The recording's files from its stored segments (paths relative to the data folder);
    a recording stored without a segment list (an import) is its one file."""
    segments = json.loads(r.segments or "[]")
    if len(segments) <= 1:
        sha512, blake3 = r.sha512, r.blake3
        if segments:
            sha512 = sha512 or segments[0].get("sha512")
            blake3 = blake3 or segments[0].get("blake3")
        return (
            RecordingFile(
                source=ws.data_dir / r.path,
                stored_path=r.path,
                sha256=r.sha256 or "",
                sha512=sha512,
                blake3=blake3,
                frames=r.frames or 0,
                start_frame=0,
            ),
        )
    files, start = [], 0
    for seg in segments:
        frames = int(seg["frames"])
        files.append(
            RecordingFile(
                source=ws.data_dir / seg["path"],
                stored_path=seg["path"],
                sha256=seg["sha256"],
                sha512=seg.get("sha512"),
                blake3=seg.get("blake3"),
                frames=frames,
                start_frame=start,
            )
        )
        start += frames
    return tuple(files)


def _place(frame: int, files: tuple[RecordingFile, ...]) -> tuple[int, int]:
    """(index of the file, frame within it) for a frame of the recording; a frame on the
    boundary belongs to the file it starts, one past the end to the last file."""
    index = 0
    for i, f in enumerate(files):
        if frame >= f.start_frame:
            index = i
    return index, frame - files[index].start_frame


def _mark_info(mark: Mark, sample_rate: int, files: tuple[RecordingFile, ...]) -> MarkInfo:
    current = mark.revisions[-1] if mark.revisions else None
    file_index, file_frame = _place(mark.frame, files)
    return MarkInfo(
        id=mark.id,
        frame=mark.frame,
        seconds=mark.frame / sample_rate if sample_rate else 0.0,
        wall_time=mark.wall_time,
        tag=mark.tag or "",
        text=current.text if current else "",
        retracted=bool(current and current.retracted),
        added_later=mark.added_later,
        revisions=[
            {
                "number": r.number,
                "text": r.text,
                "retracted": r.retracted,
                "reason": r.reason,
                "created_at": row(r)["created_at"],
            }
            for r in mark.revisions
        ],
        file_index=file_index,
        file_frame=file_frame,
    )


def _promise_row(
    promise: Promise, party_names: dict[int, str], event_party: dict[int, int]
) -> dict[str, Any]:
    """A promise with the name of the party it concerns: its own, else (a promise noted on a
    call, which stores none) the party the call is linked to; ``party_from_event`` says which."""
    party_id = promise.party_id
    from_event = False
    if party_id is None and promise.event_id is not None:
        party_id = event_party.get(promise.event_id)
        from_event = party_id is not None
    return row(
        promise,
        party=party_names.get(party_id) if party_id else None,
        party_from_event=from_event,
    )


def take_snapshot(
    ws: Workspace,
    case_id: int | str,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    calls: list[int] | None = None,
) -> Snapshot:
    """Read the case in one transaction.

    ``date_from``/``date_to`` (inclusive calendar days: each contact by the day the timeline
    and the report list it on, on the clock of the zone it was logged in, a letter by the date
    written on it; see ``contactday``) and ``calls`` (contact event ids) choose the contacts:
    only they, their recordings, marks and files are in; files on no contact always are;
    promises and payments follow (see ``selection``). A selection that makes no sense is
    refused (``check_selection``). The audit log is always complete.
    """
    with ws.store.session() as s:
        case = lookup.case(s, case_id)
        zone = ZoneInfo(case.timezone)
        parties = list(s.scalars(select(Party).where(Party.case_id == case.id).order_by(Party.id)))
        numbers = list(
            s.scalars(
                select(PhoneNumber).where(PhoneNumber.case_id == case.id).order_by(PhoneNumber.id)
            )
        )
        party_names = {p.id: p.name for p in parties}
        number_text = {n.id: n.display for n in numbers}
        events_all = list(
            s.scalars(
                select(ContactEvent)
                .where(ContactEvent.case_id == case.id)
                .order_by(ContactEvent.started_at, ContactEvent.id)
            )
        )
        check_selection(s, case, events_all, date_from, date_to, calls)
        if calls is not None:
            calls = sorted(set(calls))
        events = [
            e
            for e in events_all
            if in_range(local_day(e, zone), date_from, date_to) and (calls is None or e.id in calls)
        ]
        event_ids = {e.id for e in events}
        event_tags: dict[int, list[dict[str, Any]]] = {}
        for tag in s.scalars(select(EventTag).where(EventTag.event_id.in_(event_ids))):
            event_tags.setdefault(tag.event_id, []).append(row(tag))
        # the phone's call log's lines filed with recorded calls (store.confirmations)
        confirmed: dict[int, list[dict[str, Any]]] = {}
        for event_id, body in s.execute(text(CONFIRMATIONS_SQL)):
            confirmation = from_body(event_id, body) if event_id in event_ids else None
            if confirmation is not None:
                confirmed.setdefault(event_id, []).append(confirmation.record())
        event_rows = [
            row(
                e,
                number=number_text.get(e.phone_number_id) if e.phone_number_id else None,
                party=party_names.get(e.party_id) if e.party_id else None,
                tags=event_tags.get(e.id, []),
                **({"confirmed_by": confirmed[e.id]} if e.id in confirmed else {}),
            )
            for e in events
        ]
        recs = list(
            s.scalars(
                select(Recording)
                .join(ContactEvent)
                .where(ContactEvent.case_id == case.id)
                .options(selectinload(Recording.marks).selectinload(Mark.revisions))
                .order_by(Recording.started_at, Recording.id)
            )
        )
        recordings: list[RecordingInfo] = []
        skipped: list[dict[str, Any]] = []
        for r in recs:
            if r.event_id not in event_ids:
                continue
            if r.sha256 is None or r.status == RecordingStatus.RECORDING:
                skipped.append(
                    {
                        "id": r.id,
                        "event_id": r.event_id,
                        "path": r.path,
                        "reason": "not finished (no hash)",
                        "marks": len(r.marks),
                        "mark_ids": sorted(m.id for m in r.marks),
                    }
                )
                continue
            marks = sorted(r.marks, key=lambda m: (m.frame, m.id))
            files = _recording_files(ws, r)
            recordings.append(
                RecordingInfo(
                    id=r.id,
                    event_id=r.event_id,
                    source=(ws.data_dir / r.path),
                    stored_path=r.path,
                    sample_rate=r.sample_rate,
                    channels=r.channels,
                    channel_roles=r.channel_roles,
                    frames=r.frames,
                    sha256=r.sha256,
                    status=r.status.value,
                    started_at=r.started_at,
                    timezone=r.timezone,
                    marks=[_mark_info(m, r.sample_rate, files) for m in marks],
                    row=row(
                        r,
                        devices=json.loads(r.devices or "{}"),
                        warnings=json.loads(r.warnings or "[]"),
                    ),
                    files=files,
                )
            )
        event_party = {e.id: e.party_id for e in events_all if e.party_id}
        mark_event = {m.id: r.event_id for r in recs for m in r.marks}
        part = date_from is not None or date_to is not None or calls is not None
        all_promises = list(
            s.scalars(select(Promise).where(Promise.case_id == case.id).order_by(Promise.made_at))
        )
        kept_promises = [
            p
            for p in all_promises
            if not part or _promise_in(p, mark_event, event_ids, zone, date_from, date_to, calls)
        ]
        promises = [_promise_row(p, party_names, event_party) for p in kept_promises]
        all_payments = list(
            s.scalars(
                select(Payment)
                .where(Payment.case_id == case.id)
                .order_by(Payment.paid_on, Payment.id)
            )
        )
        promise_ids = {p.id for p in kept_promises}
        payments = [
            row(p)
            for p in all_payments
            if not part
            or (
                p.promise_id in promise_ids
                if calls is not None
                else in_range(p.paid_on, date_from, date_to)
            )
        ]
        # A withdrawn file (attached by mistake: a private photo) is not the case's: no file,
        # manifest line, report row or case.json entry; the audit log shows its add and its
        # withdrawal. Its (always empty) withdrawal columns are left out of the rows.
        all_attachments = list(
            s.scalars(
                select(Attachment)
                .where(Attachment.case_id == case.id, Attachment.withdrawn_at.is_(None))
                .order_by(Attachment.added_at, Attachment.id)
            )
        )
        attachments = [
            row(a) for a in all_attachments if a.event_id is None or a.event_id in event_ids
        ]
        for attachment in attachments:
            del attachment["withdrawn_at"], attachment["withdrawn_reason"]
        withdrawn_attachments = sum(
            1
            for event_id in s.scalars(
                select(Attachment.event_id).where(
                    Attachment.case_id == case.id, Attachment.withdrawn_at.is_not(None)
                )
            )
            if event_id is None or event_id in event_ids
        )
        selection = None
        if part:
            counting = [e for e in events_all if e.withdrawn_at is None]
            days = [local_day(e, zone) for e in counting]
            selection = Selection(
                date_from=date_from,
                date_to=date_to,
                calls=tuple(calls) if calls is not None else None,
                case_contacts=len(counting),
                case_first=min(days, default=None),
                case_last=max(days, default=None),
                contacts=sum(1 for e in events if e.withdrawn_at is None),
                recordings_left_out=sum(1 for r in recs if r.event_id not in event_ids),
                attachments_left_out=len(all_attachments) - len(attachments),
                promises_left_out=len(all_promises) - len(promises),
                payments_left_out=len(all_payments) - len(payments),
                withdrawn=sum(1 for e in events if e.withdrawn_at is not None),
            )
        audit = [
            {
                "seq": a.seq,
                "prev_hash": a.prev_hash,
                "hash": a.hash,
                "case_id": a.case_id,
                "body": a.body,
            }
            for a in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]
        return Snapshot(
            case=row(case),
            parties=[row(p) for p in parties],
            numbers=[row(n, display=n.display) for n in numbers],
            events=event_rows,
            recordings=recordings,
            skipped_recordings=skipped,
            promises=promises,
            payments=payments,
            attachments=attachments,
            audit=audit,
            filters={
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
                "calls": list(calls) if calls is not None else None,
            },
            selection=selection,
            all_payments=[row(p) for p in all_payments] if part else None,
            withdrawn_attachments=withdrawn_attachments,
        )


def _promise_in(
    promise: Promise,
    mark_event: dict[int, int],
    event_ids: set[int],
    zone: ZoneInfo,
    date_from: dt.date | None,
    date_to: dt.date | None,
    calls: list[int] | None,
) -> bool:
    """Whether a package of part of the case holds the promise: with calls chosen, one noted
    on them (on the call, or on a mark of its recording); with dates alone, one noted on a
    contact in them, made in them or falling due in them."""
    event_id = promise.event_id or mark_event.get(promise.mark_id or 0)
    if event_id is not None and event_id in event_ids:
        return True
    if calls is not None:
        return False
    made = promise.made_at.astimezone(zone).date()
    due = promise.due_date
    return in_range(made, date_from, date_to) or (
        due is not None and in_range(due, date_from, date_to)
    )
