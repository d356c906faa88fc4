"""`onrecord demo`: three realistic cases to explore (US, mainland China, Taiwan), created once."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from onrecord.conduct.service import check_case
from onrecord.demo import CN, TW, create_demo
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace, open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.enums import Direction, EventKind, PartyRole, PromiseBy
from onrecord.store.ledger import paid_towards, promise_state
from onrecord.store.models import AuditEvent
from onrecord.store.phones import normalise, pretty

#: Simplified-only forms of characters the Taiwan demo uses in their Traditional form.
SIMPLIFIED = set("联络记录资档还银说请这电话们钱时会门单号码应该专员经产达务处书简讯语")


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
        ("DEMO-TW", "tw", "Asia/Taipei", "TWD", {"陳專員", "林主任"}),
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
    payments = demo.ledger.payments(case.id)
    assert len(payments) == 1
    # Her promise is kept by the payment, on time; a promise falls due as its words say
    # (a lawyer found "by Friday" due on a Thursday) and after the call it was made in
    (mine,) = [p for p in promises if p.by is PromiseBy.USER]
    state = promise_state(mine, dt.date.today(), paid_towards(mine, payments))
    assert state.key == "kept"
    assert all(p.due_date >= p.made_at.astimezone(ZoneInfo(zone)).date() for p in promises)
    # Their call to her relative or boss is theirs to someone else, not a call to her
    third = [e for e in events if e.direction is Direction.TO_OTHERS]
    assert len(third) == 1 and third[0].kind is EventKind.CALL


def test_the_chinese_demo_is_in_chinese(demo: Workspace) -> None:
    case = demo.cases.case("DEMO-CN")
    assert "消费金融" in case.title
    assert any("催" in e.summary for e in demo.cases.events(case.id) if e.summary)


def _taiwan_texts(ws: Workspace) -> list[str]:
    """Every text of the Taiwan case a user reads: the case, people, contacts, ledger, marks."""
    case = ws.cases.case("DEMO-TW")
    texts = [case.title, case.creditor, case.agency, case.account_ref, case.notes]
    texts += [case.contract_notes]
    texts += [p.name for p in ws.cases.parties(case.id)]
    texts += [e.summary for e in ws.cases.events(case.id) if e.summary]
    texts += [t.note for t in ws.cases.event_tags(case.id)]
    texts += [p.description for p in ws.ledger.promises(case.id)]
    texts += [p.method for p in ws.ledger.payments(case.id)]
    texts += [m.text for r in ws.recordings.recordings(case.id) for m in r.marks]
    return [t for t in texts if t]


def test_the_taiwan_demo_is_in_traditional_chinese(demo: Workspace) -> None:
    case = demo.cases.case("DEMO-TW")
    assert "銀行" in case.title and "示範" in case.notes and "虛構" in case.notes
    texts = _taiwan_texts(demo)
    assert len(texts) > 10
    mixed = [t for t in texts if SIMPLIFIED & set(t)]
    assert not mixed, f"Simplified characters in the Taiwan demo: {mixed}"
    assert any("NT$" in t for t in texts), "amounts in the text are in NT$"


def test_the_taiwan_demo_numbers_are_taiwanese(demo: Workspace) -> None:
    case = demo.cases.case("DEMO-TW")
    numbers = [n for n in demo.cases.numbers(case.id) if n.raw != "-1"]
    assert len(numbers) == 3
    assert all(n.is_valid and n.e164 and n.e164.startswith("+886") for n in numbers)
    shown = {pretty(normalise(n.raw, "tw").e164, n.raw) for n in numbers}
    assert shown == {"+886 912 345 678", "+886 2 2345 6789", "+886 2 2765 4321"}
    assert {n.raw for n in numbers} == {"0912-345-678", "02-2345-6789", "(02)2765-4321"}


def test_the_taiwan_demo_breaks_the_taiwan_rules(demo: Workspace) -> None:
    result = check_case(demo, "DEMO-TW", language="zh_TW")
    assert result.jurisdiction == "tw" and result.pack_title == "臺灣"
    rules = {f.rule_id for f in result.findings}
    assert {"TW-HOURS", "TW-3P", "TW-ABUSE"} <= rules
    hours = [f for f in result.findings if f.rule_id == "TW-HOURS"]
    assert all(not f.edge for f in hours), "clearly outside 07:00–22:00, not at the edge"
    assert any("早於上午7:00" in f.detail for f in hours) and any(
        "晚於下午10:00" in f.detail for f in hours
    )
    third = [f for f in result.findings if f.rule_id == "TW-3P"]
    assert any(f.mark_ids for f in third) and any(not f.mark_ids for f in third), (
        "a mark on the recorded call and a tag on the call to the user's employer"
    )


def test_the_taiwan_demo_exports_and_verifies(demo: Workspace, tmp_path) -> None:
    options = ExportOptions(language="zh_TW", pdf=False)
    result = export_case(demo, "DEMO-TW", tmp_path / "out", options)
    assert result.folder is not None and result.recordings == 1
    assert verify_package(result.folder).ok
    report = (result.folder / "data/report/index.html").read_text("utf-8")
    assert "晨曦銀行信用卡" in report and "透過第三人施壓" in report
    vtt = next((result.folder / "data/marks").glob("*.vtt")).read_text("utf-8")
    assert "陳專員，員工編號 WD-1024" in vtt


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed")
@pytest.mark.parametrize("demo_case", [CN, TW], ids=["cn", "tw"])
def test_the_chinese_calls_are_spoken_as_mandarin_not_as_english_spelling(demo_case) -> None:
    for _side, voice, text in demo_case.call:
        done = subprocess.run(
            ["espeak-ng", "-q", "-v", voice, "-x", text], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert "(en)" not in done.stdout, f"{text!r} is read as English letters: {done.stdout}"


def test_running_the_demo_again_adds_nothing(demo: Workspace) -> None:
    before = counts(demo)
    lines = create_demo(demo)
    assert len(lines) == 3 and all("already exists" in line for line in lines)
    assert counts(demo) == before
    assert all(before[f"DEMO-{place} events"] > 20 for place in ("US", "CN", "TW"))


def test_the_demo_leaves_an_intact_audit_chain(demo: Workspace) -> None:
    with demo.store.session() as s:
        report = verify_chain(s)
    assert report.ok and report.events == counts(demo)["audit"]


def test_the_demo_joins_an_existing_case_file_without_touching_it(tmp_path) -> None:
    with open_workspace(tmp_path / "data") as ws:
        mine = ws.cases.create_case("my real case", jurisdiction="uk")
        create_demo(ws)
        titles = [c.title for c in ws.cases.cases()]
        assert titles[0] == "my real case" and len(titles) == 4
        assert ws.cases.events(mine.id) == []


def test_the_collector_s_offer_reads_the_same_in_the_call_its_mark_and_the_ledger() -> None:
    # A lawyer found the recording and its mark saying "by Friday" and the promise "within 4
    # days", due on another day.
    from onrecord.demo import US

    offer = next(p for p in US.promises if p[0] is PromiseBy.COLLECTOR)
    spoken = US.call[max(US.call_marks)][2]
    _tag, marked = US.call_marks[max(US.call_marks)]
    assert "within 4 days" in offer[1] and offer[3] == 4
    assert "within four days" in spoken and "within 4 days" in marked
    assert "Friday" not in spoken + marked


def test_the_demo_calls_are_not_all_about_the_same_thing(demo: Workspace) -> None:
    for case in demo.cases.cases():
        if not case.reference.startswith("DEMO-"):
            continue
        calls = [e for e in demo.cases.events(case.id) if e.kind is EventKind.CALL]
        summaries = {e.summary for e in calls if e.direction is not Direction.TO_OTHERS}
        assert len(summaries) >= 4, case.reference
