"""Recordings and the marks on them. A mark's text changes only by adding a revision.

The audio engine calls ``begin`` when capture starts (so an interrupted recording is known and
can be recovered), ``add_mark`` as marks are acknowledged, and ``finalise`` with the hashes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .enums import Direction, EventKind, EventSource, RecordingStatus
from .errors import InvalidInputError
from .models import ContactEvent, Mark, MarkRevision, Recording
from .types import utcnow

FINAL_STATES = {RecordingStatus.COMPLETE, RecordingStatus.RECOVERED, RecordingStatus.FAILED}


# The longest note a mark keeps (characters).
NOTE_LIMIT = 20000


class Recordings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def begin(
        self,
        case_id: int | str,
        path: str,
        *,
        sample_rate: int,
        channels: int,
        channel_roles: str = "mixed",
        devices: dict[str, Any] | None = None,
        started_at: dt.datetime | None = None,
        direction: Direction = Direction.INCOMING,
        event_id: int | None = None,
        status: RecordingStatus = RecordingStatus.RECORDING,
        source: EventSource = EventSource.RECORDED,
        source_detail: str = "",
        format: str = "WAV",
    ) -> Recording:
        """Register a recording (and, unless given, the call event it belongs to)."""
        started = validate.aware(started_at or utcnow(), "start time")
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            if event_id is None:
                event = ContactEvent(
                    case_id=case.id,
                    kind=EventKind.CALL,
                    direction=direction,
                    started_at=started,
                    timezone=case.timezone,
                    connected=True,
                    conversation=True,
                    source=source,
                    source_detail=source_detail,
                )
                s.add(event)
                s.flush()
                audit.append(
                    s,
                    "event.logged",
                    "contact_event",
                    event.id,
                    case.id,
                    {"kind": event.kind, "started_at": started, "source": source},
                )
            else:
                event = lookup.get(s, ContactEvent, event_id, "contact event")
                if event.case_id != case.id:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "that contact event belongs to another case")
                    )
            recording = Recording(
                event_id=event.id,
                path=path,
                format=validate.text(format, "format", limit=16, required=True).upper(),
                sample_rate=sample_rate,
                channels=channels,
                channel_roles=channel_roles,
                devices=json.dumps(devices or {}, ensure_ascii=False, sort_keys=True),
                started_at=started,
                timezone=case.timezone,
                status=status,
            )
            s.add(recording)
            s.flush()
            audit.append(
                s,
                "recording.started",
                "recording",
                recording.id,
                case.id,
                {
                    "path": path,
                    "sample_rate": sample_rate,
                    "channels": channels,
                    "channel_roles": channel_roles,
                    "devices": devices or {},
                    "status": status,
                },
            )
            return recording

    def finalise(
        self,
        recording_id: int,
        *,
        frames: int,
        sha256: str,
        pcm_sha256: str | None,
        sha512: str | None = None,
        blake3: str | None = None,
        status: RecordingStatus = RecordingStatus.COMPLETE,
        warnings: list[dict[str, Any]] | None = None,
        segments: list[dict[str, Any]] | None = None,
        sample_rate: int | None = None,
        channels: int | None = None,
        channel_roles: str | None = None,
        subtype: str | None = None,
        started_at: dt.datetime | None = None,
        event_duration: bool = True,
    ) -> Recording:
        """Store the hashes and facts of a finished recording; allowed once.

        ``event_duration=False`` keeps the call's own length: a recording filed with a call
        the phone's log already gave (the log knows how long the call was, the recording only
        how long it recorded).

        The format facts (rate, channels...) may be given here because a device only says what
        it delivers once it is open. So may ``started_at``, when the first frame of audio was
        captured: ``begin`` runs before the device gives any sound, which may take a second,
        and a mark's clock time must equal the start plus its place in the audio. The call
        created with the recording moves with it, logged as an ``event.updated`` of its own;
        the recording's log entry keeps both times (``start_requested_at``).
        """
        if status not in FINAL_STATES | {RecordingStatus.IMPORTED}:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "{status} is not a final state").format(status=status)
            )
        with self.store.session() as s:
            recording = lookup.get(s, Recording, recording_id, "recording")
            if recording.sha256 is not None:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "recording {id} is already finalised").format(
                        id=recording_id
                    )
                )
            event = lookup.get(s, ContactEvent, recording.event_id, "contact event")
            for name, value in (
                ("sample_rate", sample_rate),
                ("channels", channels),
                ("channel_roles", channel_roles),
                ("subtype", subtype),
            ):
                if value is not None:
                    setattr(recording, name, value)
            moved: dict[str, Any] = {}
            if started_at is not None:
                started = validate.aware(started_at, "start time")
                if started != recording.started_at:
                    moved = {"started_at": started, "start_requested_at": recording.started_at}
                    if event.started_at == recording.started_at:  # the call begin() logged
                        # logged as its own change, as a correction of the call would be
                        audit.append(
                            s,
                            "event.updated",
                            "contact_event",
                            event.id,
                            event.case_id,
                            {
                                "changed": {"started_at": [event.started_at, started]},
                                "recording_id": recording.id,
                            },
                        )
                        event.started_at = started
                    recording.started_at = started
            recording.segments = json.dumps(segments or [], ensure_ascii=False)
            recording.frames = frames
            recording.sha256 = sha256
            recording.sha512 = sha512
            recording.blake3 = blake3
            recording.pcm_sha256 = pcm_sha256
            recording.status = status
            recording.warnings = json.dumps(warnings or [], ensure_ascii=False)
            recording.finalised_at = utcnow()
            if event_duration:
                event.duration_s = frames / recording.sample_rate if recording.sample_rate else None
            audit.append(
                s,
                f"recording.{status.value}",
                "recording",
                recording.id,
                event.case_id,
                {
                    "path": recording.path,
                    "frames": frames,
                    "sha256": sha256,
                    **({"sha512": sha512} if sha512 else {}),
                    **({"blake3": blake3} if blake3 else {}),
                    "pcm_sha256": pcm_sha256,
                    "warnings": warnings or [],
                    "segments": segments or [],
                    "sample_rate": recording.sample_rate,
                    "channels": recording.channels,
                    "channel_roles": recording.channel_roles,
                    **moved,
                },
            )
            return recording

    def recordings(self, case_id: int | str) -> list[Recording]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = (
                select(Recording)
                .join(ContactEvent)
                .where(ContactEvent.case_id == case.id)
                .options(selectinload(Recording.marks).selectinload(Mark.revisions))
                .order_by(Recording.started_at)
            )
            return list(s.scalars(query))

    def recording(self, recording_id: int) -> Recording:
        with self.store.session() as s:
            recording = lookup.get(s, Recording, recording_id, "recording")
            s.refresh(recording, ["marks"])
            return recording

    def by_path(self, path: str) -> Recording | None:
        with self.store.session() as s:
            return s.scalar(select(Recording).where(Recording.path == path))

    def case_of(self, recording_id: int) -> int:
        with self.store.session() as s:
            recording = lookup.get(s, Recording, recording_id, "recording")
            return lookup.get(s, ContactEvent, recording.event_id, "contact event").case_id

    def unfinished(self) -> list[Recording]:
        with self.store.session() as s:
            query = select(Recording).where(Recording.status == RecordingStatus.RECORDING)
            return list(s.scalars(query))

    # ----------------------------------------------------------------- marks
    def add_mark(
        self,
        recording_id: int,
        frame: int,
        *,
        tag: str | None = None,
        text: str = "",
        wall_time: dt.datetime | None = None,
        added_later: bool = False,
        journal_key: str | None = None,
        pressed_at: dt.datetime | None = None,
    ) -> Mark:
        """Add a mark; with a ``journal_key`` already stored, return that mark (replay-safe).

        ``pressed_at``: when the key was pressed, if that was before the first block of audio
        came; the mark is then at frame 0 at the recording's start, and the log keeps the
        key's own time."""
        if frame < 0:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "a mark cannot be before the start of the recording")
            )
        text = validate.text(text, "note", limit=NOTE_LIMIT)
        tag = validate.text(tag, "tag", limit=64) or None
        with self.store.session() as s:
            if journal_key is not None:
                existing = s.scalar(select(Mark).where(Mark.journal_key == journal_key))
                if existing is not None:
                    return existing
            recording = lookup.get(s, Recording, recording_id, "recording")
            event = lookup.get(s, ContactEvent, recording.event_id, "contact event")
            mark = Mark(
                recording_id=recording.id,
                frame=frame,
                wall_time=validate.aware(wall_time or utcnow(), "mark time"),
                tag=tag,
                added_later=added_later,
                journal_key=journal_key,
            )
            s.add(mark)
            s.flush()
            s.add(MarkRevision(mark_id=mark.id, number=1, text=text))
            audit.append(
                s,
                "mark.created",
                "mark",
                mark.id,
                event.case_id,
                {
                    "recording_id": recording.id,
                    "frame": frame,
                    "wall_time": mark.wall_time,
                    "tag": tag,
                    "text": text,
                    "added_later": added_later,
                    **(
                        {"pressed_at": validate.aware(pressed_at, "mark time")}
                        if pressed_at
                        else {}
                    ),
                },
            )
            s.flush()
            s.refresh(mark, ["revisions"])
            return mark

    def _revise(self, mark_id: int, text: str | None, retract: bool, reason: str) -> Mark:
        reason = validate.text(reason, "reason", limit=400)
        with self.store.session() as s:
            mark = lookup.get(s, Mark, mark_id, "mark")
            s.refresh(mark, ["revisions"])
            current = mark.revisions[-1]
            if current.retracted and retract:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "this mark is already retracted")
                )
            new_text = (
                current.text if text is None else validate.text(text, "note", limit=NOTE_LIMIT)
            )
            if new_text == current.text and retract == current.retracted:
                return mark
            revision = MarkRevision(
                mark_id=mark.id,
                number=current.number + 1,
                text=new_text,
                retracted=retract,
                reason=reason,
            )
            s.add(revision)
            recording = lookup.get(s, Recording, mark.recording_id, "recording")
            event = lookup.get(s, ContactEvent, recording.event_id, "contact event")
            action = "mark.retracted" if retract else "mark.edited"
            audit.append(
                s,
                action,
                "mark",
                mark.id,
                event.case_id,
                {
                    "revision": revision.number,
                    "old_text": current.text,
                    "text": new_text,
                    "reason": reason,
                },
            )
            s.flush()
            s.refresh(mark, ["revisions"])
            return mark

    def edit_mark(self, mark_id: int, text: str, reason: str = "") -> Mark:
        """Change a note: the old text stays as an earlier revision."""
        return self._revise(mark_id, text, retract=False, reason=reason)

    def retract_mark(self, mark_id: int, reason: str = "") -> Mark:
        """Withdraw a mark: it stays, visibly retracted, with its history."""
        return self._revise(mark_id, None, retract=True, reason=reason)

    def marks(self, recording_id: int) -> list[Mark]:
        with self.store.session() as s:
            query = (
                select(Mark)
                .where(Mark.recording_id == recording_id)
                .options(selectinload(Mark.revisions))
                .order_by(Mark.frame, Mark.id)
            )
            return list(s.scalars(query))
