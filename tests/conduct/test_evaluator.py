"""Each rule at its boundaries, in the consumer's time zone, across a DST change."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import pytest

from onrecord.conduct.evaluator import evaluate
from onrecord.conduct.model import CaseInput, EventIn, NoticeIn, TagIn
from onrecord.conduct.rules import load_pack
from onrecord.conduct.texts import DISCLAIMER

NY = "America/New_York"  # DST began 2026-03-08 02:00 local
SH = "Asia/Shanghai"


def run(zone: str, events, code: str = "us", language: str = "en", notices=(), overrides=None):
    pack = load_pack(code, overrides)
    return evaluate(CaseInput(zone, list(events), tuple(notices)), pack, language)


def by_rule(result, rule_id: str):
    return [f for f in result.findings if f.rule_id == rule_id]


# ------------------------------------------------------------------ time of day
@pytest.mark.parametrize(
    ("local", "found", "edge"),
    [
        ("2026-03-02 07:59:59", True, False),
        ("2026-03-02 08:00:00", True, True),
        ("2026-03-02 08:00:59", True, True),
        ("2026-03-02 08:01:00", False, False),
        ("2026-03-02 20:59:59", False, False),
        ("2026-03-02 21:00:00", True, True),
        ("2026-03-02 21:01:00", True, False),
        ("2026-03-02 23:30:00", True, False),
    ],
)
def test_us_time_boundaries(ev, local: str, found: bool, edge: bool) -> None:
    event = ev(NY, local, "missed_call")
    findings = by_rule(run(NY, [event]), "US-TIME")
    assert bool(findings) == found
    if found:
        (finding,) = findings
        assert finding.edge == edge
        assert finding.event_ids == (event.id,)
        assert finding.local_times == (f"{local} UTC-05:00",)
        assert finding.disclaimer == "possible issue — not legal advice"
        assert finding.citation.startswith("15 U.S.C. §1692c(a)(1)")


def test_only_collector_placed_contacts_count_for_time(ev) -> None:
    mine = ev(NY, "2026-03-02 23:00", direction="outgoing")
    letter = ev(NY, "2026-03-02 23:00", "letter")
    assert not by_rule(run(NY, [mine, letter]), "US-TIME")


def test_shanghai_1300_utc_is_2100_edge() -> None:
    event = EventIn(1, "call", "incoming", dt.datetime(2026, 3, 2, 13, 0, tzinfo=dt.UTC))
    (finding,) = by_rule(run(SH, [event], "cn"), "CN-HOURS")
    assert finding.edge and finding.local_times == ("2026-03-02 21:00:00 UTC+08:00",)
    assert finding.confidence == "U" and not finding.user_set  # the pack's own values
    # The same instant is 08:00 in New York (EST): an edge at the other end of the day.
    (us,) = by_rule(run(NY, [event]), "US-TIME")
    assert us.edge and "08:00" in us.local_times[0]


def test_the_hours_are_read_on_the_clock_the_contact_was_logged_on(ev) -> None:
    """A legal-aid lawyer's walk-through: a call logged at 17:30 in London, where she was,
    was flagged "at 1:30:00 AM, before 8:00 AM" on the Shanghai case's clock."""
    london = "Europe/London"
    afternoon = replace(ev(london, "2026-02-28 17:30", "missed_call"), zone=london)
    late = replace(ev(london, "2026-02-28 23:30", "missed_call"), zone=london)  # 07:30 Shanghai
    (finding,) = by_rule(run(SH, [afternoon, late], "cn"), "CN-HOURS")
    assert finding.event_ids == (late.id,)
    assert "11:30:00 PM UTC+00:00" in finding.detail and "after 9:00 PM" in finding.detail
    # the same moments logged on the case's clock are read on it, as before
    home = [replace(afternoon, zone=SH), replace(late, zone="")]
    flagged = by_rule(run(SH, home, "cn"), "CN-HOURS")
    assert [f.event_ids for f in flagged] == [(afternoon.id,), (late.id,)]


