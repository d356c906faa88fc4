"""What the findings claim, read by a paralegal or a lawyer: no more than the rules say, and
what a lawyer must still decide."""

from __future__ import annotations

from onrecord.conduct.evaluator import evaluate
from onrecord.conduct.model import CaseInput, TagIn
from onrecord.conduct.rules import load_pack

NY = "America/New_York"


def _check(events, language: str = "en"):
    return evaluate(CaseInput(NY, list(events), ()), load_pack("us"), language)


def test_the_report_says_the_fdcpa_binds_debt_collectors_as_it_defines_them(ev) -> None:
    result = _check([ev(NY, "2026-03-02 10:00")])
    assert any("§1692a(6)" in note and "lawyer" in note for note in result.notes)


def test_a_threat_to_call_the_employer_is_not_called_a_third_party_contact(ev) -> None:
    """ "said they will call my employer" was filed as "Third party contacted" under
    §1692c(b), which is about contact made: the title and the note now say what the mark is."""
    threat = ev(NY, "2026-03-02 10:00", tags=(TagIn("third_party", 1, "will call my employer"),))
    (finding,) = [f for f in _check([threat]).findings if f.rule_id == "US-3P"]
    assert "or a threat to contact one" in finding.title
    assert "§1692e(5)" in finding.rule_note and "lawyer decides" in finding.rule_note


def test_seven_in_seven_is_a_presumption_and_counts_call_attempts(ev) -> None:
    calls = [ev(NY, f"2026-03-0{day} {hour}:00") for day in range(2, 6) for hour in (10, 14)]
    (finding,) = [f for f in _check(calls).findings if f.rule_id == "US-7IN7"]
    assert finding.detail.startswith("8 call attempts in 4 days")
    assert "threshold: more than 7 in 7 days" in finding.detail
    assert "presumption, not a fixed limit" in finding.rule_note
    assert "§1692d(5)" in finding.rule_note


def test_a_taiwan_finding_citing_the_insurers_rule_says_so_in_its_row(ev) -> None:
    """A bank-card case read "保險業作業委託他人處理應注意事項 §12(一)" as the bank's own rule:
    the citation now says in the row that it is the insurers' rule, and to see the note."""
    threat = ev("Asia/Taipei", "2026-03-02 10:00", tags=(TagIn("threat", 1),))
    result = evaluate(CaseInput("Asia/Taipei", [threat], ()), load_pack("tw"), "zh_TW")
    (finding,) = [f for f in result.findings if f.rule_id == "TW-ABUSE"]
    assert finding.citation.endswith("（保險業之規定；銀行業見說明）")
    assert "銀行" in finding.rule_note


def test_an_issue_over_four_calls_is_dated_from_the_first_to_the_last(ev) -> None:
    """Four calls in a day, the fourth at 23:15 making it "persistent". The report's When
    read "23:15:00 … 23:15:00" (a Hong Kong walk-through), then the 4th call alone, which a
    mainland lawyer could not match to "4 contacts that day": it spans the four, once each."""
    from onrecord.evidence.findings import ExportedFindings, findings_rows

    zone = "Asia/Hong_Kong"
    calls = [ev(zone, f"2026-11-17 {hm}") for hm in ("08:05", "12:30", "18:40", "23:15")]
    result = evaluate(CaseInput(zone, calls, ()), load_pack("hk"), "en")
    found = ExportedFindings(result, tuple(f for f in result.findings if f.rule_id == "HK-PERSIST"))
    ((_, _, _, when, _),) = findings_rows(found, "edge")
    assert when == "Nov 17, 2026 8:05:00 AM UTC+08:00 … Nov 17, 2026 11:15:00 PM UTC+08:00"


def test_a_chinese_frequency_issue_is_dated_over_every_contact_it_counts(ev) -> None:
    """CN-PRIV "联系 4 次" over 10:51–21:15 showed only 21:15 in 时间（当地）."""
    from onrecord.evidence.findings import ExportedFindings, findings_rows

    zone = "Asia/Shanghai"
    calls = [ev(zone, f"2026-11-12 {hm}") for hm in ("10:51", "11:55", "18:34", "21:15")]
    result = evaluate(CaseInput(zone, calls, ()), load_pack("cn"), "zh_CN")
    found = ExportedFindings(result, tuple(f for f in result.findings if f.rule_id == "CN-PRIV"))
    ((_, _, _, when, _),) = findings_rows(found, "edge")
    first, last = when.split(" … ")
    assert "10:51:00" in first and "21:15:00" in last, when
    # On the report's clock, which states the offset once: the day is not written twice.
    from zoneinfo import ZoneInfo

    from onrecord.localefmt import moment_text

    def clock(moment, zone, seconds=True):  # type: ignore[no-untyped-def]
        local = moment.astimezone(ZoneInfo(zone))
        return moment_text(local, ZoneInfo(zone), "zh_CN", seconds=seconds, offset=False)

    ((_, _, _, when, _),) = findings_rows(found, "edge", clock)
    assert when == "2026年11月12日 10:51:00 … 21:15:00"
    hours = ExportedFindings(result, tuple(f for f in result.findings if f.rule_id != "CN-PRIV"))
    for row in findings_rows(hours, "edge"):  # one contact: one time
        assert " … " not in row[3], row


def test_uk_and_hong_kong_rules_say_what_their_sources_are(ev) -> None:
    """A UK adviser: CONC names no hours, and a threat of court is not false in itself. A
    Hong Kong user: the Code is the banks' own, not a law, and may not bind a debt buyer."""
    london = "Europe/London"
    uk = load_pack("uk")
    (hours,) = [r for r in uk.rules if r.id == "UK-TIME"]
    assert set(hours.editable) == {"start", "end"} and "names no hours" in hours.note("en")
    threat = ev(london, "2026-10-19 12:10", tags=(TagIn("legal_threat", 1),))
    result = evaluate(CaseInput(london, [threat], ()), uk, "en")
    (legal,) = [f for f in result.findings if f.rule_id == "UK-LEGAL"]
    assert "False" not in legal.title and "false or misleading" in legal.rule_note
    hk = evaluate(CaseInput("Asia/Hong_Kong", [], ()), load_pack("hk"), "zh_TW")
    assert any("不是法律" in note for note in hk.notes)
    (rule,) = [r for r in load_pack("hk").rules if r.id == "HK-HOURS"]
    assert rule.cite("zh_TW").startswith("《銀行營運守則》")
