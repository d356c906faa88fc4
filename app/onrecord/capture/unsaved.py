"""What the user typed during a call but had not saved yet, kept through a crash.

While a call is recorded the call screen journals (through the recorder, fsynced like a mark)
the caller's details as they are typed and the note being written before Enter confirms it.
A call that ends normally files the details from the screen itself; a call that a crash
interrupted gets them here, from the journal, when recovery files it:

- the caller's details are applied to the call as if "Save call details" had been pressed;
- a note that was never confirmed becomes a mark at the moment its typing began, tagged
  ``unconfirmed_draft`` and marked "added later", so it never reads as one she confirmed.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from ..audio.journal import read_journal
from ..audio.recordfiles import (
    at_first_frame,
    journal_annotations,
    journal_first_frame,
    journal_marks,
)
from ..conduct.tags import UNCONFIRMED_DRAFT
from ..store import Workspace
from ..store.enums import PartyRole
from ..store.errors import StoreError
from ..store.models import Mark
from ..store.types import to_utc_text
from .persist import parse_utc

_log = logging.getLogger(__name__)

CALLER = "caller"
DRAFT = "note_draft"


@dataclass(frozen=True)
class CallerDetails:
    """The caller's details as typed in the call screen."""

    name: str = ""
    employee_id: str = ""
    company: str = ""
    number: str = ""

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CallerDetails:
        return cls(**{f.name: str(data.get(f.name) or "") for f in dataclasses.fields(cls)})

    def to_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)

    def is_empty(self) -> bool:
        return not any(value.strip() for value in self.to_json().values())


@dataclass(frozen=True)
class KeptTyping:
    """What recovery kept of what was typed during an interrupted call."""

    caller: CallerDetails | None = None
    draft: str = ""


def apply_caller(
    ws: Workspace,
    case_id: int,
    event_id: int,
    details: CallerDetails,
    *,
    correct: bool = False,
) -> None:
    """Link the call to the caller (created in the case if new) and to the number.

    A known caller's employee ID and company are filled in where the case has none; with
    ``correct`` (the user pressed Save on what they typed) a different one typed replaces
    it. Without it, a correction was dropped while the screen said "saved" (a walk-through:
    a number typed into Company by a stray click stayed the company in the report)."""
    cases = ws.cases
    party_id: int | None = None
    name = details.name.strip()
    if name:
        party = next(
            (p for p in cases.parties(case_id) if p.name.casefold() == name.casefold()), None
        )
        if party is None:
            party = cases.add_party(
                case_id,
                name,
                employee_id=details.employee_id,
                organisation=details.company,
                role=PartyRole.COLLECTOR,
            )
        else:
            changes = {}
            typed = {"employee_id": details.employee_id, "organisation": details.company}
            for field, value in typed.items():
                known = getattr(party, field)
                if value.strip() and value.strip() != known and (correct or not known):
                    changes[field] = value.strip()
            if changes:
                party = cases.update_party(party.id, **changes)
        party_id = party.id
    number = details.number.strip()
    if party_id is None and not number:
        return
    event = ws.corrections.update_event(
        event_id, number=number or None, **({"party_id": party_id} if party_id else {})
    )
    if party_id is not None and event.phone_number_id is not None:
        for known in cases.numbers(case_id):
            if known.id == event.phone_number_id and known.party_id is None:
                cases.update_number(known.id, party_id=party_id)


def keep_unsaved(ws: Workspace, recording_id: int, journal: str | Path) -> KeptTyping:
    """File what the journal holds of the caller's details and of an unconfirmed note.

    Run by recovery before the recording is finalised, so a crash during it is repaired by
    the next recovery; running it again adds nothing (the draft's mark has a journal key, a
    known caller is found by name). Never raises: what was typed is kept where it can be,
    but it must not stop the recording itself from being filed (a review found a pasted
    70-character "number" made every recovery fail, the audio never filed).
    """
    kept = KeptTyping()
    try:
        records = read_journal(journal)
        typed = journal_annotations(records)
        recording = ws.recordings.recording(recording_id)
        case_id = ws.recordings.case_of(recording_id)
    except (OSError, ValueError, StoreError):
        _log.exception("cannot read what was typed during recording %s", recording_id)
        return kept
    caller = CallerDetails.from_json(typed.get(CALLER, {}))
    if not caller.is_empty():
        try:
            apply_caller(ws, case_id, recording.event_id, caller)
            kept = dataclasses.replace(kept, caller=caller)
        except (StoreError, ValueError):
            _log.exception("cannot keep the caller typed during recording %s", recording_id)
    try:
        kept = _keep_draft(ws, recording_id, typed, records, kept)
    except (StoreError, ValueError):
        _log.exception("cannot keep the note typed during recording %s", recording_id)
    return kept


def _keep_draft(
    ws: Workspace,
    recording_id: int,
    typed: dict[str, dict[str, object]],
    records: list[dict[str, object]],
    kept: KeptTyping,
) -> KeptTyping:
    draft = typed.get(DRAFT, {})
    text = str(draft.get("text") or "").strip()
    if text and "frame" in draft:
        frame = int(str(draft["frame"]))
        # A note at the draft's moment is the draft confirmed, whatever its text (Enter
        # within the 400 ms before the draft was journaled again changes it): never filed
        # twice. A tag pressed at that moment has no text, and does not count.
        confirmed = any(m.frame == frame and (m.text or "").strip() for m in journal_marks(records))
        if not confirmed:  # the crash came before Enter
            wall_time = draft.get("wall_time_utc")
            first = journal_first_frame(records)
            wall = str(wall_time) if wall_time else None
            if file_draft(ws, recording_id, text, frame, wall, first_frame_utc=first):
                kept = dataclasses.replace(kept, draft=text)
    return kept


def file_draft(
    ws: Workspace,
    recording_id: int,
    text: str,
    frame: int,
    wall_time_utc: str | None,
    *,
    first_frame_utc: str | None = None,
) -> Mark | None:
    """File a note typed but never confirmed with Enter as a mark at the moment its typing
    began, tagged ``unconfirmed_draft`` and "added later"; None when a note at that moment is
    already stored (the draft confirmed: its mark reached the journal though the call screen
    never heard back). Recovery files a draft from the journal; the call screen files the one
    still in its note field when the call ended without saving it. One draft per recording
    (its journal key): filed again, the same mark is returned, never a second one.

    Typing that began before the first sound came (frame 0) is filed at the recording's
    start, ``first_frame_utc`` (by default the recording's start as filed), its own time kept
    as ``pressed_at``."""
    key = f"rec{recording_id}:draft"
    if any(
        m.frame == frame and (m.text or "").strip() and m.journal_key != key
        for m in ws.recordings.marks(recording_id)
    ):
        return None
    moved = None
    if wall_time_utc and frame == 0:
        if first_frame_utc is None:
            first_frame_utc = to_utc_text(ws.recordings.recording(recording_id).started_at)
        moved = at_first_frame(frame, wall_time_utc, first_frame_utc)
    return ws.recordings.add_mark(
        recording_id,
        frame,
        tag=UNCONFIRMED_DRAFT,
        text=text,
        wall_time=parse_utc(moved or wall_time_utc) if wall_time_utc else None,
        added_later=True,
        journal_key=key,
        pressed_at=parse_utc(wall_time_utc) if moved and wall_time_utc else None,
    )
