"""A file attached by mistake is withdrawn with a reason: kept, logged, no longer the case's;
and a file is kept once by its bytes, whatever its name."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.store import InvalidInputError, StoreError, Workspace
from onrecord.store.audit import verify_chain
from onrecord.store.enums import EventKind
from onrecord.store.models import AuditEvent

WHEN = dt.datetime(2026, 3, 2, 17, tzinfo=dt.UTC)


def _logged(workspace: Workspace, action: str) -> list[dict]:
    with workspace.store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == action)
        return [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]


@pytest.fixture
def letter(workspace: Workspace) -> tuple[int, int]:
    case = workspace.cases.create_case("Letters", jurisdiction="us")
    return case.id, workspace.cases.log_event(case.id, EventKind.LETTER, WHEN).id


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "IMG_0412.jpg"
    path.write_bytes(b"\xff\xd8\xff a private photo")
    return path


def test_a_withdrawn_file_is_kept_but_no_longer_the_case_s(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    case_id, event_id = letter
    added = workspace.attachments.add(case_id, photo, event_id=event_id)
    withdrawn = workspace.attachments.withdraw(added.id, "  a private photo, picked by mistake ")
    assert (
        withdrawn.withdrawn and withdrawn.withdrawn_reason == "a private photo, picked by mistake"
    )
    assert workspace.attachments.list(case_id) == []
    assert workspace.attachments.find_by_sha256(case_id, added.sha256) is None
    [listed] = workspace.attachments.list(case_id, withdrawn=True)
    assert listed.id == added.id and listed.withdrawn_at is not None
    # Nothing deleted: the stored copy is still there, byte for byte.
    assert (workspace.data_dir / added.path).read_bytes() == photo.read_bytes()
    [logged] = _logged(workspace, "attachment.withdrawn")
    assert logged == {
        "original_name": "IMG_0412.jpg",
        "sha256": added.sha256,
        "event_id": event_id,
        "reason": "a private photo, picked by mistake",
    }
    with workspace.store.session() as s:
        assert verify_chain(s).ok


def test_withdrawing_needs_a_reason_and_happens_once(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    case_id, event_id = letter
    added = workspace.attachments.add(case_id, photo, event_id=event_id)
    with pytest.raises(InvalidInputError, match="reason must not be empty"):
        workspace.attachments.withdraw(added.id, "   ")
    assert workspace.attachments.list(case_id)[0].withdrawn_at is None
    workspace.attachments.withdraw(added.id, "wrong file")
    with pytest.raises(InvalidInputError, match="already withdrawn"):
        workspace.attachments.withdraw(added.id, "again")
    with pytest.raises(StoreError, match="no attached file with id 999"):
        workspace.attachments.withdraw(999, "no such file")
    assert len(_logged(workspace, "attachment.withdrawn")) == 1


def test_a_withdrawn_file_is_put_back_and_the_withdrawal_stays_logged(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    case_id, event_id = letter
    added = workspace.attachments.add(case_id, photo, event_id=event_id)
    with pytest.raises(InvalidInputError, match="not withdrawn"):
        workspace.attachments.restore(added.id)
    workspace.attachments.withdraw(added.id, "wrong file")
    restored = workspace.attachments.restore(added.id, "it was the right one after all")
    assert not restored.withdrawn and restored.withdrawn_reason == ""
    assert [a.id for a in workspace.attachments.list(case_id)] == [added.id]
    [logged] = _logged(workspace, "attachment.restored")
    assert logged["withdrawn_reason"] == "wrong file"
    assert logged["reason"] == "it was the right one after all"
    assert len(_logged(workspace, "attachment.withdrawn")) == 1


def test_a_withdrawn_file_can_be_attached_again_to_the_right_contact(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    """The right letter attached to the wrong contact: withdrawn there, attached here. The
    withdrawn copy is not overwritten, and it cannot then be put back (kept once)."""
    case_id, wrong = letter
    right = workspace.cases.log_event(case_id, EventKind.LETTER, WHEN + dt.timedelta(days=3)).id
    first = workspace.attachments.add(case_id, photo, event_id=wrong)
    workspace.attachments.withdraw(first.id, "attached to the wrong letter")
    again = workspace.attachments.add(case_id, photo, event_id=right)
    assert again.id != first.id and again.event_id == right
    assert again.path != first.path and again.sha256 == first.sha256
    for kept in (first, again):
        assert (workspace.data_dir / kept.path).read_bytes() == photo.read_bytes()
    with pytest.raises(InvalidInputError, match=rf"IMG_0412.jpg is already in this case.*#{right}"):
        workspace.attachments.restore(first.id)
    # Taken out again, the same bytes once more: a third stored name, the others kept.
    workspace.attachments.withdraw(again.id, "not this one either")
    third = workspace.attachments.add(case_id, photo, event_id=wrong)
    assert len({first.path, again.path, third.path}) == 3


def test_a_withdrawn_file_is_found_by_its_bytes_the_last_withdrawn_first(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    """So a dialog can ask before the same bytes are attached again (a walk-through's
    private photo went back into the case with no word)."""
    case_id, wrong = letter
    attachments = workspace.attachments
    first = attachments.add(case_id, photo, event_id=wrong)
    assert attachments.find_withdrawn_by_sha256(case_id, first.sha256) is None  # attached
    attachments.withdraw(first.id, "a private photo")
    found = attachments.find_withdrawn_by_sha256(case_id, first.sha256.upper())
    assert found is not None and found.id == first.id
    assert found.withdrawn_reason == "a private photo" and found.withdrawn_at is not None
    again = attachments.add(case_id, photo, event_id=wrong)
    attachments.withdraw(again.id, "still private")
    found = attachments.find_withdrawn_by_sha256(case_id, first.sha256)
    assert found is not None and found.withdrawn_reason == "still private"
    other = workspace.cases.create_case("Another debt", jurisdiction="us")
    assert attachments.find_withdrawn_by_sha256(other.id, first.sha256) is None


def test_a_renamed_copy_of_a_kept_file_is_the_same_file(
    workspace: Workspace, letter: tuple[int, int], photo: Path, tmp_path: Path
) -> None:
    """The same bytes under another name were kept a second time for another contact (the
    duplicate guard matched the name as well as the fingerprint)."""
    case_id, event_id = letter
    other = workspace.cases.log_event(case_id, EventKind.SMS, WHEN + dt.timedelta(days=1)).id
    kept = workspace.attachments.add(case_id, photo, event_id=event_id)
    copy = tmp_path / "copy of the photo.jpg"
    copy.write_bytes(photo.read_bytes())
    named = (
        rf"copy of the photo.jpg is already in this case, attached to the contact of "
        rf"2026-03-02 \(Letter, #{event_id}\) \(the same file, by its fingerprint\)"
    )
    with pytest.raises(InvalidInputError, match=named):
        workspace.attachments.add(case_id, copy, event_id=other)
    with pytest.raises(InvalidInputError, match=r"copy of the photo\.jpg is already in this case"):
        workspace.attachments.add(case_id, copy)  # the case itself
    # For the contact that has it: kept once, the first one returned.
    assert workspace.attachments.add(case_id, copy, event_id=event_id).id == kept.id
    assert [a.id for a in workspace.attachments.list(case_id)] == [kept.id]
    assert len(_logged(workspace, "attachment.added")) == 1


def test_a_renamed_copy_of_the_case_s_own_file_is_refused_saying_so(
    workspace: Workspace, letter: tuple[int, int], photo: Path, tmp_path: Path
) -> None:
    case_id, event_id = letter
    workspace.attachments.add(case_id, photo)
    copy = tmp_path / "renamed.jpg"
    copy.write_bytes(photo.read_bytes())
    with pytest.raises(InvalidInputError, match="attached to the case itself"):
        workspace.attachments.add(case_id, copy, event_id=event_id)


def test_another_case_may_keep_the_same_file(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    case_id, event_id = letter
    other = workspace.cases.create_case("Another debt", jurisdiction="us").id
    workspace.attachments.add(case_id, photo, event_id=event_id)
    assert workspace.attachments.add(other, photo).case_id == other


def test_the_schema_is_not_taken_back_under_a_withdrawn_file(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    """Taking the schema back to before withdrawals would make a withdrawn file (a private
    photo) one of the case's files again, for the next package: refused while there is one."""
    from alembic import command

    from onrecord.store.engine import _alembic_config

    case_id, event_id = letter
    added = workspace.attachments.add(case_id, photo, event_id=event_id)
    workspace.attachments.withdraw(added.id, "a private photo")
    config = _alembic_config()
    # one transaction: the later revisions' downgrades, run first, are taken back with it
    with workspace.store.engine.connect() as connection, connection.begin() as transaction:
        config.attributes["connection"] = connection
        with pytest.raises(RuntimeError, match="1 attached file"):
            command.downgrade(config, "0007")
        transaction.rollback()
    [listed] = workspace.attachments.list(case_id, withdrawn=True)
    assert listed.withdrawn


def test_a_contact_whose_only_file_was_withdrawn_says_why_it_cannot_be_removed(
    workspace: Workspace, letter: tuple[int, int], photo: Path
) -> None:
    # The contact shows no file once its only one is withdrawn: "1 file(s) are attached"
    # would contradict what the user sees.
    case_id, event_id = letter
    added = workspace.attachments.add(case_id, photo, event_id=event_id)
    refused = workspace.corrections.removal_refused(event_id)
    assert refused is not None and refused.startswith("1 file(s) are attached to this contact")
    workspace.attachments.withdraw(added.id, "a private photo")
    refused = workspace.corrections.removal_refused(event_id)
    assert refused is not None
    assert refused.startswith("1 file(s) attached to this contact were withdrawn")
    with pytest.raises(InvalidInputError, match="were withdrawn"):
        workspace.corrections.remove_event(event_id, "logged by mistake")
    workspace.corrections.withdraw_event(event_id, "logged by mistake")  # what it says to do
