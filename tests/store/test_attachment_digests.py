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
    # Named as the timeline shows it (the timeline has no "#" column): its kind and day.
    named = rf"attached to the contact of 2026-03-02 \(Letter, #{first.id}\)"
    with pytest.raises(InvalidInputError, match=named):
        workspace.attachments.add(case.id, scan, event_id=second.id)
    with pytest.raises(InvalidInputError, match=named):
        workspace.attachments.add(case.id, scan)
    [only] = workspace.attachments.list(case.id)
    assert only.event_id == first.id


def test_a_call_holding_the_file_is_named_by_its_day_and_time_on_its_clock(
    workspace: Workspace, tmp_path: Path
) -> None:
    import datetime as dt

    import pytest

    from onrecord.store import InvalidInputError
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("晨曦銀行", jurisdiction="tw")  # Asia/Taipei
    at = dt.datetime(2026, 11, 20, 11, 32, 16, tzinfo=dt.UTC)  # 19:32:16 in Taipei
    call = workspace.cases.log_event(case.id, EventKind.MISSED_CALL, at)
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG a screenshot")
    workspace.attachments.add(case.id, shot, event_id=call.id)
    with pytest.raises(InvalidInputError) as refused:
        workspace.attachments.add(case.id, shot)
    assert f"attached to the contact of 2026-11-20 19:32 (Missed call, #{call.id})" in str(
        refused.value
    )


def test_the_case_s_file_is_found_by_its_fingerprint(workspace: Workspace, tmp_path: Path) -> None:
    """A dialog asks before saving whether the case keeps a chosen file already."""
    import hashlib

    case = workspace.cases.create_case("Letters", jurisdiction="us")
    other = workspace.cases.create_case("Another", jurisdiction="us")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert workspace.attachments.find_by_sha256(case.id, digest) is None
    kept = workspace.attachments.add(case.id, scan)
    found = workspace.attachments.find_by_sha256(case.id, digest)
    assert found is not None and found.id == kept.id and found.event_id is None
    assert workspace.attachments.find_by_sha256(other.id, digest) is None  # this case only


def test_the_reason_a_file_came_with_is_kept_in_its_audit_entry(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A file attached while correcting a contact: the reason typed for the correction was
    kept nowhere for it (the audit entry had only the file)."""
    import json

    from sqlalchemy import select

    from onrecord.store.models import AuditEvent

    case = workspace.cases.create_case("Letters", jurisdiction="us")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4 another")
    workspace.attachments.add(case.id, scan, reason="the scan was missing")
    workspace.attachments.add(case.id, plain)
    with workspace.store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == "attachment.added")
        added = [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]
    assert added[0]["reason"] == "the scan was missing"
    assert "reason" not in added[1]  # none given: none written
