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


def _about_held(body_text: str, held: dict[str, set[int]], *, case_level: bool = True) -> bool:
    try:
        body: Any = json.loads(body_text)
        entity, entity_id = body["entity"], body["entity_id"]
        return (case_level and entity in CASE_LEVEL) or entity_id in held.get(entity, ())
    except (ValueError, KeyError, TypeError):
        return False  # cannot tell what it is about: not shown


def shown_in_full(snapshot: Snapshot) -> frozenset[int]:
    """The ``seq`` of each audit entry the package shows in full: this case's (all of them, or
    for part of the case those about what it holds and the case-level ones), and another
    case's about a thing this package holds. A call recorded into "Unsorted calls" and then
    filed under this case was captured, marked and tagged while it was Unsorted: those
    entries hold the capture hash its copy must match, and ``onrecord verify`` failed the
    package when they were digests. The other case's own entries stay digests."""
    case_id = snapshot.case["id"]
    mine = [link for link in snapshot.audit if link["case_id"] == case_id]
    held = _held(snapshot)
    moved_in = {
        link["seq"]
        for link in snapshot.audit
        if link["case_id"] != case_id and _about_held(link["body"], held, case_level=False)
    }
    if not is_part(snapshot):
        return frozenset(link["seq"] for link in mine) | moved_in
    return frozenset(link["seq"] for link in mine if _about_held(link["body"], held)) | moved_in
