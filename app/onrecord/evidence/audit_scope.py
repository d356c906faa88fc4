"""Which of the case's audit entries a package shows in full.

A package of the whole case shows every entry of the case in full (``body``). A package of
part of it (a date range and/or chosen calls, as ``snapshot.filters`` records) shows in full
the entries about what it holds and the case-level ones: the case itself, its collectors and
organisations and its phone numbers, which every package lists whole. An entry about a
contact, recording, mark, event tag, attachment, promise or payment the package does not hold
(one outside the selection, or one removed since) is written as a bare digest
(``body_sha256``) like another case's entry: the chain still verifies from its first link, but
the log no longer tells what the sender left out (a walk-through's March-only package gave
away February's and April's contacts, summaries and file names in its audit log).

Which thing an entry is about comes from its own fields: ``entity`` and ``entity_id``. The
entries ``onrecord verify`` needs (a recording's capture, with the hash the package's copy must
match) are about a recording the package holds, so they stay in full; an entry of a kind this
module does not know is about nothing the package is known to hold, so it is a digest.
"""

from __future__ import annotations

import json
from typing import Any

from .snapshot import Snapshot

#: Entities every package lists whole, whatever the selection: their entries stay in full.
CASE_LEVEL = frozenset({"case", "party", "phone_number"})


def is_part(snapshot: Snapshot) -> bool:
    """Whether the package holds part of the case (dates or calls chosen)."""
    return any(snapshot.filters.get(key) is not None for key in ("from", "to", "calls"))


def _held(snapshot: Snapshot) -> dict[str, set[int]]:
    """The ids of what the package holds, by the ``entity`` its audit entries name."""
    return {
        "contact_event": {e["id"] for e in snapshot.events},
        "event_tag": {t["id"] for e in snapshot.events for t in e.get("tags") or []},
        # a recording not finished is not copied, but case.json names it
        "recording": {r.id for r in snapshot.recordings}
        | {x["id"] for x in snapshot.skipped_recordings},
        "mark": {m.id for r in snapshot.recordings for m in r.marks},
        "attachment": {a["id"] for a in snapshot.attachments},
        "promise": {p["id"] for p in snapshot.promises},
        "payment": {p["id"] for p in snapshot.payments},
    }


#: The actions that delete a row: SQLite may give its id to the next new row (these tables
#: do not use AUTOINCREMENT), so an entry up to such a removal is about the row removed, not
#: about a later one with the same id.
REMOVALS = frozenset(
    {"event.removed", "promise.removed", "payment.removed", "party.removed", "number.removed"}
)


def _parsed(body_text: str) -> dict[str, Any] | None:
    try:
        body = json.loads(body_text)
        return body if isinstance(body, dict) else None
    except ValueError:
        return None


def _key(body: dict[str, Any] | None) -> tuple[str, Any] | None:
    if body is None or "entity" not in body or "entity_id" not in body:
        return None  # cannot tell what it is about: not shown
    return body["entity"], body["entity_id"]


def _things_of(snapshot: Snapshot, event_ids: set[int]) -> set[tuple[str, int]]:
    """The package's things that belong to the contacts ``event_ids``: the contacts, their
    tags, recordings, marks, files and promises."""
    recordings = [r for r in snapshot.recordings if r.event_id in event_ids]
    return (
        {("contact_event", e) for e in event_ids}
        | {
            ("event_tag", t["id"])
            for e in snapshot.events
            if e["id"] in event_ids
            for t in e.get("tags") or []
        }
        | {("recording", r.id) for r in recordings}
        | {
            ("recording", x["id"])
            for x in snapshot.skipped_recordings
            if x.get("event_id") in event_ids
        }
        | {("mark", m.id) for r in recordings for m in r.marks}
        | {("attachment", a["id"]) for a in snapshot.attachments if a.get("event_id") in event_ids}
        | {("promise", p["id"]) for p in snapshot.promises if p.get("event_id") in event_ids}
    )


def shown_in_full(snapshot: Snapshot) -> frozenset[int]:
    """The ``seq`` of each audit entry the package shows in full.

    This case's: all of them for the whole case; for part of it, the case-level ones and
    those about what the package holds, an entry up to the removal of a row with the same id
    being about that removed row. Another case's: only those about a contact filed here from
    it ("Unsorted calls": captured, marked and tagged there; the capture holds the hash its
    copy must match, and ``onrecord verify`` failed the package when they were digests), made
    there before the move; that case's other entries stay digests.
    """
    case_id = snapshot.case["id"]
    links = [(link, _parsed(link["body"])) for link in snapshot.audit]
    removed_at: dict[tuple[str, Any], int] = {}
    moves: list[tuple[int, int, int]] = []  # (event id, from case, seq of the move)
    for link, body in links:
        key = _key(body)
        if body is None or key is None:
            continue
        if body.get("action") in REMOVALS:
            removed_at[key] = link["seq"]
        elif body.get("action") == "event.moved":
            data = body.get("data") or {}
            moves.append((key[1], data.get("from_case"), link["seq"]))

    def current(link: dict[str, Any], key: tuple[str, Any]) -> bool:
        return link["seq"] > removed_at.get(key, 0)

    held_events = {e["id"] for e in snapshot.events}
    # from which case, up to which entry, what may be shown of a contact filed here
    sources: dict[int, list[tuple[int, set[tuple[str, int]]]]] = {}
    for event_id, from_case, move_seq in moves:
        if event_id in held_events and from_case != case_id:
            sources.setdefault(from_case, []).append((move_seq, _things_of(snapshot, {event_id})))

    def moved_in(link: dict[str, Any], key: tuple[str, Any]) -> bool:
        return current(link, key) and any(
            link["seq"] < move_seq and key in things
            for move_seq, things in sources.get(link["case_id"], ())
        )

    part = is_part(snapshot)
    held = {(entity, i) for entity, ids in _held(snapshot).items() for i in ids}
    shown = set()
    for link, body in links:
        key = _key(body)
        if link["case_id"] == case_id:
            if not part or (
                key is not None and (key[0] in CASE_LEVEL or (key in held and current(link, key)))
            ):
                shown.add(link["seq"])
        elif key is not None and moved_in(link, key):
            shown.add(link["seq"])
    return frozenset(shown)