def test_cn_hours_editable_window(ev) -> None:
    late = ev(SH, "2026-03-02 21:30")
    assert by_rule(run(SH, [late], "cn"), "CN-HOURS")
    assert not by_rule(run(SH, [late], "cn", overrides={"CN-HOURS": {"end": "22:00"}}), "CN-HOURS")


def test_taiwan_window_is_0700_2200(ev) -> None:
    events = [ev("Asia/Taipei", "2026-03-02 06:59"), ev("Asia/Taipei", "2026-03-02 07:30")]
    events.append(ev("Asia/Taipei", "2026-03-02 22:01"))
    found = by_rule(run("Asia/Taipei", events, "tw"), "TW-HOURS")
    assert [f.event_ids[0] for f in found] == [events[0].id, events[2].id]


# ----------------------------------------------------------------------- 7 in 7
def _week(ev, days: list[str], **kw) -> list[EventIn]:
    return [
        ev(
            NY,
            f"{day} 10:00",
            kw.get("kind", "missed_call"),
            **{k: v for k, v in kw.items() if k != "kind"},
        )
        for day in days
    ]


SPAN = [
    "2026-03-05",
    "2026-03-06",
    "2026-03-07",
    "2026-03-08",
    "2026-03-09",
    "2026-03-10",
    "2026-03-11",
]


def test_seven_calls_in_seven_days_across_dst_is_fine(ev) -> None:
    assert not by_rule(run(NY, _week(ev, SPAN)), "US-7IN7")


def test_eight_calls_in_seven_days_across_dst(ev) -> None:
    events = [*_week(ev, SPAN), ev(NY, "2026-03-08 18:00", "voicemail")]
    (finding,) = by_rule(run(NY, events), "US-7IN7")
    assert set(finding.event_ids) == {e.id for e in events}
    assert (
        finding.detail
        == "8 call attempts in 7 days (Mar 5, 2026 to Mar 11, 2026; threshold: more than 7 in 7 days)"
    )
    assert finding.local_times[0].endswith("UTC-05:00")  # EST
    assert finding.local_times[-1].endswith("UTC-04:00")  # EDT
    # The issue starts at the contact that crossed the limit (the eighth in time order, the
    # 3-11 call), not at the first, lawful one; the others are listed as its context.
    in_order = sorted(events, key=lambda e: e.started_at)
    assert finding.first_at == in_order[7].started_at.astimezone(dt.UTC)


def test_seven_days_are_calendar_days_not_168_hours(ev) -> None:
    """8 calls over 8 calendar days (2 Mar 09:00 EST to 9 Mar 08:00 EDT) are < 168 h apart,
    but the rule counts the consumer's calendar days, so there is no finding."""
    events = [ev(NY, "2026-03-02 09:00")]
    events += _week(
        ev, ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]
    )
    events.append(ev(NY, "2026-03-09 08:30"))
    assert events[-1].started_at - events[0].started_at < dt.timedelta(days=7)
    assert not by_rule(run(NY, events), "US-7IN7")
    events.append(ev(NY, "2026-03-09 09:00"))  # now 8 on 3–9 March
    (finding,) = by_rule(run(NY, events), "US-7IN7")
    assert events[0].id not in finding.event_ids


def test_late_evening_counts_on_the_local_day(ev) -> None:
    """23:30 EST on 4 March is 04:30 UTC on 5 March: it belongs to 4 March for the consumer."""
    events = [ev(NY, "2026-03-04 23:30", "missed_call"), *_week(ev, [*SPAN[1:], "2026-03-11"])]
    assert len(events) == 8
    assert not by_rule(run(NY, events), "US-7IN7")  # 4–11 March is 8 calendar days


