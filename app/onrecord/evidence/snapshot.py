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

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..store import lookup
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
from ..store.workspace import Workspace


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


@dataclass
class RecordingInfo:
    id: int
    event_id: int
    source: Path  # absolute path of the original in the data dir
    stored_path: str  # as stored (relative to the data dir)
    sample_rate: int
    channels: int
    channel_roles: str
    frames: int | None
    sha256: str | None
    status: str
    started_at: dt.datetime
    timezone: str
    marks: list[MarkInfo]
    row: dict[str, Any]
    package_name: str = ""  # file name inside data/recordings/, set by the exporter

    @property
    def duration_s(self) -> float | None:
        return self.frames / self.sample_rate if self.frames and self.sample_rate else None

    @property
    def suffix(self) -> str:
        return Path(self.stored_path).suffix.lower() or ".wav"


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

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.case["timezone"])

    @property
    def audit_head(self) -> str:
        return self.audit[-1]["hash"] if self.audit else "0" * 64


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def _mark_info(mark: Mark, sample_rate: int) -> MarkInfo:
    current = mark.revisions[-1] if mark.revisions else None
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
    )


def _in_range(local_day: dt.date, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    return (date_from is None or local_day >= date_from) and (
        date_to is None or local_day <= date_to
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

    ``date_from``/``date_to`` (inclusive, the case's local calendar days) limit contact
    events, their recordings and attachments; ``calls`` (contact event ids) limits which
    calls' recordings are included (the timeline still shows every event in the range).
    Promises and payments are always included; the audit log is always complete.
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
        if calls is not None:
            known = {e.id for e in events_all}
            unknown = sorted(set(calls) - known)
            if unknown:
                from ..store.errors import InvalidInputError

                raise InvalidInputError(
                    f"case {case.reference} has no contact event(s) {unknown} (see `onrecord events`)"
                )
        events = [
            e
            for e in events_all
            if _in_range(e.started_at.astimezone(zone).date(), date_from, date_to)
        ]
        event_ids = {e.id for e in events}
        event_tags: dict[int, list[dict[str, Any]]] = {}
        for tag in s.scalars(select(EventTag).where(EventTag.event_id.in_(event_ids))):
            event_tags.setdefault(tag.event_id, []).append(row(tag))
        event_rows = [
            row(
                e,
                number=number_text.get(e.phone_number_id) if e.phone_number_id else None,
                party=party_names.get(e.party_id) if e.party_id else None,
                tags=event_tags.get(e.id, []),
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
            if r.event_id not in event_ids or (calls is not None and r.event_id not in calls):
                continue
            if r.sha256 is None or r.status == RecordingStatus.RECORDING:
                skipped.append({"id": r.id, "path": r.path, "reason": "not finished (no hash)"})
                continue
            marks = sorted(r.marks, key=lambda m: (m.frame, m.id))
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
                    marks=[_mark_info(m, r.sample_rate) for m in marks],
                    row=row(
                        r,
                        devices=json.loads(r.devices or "{}"),
                        warnings=json.loads(r.warnings or "[]"),
                    ),
                )
            )
        promises = [
            row(p, party=party_names.get(p.party_id) if p.party_id else None)
            for p in s.scalars(
                select(Promise).where(Promise.case_id == case.id).order_by(Promise.made_at)
            )
        ]
        payments = [
            row(p)
            for p in s.scalars(
                select(Payment)
                .where(Payment.case_id == case.id)
                .order_by(Payment.paid_on, Payment.id)
            )
        ]
        attachments = [
            row(a)
            for a in s.scalars(
                select(Attachment)
                .where(Attachment.case_id == case.id)
                .order_by(Attachment.added_at, Attachment.id)
            )
            if a.event_id is None or a.event_id in event_ids
        ]
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
                "calls": sorted(calls) if calls is not None else None,
            },
        )
