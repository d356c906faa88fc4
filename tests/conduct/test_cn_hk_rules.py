"""Rules about the person disturbed (count the whole case), rules that wait for the user's
word about the debt, and citations that changed with the law (from a mainland walk-through)."""

from __future__ import annotations

import pytest

from onrecord.conduct.evaluator import evaluate
from onrecord.conduct.model import CaseInput, TagIn
from onrecord.conduct.rules import (
    STATEMENTS,
    RulePackError,
    jurisdictions_asking,
    load_pack,
    parse_pack,
)
from onrecord.conduct.service import overrides_for, pack_values
from onrecord.store.casefile import CASE_STATEMENT_FIELDS
from onrecord.store.models import Case

SH = "Asia/Shanghai"
HK = "Asia/Hong_Kong"
NY = "America/New_York"


def run(zone: str, events, code: str, language: str = "en", overrides=None):
    return evaluate(CaseInput(zone, list(events)), load_pack(code, overrides), language)


def by_rule(result, rule_id: str):
    return [f for f in result.findings if f.rule_id == rule_id]


# --------------------------------------------------------- CN-PRIV / HK-PERSIST: per case
def _early_morning(ev, zone: str = SH, kinds=("call", "call", "call", "missed_call", "sms")):
    """The walk-through: five contacts before 08:00 from an agency, a named agent, a number
    with no name and an SMS gateway — no single collector placed more than two."""
    collectors = [
        ("org:agency", "信达资产管理公司", "agency"),
        ("", "", ""),
        ("party:2", "张三", "collector"),
        ("party:2", "张三", "collector"),
        ("", "", ""),
    ]
    return [
        ev(zone, f"2026-11-29 0{5 + i}:{10 * i:02d}", kind, collector=key, collector_name=name,
           collector_role=role)
        for i, (kind, (key, name, role)) in enumerate(zip(kinds, collectors, strict=True))
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_cn_priv_counts_every_collection_contact_of_the_case(ev, language: str) -> None:
    events = _early_morning(ev)
    (finding,) = by_rule(run(SH, events, "cn", language), "CN-PRIV")
    assert finding.event_ids == tuple(e.id for e in events)
    expected = {
        "en": "5 contacts on Nov 29, 2026 (threshold: more than 3 a day)",
        "zh_CN": "2026年11月29日 联系 5 次（阈值：每天超过 3 次）",
        "zh_TW": "2026年11月29日 聯絡 5 次（門檻：每天超過 3 次）",
    }
    assert finding.detail == expected[language]
    assert finding.collector == "信达资产管理公司, 张三"  # who, not just the first caller
    assert not finding.user_set and finding.disclaimer  # the pack's limit, not one she set
    assert "unknown callers" in load_pack("cn").rule("CN-PRIV").note("en")


def test_cn_priv_leaves_out_what_is_not_a_collection_contact(ev) -> None:
    """The user's own calls, contacts of unknown direction, a relative calling the user and
    calls that never reached the phone do not disturb anyone on the collector's behalf."""
    base = _early_morning(ev)[:3]
    others = [
        ev(SH, "2026-11-29 09:00", direction="outgoing"),
        ev(SH, "2026-11-29 09:10", direction="unknown"),
        ev(SH, "2026-11-29 09:20", collector="party:9", collector_role="third_party"),
        ev(SH, "2026-11-29 09:30", reached=False),
        ev(SH, "2026-11-29 09:40", "letter"),
    ]
    assert not by_rule(run(SH, base + others, "cn"), "CN-PRIV")
    one_more = ev(SH, "2026-11-29 10:00", "chat")
    (finding,) = by_rule(run(SH, [*base, *others, one_more], "cn"), "CN-PRIV")
    assert finding.event_ids == (*(e.id for e in base), one_more.id)


def test_cn_priv_threshold_stays_editable(ev) -> None:
    events = _early_morning(ev)
    assert not by_rule(run(SH, events, "cn", overrides={"CN-PRIV": {"max_count": 5}}), "CN-PRIV")
    with pytest.raises(RulePackError, match="cannot be changed"):
        load_pack("cn", {"CN-PRIV": {"per": "collector"}})


def test_hk_persist_counts_the_banks_calls_together(ev) -> None:
    events = _early_morning(ev, HK, kinds=("call", "missed_call", "voicemail", "call", "call"))
    (finding,) = by_rule(run(HK, events, "hk"), "HK-PERSIST")
    assert len(finding.event_ids) == 5


def test_us_seven_in_seven_stays_per_collector(ev) -> None:
    days = [f"2026-03-0{d}" for d in range(2, 9)]
    a = [ev(NY, f"{day} 10:00", collector="org:a") for day in days]
    b = [ev(NY, f"{day} 11:00", collector="org:b") for day in days]
    assert not by_rule(run(NY, a + b, "us"), "US-7IN7")
    assert load_pack("us").rule("US-7IN7").params["per"] == "collector"


def test_frequency_per_must_be_collector_or_case() -> None:
    rule = {
        "id": "X", "type": "frequency", "confidence": "C", "citation": "c",
        "title": {"en": "x", "zh_CN": "x", "zh_TW": "x"},
        "params": {"max_count": 3, "days": 1, "per": "debt"},
    }  # fmt: skip
    pack = {"jurisdiction": "cn", "title": rule["title"], "rules": [rule]}
    with pytest.raises(RulePackError, match="per must be one of collector, case"):
        parse_pack(pack, "test")


# ---------------------------------------------------- CN-ILLEGAL-DEBT: only if the user says so
def _bank_card_threats(ev):
    call = ev(SH, "2026-11-29 10:00", tags=(TagIn("threat", 2), TagIn("third_party", 3)))
    sms = ev(SH, "2026-11-28 22:47", "sms", tags=(TagIn("threat"),))
    return [call, sms]


def test_bank_card_debt_with_threats_is_no_crime_of_collecting_an_illegal_debt(ev) -> None:
    result = run(SH, _bank_card_threats(ev), "cn")
    assert not by_rule(result, "CN-ILLEGAL-DEBT")
    assert by_rule(result, "CN-MSG")  # the threatening SMS is still listed
    rule = load_pack("cn").rule("CN-ILLEGAL-DEBT")
    assert not rule.applies and rule.statements == ("debt_may_be_illegal",)
    assert rule.editable == () and not rule.user_set  # until she says yes


@pytest.mark.parametrize("said", ["yes", "YES", 1, True, "是"])
def test_user_says_the_debt_may_be_illegal(ev, said) -> None:
    events = _bank_card_threats(ev)
    overrides = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": said}}
    found = by_rule(run(SH, events, "cn", overrides=overrides), "CN-ILLEGAL-DEBT")
    assert [f.event_ids for f in found] == [(events[1].id,), (events[0].id,)]
    assert found[1].mark_ids == (2,)
    assert found[0].user_set and found[0].disclaimer == "possible issue — not legal advice"
    assert "you said may be illegal" in found[0].title
    assert found[0].rule_note.startswith("Listed only because you said this debt may be illegal")


@pytest.mark.parametrize(
    ("language", "words"),
    [("zh_CN", ("您所说可能非法", "仅因您表示")), ("zh_TW", ("您所說可能非法", "僅因您表示"))],
)
def test_illegal_debt_condition_is_plain_in_chinese(ev, language: str, words) -> None:
    overrides = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "yes"}}
    found = by_rule(run(SH, _bank_card_threats(ev), "cn", language, overrides), "CN-ILLEGAL-DEBT")
    assert words[0] in found[0].title and found[0].rule_note.startswith(words[1])