def test_counts_are_per_collector_and_skip_unreached_calls(ev) -> None:
    first = _week(ev, SPAN[:4], collector="org:a")
    second = _week(ev, SPAN[:4], collector="org:b")
    assert not by_rule(run(NY, first + second), "US-7IN7")
    unreached = [*_week(ev, SPAN), ev(NY, "2026-03-06 12:00", reached=False)]
    assert not by_rule(run(NY, unreached), "US-7IN7")
    texts = [*_week(ev, SPAN), ev(NY, "2026-03-06 12:00", "sms")]
    assert not by_rule(run(NY, texts), "US-7IN7")


def test_long_harassment_is_one_finding_per_run(ev) -> None:
    days = [f"2026-04-{d:02d}" for d in range(1, 22)]
    events = [ev(NY, f"{day} {h:02d}:00") for day in days for h in (10, 14)]
    (finding,) = by_rule(run(NY, events), "US-7IN7")
    assert len(finding.event_ids) == len(events)
    assert finding.detail.startswith("14 call attempts in 7 days (Apr 1, 2026 to Apr 7, 2026; ")
    # The worst week is only part of what is listed: the text says so (a lawyer saw
    # "19 contacts within 7 days" above a list of 41).
    assert f"from Apr 1, 2026 to Apr 21, 2026: all {len(events)} call attempts" in finding.detail


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "4 contacts on Nov 12, 2026 (threshold: more than 3 a day)"),
        ("zh_CN", "2026年11月12日 联系 4 次（阈值：每天超过 3 次）"),
        ("zh_TW", "2026年11月12日 聯絡 4 次（門檻：每天超過 3 次）"),
    ],
)
def test_a_one_day_limit_names_the_day_not_a_range(ev, language: str, expected: str) -> None:
    """A walk-through read "4 contacts within 1 consecutive days (2026-11-12 to 2026-11-12)"."""
    events = [ev(SH, f"2026-11-12 {h:02d}:00") for h in (9, 11, 13, 15)]
    (finding,) = by_rule(run(SH, events, "cn", language), "CN-PRIV")
    assert finding.detail == expected


def test_a_longer_limit_gives_the_days_the_contacts_span(ev) -> None:
    """Eight calls on one day break the 7-in-7 rule: the text says on which day, and a
    run over three days says three days, not the rule's seven."""
    one_day = [ev(NY, f"2026-11-02 {h:02d}:00") for h in range(9, 17)]
    (finding,) = by_rule(run(NY, one_day), "US-7IN7")
    assert finding.detail == "8 call attempts on Nov 2, 2026 (threshold: more than 7 in 7 days)"
    three_days = [ev(NY, f"2026-11-0{d} {h:02d}:00") for d in (2, 3, 4) for h in (9, 12, 15)]
    (finding,) = by_rule(run(NY, three_days, language="zh_TW"), "US-7IN7")
    assert (
        finding.detail
        == "2026年11月2日 至 2026年11月4日 的 3 天內來電 9 次（門檻：7 天內超過 7 次）"
    )


# ------------------------------------------------------------- post-conversation
def _conversation(ev, local: str) -> EventIn:
    return ev(NY, local, "call", conversation=True, duration_s=300)


def test_call_on_day_seven_after_a_conversation(ev) -> None:
    talk = _conversation(ev, "2026-03-05 10:00")  # day 1 (EST); day 7 is 11 March (EDT)
    day7 = ev(NY, "2026-03-11 09:00", "missed_call")
    (finding,) = by_rule(run(NY, [talk, day7]), "US-POSTCONV")
    assert finding.event_ids == (talk.id, day7.id)
    assert finding.edge  # only on the window's last day
    day8 = ev(NY, "2026-03-12 09:00", "missed_call")
    assert not by_rule(run(NY, [talk, day8]), "US-POSTCONV")


def test_same_day_after_the_conversation_counts(ev) -> None:
    talk = _conversation(ev, "2026-03-05 10:00")
    during = ev(NY, "2026-03-05 10:02", "missed_call")  # before the conversation ended
    later = ev(NY, "2026-03-05 16:00", "missed_call")
    mine = ev(NY, "2026-03-06 16:00", "call", direction="outgoing")
    (finding,) = by_rule(run(NY, [talk, during, later, mine]), "US-POSTCONV")
    assert finding.event_ids == (talk.id, later.id)
    assert not finding.edge


