"""The whole case as one machine-readable JSON document (data/case/case.json)."""

from __future__ import annotations

import json
from typing import Any

from .snapshot import Snapshot

FORMAT = "onrecord-case/1"


def case_document(snapshot: Snapshot, attachment_files: dict[int, str]) -> dict[str, Any]:
    recordings = []
    for r in snapshot.recordings:
        recordings.append(
            {
                **r.row,
                "package_file": f"recordings/{r.package_name}",
                "marks": [
                    {
                        "id": m.id,
                        "frame": m.frame,
                        "offset_seconds": round(m.seconds, 6),
                        "tag": m.tag or None,
                        "text": m.text,
                        "retracted": m.retracted,
                        "added_later": m.added_later,
                        "revisions": m.revisions,
                    }
                    for m in r.marks
                ],
            }
        )
    return {
        "format": FORMAT,
        "case": snapshot.case,
        "filters": snapshot.filters,
        "parties": snapshot.parties,
        "phone_numbers": snapshot.numbers,
        "contact_events": snapshot.events,
        "recordings": recordings,
        "recordings_not_included": snapshot.skipped_recordings,
        "promises": snapshot.promises,
        "payments": snapshot.payments,
        "attachments": [
            {**a, "package_file": f"attachments/{attachment_files[a['id']]}"}
            for a in snapshot.attachments
        ],
        "audit_head": snapshot.audit_head,
    }


def case_json(snapshot: Snapshot, attachment_files: dict[int, str]) -> str:
    return (
        json.dumps(case_document(snapshot, attachment_files), ensure_ascii=False, indent=2) + "\n"
    )
