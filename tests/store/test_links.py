"""Links between records (promise → call, payment → promise...) stay inside one case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onrecord.store import InvalidInputError, StoreError, Workspace

T0 = dt.datetime(2026, 3, 2, 14, 0, tzinfo=dt.UTC)


@pytest.fixture
def two_cases(workspace: Workspace) -> tuple[int, int]:
    mine = workspace.cases.create_case("mine", jurisdiction="us")
    other = workspace.cases.create_case("other", jurisdiction="us")
    return mine.id, other.id


def test_a_promise_cannot_point_at_another_cases_call(
    workspace: Workspace, two_cases: tuple[int, int]
) -> None:
    mine, other = two_cases
    their_call = workspace.cases.log_event(other, "call", T0)
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.ledger.add_promise(mine, "collector", event_id=their_call.id)
    assert workspace.ledger.promises(mine) == []


def test_a_promise_cannot_point_at_another_cases_mark(
    workspace: Workspace, two_cases: tuple[int, int]
) -> None:
    mine, other = two_cases
    recording = workspace.recordings.begin(other, "recordings/o.wav", sample_rate=8000, channels=1)
    mark = workspace.recordings.add_mark(recording.id, 10, tag="promise")
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.ledger.add_promise(mine, "collector", mark_id=mark.id)
    promise = workspace.ledger.add_promise(other, "collector", mark_id=mark.id)
    assert promise.mark_id == mark.id


@pytest.mark.parametrize("what", ["event_id", "mark_id", "party_id"])
def test_a_promise_pointing_at_nothing_is_refused_plainly(
    workspace: Workspace, two_cases: tuple[int, int], what: str
) -> None:
    mine, _ = two_cases
    with pytest.raises(StoreError, match=r"no .* with id 999"):
        workspace.ledger.add_promise(mine, "user", **{what: 999})
    assert workspace.ledger.promises(mine) == []


def test_a_payment_cannot_settle_another_cases_promise(
    workspace: Workspace, two_cases: tuple[int, int]
) -> None:
    mine, other = two_cases
    their_promise = workspace.ledger.add_promise(other, "user", amount="50")
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.ledger.add_payment(mine, "50", "2026-03-05", promise_id=their_promise.id)
    with pytest.raises(StoreError, match="no promise with id 999"):
        workspace.ledger.add_payment(mine, "50", "2026-03-05", promise_id=999)
    assert workspace.ledger.payments(mine) == []


def test_an_attachment_cannot_be_filed_under_another_cases_event(
    workspace: Workspace, two_cases: tuple[int, int], tmp_path: Path
) -> None:
    mine, other = two_cases
    their_letter = workspace.cases.log_event(other, "letter", T0)
    source = tmp_path / "letter.jpg"
    source.write_bytes(b"\xff\xd8 letter")
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.attachments.add(mine, source, event_id=their_letter.id)
    assert workspace.attachments.list(mine) == []
    attached = workspace.attachments.add(other, source, event_id=their_letter.id)
    assert attached.event_id == their_letter.id


def test_an_event_cannot_name_another_cases_collector(
    workspace: Workspace, two_cases: tuple[int, int]
) -> None:
    mine, other = two_cases
    theirs = workspace.cases.add_party(other, "Sandra Pike")
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.cases.log_event(mine, "call", T0, party_id=theirs.id)
    with pytest.raises(InvalidInputError, match="another case"):
        workspace.cases.add_number(mine, "(646) 555-0188", party_id=theirs.id)
    assert workspace.cases.events(mine) == []
    assert workspace.cases.numbers(mine) == []
