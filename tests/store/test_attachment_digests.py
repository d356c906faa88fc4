"""A file added to a case is kept with every digest an export and a package need."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import blake3
from sqlalchemy import select

from onrecord.store import Workspace
from onrecord.store.models import AuditEvent


def test_an_added_file_is_kept_with_the_digests_of_its_bytes(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("Attachments", jurisdiction="cn")
    source = tmp_path / "催收短信截图.png"
    data = bytes(range(256)) * 5000
    source.write_bytes(data)
    added = workspace.attachments.add(case.id, source)
    kept = (workspace.data_dir / added.path).read_bytes()
    assert kept == data
    assert (added.sha256, added.sha512, added.blake3, added.size) == (
        hashlib.sha256(data).hexdigest(),
        hashlib.sha512(data).hexdigest(),
        blake3.blake3(data).hexdigest(),
        len(data),
    )
    # The audit chain records them too, so a later change of the row would show.
    with workspace.store.session() as s:
        body = json.loads(
            s.scalars(select(AuditEvent).where(AuditEvent.action == "attachment.added")).one().body
        )["data"]
    assert (body["sha256"], body["sha512"], body["blake3"]) == (
        added.sha256,
        added.sha512,
        added.blake3,
    )


def test_a_file_kept_for_one_contact_is_not_silently_kept_for_another(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The same scan added to letter #2 came back as the attachment of letter #1: the user
    saw it attached, the report said #1 only (a review). It is refused, naming where it is."""
    import datetime as dt

    import pytest

    from onrecord.store import InvalidInputError
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("Letters", jurisdiction="us")
    when = dt.datetime(2026, 3, 2, 17, tzinfo=dt.UTC)
    first = workspace.cases.log_event(case.id, EventKind.LETTER, when)
    second = workspace.cases.log_event(case.id, EventKind.LETTER, when + dt.timedelta(days=1))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    kept = workspace.attachments.add(case.id, scan, event_id=first.id)
    assert workspace.attachments.add(case.id, scan, event_id=first.id).id == kept.id  # once
    with pytest.raises(InvalidInputError, match=f"attached to contact #{first.id}"):
        workspace.attachments.add(case.id, scan, event_id=second.id)
    with pytest.raises(InvalidInputError, match="attached to contact"):
        workspace.attachments.add(case.id, scan)
    [only] = workspace.attachments.list(case.id)
    assert only.event_id == first.id
