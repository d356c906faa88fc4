"""The whole case as one machine-readable JSON document (data/case/case.json)."""

from __future__ import annotations

import json
from typing import Any

from .snapshot import MarkInfo, RecordingInfo, Snapshot

FORMAT = "onrecord-case/1"


#: What a recording's "sha256" is when its audio is in several files (segments).
SEGMENTED_SHA256 = (
    "SHA-256 of the text made of one line '<sha256>  <original file name>' (sha256sum format, "
    "ending in a line feed) per file, in order; each file's own SHA-256 is in package_files"
)


def _files(r: RecordingInfo) -> dict[str, Any]:
    """For a recording in several files: each file, where it starts, and its own hashes."""
    if not r.segmented:
        return {}
    return {
        "package_files": [
            {
                "package_file": f"recordings/{f.package_name}",
                "original_path": f.stored_path,
                "start_frame": f.start_frame,
                "frames": f.frames,
                "sha256": f.sha256,
                **({"sha512": f.sha512} if f.sha512 else {}),
                **({"blake3": f.blake3} if f.blake3 else {}),
            }
            for f in r.files
        ],
        "sha256_is": SEGMENTED_SHA256,
    }


def _mark_file(r: RecordingInfo, m: MarkInfo) -> dict[str, Any]:
    if not r.segmented:
        return {}
    return {
        "package_file": f"recordings/{r.files[m.file_index].package_name}",
        "file_frame": m.file_frame,
        "file_offset_seconds": round(m.file_seconds(r.sample_rate), 6),
    }


def case_document(snapshot: Snapshot, attachment_files: dict[int, str]) -> dict[str, Any]:
    recordings = []
    for r in snapshot.recordings:
        recordings.append(
            {
                **r.row,
                **r.recovery_record(),
                "package_file": f"recordings/{r.package_name}",
                **_files(r),
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
                        **_mark_file(r, m),
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
