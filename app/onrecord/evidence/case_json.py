"""The whole case as one machine-readable JSON document (data/case/case.json)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..imports.facts import contact_facts, log_facts
from .catalogue import Strings
from .report_model import confirmation_text, promise_state_of
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


def case_document(
    snapshot: Snapshot,
    attachment_files: dict[int, str],
    today: dt.date | None = None,
    strings: Strings | None = None,
) -> dict[str, Any]:
    """Everything, as stored, plus what the report works out from it so a program reads the
    same as the report: each contact's ``all_tags`` (its own and its recordings' marks', as
    the timeline's Tags column), an imported contact's ``import_facts``, a recorded call's
    ``confirmed_by`` (the phone's call log's lines filed with it) and, with ``today`` (the
    export's day on the case's clock),
    each promise's ``state_on_export`` (a paralegal saw "status": "open" here beside "kept:
    paid on Nov 25" in the report: ``status`` is what the user set, the state is worked out
    from the due date and the payments linked to the promise)."""
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
    live = snapshot.live_tags()
    return {
        "format": FORMAT,
        "case": snapshot.case,
        "filters": snapshot.filters,
        # a package of part of the case: what the case file holds that it does not
        **({"selection": snapshot.selection.record()} if snapshot.selection else {}),
        "parties": snapshot.parties,
        "phone_numbers": snapshot.numbers,
        "contact_events": [
            {
                **e,
                "all_tags": live.get(e["id"], []),
                **_import_facts(e),
                **_confirmed_by(e, strings),
            }
            for e in snapshot.events
        ],
        "recordings": recordings,
        "recordings_not_included": snapshot.skipped_recordings,
        "promises": [
            {**p, **_state(p, snapshot.ledger_payments, today)} for p in snapshot.promises
        ],
        "payments": snapshot.payments,
        "attachments": [
            {**a, "package_file": f"attachments/{attachment_files[a['id']]}"}
            for a in snapshot.attachments
        ],
        "audit_head": snapshot.audit_head,
    }


def _confirmed_by(event: dict[str, Any], s: Strings | None) -> dict[str, Any]:
    """For a recorded call the phone's call log confirms, each line filed with it as stored
    (``source_key``, ``source_detail``, ``duration_s``, ``confirmed_at``), with what it said
    as codes (``import_facts``) and, with ``s``, all of it in the report's words
    (``confirmed_by_said``)."""
    confirmations = event.get("confirmed_by")
    if not confirmations:
        return {}
    said = confirmation_text(event, s) if s is not None else ""
    return {
        "confirmed_by": [
            {**c, "import_facts": [f.record() for f in log_facts(c.get("source_detail") or "")]}
            for c in confirmations
        ],
        **({"confirmed_by_said": said} if said else {}),
    }


def _import_facts(event: dict[str, Any]) -> dict[str, Any]:
    """For an imported contact, what the phone's record said of it as codes (the report puts
    them in words): ``[{"fact": "rejected"}, {"fact": "saved_as", "value": "张经理"}]``. They
    come from its ``source_detail``, or from the English notes an older import wrote in its
    ``summary``, which is then none of the user's own (``summary`` stays as stored)."""
    facts, _own = contact_facts(event["source"], event.get("source_detail") or "", event["summary"])
    return {"import_facts": [f.record() for f in facts]} if facts else {}


def _state(
    promise: dict[str, Any], payments: list[dict[str, Any]], today: dt.date | None
) -> dict[str, Any]:
    if today is None:
        return {}
    state = promise_state_of(promise, payments, today)
    return {"state_on_export": {"state": state.key, "as_of": today.isoformat()}}


def case_json(
    snapshot: Snapshot,
    attachment_files: dict[int, str],
    today: dt.date | None = None,
    strings: Strings | None = None,
) -> str:
    document = case_document(snapshot, attachment_files, today, strings)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
