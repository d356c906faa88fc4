"""Correcting the log of contacts after the fact: change, remove, or move a logged contact.

A contact typed or imported by mistake is corrected (``update_event``), removed
(``remove_event``, refused with the reason for evidence: ``removal_refused``), withdrawn
where it cannot be removed (``withdraw_event``: kept and marked, counted nowhere), or filed
under another case (``move_event``). Nothing is silent: each change is one transaction with its audit
event, which keeps the old values (and, for a removed contact, everything it held).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .casefile import apply_changes, number_for
from .engine import Store
from .enums import Direction, EventKind, EventSource, NoticeKind, answered
from .errors import InvalidInputError
from .models import (
    Attachment,
    AuditEvent,
    ContactEvent,
    EventTag,
    Party,
    PhoneNumber,
    Promise,
    Recording,
)
from .serialize import row
from .types import to_utc_text, utcnow

_RECORDED_NOT_REMOVED = QT_TRANSLATE_NOOP(
    "Store",
    "this is a recorded call: its recording is evidence, so it is never removed; you can move "
    "it to another case or correct its details",
)
_RECORDED_NOT_WITHDRAWN = QT_TRANSLATE_NOOP(
    "Store",
    "this is a recorded call: its recording shows the call happened, so it is not withdrawn; "
    "if it belongs to another case, or to no case, move it there",
)
_RECORDED_TIME_FIXED = QT_TRANSLATE_NOOP(
    "Store",
    "the kind and time of a recorded call come from its recording and cannot be changed",
)


def _number_text(s: Session, event: ContactEvent) -> str:
    number = s.get(PhoneNumber, event.phone_number_id) if event.phone_number_id else None
    return number.display if number is not None else ""


def _party_text(s: Session, event: ContactEvent) -> str:
    party = s.get(Party, event.party_id) if event.party_id else None
    return party.name if party is not None else ""


class Corrections:
    """Correcting, removing and moving contact events already in the log."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def update_event(
        self,
        event_id: int,
        *,
        kind: EventKind | str | None = None,
        started_at: dt.datetime | None = None,
        number: str | None = None,
        party_id: int | object | None = ...,
        direction: Direction | str | None = None,
        summary: str | None = None,
        notice: NoticeKind | str | object | None = ...,
        reason: str = "",
    ) -> ContactEvent:
        """Complete or correct an event after the fact (who, which number, what about, when).

        ``number``: None keeps it, "" clears it. Every change is logged in ``event.updated``
        as ``{field: [old, new]}`` (a changed number or collector also as the number and the
        name, readable without the database), with the ``reason`` given. The kind and the
        time of a recorded call come from its recording: changing them is refused.
        """
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            case = lookup.case(s, event.case_id)
            values: dict[str, Any] = {}
            if kind is not None:
                try:
                    values["kind"] = EventKind(kind)
                except ValueError:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "unknown kind of contact {value}").format(
                            value=repr(kind)
                        )
                    ) from None
            if values.get("kind", event.kind) != event.kind:
                # A missed call corrected to a call was answered, and the other way round.
                values["connected"], values["conversation"] = answered(values["kind"])
            if started_at is not None:
                values["started_at"] = validate.not_future(
                    started_at, "contact date", event.timezone
                )
            if self._is_recorded(s, event) and (
                values.get("kind", event.kind) != event.kind
                or values.get("started_at", event.started_at) != event.started_at
            ):
                raise InvalidInputError(_RECORDED_TIME_FIXED)
            if number is not None and number.strip():
                phone = number_for(s, case, number, party_id if isinstance(party_id, int) else None)
                values["phone_number_id"] = phone.id
                if party_id is ... and phone.party_id is not None:
                    values["party_id"] = phone.party_id
            elif number is not None:
                values["phone_number_id"] = None
            if party_id is not ...:
                if party_id is not None:
                    lookup.party_in_case(s, int(party_id), case.id)  # type: ignore[arg-type]
                values["party_id"] = party_id
            if direction is not None:
                try:
                    values["direction"] = Direction(direction)
                except ValueError:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "unknown direction {value}").format(
                            value=repr(direction)
                        )
                    ) from None
            if summary is not None:
                values["summary"] = validate.text(summary, "summary", limit=20000)
            if notice is not ...:
                try:
                    values["notice"] = NoticeKind(notice) if notice else None  # type: ignore[arg-type]
                except ValueError:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Store", "unknown notice {value}").format(
                            value=repr(notice)
                        )
                    ) from None
            old_number, old_party = _number_text(s, event), _party_text(s, event)
            changed = apply_changes(event, values)
            if changed:
                if "phone_number_id" in changed:
                    changed["number"] = [old_number, _number_text(s, event)]
                if "party_id" in changed:
                    changed["party"] = [old_party, _party_text(s, event)]
                record: dict[str, Any] = {"changed": changed}
                if why:
                    record["reason"] = why
                audit.append(s, "event.updated", "contact_event", event.id, case.id, record)
            return event

    @staticmethod
    def _has_audio(s: Session, event: ContactEvent) -> bool:
        """Does a recording of ``event`` hold sound (or may it yet: one still recording)? A
        recording that captured not one frame is evidence of nothing (a microphone that gave
        no sound), so its call can be withdrawn; it is never removed (recordings stay)."""
        frames = list(s.scalars(select(Recording.frames).where(Recording.event_id == event.id)))
        if not frames:  # marked as recorded, its recording not (yet) here: take it as sound
            return event.source == EventSource.RECORDED
        return any(count is None or count > 0 for count in frames)

    @staticmethod
    def _is_recorded(s: Session, event: ContactEvent) -> bool:
        has_audio = s.scalar(select(Recording.id).where(Recording.event_id == event.id).limit(1))
        return event.source == EventSource.RECORDED or has_audio is not None

    def _removal_refused(self, s: Session, event: ContactEvent) -> str | None:
        """Why ``event`` cannot be removed (see ``remove_event``), or None if it can."""
        if self._is_recorded(s, event):
            return _RECORDED_NOT_REMOVED
        attached = s.scalar(select(func.count()).where(Attachment.event_id == event.id))
        withdrawn = s.scalar(
            select(func.count()).where(
                Attachment.event_id == event.id, Attachment.withdrawn_at.is_not(None)
            )
        )
        if attached and withdrawn == attached:  # none shown as attached: say why it counts
            return QT_TRANSLATE_NOOP(
                "Store",
                "{count} file(s) attached to this contact were withdrawn; a withdrawn file "
                "stays in the case file for good, with the contact it was attached to, so the "
                "contact cannot be removed: withdraw it if it was logged by mistake",
            ).format(count=attached)
        if attached:
            return QT_TRANSLATE_NOOP(
                "Store",
                "{count} file(s) are attached to this contact; attached files are evidence and "
                "are never removed, so the contact is not either: correct its details, or "
                "withdraw it if it was logged by mistake",
            ).format(count=attached)
        tagged = s.scalar(select(func.count()).where(EventTag.event_id == event.id))
        if tagged:
            return QT_TRANSLATE_NOOP(
                "Store",
                "this contact has {count} tag(s), and tags are kept for good (a withdrawn tag "
                "too), so the contact cannot be removed: correct its details, move it to "
                "another case, or withdraw it if it was logged by mistake",
            ).format(count=tagged)
        promised = s.scalar(select(func.count()).where(Promise.event_id == event.id))
        if promised:
            return QT_TRANSLATE_NOOP(
                "Store",
                "{count} promise(s) are linked to this contact; link them to no contact "
                "before removing it",
            ).format(count=promised)
        return None

    def removal_refused(self, event_id: int) -> str | None:
        """Why the event cannot be removed, in the words ``remove_event`` would refuse with."""
        with self.store.session() as s:
            return self._removal_refused(s, lookup.get(s, ContactEvent, event_id, "contact event"))

    def remove_event(self, event_id: int, reason: str = "") -> None:
        """Remove a contact logged by mistake; the audit log keeps everything it held.

        Only a contact typed or imported (or made by the demo) with no recording, attached
        file, tag or linked promise can go: a recorded call is evidence (it can be moved or
        its details corrected, never removed), attached files and tags are never deleted, and
        a promise must not silently lose its contact. The refusal says which.

        ``event.removed`` holds every column of the row (its ``source_key`` too: an import of
        the same phone backup skips a removed contact, see ``removed_source_keys``), the
        number and the collector's name, and the reason given.
        """
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            refusal = self._removal_refused(s, event)
            if refusal is not None:
                raise InvalidInputError(refusal)
            removed = row(event, number=_number_text(s, event), party=_party_text(s, event))
            audit.append(
                s,
                "event.removed",
                "contact_event",
                event.id,
                event.case_id,
                {"removed": removed, "reason": why},
            )
            s.delete(event)

    def withdraw_event(self, event_id: int, reason: str) -> ContactEvent:
        """Withdraw a contact logged by mistake that cannot be removed (it has tags or files,
        or a promise points to it): it stays in the case, with its tags and files, marked
        withdrawn with ``reason`` (required), and counts for nothing: not in the charts, the
        conduct check or the report's totals. A recorded call is not withdrawn: its recording
        is evidence of a call that happened (move it to another case instead).
        ``restore_event`` undoes it; both are in the audit log."""
        why = validate.text(reason, "reason", limit=2000, required=True)
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            if self._has_audio(s, event):
                raise InvalidInputError(_RECORDED_NOT_WITHDRAWN)
            if event.withdrawn_at is not None:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "this contact was already withdrawn")
                )
            event.withdrawn_at = utcnow()
            event.withdrawn_reason = why
            audit.append(
                s, "event.withdrawn", "contact_event", event.id, event.case_id, {"reason": why}
            )
            return event

    def restore_event(self, event_id: int, reason: str = "") -> ContactEvent:
        """Count a withdrawn contact again (the withdrawal stays in the audit log)."""
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            if event.withdrawn_at is None:
                raise InvalidInputError(QT_TRANSLATE_NOOP("Store", "this contact is not withdrawn"))
            record: dict[str, Any] = {
                "withdrawn_at": to_utc_text(event.withdrawn_at),
                "withdrawn_reason": event.withdrawn_reason,
            }
            if why:
                record["reason"] = why
            event.withdrawn_at = None
            event.withdrawn_reason = ""
            audit.append(s, "event.restored", "contact_event", event.id, event.case_id, record)
            return event

    def removed_source_keys(self, prefix: str) -> set[str]:
        """The source keys (starting with ``prefix``) of contacts removed after an import."""
        with self.store.session() as s:
            query = select(func.json_extract(AuditEvent.body, "$.data.removed.source_key")).where(
                AuditEvent.action == "event.removed"
            )
            return {
                key for key in s.scalars(query) if isinstance(key, str) and key.startswith(prefix)
            }

    def move_event(self, event_id: int, case_id: int | str) -> ContactEvent:
        """File an event (e.g. a call recorded into "Unsorted calls") under another case.

        Its number is looked up (or added) in the new case; promises and attachments made
        during the event move with it. The audit log records where it came from.
        """
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            target = lookup.case(s, case_id)
            source_id = event.case_id
            if source_id == target.id:
                return event
            old_number = (
                s.get(PhoneNumber, event.phone_number_id) if event.phone_number_id else None
            )
            new_number = None
            if old_number is not None:
                new_number = number_for(s, target, old_number.raw, None, old_number.label)
            event.case_id = target.id
            event.phone_number_id = new_number.id if new_number else None
            event.party_id = new_number.party_id if new_number else None
            event.timezone = event.timezone or target.timezone
            for model in (Promise, Attachment):
                for row in s.scalars(select(model).where(model.event_id == event.id)):
                    row.case_id = target.id
            audit.append(
                s,
                "event.moved",
                "contact_event",
                event.id,
                target.id,
                {"from_case": source_id, "to_case": target.id},
            )
            return event
