"""`onrecord demo`: two realistic cases to explore, created once."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from onrecord.demo import create_demo
from onrecord.store import Workspace, open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.enums import EventKind, PartyRole, PromiseBy
from onrecord.store.models import AuditEvent


@pytest.fixture
def demo(tmp_path) -> Workspace:
    with open_workspace(tmp_path / "data") as ws:
        create_demo(ws)
        yield ws


def counts(ws: Workspace) -> dict[str, int]:
    result = {}
    for case in ws.cases.cases():
        result[f"{case.reference} events"] = len(ws.cases.events(case.id))
        result[f"{case.reference} parties"] = len(ws.cases.parties(case.id))
        result[f"{case.reference} numbers"] = len(ws.cases.numbers(case.id))
        result[f"{case.reference} promises"] = len(ws.ledger.promises(case.id))
        result[f"{case.reference} payments"] = len(ws.ledger.payments(case.id))
    with ws.store.session() as s:
        result["audit"] = s.scalar(select(func.count(AuditEvent.seq)))
    return result


@pytest.mark.parametrize(
    ("reference", "jurisdiction", "zone", "currency", "collectors"),
    [
        ("DEMO-US", "us", "America/New_York", "USD", {"Mike Dalton", "Sandra Pike"}),
        ("DEMO-CN", "cn", "Asia/Shanghai", "CNY", {"王经理", "李专员"}),
    ],
)
def test_each_demo_case_is_a_realistic_case_file(
    demo: Workspace,
    reference: str,
    jurisdiction: str,
    zone: str,
    currency: str,
    collectors: set[str],
) -> None:
    case = demo.cases.case(reference)
    assert (case.jurisdiction, case.timezone, case.currency) == (jurisdiction, zone, currency)
    assert case.amount is not None and case.amount > 0
    assert case.creditor and case.agency

    parties = demo.cases.parties(case.id)
    named = {p.name for p in parties if p.role is PartyRole.COLLECTOR}
    assert named == collectors
    numbers = demo.cases.numbers(case.id)
    by_party = {n.party_id for n in numbers if n.is_valid and n.e164}
    assert {p.id for p in parties if p.role is PartyRole.COLLECTOR} <= by_party
    assert any(n.raw == "-1" and not n.is_valid for n in numbers), "a withheld caller"

    events = demo.cases.events(case.id)
    local = [e.started_at.astimezone(ZoneInfo(zone)) for e in events]
    assert any(t.hour < 8 for t in local), "calls before 08:00 local time"
    assert any(t.hour >= 21 for t in local), "calls after 21:00 local time"
    assert max(local) - min(local) >= dt.timedelta(days=16), "about three weeks of contact"
    kinds = {e.kind for e in events}
    assert {EventKind.CALL, EventKind.MISSED_CALL, EventKind.LETTER} <= kinds
    assert all(e.started_at.tzinfo is dt.UTC and e.timezone == zone for e in events)

    promises = demo.ledger.promises(case.id)
    assert {p.by for p in promises} == {PromiseBy.COLLECTOR, PromiseBy.USER}
    assert all(p.amount is not None and p.currency == currency for p in promises)
    assert len(demo.ledger.payments(case.id)) == 1


def test_the_chinese_demo_is_in_chinese(demo: Workspace) -> None:
    case = demo.cases.case("DEMO-CN")
    assert "消费金融" in case.title
    assert any("催" in e.summary for e in demo.cases.events(case.id) if e.summary)


def test_running_the_demo_again_adds_nothing(demo: Workspace) -> None:
    before = counts(demo)
    lines = create_demo(demo)
    assert len(lines) == 2 and all("already exists" in line for line in lines)
    assert counts(demo) == before
    assert before["DEMO-US events"] > 20 and before["DEMO-CN events"] > 20


def test_the_demo_leaves_an_intact_audit_chain(demo: Workspace) -> None:
    with demo.store.session() as s:
        report = verify_chain(s)
    assert report.ok and report.events == counts(demo)["audit"]


def test_the_demo_joins_an_existing_case_file_without_touching_it(tmp_path) -> None:
    with open_workspace(tmp_path / "data") as ws:
        mine = ws.cases.create_case("my real case", jurisdiction="uk")
        create_demo(ws)
        titles = [c.title for c in ws.cases.cases()]
        assert titles[0] == "my real case" and len(titles) == 3
        assert ws.cases.events(mine.id) == []
