"""What is saved comes back exactly: in memory, and from a file after closing and reopening."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.exc import StatementError

from onrecord.store import InvalidInputError, Workspace, open_store, open_workspace
from onrecord.store.engine import Store
from onrecord.store.enums import (
    Direction,
    EventKind,
    EventSource,
    PartyRole,
    PromiseBy,
    PromiseStatus,
    RecordingStatus,
)
from onrecord.store.models import Case
from onrecord.store.types import NaiveDatetimeError

SHANGHAI = ZoneInfo("Asia/Shanghai")
# 07:10 in Shanghai is 23:10 UTC the day before: the zone must survive the round trip.
CALL_AT = dt.datetime(2026, 3, 2, 7, 10, 5, 250000, tzinfo=SHANGHAI)


def populate(ws: Workspace, attachment_source: Path) -> dict[str, int]:
    """Fill a case with one of everything the store keeps; return the ids made."""
    case = ws.cases.create_case(
        "华信消费金融 分期贷款",
        jurisdiction="cn",
        creditor="华信消费金融有限公司",
        agency="中催信息",
        account_ref="HX2025-0617-88",
        amount="18600.10",
        due_date="2026-07-15",
        contract_notes="分 12 期",
    )
    collector = ws.cases.add_party(
        case.id, "王经理", employee_id="ZC-0317", organisation="中催信息", role="collector"
    )
    number = ws.cases.add_number(case.id, "138 0013 8000", party_id=collector.id, label="mobile")
    event = ws.cases.log_event(
        case.id,
        EventKind.CALL,
        CALL_AT,
        direction=Direction.INCOMING,
        duration_s=312.5,
        connected=True,
        conversation=True,
        number="+86 138-0013-8000",
        summary="说要上门找单位",
    )
    recording = ws.recordings.begin(
        case.id,
        "recordings/2026/call.wav",
        sample_rate=48000,
        channels=2,
        channel_roles="me,them",
        devices={"mic": "USB Mic", "monitor": "Speakers.monitor"},
        started_at=CALL_AT,
        event_id=event.id,
    )
    mark = ws.recordings.add_mark(
        recording.id,
        123_456,
        tag="threat",
        text="单位",
        wall_time=CALL_AT + dt.timedelta(seconds=2),
    )
    ws.recordings.edit_mark(mark.id, "说要找我单位", reason="more exact")
    ws.recordings.finalise(recording.id, frames=48000 * 312, sha256="a" * 64, pcm_sha256="b" * 64)
    promise = ws.ledger.add_promise(
        case.id,
        PromiseBy.COLLECTOR,
        description="先还 500 元就不上门",
        amount="500.05",
        due_date="2026-03-03",
        party_id=collector.id,
        event_id=event.id,
        mark_id=mark.id,
        made_at=CALL_AT,
    )
    payment = ws.ledger.add_payment(
        case.id, "1000.10", "2026-03-20", method="支付宝", promise_id=promise.id
    )
    attachment = ws.attachments.add(case.id, attachment_source, description="催收短信截图")
    return {
        "case": case.id,
        "party": collector.id,
        "number": number.id,
        "event": event.id,
        "recording": recording.id,
        "mark": mark.id,
        "promise": promise.id,
        "payment": payment.id,
        "attachment": attachment.id,
    }


def assert_read_back(ws: Workspace, ids: dict[str, int], attachment_bytes: bytes) -> None:
    case = ws.cases.case(ids["case"])
    assert case.title == "华信消费金融 分期贷款"
    assert case.creditor == "华信消费金融有限公司"
    assert (case.jurisdiction, case.timezone, case.region, case.currency) == (
        "cn",
        "Asia/Shanghai",
        "CN",
        "CNY",
    )
    assert case.amount == Decimal("18600.10")
    assert isinstance(case.amount, Decimal)
    assert case.due_date == dt.date(2026, 7, 15)
    assert case.created_at.tzinfo is dt.UTC

    [party] = ws.cases.parties(case.id)
    assert (party.name, party.employee_id, party.role) == ("王经理", "ZC-0317", PartyRole.COLLECTOR)

    [number] = ws.cases.numbers(case.id)
    assert (number.raw, number.e164, number.is_valid) == ("138 0013 8000", "+8613800138000", True)
    assert number.party_id == party.id

    [event] = ws.cases.events(case.id)
    assert event.started_at == CALL_AT
    assert event.started_at.tzinfo is dt.UTC
    assert event.started_at.isoformat() == "2026-03-01T23:10:05.250000+00:00"
    assert event.timezone == "Asia/Shanghai"
    assert (event.kind, event.direction, event.source) == (
        EventKind.CALL,
        Direction.INCOMING,
        EventSource.MANUAL,
    )
    assert event.phone_number_id == number.id, "the number typed differently is the same number"
    assert event.party_id == party.id, "the number's collector is filled in"
    assert event.duration_s == 312.0, "finalising the recording sets the call length"

    [recording] = ws.recordings.recordings(case.id)
    assert recording.status is RecordingStatus.COMPLETE
    assert (recording.sha256, recording.pcm_sha256) == ("a" * 64, "b" * 64)
    assert recording.frames == 48000 * 312
    assert recording.started_at == CALL_AT
    assert recording.finalised_at is not None and recording.finalised_at.tzinfo is dt.UTC
    [mark] = ws.recordings.marks(recording.id)
    assert (mark.frame, mark.tag, mark.text) == (123_456, "threat", "说要找我单位")
    assert mark.wall_time == CALL_AT + dt.timedelta(seconds=2)
    assert [(r.number, r.text) for r in mark.revisions] == [(1, "单位"), (2, "说要找我单位")]

    [promise] = ws.ledger.promises(case.id)
    assert promise.amount == Decimal("500.05")
    assert promise.currency == "CNY"
    assert (promise.by, promise.status) == (PromiseBy.COLLECTOR, PromiseStatus.OPEN)
    assert (promise.mark_id, promise.event_id) == (ids["mark"], ids["event"])
    assert promise.made_at == CALL_AT
    assert promise.made_at.tzinfo is dt.UTC

    [payment] = ws.ledger.payments(case.id)
    assert payment.amount == Decimal("1000.10")
    assert str(payment.amount) == "1000.10", "trailing zeros kept: the amount is exact"
    assert payment.paid_on == dt.date(2026, 3, 20)
    assert payment.promise_id == promise.id

    [attachment] = ws.attachments.list(case.id)
    assert attachment.original_name == "截图 1.png"
    assert attachment.media_type == "image/png"
    assert attachment.size == len(attachment_bytes)
    stored = ws.data_dir / attachment.path
    assert stored.read_bytes() == attachment_bytes
    assert not Path(attachment.path).is_absolute(), "paths are kept relative to the data dir"


@pytest.fixture
def attachment_source(tmp_path: Path) -> Path:
    source = tmp_path / "outside" / "截图 1.png"
    source.parent.mkdir()
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return source


def test_round_trip_in_memory(store: Store, tmp_path: Path, attachment_source: Path) -> None:
    ws = Workspace(tmp_path / "mem-data", store)
    (tmp_path / "mem-data").mkdir()
    ids = populate(ws, attachment_source)
    assert_read_back(ws, ids, attachment_source.read_bytes())


def test_round_trip_through_a_file(data_dir: Path, attachment_source: Path) -> None:
    with open_workspace(data_dir) as ws:
        ids = populate(ws, attachment_source)
    attachment_source.unlink()  # the case file keeps its own copy
    with open_workspace(data_dir) as ws:
        assert_read_back(ws, ids, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def test_times_keep_their_instant_whatever_zone_they_were_given_in(store: Store) -> None:
    from onrecord.store.casefile import CaseFile

    cases = CaseFile(store)
    case = cases.create_case("zones", jurisdiction="us")
    new_york = dt.datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York"))
    cases.log_event(case.id, "missed_call", new_york)
    [event] = cases.events(case.id)
    # fold=1 is the second 01:30 of the night the clocks go back (EST, UTC-5).
    assert event.started_at == new_york.astimezone(dt.UTC)
    assert event.started_at == dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC)
    assert event.timezone == "America/New_York"


def test_a_naive_datetime_is_refused_by_the_services(store: Store) -> None:
    from onrecord.store.casefile import CaseFile
    from onrecord.store.recordings import Recordings

    cases = CaseFile(store)
    case = cases.create_case("naive", jurisdiction="us")
    naive = dt.datetime(2026, 3, 2, 7, 10)
    with pytest.raises(InvalidInputError, match="time zone"):
        cases.log_event(case.id, "call", naive)
    with pytest.raises(InvalidInputError, match="time zone"):
        Recordings(store).begin(case.id, "r.wav", sample_rate=8000, channels=1, started_at=naive)
    assert cases.events(case.id) == []


def test_a_naive_datetime_is_refused_by_the_column_itself(store: Store) -> None:
    with pytest.raises((NaiveDatetimeError, StatementError), match="naive"), store.session() as s:
        s.add(
            Case(
                reference="X",
                title="x",
                jurisdiction="us",
                timezone="UTC",
                region="US",
                created_at=dt.datetime(2026, 1, 1),
            )
        )
    with store.session() as s:
        assert s.query(Case).count() == 0


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("0.1", Decimal("0.1")),
        ("1,234.50", Decimal("1234.50")),
        ("999999999999999.99", Decimal("999999999999999.99")),
        (Decimal("3482.17"), Decimal("3482.17")),
        (150, Decimal("150")),
    ],
)
def test_amounts_are_exact(store: Store, typed: object, kept: Decimal) -> None:
    from onrecord.store.ledger import Ledger

    ledger = Ledger(store)
    from onrecord.store.casefile import CaseFile

    case = CaseFile(store).create_case("money", jurisdiction="us")
    ledger.add_payment(case.id, typed, "2026-01-01")
    [payment] = ledger.payments(case.id)
    assert payment.amount == kept
    assert str(payment.amount) == str(kept)


@pytest.mark.parametrize("bad", ["12abc", "-5", "NaN", "Infinity", "1e20", "0.00001"])
def test_implausible_amounts_are_refused_with_the_field_named(store: Store, bad: str) -> None:
    from onrecord.store.casefile import CaseFile
    from onrecord.store.ledger import Ledger

    case = CaseFile(store).create_case("money", jurisdiction="us")
    with pytest.raises(InvalidInputError, match="payment amount"):
        Ledger(store).add_payment(case.id, bad, "2026-01-01")
    assert Ledger(store).payments(case.id) == []


def test_in_memory_stores_are_independent() -> None:
    from onrecord.store.casefile import CaseFile

    with open_store(None) as first, open_store(None) as second:
        CaseFile(first).create_case("only in the first", jurisdiction="us")
        assert [c.title for c in CaseFile(first).cases()] == ["only in the first"]
        assert CaseFile(second).cases() == []