@pytest.mark.parametrize("said", ["no", 0, "否"])
def test_saying_no_keeps_it_off(ev, said) -> None:
    overrides = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": said}}
    assert not by_rule(
        run(SH, _bank_card_threats(ev), "cn", overrides=overrides), "CN-ILLEGAL-DEBT"
    )


def test_only_mainland_rules_ask_whether_the_debt_may_be_illegal() -> None:
    """The case form asks where a pack asks; its help text names art. 293-1 of the mainland
    Criminal Law, so another pack asking too needs its own words there."""
    assert jurisdictions_asking("debt_may_be_illegal") == {"cn"}


def test_every_statement_is_a_field_of_the_case() -> None:
    """A rule may ask only what a case can answer (a yes/no column of the case file)."""
    assert set(STATEMENTS) == set(CASE_STATEMENT_FIELDS)
    assert {name for name in STATEMENTS if name in Case.__table__.columns} == set(STATEMENTS)
    rule = {
        "id": "X", "type": "tag", "confidence": "C", "citation": "c",
        "title": {"en": "x", "zh_CN": "x", "zh_TW": "x"},
        "params": {"tags": ["threat"], "debt_is_large": False}, "statements": ["debt_is_large"],
    }  # fmt: skip
    with pytest.raises(RulePackError, match="a case cannot answer"):
        parse_pack({"jurisdiction": "cn", "title": rule["title"], "rules": [rule]}, "test")


