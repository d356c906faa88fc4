"""The append-only, hash-chained audit log.

Each event's hash is ``sha256(prev_hash ‖ sha256(body))`` (hex digests as ASCII) where
``prev_hash`` is the previous event's hash (64 zeros for the first event) and ``body`` is the
event's canonical JSON (sorted keys, no spaces, UTF-8). Hashing the body's digest rather than
the body itself lets an evidence package for one case show other cases' links as bare digests:
anyone can still check the whole chain from the first event to the last without seeing the
other cases' contents. An event is written in the same transaction as
the change it records, so a change without its audit event cannot be committed. SQLite triggers
(see the migrations) refuse UPDATE and DELETE on the table; ``verify_chain`` finds what a
person with raw access to the file may still have changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..plural import count
from .models import AuditEvent
from .types import to_utc_text, utcnow

GENESIS = "0" * 64


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return to_utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot put {type(value).__name__} in the audit log")


def canonical_json(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    )


def body_digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def link_hash(prev_hash: str, digest: str) -> str:
    """The hash of a link from the previous hash and the digest of this event's body."""
    return hashlib.sha256((prev_hash + digest).encode("ascii")).hexdigest()


_installation = "unknown installation"


def set_installation(installation_id: str) -> None:
    """Name the installation whose changes are being logged (set when a data folder opens)."""
    global _installation
    _installation = f"installation {installation_id}"


def device_label() -> str:
    """Which installation made the change, for the chain of custody.

    A random per-installation id rather than the computer's name: the name often contains
    the user's own name, and evidence packages travel to courts and collectors' lawyers.
    """
    return f"OnRecord {_installation} ({platform.system()} {platform.release()})"


_DEVICE = re.compile(r"OnRecord installation (?P<id>\S+) \((?P<system>[^()]*)\)")


def device_parts(label: str) -> tuple[str, str] | None:
    """(installation id, system) of a ``device_label``; None for any other text."""
    found = _DEVICE.fullmatch(label)
    return (found["id"], found["system"]) if found else None


def append(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    data: dict[str, Any] | None = None,
    *,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Add the next link of the chain to ``session`` (committed with the caller's change)."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else last.seq + 1
    prev_hash = GENESIS if last is None else last.hash
    when = at or utcnow()
    body = canonical_json(
        {
            "seq": seq,
            "at": to_utc_text(when),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "case_id": case_id,
            "device": device_label(),
            "data": data or {},
        }
    )
    event = AuditEvent(
        seq=seq,
        at=when,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        body=body,
        prev_hash=prev_hash,
        hash=link_hash(prev_hash, body_digest(body)),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    head: str  # hash of the last event checked (GENESIS for an empty log)
    broken_seq: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"audit chain intact: {count(self.events, 'event')}, head {self.head[:16]}…"
        return f"audit chain broken at event {self.broken_seq}: {self.problem}"


def _check_row(row: Any, expected_seq: int, prev_hash: str) -> str:
    """Return what is wrong with one row (read as stored, unconverted), or an empty string.

    Anything may have been written into a row by someone with the file, so nothing here may
    raise: every oddity is a broken link.
    """
    if row.seq != expected_seq:
        return f"event {expected_seq} is missing (next is {row.seq})"
    if row.prev_hash != prev_hash:
        return "its link to the previous event does not match"
    if not isinstance(row.body, str) or not isinstance(row.hash, str):
        return "its content or hash is not text"
    if link_hash(prev_hash, body_digest(row.body)) != row.hash:
        return "its content does not match its hash (edited after it was written)"
    try:
        body = json.loads(row.body)
    except ValueError:
        return "its content is not valid JSON"
    if not isinstance(body, dict):
        return "its content is not an audit record"
    if canonical_json(body) != row.body:
        return "its content is not in canonical form"
    columns = {
        "seq": row.seq,
        "at": row.at,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "case_id": row.case_id,
    }
    for key, value in columns.items():
        if key not in body or body[key] != value:
            return f"its {key} column ({value!r}) differs from the hashed content"
    return ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain from the first event; report the first broken link."""
    prev_hash = GENESIS
    count = 0
    # Read the columns as stored (the time as its text): a garbled row must not stop the walk.
    columns = [
        type_coerce(column, String).label(column.key) if column.key == "at" else column
        for column in AuditEvent.__table__.columns
    ]
    rows = session.execute(select(*columns).order_by(AuditEvent.seq))
    for count, row in enumerate(rows, start=1):
        problem = _check_row(row, count, prev_hash)
        if problem:
            return ChainReport(False, count - 1, prev_hash, broken_seq=count, problem=problem)
        prev_hash = row.hash
    return ChainReport(True, count, prev_hash)
