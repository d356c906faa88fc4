"""Withdrawing a contact logged by mistake that cannot be removed (it has tags or files).

It stays in the case, the package and the audit log, marked with when and why, and counts
for nothing: not in the charts, the conduct check or the report's totals; it can be
counted again.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from onrecord.conduct.service import check_case
from onrecord.evidence.charts import contact_counts
from onrecord.store import Workspace
from onrecord.store.audit import verify_chain
from onrecord.store.enums import EventKind, EventSource
from onrecord.store.errors import InvalidInputError
from onrecord.store.models import AuditEvent
from onrecord.store.search import timeline_rows

NEW_YORK = ZoneInfo("America/New_York")
NIGHT = dt.datetime(2026, 3, 2, 3, 27, tzinfo=NEW_YORK)  # outside the hours collectors may call


def _audit(workspace: Workspace, action: str) -> list[dict]:
    with workspace.store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == action)
        return [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]


@pytest.fixture
def tagged_night_call(workspace: Workspace) -> tuple[int, int]:
    """(case id, event id): a missed call at 3:27 a.m., tagged, so it cannot be removed."""
    case_id = workspace.cases.create_case(
        "Harbor Bank card", jurisdiction="us", timezone="America/New_York"
    ).id
    event = workspace.cases.log_event(case_id, EventKind.MISSED_CALL, NIGHT, number="2125550142")
    workspace.cases.tag_event(event.id, "threat")
    assert workspace.corrections.removal_refused(event.id) is not None
    return case_id, event.id


def test_a_withdrawn_contact_stays_marked_and_counts_for_nothing(
    workspace: Workspace, tagged_night_call: tuple[int, int]
) -> None:
    case_id, event_id = tagged_night_call
    before = check_case(workspace, case_id)
    assert any(event_id in f.event_ids for f in before.findings)

    workspace.corrections.withdraw_event(event_id, "logged twice: the same call was imported")

    [event] = workspace.cases.events(case_id)  # still in the case
    assert event.withdrawn_at is not None
    assert event.withdrawn_reason == "logged twice: the same call was imported"
    assert [t.tag for t in workspace.cases.event_tags(case_id)] == ["threat"]  # tags kept
    after = check_case(workspace, case_id)
    assert not any(event_id in f.event_ids for f in after.findings)
    [row] = timeline_rows(workspace.store, case_id)
    assert row.withdrawn and row.withdrawn_reason.startswith("logged twice")
    assert sum(contact_counts([row.as_count_row()], "America/New_York").per_hour) == 0
    assert _audit(workspace, "event.withdrawn") == [
        {"reason": "logged twice: the same call was imported"}
    ]
    with workspace.store.session() as s:
        assert verify_chain(s).ok


def test_a_withdrawn_contact_can_be_counted_again(
    workspace: Workspace, tagged_night_call: tuple[int, int]
) -> None:
    case_id, event_id = tagged_night_call
    workspace.corrections.withdraw_event(event_id, "wrong case?")
    workspace.corrections.restore_event(event_id, "it was the right case")
    [event] = workspace.cases.events(case_id)
    assert (event.withdrawn_at, event.withdrawn_reason) == (None, "")
    assert any(event_id in f.event_ids for f in check_case(workspace, case_id).findings)
    [restored] = _audit(workspace, "event.restored")
    assert restored["withdrawn_reason"] == "wrong case?"
    assert restored["reason"] == "it was the right case"


def test_a_withdrawal_needs_a_reason_and_happens_once(
    workspace: Workspace, tagged_night_call: tuple[int, int]
) -> None:
    _, event_id = tagged_night_call
    with pytest.raises(InvalidInputError, match="reason must not be empty"):
        workspace.corrections.withdraw_event(event_id, "  ")
    with pytest.raises(InvalidInputError, match="not withdrawn"):
        workspace.corrections.restore_event(event_id)
    workspace.corrections.withdraw_event(event_id, "duplicate")
    with pytest.raises(InvalidInputError, match="already withdrawn"):
        workspace.corrections.withdraw_event(event_id, "again")
    assert len(_audit(workspace, "event.withdrawn")) == 1


def test_a_recorded_call_is_not_withdrawn(workspace: Workspace) -> None:
    case_id = workspace.cases.create_case("Card", jurisdiction="us").id
    call = workspace.cases.log_event(
        case_id, EventKind.CALL, NIGHT, source=EventSource.RECORDED, number="2125550142"
    )
    with pytest.raises(InvalidInputError, match=r"recorded call.*move it"):
        workspace.corrections.withdraw_event(call.id, "not a collector")
    [event] = workspace.cases.events(case_id)
    assert event.withdrawn_at is None


def test_the_refusal_to_remove_a_tagged_contact_points_to_withdrawing_it(
    workspace: Workspace, tagged_night_call: tuple[int, int]
) -> None:
    _, event_id = tagged_night_call
    refusal = workspace.corrections.removal_refused(event_id)
    assert refusal is not None and "withdraw it" in refusal
