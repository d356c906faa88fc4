"""`onrecord check` over a real case file: marks' tags, imported calls, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from onrecord import settings as settings_mod
from onrecord.cli import main
from onrecord.conduct.casedata import case_input, collector_key
from onrecord.conduct.service import check_case
from onrecord.store import open_workspace
from onrecord.store.enums import EventKind, PartyRole

SH_0700 = dt.datetime(2026, 3, 1, 23, 0, tzinfo=dt.UTC)  # 07:00 on 2 March in Shanghai


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with open_workspace(folder) as ws:
        case = ws.cases.create_case("华信", jurisdiction="cn")
        agent = ws.cases.add_party(case.id, "王经理", organisation="中催信息")
        ws.cases.log_event(
            case.id, EventKind.MISSED_CALL, SH_0700, number="13800138000", party_id=agent.id
        )
        ws.cases.log_event(
            case.id, EventKind.CALL, SH_0700 + dt.timedelta(hours=3), direction="outgoing"
        )
        rec = ws.recordings.begin(case.id, "recordings/a.wav", sample_rate=8000, channels=1,
                                  started_at=SH_0700 + dt.timedelta(hours=5))  # fmt: skip
        ws.recordings.add_mark(rec.id, 8000, tag="threat", text="说要上门")
        gone = ws.recordings.add_mark(rec.id, 16000, tag="insult")
        ws.recordings.retract_mark(gone.id, "pressed by mistake")
        ws.recordings.finalise(rec.id, frames=80000, sha256="a" * 64, pcm_sha256="b" * 64)
    return folder


def test_case_input_reads_tags_and_collectors(data_dir: Path) -> None:
    with open_workspace(data_dir) as ws:
        data = case_input(ws, 1)
    assert data.timezone == "Asia/Shanghai" and len(data.events) == 3
    missed, outgoing, recorded = data.events
    assert missed.collector == "org:中催信息" and missed.collector_name == "中催信息"
    assert outgoing.withheld and outgoing.direction == "outgoing"
    assert [t.tag for t in recorded.tags] == ["threat"]  # the retracted mark is ignored


def test_collector_key_groups_people_of_one_agency() -> None:
    class P:
        def __init__(self, id, name, organisation="", role=PartyRole.COLLECTOR):
            self.id, self.name, self.organisation, self.role = id, name, organisation, role

    assert collector_key(P(1, "A", "Acme")) == (
        *collector_key(P(2, "B", "acme "))[:1],
        "Acme",
        "collector",
    )
    assert collector_key(P(3, "Acme", role=PartyRole.AGENCY))[0] == "org:acme"
    assert collector_key(P(4, "Bob"))[0] == "party:4"
    assert collector_key(None) == ("", "", "")


def test_check_case_service(data_dir: Path) -> None:
    """A threat on a call is not "collecting an illegal debt" until the user says the debt
    may be illegal (the walk-through listed the crime for a bank card)."""
    with open_workspace(data_dir) as ws:
        result = check_case(ws, 1)
        ws.cases.update_case(1, debt_may_be_illegal=True)
        said = check_case(ws, 1)
    assert [f.rule_id for f in result.findings] == ["CN-HOURS"]
    assert [f.rule_id for f in said.findings] == ["CN-HOURS", "CN-ILLEGAL-DEBT"]
    assert said.findings[1].mark_ids == (1,)


def _threatened_case(ws, title: str, **fields) -> int:
    """A mainland case with one call marked as a threat at 10:00 Shanghai time."""
    case = ws.cases.create_case(title, jurisdiction="cn", **fields)
    start = SH_0700 + dt.timedelta(hours=3)
    rec = ws.recordings.begin(case.id, f"recordings/{case.id}.wav", sample_rate=8000, channels=1,
                              started_at=start)  # fmt: skip
    ws.recordings.add_mark(rec.id, 8000, tag="threat", text="说要上门")
    ws.recordings.finalise(rec.id, frames=80000, sha256="c" * 64, pcm_sha256="d" * 64)
    return case.id


def test_each_case_says_for_itself_whether_its_debt_may_be_illegal(tmp_path: Path) -> None:
    """An illegal online loan and a lawful card debt, threatened alike: only the case the
    user said may be illegal is checked for the crime of collecting an illegal debt."""
    with open_workspace(tmp_path / "data") as ws:
        loan = _threatened_case(ws, "某网贷 714高炮", debt_may_be_illegal=True)
        card = _threatened_case(ws, "招商银行信用卡")
        rules = {c: [f.rule_id for f in check_case(ws, c).findings] for c in (loan, card)}
        assert rules == {loan: ["CN-ILLEGAL-DEBT"], card: []}
        # Said later for the card, unsaid for the loan: each check follows its case.
        ws.cases.update_case(card, debt_may_be_illegal=True)
        ws.cases.update_case(loan, debt_may_be_illegal=False)
        rules = {c: [f.rule_id for f in check_case(ws, c).findings] for c in (loan, card)}
        assert rules == {loan: [], card: ["CN-ILLEGAL-DEBT"]}


def test_a_saved_setting_no_longer_answers_for_every_case(tmp_path: Path) -> None:
    """The statement once lived in the settings and so applied to every case; a value left
    there is ignored (the case answers), while ``statements`` answers for one check."""
    saved = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "yes"}, "CN-HOURS": {"start": "06:30"}}
    with open_workspace(tmp_path / "data") as ws:
        loan = _threatened_case(ws, "网贷", debt_may_be_illegal=True)
        card = _threatened_case(ws, "信用卡")
        assert [f.rule_id for f in check_case(ws, card, overrides=saved).findings] == []
        assert [f.rule_id for f in check_case(ws, loan, overrides=saved).findings] == [
            "CN-ILLEGAL-DEBT"
        ]
        once = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "yes"}}
        assert [f.rule_id for f in check_case(ws, card, statements=once).findings] == [
            "CN-ILLEGAL-DEBT"
        ]
        assert not ws.cases.case(card).debt_may_be_illegal  # one check changes nothing
        unsaid = {"CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "no"}}
        assert check_case(ws, loan, statements=unsaid).findings == ()


def test_cases_update_says_the_debt_may_be_illegal(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    base = ["--data-dir", str(folder)]
    assert main([*base, "cases", "new", "--title", "网贷", "--jurisdiction", "cn",
                 "--debt-may-be-illegal", "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["debt_may_be_illegal"] is True
    assert main([*base, "cases", "new", "--title", "信用卡", "--jurisdiction", "cn"]) == 0
    capsys.readouterr()
    assert main([*base, "cases", "update", "--case", "2", "--debt-may-be-illegal", "yes"]) == 0
    assert "the debt may be illegal (you say): yes" in capsys.readouterr().out
    assert main([*base, "cases", "update", "--case", "1", "--debt-may-be-illegal", "no",
                 "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["debt_may_be_illegal"] is False
    assert main([*base, "cases", "update", "--case", "1"]) == 2
    assert "--debt-may-be-illegal" in capsys.readouterr().err
    with open_workspace(folder) as ws:
        assert [c.debt_may_be_illegal for c in ws.cases.cases()] == [False, True]
        assert [r.action for r in _audit(ws, 2)] == ["case.created", "case.updated"]


def _audit(ws, case_id: int):
    from sqlalchemy import select

    from onrecord.store.models import AuditEvent

    with ws.store.session() as s:
        query = select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)
        return list(s.scalars(query))


def test_saved_values_for_another_jurisdiction_do_not_stop_the_check(data_dir: Path) -> None:
    """Values saved while looking at the Hong Kong rules once made every check of a mainland
    case fail ("no rule HK-PERSIST in the cn rules"), and the export's findings with it."""
    saved = {"HK-PERSIST": {"max_count": 4}, "CN-HOURS": {"start": "06:30"}}
    with open_workspace(data_dir) as ws:
        result = check_case(ws, 1, overrides=saved)
    assert [f.rule_id for f in result.findings] == []  # 07:00 is inside 06:30–21:00


