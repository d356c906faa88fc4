"""What the timeline's contact dialogs do to the case: log a new contact, save a correction,
and find the contact a new one repeats. No widgets here; the panel runs the dialogs."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

from ... import handlog
from ...store import StoreError, Workspace
from ...store.enums import Direction, EventKind, EventSource, NoticeKind, answered, date_only
from ...store.search import EventRow
from .. import labels, localefmt
from .attachedfiles import ContactFile
from .logdialog import ContactEntry, KeptFile, LoggedContact


def is_recorded(row: EventRow) -> bool:
    """A call recorded here (or with a recording): evidence, never removed."""
    return row.has_recording or row.source == EventSource.RECORDED


def contact_text(row: EventRow) -> str:
    """One line for the contact: when, what, who, number and note, as the table shows (a
    letter by its date alone)."""
    parts = [
        localefmt.date_text(row.local.date())
        if date_only(row.kind)
        else localefmt.wall_text(row.local),
        labels.event_kind(row.kind),
        row.party,
        labels.number_text(row.number),
        *(
            x.split("\n", 1)[0]
            for x in labels.contact_notes(
                row.source, row.source_detail, row.summary, row.confirmations, row.duration_s
            )
        ),
    ]
    return " · ".join(p for p in parts if p)


def log_new(workspace: Workspace, case_id: int, contact: LoggedContact) -> int:
    """Log ``contact`` with its tags; a call logged by hand was answered (see ``answered``)."""
    connected, conversation = answered(contact.kind)
    event = workspace.cases.log_event(
        case_id,
        contact.kind,
        contact.started_at,
        connected=connected,
        conversation=conversation,
        direction=contact.direction,
        number=contact.number or None,
        party_id=contact.party_id,
        summary=contact.summary,
        notice=contact.notice,
        tags=contact.tags,
    )
    return event.id


def attach_files(
    workspace: Workspace, case_id: int, event_id: int, files: list[Path], reason: str = ""
) -> list[tuple[Path, StoreError]]:
    """Attach ``files`` to the contact as Review attaches a call's (``Attachments.add``:
    copied into the case, fingerprinted, logged in the audit log, with the correction's
    ``reason`` when there is one); the files refused, with why."""
    refused = []
    for path in files:
        try:
            workspace.attachments.add(case_id, path, event_id=event_id, reason=reason)
        except StoreError as exc:
            refused.append((path, exc))
    return refused


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it cannot be read (the store says why on Save)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def kept_where(
    workspace: Workspace, case_id: int, path: Path, event_id: int | None = None
) -> KeptFile | None:
    """Where the case keeps the file at ``path`` already (by its fingerprint), or None;
    ``event_id``: the contact being corrected (a file it holds is "here")."""
    sha256 = file_sha256(path)
    found = workspace.attachments.find_by_sha256(case_id, sha256) if sha256 else None
    if found is None:
        return None
    event = next((e for e in workspace.cases.events(case_id) if e.id == found.event_id), None)
    if event is None:
        return KeptFile(None)
    return KeptFile(
        event.id,
        event.kind.value,
        event.started_at.astimezone(ZoneInfo(event.timezone)),
        here=event.id == event_id,
    )


def repeated(
    rows: list[EventRow], contact: LoggedContact, number_id: int | None
) -> EventRow | None:
    """The contact in ``rows`` that ``contact`` repeats (``handlog.repeated``: same kind,
    same number or none, same minute; a letter: same day and the same sender)."""
    return handlog.repeated(
        rows, contact.kind, contact.started_at, number_id, contact.number, contact.party_id
    )


def own_tags(workspace: Workspace, case_id: int, event_id: int) -> dict[str, list[int]]:
    """The contact's own live tags: tag → the rows that hold it."""
    tags: dict[str, list[int]] = {}
    for t in workspace.cases.event_tags(case_id):
        if t.event_id == event_id and not t.retracted:
            tags.setdefault(t.tag, []).append(t.id)
    return tags


def entry_for(
    row: EventRow, tags: dict[str, list[int]], files: list[ContactFile] | None = None
) -> ContactEntry:
    """The logged contact as the edit dialog shows it."""
    return ContactEntry(
        kind=EventKind(row.kind),
        started_at=dt.datetime.fromisoformat(row.started_utc.replace("Z", "+00:00")),
        number_id=row.number_id,
        number=row.number,
        party_id=row.party_id,
        direction=Direction(row.direction),
        notice=NoticeKind(row.notice) if row.notice else None,
        summary=row.summary,
        tags=sorted(tags),
        recorded=is_recorded(row),
        files=list(files or []),
    )


def save_correction(
    workspace: Workspace, event_id: int, contact: LoggedContact, tags: dict[str, list[int]]
) -> None:
    """Save the edit dialog's ``contact`` over the event; tags added are given, tags taken
    off are withdrawn with the correction's reason (tags are never deleted)."""
    workspace.corrections.update_event(
        event_id,
        kind=contact.kind,
        started_at=contact.started_at,
        number=contact.number,
        party_id=contact.party_id,
        direction=contact.direction,
        summary=contact.summary,
        notice=contact.notice,
        reason=contact.reason,
    )
    for tag in contact.tags:
        if tag not in tags:
            workspace.cases.tag_event(event_id, tag)
    for tag, tag_ids in tags.items():
        if tag not in contact.tags:
            for tag_id in tag_ids:
                workspace.cases.retract_event_tag(tag_id, contact.reason)