def test_the_case_answers_its_rules_statements_over_a_saved_setting() -> None:
    class Said:
        debt_may_be_illegal = True

    class NotSaid:
        debt_may_be_illegal = False

    saved = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "yes"}, "CN-HOURS": {"end": "22:00"}}
    assert pack_values("cn", NotSaid(), saved) == {
        "CN-ILLEGAL-DEBT": {"debt_may_be_illegal": False},
        "CN-HOURS": {"end": "22:00"},
    }
    assert pack_values("CN", Said(), None)["CN-ILLEGAL-DEBT"] == {"debt_may_be_illegal": True}
    once = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "no"}}
    assert pack_values("cn", Said(), saved, once)["CN-ILLEGAL-DEBT"] == {
        "debt_may_be_illegal": "no"
    }
    assert pack_values("us", Said(), None) == {}  # no US rule asks


def test_a_statement_takes_yes_or_no_only() -> None:
    with pytest.raises(RulePackError, match="must be yes or no"):
        load_pack("cn", {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "maybe"}})
    with pytest.raises(RulePackError, match="cannot be changed"):
        load_pack("cn", {"CN-ILLEGAL-DEBT": {"tags": ["insult"]}})


# ----------------------------------------------------------- CN-MSG: the law was renumbered
def test_cn_msg_cites_both_numbers_and_is_not_confirmed_in_the_primary_text(ev) -> None:
    rule = load_pack("cn").rule("CN-MSG")
    assert rule.confidence == "C2"
    assert "art. 50" in rule.cite("en") and "art. 42 in the 2012 text" in rule.cite("en")
    assert "check the current article" in rule.cite("en")
    assert "第五十条" in rule.cite("zh_CN") and "2012年文本第四十二条" in rule.cite("zh_CN")
    assert "第五十條" in rule.cite("zh_TW") and "請核對現行條文" in rule.cite("zh_TW")
    sms = ev(SH, "2026-03-02 10:00", "sms", tags=(TagIn("insult"),))
    for language in ("en", "zh_CN", "zh_TW"):
        (finding,) = by_rule(run(SH, [sms], "cn", language), "CN-MSG")
        assert finding.confidence == "C2" and finding.citation == rule.cite(language)
        assert "2012" in finding.rule_note


def test_a_citation_table_needs_all_three_languages() -> None:
    rule = {
        "id": "X", "type": "tag", "confidence": "C", "citation": {"en": "a", "zh_CN": "b"},
        "title": {"en": "x", "zh_CN": "x", "zh_TW": "x"}, "params": {"tags": ["threat"]},
    }  # fmt: skip
    with pytest.raises(RulePackError, match="citation needs texts"):
        parse_pack({"jurisdiction": "cn", "title": rule["title"], "rules": [rule]}, "test")


# ------------------------------------------------- saved values for another jurisdiction
def test_saved_values_for_other_packs_are_left_out_but_typos_are_not() -> None:
    saved = {"HK-PERSIST": {"max_count": 4}, "CN-HOURS": {"end": "22:00"}, "XX-1": {"a": 1}}
    assert overrides_for("cn", saved) == {"CN-HOURS": {"end": "22:00"}, "XX-1": {"a": 1}}
    with pytest.raises(RulePackError, match="no rule XX-1"):
        load_pack("cn", overrides_for("cn", saved))


# ------------------------------------------- CN-3P: what happened, in the user's own words
def test_a_third_party_finding_says_what_the_user_wrote(ev) -> None:
    long = "打给我公司前台，说我欠钱不还，要公司扣我工资。" * 4
    call = ev(SH, "2026-11-29 10:00", tags=(TagIn("third_party", 3, "打给我妈妈"),))
    work = ev(SH, "2026-11-29 11:00", tags=(TagIn("third_party", None, long + "\n第二行"),))
    bare = ev(SH, "2026-11-29 12:00", "sms", tags=(TagIn("third_party"),))
    details = [f.detail for f in by_rule(run(SH, [call, work, bare], "cn", "zh_CN"), "CN-3P")]
    assert details[0].endswith("——“打给我妈妈”")
    gist = details[1].split("——“", 1)[1]
    assert gist.endswith("…”") and len(gist) == 81 and "第二行" not in gist
    assert "——" not in details[2]  # no note: the tag names it
    tw = by_rule(run(SH, [call], "cn", "zh_TW"), "CN-3P")[0].detail
    assert tw.endswith("——「打给我妈妈」")
    en = by_rule(run(SH, [call], "cn", "en"), "CN-3P")[0].detail
    assert en.endswith(" — “打给我妈妈”")
