"""`onrecord check` over a real case file: marks' tags, imported calls, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

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
    with open_workspace(data_dir) as ws:
        result = check_case(ws, 1)
    ids = [f.rule_id for f in result.findings]
    assert ids == ["CN-HOURS", "CN-ILLEGAL-DEBT"]
    assert result.findings[1].mark_ids == (1,)


def test_check_cli_text_and_exit_codes(data_dir: Path, capsys) -> None:
    base = ["--data-dir", str(data_dir), "check", "--case", "1"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "possible issue — not legal advice" in out
    assert "CN-HOURS [U *]" in out and "2026-03-02 07:00:00 UTC+08:00" in out
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