def test_check_cli_uses_saved_values_and_names_a_foreign_param(data_dir: Path, capsys) -> None:
    saved = {"HK-PERSIST": {"max_count": 4}, "CN-ILLEGAL-DEBT": {"debt_may_be_illegal": "yes"}}
    settings_mod.save(data_dir, settings_mod.Settings(conduct_overrides=saved))
    base = ["--data-dir", str(data_dir), "check", "--case", "1"]

    def rules_found(*extra: str) -> list[str]:
        assert main([*base, *extra, "--json"]) == 0
        return [f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]]

    assert rules_found() == ["CN-HOURS"]  # the case has not said so; the setting does not
    assert rules_found("--param", "CN-ILLEGAL-DEBT.debt_may_be_illegal=yes") == [
        "CN-HOURS",
        "CN-ILLEGAL-DEBT",
    ]  # for this run only
    assert rules_found() == ["CN-HOURS"]
    with open_workspace(data_dir) as ws:
        ws.cases.update_case(1, debt_may_be_illegal=True)
    assert rules_found() == ["CN-HOURS", "CN-ILLEGAL-DEBT"]
    assert rules_found("--param", "CN-ILLEGAL-DEBT.debt_may_be_illegal=no") == ["CN-HOURS"]
    assert rules_found("--param", "CN-HOURS.end=22:00", "--param", "CN-HOURS.start=06:30") == [
        "CN-ILLEGAL-DEBT"
    ]  # editable values and a statement's answer side by side
    assert main([*base, "--param", "HK-PERSIST.max_count=2"]) == 2
    assert "no rule HK-PERSIST in the cn rules" in capsys.readouterr().err


