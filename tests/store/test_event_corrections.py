"""Correcting and removing a contact logged by mistake: logged with old values, never silent.

A contact typed (or imported) by mistake can be corrected or removed; a recorded call, a
contact with attached files or tags, cannot be removed, and the refusal says why.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from onrecord.conduct.service import check_case
from onrecord.imports.service import execute, prepare
from onrecord.store import Workspace
from onrecord.store.audit import verify_chain
from onrecord.store.casefile import CaseFile
from onrecord.store.corrections import Corrections
from onrecord.store.engine import Store
from onrecord.store.enums import EventKind, EventSource, NoticeKind
from onrecord.store.errors import InvalidInputError
from onrecord.store.models import AuditEvent, ContactEvent

NEW_YORK = ZoneInfo("America/New_York")
NIGHT = dt.datetime(2026, 3, 2, 3, 27, tzinfo=NEW_YORK)  # outside the hours collectors may call
MORNING = dt.datetime(2026, 3, 2, 10, 15, tzinfo=NEW_YORK)
CONTACT_LOG = Path(__file__).parents[1] / "imports" / "fixtures" / "contact-log.csv"


def audit_data(store: Store, action: str) -> list[dict]:
    with store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == action)
        return [json.loads(body)["data"] for body in s.scalars(query.order_by(AuditEvent.seq))]


def event_ids(cases: CaseFile, case_id: int) -> list[int]:
    return [e.id for e in cases.events(case_id)]


@pytest.fixture
def case_id(cases: CaseFile) -> int:
    return cases.create_case("Harbor Bank card", jurisdiction="us", timezone="America/New_York").id


def test_a_corrected_contact_keeps_its_old_values_in_the_audit_log(
    store: Store, cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    cases.add_party(case_id, "Mike Doe")
    event = cases.log_event(case_id, EventKind.MISSED_CALL, NIGHT, number="(212) 555-0142")

    corrections.update_event(
        event.id,
        kind=EventKind.SMS,
        started_at=MORNING,
        number="(212) 555-0199",
        summary="asked me to call back",
        notice=NoticeKind.CEASE_REQUEST,
        reason="logged the wrong message",
    )

    [now] = cases.events(case_id)
    assert now.kind == EventKind.SMS
    assert now.started_at == MORNING.astimezone(dt.UTC)
    assert now.phone_number.e164 == "+12125550199"
    assert (now.summary, now.notice) == ("asked me to call back", NoticeKind.CEASE_REQUEST)
    [logged] = audit_data(store, "event.updated")
    changed = logged["changed"]
    assert changed["kind"] == ["missed_call", "sms"]
    assert changed["started_at"] == ["2026-03-02T08:27:00.000000Z", "2026-03-02T15:15:00.000000Z"]
    assert changed["number"] == ["+12125550142", "+12125550199"]
    assert changed["summary"] == ["", "asked me to call back"]
    assert changed["notice"] == [None, "cease_request"]
    assert logged["reason"] == "logged the wrong message"
    with store.session() as s:
        assert verify_chain(s).ok


def test_an_edit_that_changes_nothing_logs_nothing(
    store: Store, cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    event = cases.log_event(case_id, EventKind.MISSED_CALL, NIGHT, number="(212) 555-0142")
    corrections.update_event(
        event.id, kind="missed_call", started_at=NIGHT, number="+1 212 555 0142", summary=""
    )
    assert audit_data(store, "event.updated") == []


def test_an_edit_can_clear_the_number(
    store: Store, cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    event = cases.log_event(case_id, EventKind.LETTER, MORNING, number="(212) 555-0142")
    corrections.update_event(event.id, number="")
    [now] = cases.events(case_id)
    assert now.phone_number_id is None
    assert audit_data(store, "event.updated")[0]["changed"]["number"] == ["+12125550142", ""]


def test_an_edit_into_the_future_is_refused_and_changes_nothing(
    cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    event = cases.log_event(case_id, EventKind.MISSED_CALL, NIGHT)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    with pytest.raises(InvalidInputError, match="future"):
        corrections.update_event(event.id, started_at=later, summary="changed")
    [now] = cases.events(case_id)
    assert (now.started_at, now.summary) == (NIGHT.astimezone(dt.UTC), "")


def test_a_recorded_call_keeps_its_kind_and_time_but_its_details_can_be_corrected(
    workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    case_id = recorded_call[0]
    [event] = workspace.cases.events(case_id)
    with pytest.raises(InvalidInputError, match="come from its recording"):
        workspace.corrections.update_event(event.id, started_at=MORNING)
    with pytest.raises(InvalidInputError, match="come from its recording"):
        workspace.corrections.update_event(event.id, kind=EventKind.SMS)
    # Sent back unchanged (as the edit dialog does), with a corrected note: accepted.
    workspace.corrections.update_event(
        event.id, kind=event.kind, started_at=event.started_at, summary="he gave his name"
    )
    [now] = workspace.cases.events(case_id)
    assert (now.started_at, now.summary) == (event.started_at, "he gave his name")


def test_a_removed_contact_is_gone_and_the_audit_log_keeps_all_it_held(
    store: Store, cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    party = cases.add_party(case_id, "Mike Doe")
    kept = cases.log_event(case_id, EventKind.SMS, MORNING, summary="kept")
    wrong = cases.log_event(
        case_id,
        EventKind.MISSED_CALL,
        NIGHT,
        number="(212) 555-0142",
        party_id=party.id,
        summary="pressed Enter by mistake",
    )

    corrections.remove_event(wrong.id, "logged by mistake")

    assert event_ids(cases, case_id) == [kept.id]
    [logged] = audit_data(store, "event.removed")
    assert logged["reason"] == "logged by mistake"
    removed = logged["removed"]
    assert removed["id"] == wrong.id
    assert removed["kind"] == "missed_call"
    assert removed["started_at"] == "2026-03-02T08:27:00.000000Z"
    assert removed["timezone"] == "America/New_York"
    assert removed["summary"] == "pressed Enter by mistake"
    assert removed["source"] == "manual"
    assert (removed["number"], removed["party"]) == ("+12125550142", "Mike Doe")
    with store.session() as s:
        assert verify_chain(s).ok
        [entry] = s.scalars(select(AuditEvent).where(AuditEvent.action == "event.removed"))
        assert (entry.entity_id, entry.case_id) == (wrong.id, case_id)


def test_the_conduct_check_no_longer_finds_a_removed_contact(
    workspace: Workspace,
) -> None:
    case_id = workspace.cases.create_case(
        "Harbor Bank card", jurisdiction="us", timezone="America/New_York"
    ).id
    wrong = workspace.cases.log_event(case_id, EventKind.MISSED_CALL, NIGHT, number="2125550142")
    before = check_case(workspace, case_id)
    assert any(wrong.id in f.event_ids for f in before.findings)

    workspace.corrections.remove_event(wrong.id)

    after = check_case(workspace, case_id)
    assert not any(wrong.id in f.event_ids for f in after.findings)


def test_a_recorded_call_is_never_removed(
    store: Store, workspace: Workspace, recorded_call: tuple[int, int, int]
) -> None:
    case_id = recorded_call[0]
    [event] = workspace.cases.events(case_id)
    assert workspace.corrections.removal_refused(event.id) is not None
    with pytest.raises(InvalidInputError, match=r"recorded call.*never removed.*move it"):
        workspace.corrections.remove_event(event.id, "not a collector")
    assert event_ids(workspace.cases, case_id) == [event.id]
    assert audit_data(workspace.store, "event.removed") == []


def test_a_call_logged_as_recorded_without_audio_is_not_removed(
    cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    event = cases.log_event(case_id, EventKind.CALL, MORNING, source=EventSource.RECORDED)
    with pytest.raises(InvalidInputError, match="recorded call"):
        corrections.remove_event(event.id)
    assert event_ids(cases, case_id) == [event.id]


def test_a_contact_with_an_attached_file_is_not_removed(
    workspace: Workspace, tmp_path: Path
) -> None:
    case_id = workspace.cases.create_case("Letters", jurisdiction="us").id
    letter = workspace.cases.log_event(case_id, EventKind.LETTER, MORNING)
    scan = tmp_path / "letter.txt"
    scan.write_text("Final demand", encoding="utf-8")
    workspace.attachments.add(case_id, scan, event_id=letter.id)
    with pytest.raises(InvalidInputError, match=r"1 file.*attached"):
        workspace.corrections.remove_event(letter.id)
    assert event_ids(workspace.cases, case_id) == [letter.id]


def test_a_tagged_contact_is_not_removed_even_when_its_tag_was_withdrawn(
    cases: CaseFile, corrections: Corrections, case_id: int
) -> None:
    event = cases.log_event(case_id, EventKind.SMS, MORNING)
    tag = cases.tag_event(event.id, "threat")
    cases.retract_event_tag(tag.id, "wrong tag")
    with pytest.raises(InvalidInputError, match=r"1 tag.*kept for good"):
        corrections.remove_event(event.id)
    assert event_ids(cases, case_id) == [event.id]


def test_a_contact_a_promise_is_linked_to_is_not_removed(
    workspace: Workspace,
) -> None:
    case_id = workspace.cases.create_case("Card", jurisdiction="us", currency="USD").id
    event = workspace.cases.log_event(case_id, EventKind.VISIT, MORNING)
    workspace.ledger.add_promise(case_id, "collector", description="waive fees", event_id=event.id)
    with pytest.raises(InvalidInputError, match="1 promise"):
        workspace.corrections.remove_event(event.id)
    assert event_ids(workspace.cases, case_id) == [event.id]


def test_a_removed_imported_contact_is_not_imported_again(workspace: Workspace) -> None:
    case_id = workspace.cases.create_case("华信消费金融", jurisdiction="cn").id
    first = execute(workspace, prepare(workspace, case_id, CONTACT_LOG))
    assert first.added == 4
    wrong = workspace.cases.events(case_id)[0]
    assert wrong.source == EventSource.IMPORTED

    workspace.corrections.remove_event(wrong.id, "not this collector")
    again = execute(workspace, prepare(workspace, case_id, CONTACT_LOG))

    assert (again.added, again.already_there, again.removed_before) == (0, 3, 1)
    assert wrong.id not in event_ids(workspace.cases, case_id)
    with workspace.store.session() as s:
        keys = set(s.scalars(select(ContactEvent.source_key)))
    assert wrong.source_key not in keys


def test_a_missed_call_corrected_to_a_call_was_answered_and_spoken_in(
    cases: CaseFile, corrections: Corrections, case_id: int, store: Store
) -> None:
    event = cases.log_event(case_id, EventKind.MISSED_CALL, MORNING, connected=False)
    corrections.update_event(event.id, kind=EventKind.CALL, reason="I did pick up")
    [now] = cases.events(case_id)
    assert (now.connected, now.conversation) == (True, True)  # US-POSTCONV counts it now
    [update] = audit_data(store, "event.updated")
    assert update["changed"]["conversation"] == [False, True]
    corrections.update_event(event.id, kind=EventKind.VOICEMAIL)
    [now] = cases.events(case_id)
    assert (now.connected, now.conversation) == (False, False)
