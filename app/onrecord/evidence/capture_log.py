"""What the audit chain logged of each original when it was captured or added.

A recording's and an attachment's digests are stored in its row and, in the same
transaction, in the audit chain's entry for its capture (``recording.complete`` and the
other final states, ``attachment.added``). An export takes the package's SHA-256 and SHA-512
from the row once the copy's BLAKE3 matches it, so it first checks that the row still says
what the chain logged: a row changed outside OnRecord, or damaged, refuses the export rather
than giving a package that fails verification.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .verify_capture import FINAL_ACTIONS

DIGESTS = ("sha256", "sha512", "blake3")


def capture_entries(audit: Iterable[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    """The data of each capture entry in ``audit`` (links with a JSON ``body``), by
    ("recording" | "attachment", id)."""
    logged: dict[tuple[str, int], dict[str, Any]] = {}
    for link in audit:
        try:
            body = json.loads(link["body"])
            entity, action, data = body["entity"], body["action"], body.get("data")
            key = (str(entity), int(body["entity_id"]))
        except (ValueError, KeyError, TypeError):
            continue  # not a capture entry (the chain itself is checked on its own)
        wanted = action in FINAL_ACTIONS if entity == "recording" else action == "attachment.added"
        if entity in ("recording", "attachment") and wanted and isinstance(data, dict):
            logged[key] = data
    return logged


def logged_digests(entry: dict[str, Any], part: int | None = None) -> dict[str, str]:
    """The digests ``entry`` logged of a file: the whole recording or attachment, or the
    ``part``-th file (from 0) of a recording kept in several."""
    source: Any = entry
    if part is not None:
        segments = entry.get("segments")
        source = segments[part] if isinstance(segments, list) and part < len(segments) else {}
    if not isinstance(source, dict):
        return {}
    return {name: str(source[name]) for name in DIGESTS if source.get(name)}