def test_walk_through_five_early_contacts_from_different_callers(tmp_path: Path, capsys) -> None:
    """Five contacts before 08:00 on one day: an agency, a named agent twice, two with no
    name. Counted per collector they never reached the limit; the law protects the person."""
    folder = tmp_path / "data"
    early = SH_0700 - dt.timedelta(hours=1, minutes=30)  # 05:30 in Shanghai
    with open_workspace(folder) as ws:
        case = ws.cases.create_case("招商银行信用卡", jurisdiction="cn", agency="信达")
        agency = ws.cases.add_party(case.id, "信达", role=PartyRole.AGENCY)
        agent = ws.cases.add_party(case.id, "张三")
        for minutes, party in [(0, agency), (6, None), (7, agent), (8, agent), (98, None)]:
            ws.cases.log_event(
                case.id,
                EventKind.CALL,
                early + dt.timedelta(minutes=minutes),
                party_id=party.id if party else None,
            )
        ws.cases.log_event(case.id, EventKind.CALL, early, direction="outgoing")
    assert main(["--data-dir", str(folder), "check", "--case", "1", "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    (priv,) = [f for f in findings if f["rule_id"] == "CN-PRIV"]
    assert (
        len(priv["event_ids"]) == 5
        and priv["detail"] == "5 contacts on Mar 2, 2026 (threshold: more than 3 a day)"
    )


def test_check_cli_text_and_exit_codes(data_dir: Path, capsys) -> None:
    base = ["--data-dir", str(data_dir), "check", "--case", "1"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "possible issue — not legal advice" in out
    assert "CN-HOURS [U]" in out and "2026-03-02 07:00:00 UTC+08:00" in out  # no "*": unchanged
    assert main([*base, "--fail-on-findings"]) == 1
    capsys.readouterr()
    assert main([*base, "--language", "zh_TW"]) == 0
    assert "可能存在問題——不構成法律意見" in capsys.readouterr().out


def test_check_cli_json_and_jurisdiction(data_dir: Path, capsys) -> None:
    assert (
        main(
            ["--data-dir", str(data_dir), "check", "--case", "1", "--json", "--jurisdiction", "us"]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["jurisdiction"] == "us" and result["timezone"] == "Asia/Shanghai"
    rules = {f["rule_id"]: f for f in result["findings"]}
    assert set(rules) == {"US-TIME", "US-VIOL"}
    assert rules["US-TIME"]["local_times"] == ["2026-03-02 07:00:00 UTC+08:00"]
    assert rules["US-VIOL"]["mark_ids"] == [1]
    assert all(f["disclaimer"] == "possible issue — not legal advice" for f in result["findings"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case", "99"], "no case"),
        (
            ["--case", "1", "--param", "US-TIME.end=23:00", "--jurisdiction", "us"],
            "cannot be changed",
        ),
        (["--case", "1", "--param", "nonsense"], "RULE.NAME=VALUE"),
    ],
)
def test_check_cli_bad_input(data_dir: Path, capsys, args: list[str], message: str) -> None:
    assert main(["--data-dir", str(data_dir), "check", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_check_cli_editable_param(data_dir: Path, capsys) -> None:
    base = ["--data-dir", str(data_dir), "check", "--case", "1", "--json"]
    assert main([*base, "--param", "CN-HOURS.start=06:30"]) == 0
    rules = [f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "CN-HOURS" not in rules


def test_check_cli_counts_one_contact_in_the_singular(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    with open_workspace(folder) as ws:
        case = ws.cases.create_case("one call", jurisdiction="cn")
        noon = SH_0700 + dt.timedelta(hours=5)
        ws.cases.log_event(case.id, EventKind.MISSED_CALL, noon, number="13800138000")
    assert main(["--data-dir", str(folder), "check", "--case", "1"]) == 0
    assert "No possible issues found in 1 contact." in capsys.readouterr().out


def test_check_answers_in_the_app_s_language_unless_told(data_dir: Path, capsys) -> None:
    """A Hong Kong user's app in 繁體 printed its findings in English."""
    settings_mod.save(data_dir, settings_mod.Settings(language="zh_TW"))
    base = ["--data-dir", str(data_dir), "check", "--case", "1", "--json"]
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "zh_TW"
    assert main([*base, "--language", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "en"


def test_the_text_answer_names_contacts_in_its_language(data_dir: Path, capsys) -> None:
    """A lawyer's zh_CN check printed "event 165,166": every word in the language asked."""
    base = ["--data-dir", str(data_dir), "check", "--case", "1"]
    assert main([*base, "--language", "zh_CN"]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"联系 #\d+", printed) and not re.search(r"\bevent \d", printed)
    assert main([*base, "--language", "en"]) == 0
    assert re.search(r"\bevent \d+", capsys.readouterr().out)