def test_new_conversation_starts_a_new_window(ev) -> None:
    first = _conversation(ev, "2026-03-01 10:00")
    second = _conversation(ev, "2026-03-03 10:00")  # itself a call within the first window
    after = ev(NY, "2026-03-09 10:00", "missed_call")  # day 7 of the second window
    findings = by_rule(run(NY, [first, second, after]), "US-POSTCONV")
    assert [f.event_ids for f in findings] == [(first.id, second.id), (second.id, after.id)]


# --------------------------------------------------------------- tags and notices
def test_tag_rules_name_the_marks(ev) -> None:
    call = ev(NY, "2026-03-02 10:00", tags=(TagIn("threat", 41), TagIn("name_given", 40)))
    sent = ev(NY, "2026-03-02 11:00", direction="outgoing", tags=(TagIn("third_party", 42),))
    result = run(NY, [call, sent])
    (threat,) = by_rule(result, "US-VIOL")
    assert threat.mark_ids == (41,) and "Threat of violence" in threat.detail
    (third,) = by_rule(result, "US-3P")  # tags count whoever placed the call
    assert third.event_ids == (sent.id,)


def test_cn_msg_only_for_messages(ev) -> None:
    sms = ev(SH, "2026-03-02 10:00", "sms", tags=(TagIn("insult"),))
    call = ev(SH, "2026-03-02 11:00", "call", tags=(TagIn("insult", 7),))
    result = run(SH, [sms, call], "cn")
    assert [f.event_ids for f in by_rule(result, "CN-MSG")] == [(sms.id,)]
    assert len(by_rule(result, "CN-INSULT")) == 2


def test_contact_after_cease_request(ev) -> None:
    notice = NoticeIn("cease_request", ev(NY, "2026-03-10 12:00").started_at, event_id=99)
    before = ev(NY, "2026-03-10 11:00")
    after = ev(NY, "2026-03-11 10:00", "sms")
    letter = ev(NY, "2026-03-12 10:00", "letter")  # permitted notices may still come by post
    mine = ev(NY, "2026-03-12 11:00", direction="outgoing")
    (finding,) = by_rule(run(NY, [before, after, letter, mine], notices=[notice]), "US-CEASE")
    assert finding.event_ids == (after.id,)
    assert "after your request to stop contact on Mar 10, 2026" in finding.detail


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "letter on Mar 12, 2026, after"),
        ("zh_CN", "2026年3月12日 的信件"),
        ("zh_TW", "2026年3月12日 的信件"),
    ],
)
def test_a_letter_after_a_notice_is_named_by_its_day_alone(ev, language, said) -> None:
    """A letter has no time of day: "letter at Mar 12, 2026 5:18 AM" was the minute it was
    logged."""
    pack = load_pack("us")
    rule = replace(pack.rule("US-ATTY"), kinds=frozenset({"letter"}))
    pack = replace(pack, rules=tuple(rule if r.id == rule.id else r for r in pack.rules))
    notice = NoticeIn("lawyer_notice", ev(NY, "2026-03-10 12:00").started_at)
    letter = ev(NY, "2026-03-12 05:18", "letter")
    (finding,) = by_rule(evaluate(CaseInput(NY, [letter], (notice,)), pack, language), "US-ATTY")
    assert said in finding.detail
    assert "5:18" not in finding.detail


def test_lawyer_notice_per_collector_and_work_needs_tag(ev) -> None:
    at = ev(NY, "2026-03-10 12:00").started_at
    notices = [NoticeIn("lawyer_notice", at, collector="org:a"), NoticeIn("no_calls_at_work", at)]
    a = ev(NY, "2026-03-11 10:00", collector="org:a")
    b = ev(NY, "2026-03-11 10:00", collector="org:b")
    work = ev(NY, "2026-03-12 10:00", collector="org:b", tags=(TagIn("at_work", 5),))
    result = run(NY, [a, b, work], notices=notices)
    assert [f.event_ids for f in by_rule(result, "US-ATTY")] == [(a.id,)]
    (finding,) = by_rule(result, "US-WORK")
    assert finding.event_ids == (work.id,) and finding.mark_ids == (5,)


