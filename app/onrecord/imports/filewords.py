"""A logged line's own words filed with the recorded call it describes.

A CSV log's line for a call the case already has a recording of is not another call
(``samecall``); but what the user wrote on it is hers — "他说要打电话给我老板", tagged
``third_party``, which a conduct finding counts — and must not be dropped. So its tags go onto
the recorded call as tags, and its note onto the call's summary, on a line of its own after
what the call already says: each through the store's own audited changes, nothing overwritten.

Nothing is added twice: a tag the call has (or had: one the user retracted stays retracted)
is not added again, nor a note the call's summary says or once said (the user may have
shortened it since; her edit stands). Importing the same log again adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..store.models import AuditEvent, ContactEvent, EventTag
from ..store.workspace import Workspace

#: the longest summary the store keeps
SUMMARY_LIMIT = 20000


@dataclass(frozen=True, slots=True)
class Words:
    """The note and tags a line gives that its call does not have yet."""

    note: str = ""
    tags: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.note or self.tags)


def _plain(text: str) -> str:
    return " ".join(text.split())


def _summaries(ws: Workspace, event: ContactEvent) -> list[str]:
    """What the call's summary says now and said before (its audited edits)."""
    said = [event.summary]
    with ws.store.session() as s:
        bodies = s.scalars(
            select(AuditEvent.body).where(
                AuditEvent.entity == "contact_event",
                AuditEvent.entity_id == event.id,
                AuditEvent.action.in_(("event.logged", "event.updated")),
            )
        )
        for body in bodies:
            data = json.loads(body).get("data", {})
            if isinstance(data.get("summary"), str):
                said.append(data["summary"])
            changed = data.get("changed", {}).get("summary")
            if isinstance(changed, list):
                said += [value for value in changed if isinstance(value, str)]
    return said


def missing(ws: Workspace, event_id: int, note: str, tags: Iterable[str]) -> Words:
    """What of ``note`` and ``tags`` the call ``event_id`` lacks."""
    with ws.store.session() as s:
        event = s.get(ContactEvent, event_id)
        if event is None:
            return Words()
        had = set(s.scalars(select(EventTag.tag).where(EventTag.event_id == event_id)))
    new_tags = tuple(tag for tag in dict.fromkeys(tags) if tag not in had)
    note = note.strip()
    if note and any(_plain(note) in _plain(said) for said in _summaries(ws, event)):
        note = ""
    return Words(note, new_tags)


def file_words(ws: Workspace, event_id: int, note: str, tags: Iterable[str], reason: str) -> Words:
    """Add to the call what it lacks of ``note`` and ``tags``; returns what was added.
    Raises the store's error when the note does not fit (the tags are added first)."""
    words = missing(ws, event_id, note, tags)
    for tag in words.tags:
        ws.cases.tag_event(event_id, tag)
    if words.note:
        with ws.store.session() as s:
            event = s.get(ContactEvent, event_id)
            summary = event.summary if event is not None else ""
        joined = f"{summary.rstrip()}\n{words.note}" if summary.strip() else words.note
        ws.corrections.update_event(event_id, summary=joined, reason=reason)
    return words
