"""The audit log in the package and the chain-of-custody record.

``audit/audit-log.jsonl`` holds every link of the data folder's hash chain up to the export:
this case's events in full (``body``) and other cases' links as bare digests
(``body_sha256``), so the whole chain verifies from the first event without showing other
cases. A package of part of the case also gives as bare digests this case's events about what
it does not hold (see ``audit_scope``). ``audit/chain-of-custody.json`` says what was created
when, on which device, and who exported it when.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from ..store.audit import GENESIS, canonical_json, link_hash
from ..store.types import to_utc_text
from .audit_scope import CASE_LEVEL, is_part, shown_in_full
from .snapshot import Snapshot

AUDIT_FORMAT = "onrecord-audit-link/1"
CUSTODY_FORMAT = "onrecord-custody/1"


# What chain-of-custody.json says of the audit log of a package of part of the case.
PART_AUDIT_NOTE = (
    "This package holds part of the case. Its audit log has every link of the hash chain, so "
    "the chain verifies from its first entry, but the entries about contacts, recordings, "
    "marks, attachments, promises and payments not in this package (outside the selection, "
    "or removed since) are present only as digests (body_sha256), like other cases' entries. "
    "audit_case_events counts the entries shown in full."
)


def audit_lines(snapshot: Snapshot) -> str:
    shown = shown_in_full(snapshot)
    lines = []
    for link in snapshot.audit:
        entry: dict[str, Any] = {
            "seq": link["seq"],
            "prev_hash": link["prev_hash"],
            "hash": link["hash"],
        }
        if link["seq"] in shown:
            entry["body"] = link["body"]
        else:
            entry["body_sha256"] = hashlib.sha256(link["body"].encode("utf-8")).hexdigest()
        lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    links: int
    case_events: int
    head: str
    problem: str = ""
    bodies: tuple[dict[str, Any], ...] = ()


def check_audit_lines(text: str, case_id: int | None) -> AuditCheck:
    """Walk the chain in an ``audit-log.jsonl``; a case event's body must be canonical JSON."""
    prev = GENESIS
    bodies: list[dict[str, Any]] = []
    borrowed: list[dict[str, Any]] = []  # other cases' entries given in full
    count = 0
    # Lines end at "\n" only: a note may hold U+2028 or U+0085, which splitlines() breaks at.
    lines = text.removesuffix("\n").split("\n") if text else []

    def broken(problem: str) -> AuditCheck:
        """The chain is broken at the line being read: what was read before it, and why."""
        return AuditCheck(False, count - 1, len(bodies), prev, problem)

    for count, raw in enumerate(lines, start=1):
        try:
            entry = json.loads(raw)
            seq, prev_hash, hash_ = entry["seq"], entry["prev_hash"], entry["hash"]
        except (ValueError, KeyError, TypeError):
            return broken(
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "line {line} cannot be read as an entry of the log: it was changed or cut",
                ).format(line=count),
            )
        if seq != count:
            return broken(
                QT_TRANSLATE_NOOP(
                    "Verify", "entry {n} is missing: entries were removed or put in another order"
                ).format(n=count)
            )
        if prev_hash != prev:
            return broken(
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "entry {n} does not follow entry {before}: an entry was removed, added or "
                    "changed before it",
                ).format(n=seq, before=seq - 1),
            )
        if "body" in entry:
            body_text = entry["body"]
            digest = hashlib.sha256(str(body_text).encode("utf-8")).hexdigest()
            try:
                body = json.loads(body_text)
            except (ValueError, TypeError):
                return broken(
                    QT_TRANSLATE_NOOP("Verify", "entry {n} cannot be read: it was changed").format(
                        n=seq
                    )
                )
            if canonical_json(body) != body_text or body.get("seq") != seq:
                return broken(
                    QT_TRANSLATE_NOOP(
                        "Verify", "entry {n} was rewritten: its text is not as OnRecord writes it"
                    ).format(n=seq)
                )
            if case_id is not None and body.get("case_id") != case_id:
                borrowed.append(body)  # checked once the moves that explain it are read
            bodies.append(body)
        else:
            digest = str(entry.get("body_sha256", ""))
        if link_hash(prev, digest) != hash_:
            return broken(
                QT_TRANSLATE_NOOP(
                    "Verify", "entry {n} was changed: its content does not match its hash"
                ).format(n=seq)
            )
        prev = hash_
    unexplained = _not_moved_in(borrowed, bodies)
    if unexplained is not None:
        return AuditCheck(
            False,
            count,
            len(bodies),
            prev,
            QT_TRANSLATE_NOOP("Verify", "entry {n} belongs to another case").format(n=unexplained),
        )
    return AuditCheck(True, count, len(bodies), prev, "", tuple(bodies))