# --------------------------------------------------------------------- the result
@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_languages_and_disclaimer(ev, language: str) -> None:
    result = run(SH, [ev(SH, "2026-03-02 07:00")], "cn", language)
    (finding,) = result.findings
    assert finding.disclaimer == DISCLAIMER[language] == result.disclaimer
    assert finding.title == load_pack("cn").rule("CN-HOURS").title(language)
    # the time as the report's language writes it, beside its 12-hour times where it has them
    said = {"en": "7:00:00 AM", "zh_CN": "07:00:00", "zh_TW": "上午7:00:00"}[language]
    assert said in finding.detail
    if language != "en":
        assert "不构成法律意见" in finding.disclaimer or "不構成法律意見" in finding.disclaimer


def test_original_creditor_excluded_under_fdcpa(ev) -> None:
    bank = ev(NY, "2026-03-02 06:00", collector="org:bank", collector_role="original_creditor")
    agency = ev(NY, "2026-03-02 06:30", collector="org:agency", collector_role="agency")
    result = run(NY, [bank, agency])
    assert [f.event_ids for f in result.findings] == [(agency.id,)]
    assert result.excluded_events == (bank.id,)
    assert any("third-party debt collectors" in n for n in result.notes)
    assert any(
        "oldest possible issue found is from Mar 2, 2026; one year after it is Mar 2, 2027" in n
        for n in result.notes
    )


def test_pure_and_deterministic(ev) -> None:
    events = [ev(NY, "2026-03-02 06:00"), ev(NY, "2026-03-02 22:00")]
    case = CaseInput(NY, events)
    pack = load_pack("us")
    assert evaluate(case, pack) == evaluate(case, pack)


def test_ten_thousand_events_fast(ev) -> None:
    """The benchmark's workload (benchmarks/bench_conduct.py); loose bound for slow CI."""
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    events = [
        EventIn(i, "missed_call" if i % 3 else "call", "incoming" if i % 4 else "outgoing",
                start + dt.timedelta(minutes=53 * i), conversation=i % 10 == 0,
                collector=f"org:{i % 3}", tags=(TagIn("threat", i),) if i % 20 == 0 else ())
        for i in range(10_000)
    ]  # fmt: skip
    case, pack = CaseInput(NY, events), load_pack("us")
    began = time.perf_counter()
    result = evaluate(case, pack)
    assert time.perf_counter() - began < 1.0
    assert result.events_checked == 10_000


def test_a_contact_on_the_day_of_a_letter_s_notice_is_an_edge(ev) -> None:
    """A cease letter dated Nov 20 is stored at noon; their call at 14:00 that day was called
    a call 'after' it, though the letter cannot have reached them by then (a review). On the
    notice's own day, with a letter on either side, it is an edge: which came first is not
    known. A day later it is plain."""
    letter_notice = NoticeIn("cease_request", ev(NY, "2026-11-20 12:00").started_at, dated=True)
    same_day = ev(NY, "2026-11-20 14:00")
    next_day = ev(NY, "2026-11-21 09:00")
    found = by_rule(run(NY, [same_day, next_day], notices=[letter_notice]), "US-CEASE")
    edges = {f.event_ids[0]: f.edge for f in found}
    assert edges == {same_day.id: True, next_day.id: False}
    [edge] = [f for f in found if f.edge]
    assert "which came first is not known" in edge.detail
    # a call's notice (its time is real) and their call two hours later: plain
    call_notice = NoticeIn("cease_request", ev(NY, "2026-11-20 12:00").started_at)
    (plain,) = by_rule(run(NY, [same_day], notices=[call_notice]), "US-CEASE")
    assert not plain.edge
