"""A second source for a call already in the case: the phone's call log confirming a recording.

A call recorded by BCR (or here) and then found in the phone's call log is one call
(``imports.samecall``). The log's line adds no call, but it is the phone's own record of this
one: how long it lasted, the name the number is saved under, how the caller ID was presented.
A lawyer values that a second source confirms the call, so the line is filed with the call as
an ``event.confirmed`` link of the audit chain: the call keeps its recording and its summary;
the link keeps the line's source key (importing the same log again adds nothing), where it is
and what it said (``source_detail``, read as facts by ``imports.facts``) and its length. When
the call's length was only the recording's, the log's length becomes the call's in the same
transaction, and the link says so (``changed``, ``reason``).

No table holds these: the audit chain does, so nothing new can be edited without a trace.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from . import audit, lookup, validate
from .engine import Store
from .models import AuditEvent, ContactEvent
from .types import from_utc_text

#: the audit action that files a source's record with a call it confirms
ACTION = "event.confirmed"


@dataclass(frozen=True, slots=True)
class Confirmation:
    """One source's record of a call: where it is and what it said."""

    event_id: int
    source_key: str
    #: "imported from SMS Backup & Restore calls: calls.xml line 3: number=… contact_name=…"
    source_detail: str
    duration_s: float | None
    confirmed_at: dt.datetime

    def record(self) -> dict[str, Any]:
        """As case.json gives it."""
        return {
            "source_key": self.source_key,
            "source_detail": self.source_detail,
            "duration_s": self.duration_s,
            "confirmed_at": self.confirmed_at.isoformat().replace("+00:00", "Z"),
        }


#: every confirmation's call and link, oldest first (for a plain SQLite read)
CONFIRMATIONS_SQL = (
    "SELECT entity_id, body FROM audit_event"
    f" WHERE action = '{ACTION}' AND entity = 'contact_event' ORDER BY seq"
)


def from_body(entity_id: int, body: str) -> Confirmation | None:
    """The confirmation an ``event.confirmed`` link holds (None for anything else)."""
    try:
        link = json.loads(body)
        data = link.get("data", {}).get("confirmed_by", {})
        when = from_utc_text(link.get("at", ""))
    except (ValueError, AttributeError, TypeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("source_key"), str):
        return None
    duration = data.get("duration_s")
    return Confirmation(
        event_id=entity_id,
        source_key=data["source_key"],
        source_detail=str(data.get("source_detail") or ""),
        duration_s=float(duration) if isinstance(duration, int | float) else None,
        confirmed_at=when,
    )


class Confirmations:
    """Filing a source's record with a call it confirms, and reading them back."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def confirm(
        self,
        event_id: int,
        *,
        source_key: str,
        source_detail: str,
        duration_s: float | None,
        take_duration: bool = False,
        reason: str = "",
    ) -> bool:
        """File the record ``source_key`` with the call ``event_id``; False (nothing written)
        when that record is already in the case, with this call or as a contact of its own.

        ``take_duration``: the record's length becomes the call's (a recording that began
        after the call was answered gave it), logged as ``changed`` in the same link.
        """
        why = validate.text(reason, "reason", limit=2000)
        detail = validate.text(source_detail, "source", limit=400)
        with self.store.session() as s:
            event = lookup.get(s, ContactEvent, event_id, "contact event")
            taken = s.scalar(select(ContactEvent.id).where(ContactEvent.source_key == source_key))
            if taken is not None or source_key in self._keys(s):
                return False
            record: dict[str, Any] = {
                "confirmed_by": {
                    "source_key": source_key,
                    "source_detail": detail,
                    "duration_s": duration_s,
                }
            }
            if take_duration and duration_s is not None and event.duration_s != duration_s:
                record["changed"] = {"duration_s": [event.duration_s, duration_s]}
                event.duration_s = duration_s
            if why:
                record["reason"] = why
            audit.append(s, ACTION, "contact_event", event.id, event.case_id, record)
            return True

    @staticmethod
    def _keys(s: Session) -> set[str]:
        key = func.json_extract(AuditEvent.body, "$.data.confirmed_by.source_key")
        query = select(key).where(AuditEvent.action == ACTION)
        return {key for key in s.scalars(query) if isinstance(key, str)}

    def source_keys(self, prefix: str) -> set[str]:
        """The source keys (starting with ``prefix``) of records filed with calls."""
        with self.store.session() as s:
            return {key for key in self._keys(s) if key.startswith(prefix)}

    def of_events(self, event_ids: Iterable[int]) -> dict[int, list[Confirmation]]:
        """Each of ``event_ids``'s confirmations, oldest first (none: not in the map)."""
        wanted = set(event_ids)
        found: dict[int, list[Confirmation]] = {}
        with self.store.session() as s:
            for entity_id, body in s.execute(text(CONFIRMATIONS_SQL)):
                confirmation = from_body(entity_id, body) if entity_id in wanted else None
                if confirmation is not None:
                    found.setdefault(entity_id, []).append(confirmation)
        return found