def _not_moved_in(borrowed: list[dict[str, Any]], bodies: list[dict[str, Any]]) -> int | None:
    """The ``seq`` of the first other case's entry given in full that no move explains, or
    None. Such an entry is in a package only for a contact filed there from that case
    ("Unsorted calls"), written before a later ``event.moved`` from that case; an entry about
    another case itself never is."""
    moves = [
        (b["seq"], (b.get("data") or {}).get("from_case"))
        for b in bodies
        if b.get("action") == "event.moved"
    ]
    for body in borrowed:
        if body.get("entity") in CASE_LEVEL or not any(
            source == body.get("case_id") and seq > body["seq"] for seq, source in moves
        ):
            return int(body["seq"])
    return None


def _find(bodies: list[dict[str, Any]], entity: str, entity_id: int, *actions: str) -> dict | None:
    for body in bodies:
        if (
            body["entity"] == entity
            and body["entity_id"] == entity_id
            and body["action"] in actions
        ):
            return body
    return None


def custody_record(
    snapshot: Snapshot, export: dict[str, Any], attachment_files: dict[int, str]
) -> dict[str, Any]:
    """What was created when and on which device, and who exported it, when, with what."""
    # every entry the package shows in full: a call filed here from "Unsorted calls" was
    # captured there, and its capture is this package's record of it
    shown = shown_in_full(snapshot)
    bodies = [json.loads(a["body"]) for a in snapshot.audit if a["seq"] in shown]
    source = {e["id"]: e["source"] for e in snapshot.events}
    items = []
    for r in snapshot.recordings:
        started = _find(bodies, "recording", r.id, "recording.started")
        final = _find(
            bodies,
            "recording",
            r.id,
            "recording.complete",
            "recording.recovered",
            "recording.failed",
            "recording.imported",
        )
        items.append(
            {
                "item": "recording",
                "id": r.id,
                "package_file": f"recordings/{r.package_name}",
                **({"package_files": r.package_files} if r.segmented else {}),
                "original_path": r.stored_path,
                "sha256": r.sha256,
                "status": r.status,
                # filed by crash recovery: what happened, and what may be missing
                **r.recovery_record(),
                # where the audio came from (the call event's source: recorded, imported,
                # demo) and when the call itself began, which for an import or the demo is
                # long before it was added to OnRecord ("created_at")
                "origin": source.get(r.event_id, ""),
                "recorded_at": to_utc_text(r.started_at),
                "created_at": started["at"] if started else None,
                "created_on_device": started["device"] if started else None,
                "finalised_at": final["at"] if final else None,
                "finalised_on_device": final["device"] if final else None,
                # filed by recovery when OnRecord next started: "finalised_at" is then that
                # start, not the end of the recording (a walk-through's lawyer could misread it)
                **(
                    {
                        "recording_ends_at": to_utc_text(
                            r.started_at + dt.timedelta(seconds=r.duration_s)
                        )
                    }
                    if r.recovery and r.duration_s is not None
                    else {}
                ),
                "audit_seq": [b["seq"] for b in (started, final) if b],
            }
        )
    for a in snapshot.attachments:
        added = _find(bodies, "attachment", a["id"], "attachment.added")
        items.append(
            {
                "item": "attachment",
                "id": a["id"],
                "package_file": f"attachments/{attachment_files[a['id']]}",
                "original_name": a["original_name"],
                "sha256": a["sha256"],
                "created_at": a["added_at"],
                "created_on_device": added["device"] if added else None,
                "audit_seq": [added["seq"]] if added else [],
            }
        )
    return {
        "format": CUSTODY_FORMAT,
        "case_reference": snapshot.case["reference"],
        "case_created_at": snapshot.case["created_at"],
        "items": items,
        "export": export,
        "audit_head": snapshot.audit_head,
        "audit_links": len(snapshot.audit),
        "audit_case_events": len(shown_in_full(snapshot)),
        **({"audit_note": PART_AUDIT_NOTE} if is_part(snapshot) else {}),
    }


def custody_json(snapshot: Snapshot, export: dict[str, Any], files: dict[int, str]) -> str:
    return json.dumps(custody_record(snapshot, export, files), ensure_ascii=False, indent=2) + "\n"
