"""The `onrecord` command: output, exit codes (0 ok, 1 check failed, 2 bad input)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord import __version__
from onrecord.cli import main
from onrecord.store import open_workspace


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, in its own process (ONRECORD_HOME is the test's)."""
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("onrecord: ")
    return lines[0]


def test_version_from_the_installed_command() -> None:
    script = Path(sys.executable).with_name("onrecord")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "onrecord"]
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"OnRecord {__version__}"


def test_no_cases_yet(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "cases")
    assert (code, err) == (0, "")
    assert "no cases yet" in out and "cases new" in out
    code, out, _ = cli(capsys, "cases", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_a_new_case_is_printed_with_its_id_and_listed(
    capsys: pytest.CaptureFixture[str], onrecord_home: Path
) -> None:
    code, out, err = cli(
        capsys, "cases", "new", "--title", "华信消费金融", "--jurisdiction", "cn", "--json"
    )
    assert (code, err) == (0, "")
    case = json.loads(out)
    assert isinstance(case["id"], int)
    assert case["title"] == "华信消费金融"
    assert (case["jurisdiction"], case["timezone"], case["region"], case["currency"]) == (
        "cn",
        "Asia/Shanghai",
        "CN",
        "CNY",
    )
    assert case["reference"].startswith("OR-")

    code, out, _ = cli(capsys, "cases", "--json")
    listed = json.loads(out)
    assert [(c["id"], c["title"], c["events"]) for c in listed] == [(case["id"], "华信消费金融", 0)]

    code, out, _ = cli(capsys, "cases")
    assert code == 0
    assert "华信消费金融" in out and "Asia/Shanghai" in out and case["reference"] in out

    with open_workspace(onrecord_home) as ws:
        assert ws.cases.case(case["id"]).title == "华信消费金融"


@pytest.mark.parametrize(
    ("args", "zone", "region"),
    [
        (["--jurisdiction", "us"], "America/New_York", "US"),
        (["--jurisdiction", "tw"], "Asia/Taipei", "TW"),
        (["--jurisdiction", "hk"], "Asia/Hong_Kong", "HK"),
        (["--jurisdiction", "uk"], "Europe/London", "GB"),
        (["--jurisdiction", "cn", "--timezone", "Asia/Urumqi"], "Asia/Urumqi", "CN"),
        (["--jurisdiction", "us", "--region", "ca"], "America/New_York", "CA"),
    ],
)
def test_jurisdiction_fills_in_zone_and_region(
    capsys: pytest.CaptureFixture[str], args: list[str], zone: str, region: str
) -> None:
    code, out, _ = cli(capsys, "cases", "new", "--title", "t", *args, "--json")
    assert code == 0
    case = json.loads(out)
    assert (case["timezone"], case["region"]) == (zone, region)


def test_plain_output_of_a_new_case(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "cases", "new", "--title", "Harbor Bank", "--jurisdiction", "us")
    assert code == 0
    assert out.splitlines()[0].startswith("created case 1 (OR-")
    assert "America/New_York" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cases", "new", "--title", "x", "--timezone", "Mars/Olympus_Mons"], "time zone"),
        (["cases", "new", "--title", "x", "--timezone", "../../etc/passwd"], "time zone"),
        (["cases", "new", "--title", "x", "--region", "ZZ"], "phone region"),
        (["cases", "new", "--title", "   "], "title must not be empty"),
        (["cases", "new", "--title", "x" * 201], "title is too long"),
        (["events", "--case", "42"], "no case '42'"),
        (["events", "--case", "OR-1999-0001"], "no case"),
        (["audit", "--case", "42"], "no case"),
        (["audit", "--case", "42", "--verify"], "no case"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], onrecord_home: Path, args: list[str], message: str
) -> None:
    code, out, err = cli(capsys, *args)
    assert code == 2
    assert out == ""
    assert message in one_line_error(err)
    with open_workspace(onrecord_home) as ws:
        assert ws.cases.cases() == [], "nothing was created"


def test_a_duplicate_reference_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "cases", "new", "--title", "a", "--reference", "MINE-1")[0] == 0
    code, _, err = cli(capsys, "cases", "new", "--title", "b", "--reference", "MINE-1")
    assert code == 2
    assert "already exists" in one_line_error(err)


def test_an_unknown_choice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["cases", "new", "--title", "x", "--jurisdiction", "fr"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err


def test_expected_errors_never_show_a_traceback_from_the_real_command() -> None:
    done = run("events", "--case", "nope")
    assert done.returncode == 2
    assert "no case 'nope'" in one_line_error(done.stderr)
    done = run("cases", "new", "--title", "x", "--timezone", "Nowhere/Land")
    assert done.returncode == 2
    assert "time zone" in one_line_error(done.stderr)


def test_events_of_a_case_by_id_or_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "demo")[0] == 0
    code, out, err = cli(capsys, "events", "--case", "DEMO-US")
    assert (code, err) == (0, "")
    header, *rows = out.splitlines()
    assert header.split()[:3] == ["id", "when", "(local)"]
    assert len(rows) > 20
    assert any("UTC-05:00" in r or "UTC-04:00" in r for r in rows), "in the case's zone"
    assert any("(212) 555-0142" in r or "+12125550142" in r for r in rows)

    code, out, _ = cli(capsys, "events", "--case", "DEMO-US", "--json")
    events = json.loads(out)
    assert len(events) == len(rows)
    assert {e["source"] for e in events} == {"demo"}
    assert all(e["started_at"].endswith("Z") for e in events)
    assert any(e["party"] == "Mike Dalton" for e in events)


def test_events_of_an_empty_case(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "cases", "new", "--title", "quiet", "--reference", "Q-1")
    code, out, _ = cli(capsys, "events", "--case", "Q-1")
    assert code == 0 and "no contact events yet" in out
    code, out, _ = cli(capsys, "events", "--case", "Q-1", "--json")
    assert json.loads(out) == []


def test_audit_lists_a_cases_events_and_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "cases", "new", "--title", "one", "--jurisdiction", "us")
    cli(capsys, "cases", "new", "--title", "two", "--jurisdiction", "us")
    code, out, _ = cli(capsys, "audit", "--case", "2", "--json")
    assert code == 0
    log = json.loads(out)
    assert [(e["seq"], e["action"], e["case_id"]) for e in log["events"]] == [
        (2, "case.created", 2)
    ]
    assert "verify" not in log
    code, out, _ = cli(capsys, "audit", "--case", "1", "--verify")
    assert code == 0
    assert "case.created" in out
    assert out.splitlines()[-1].startswith("audit chain intact: 2 events, head ")


def test_demo_is_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    code, first, _ = cli(capsys, "demo")
    assert code == 0
    assert [line.split(":")[0] for line in first.splitlines()] == [
        "created demo case 1 (DEMO-US)",
        "created demo case 2 (DEMO-CN)",
        "created demo case 3 (DEMO-TW)",
    ]
    _, cases_after_first, _ = cli(capsys, "cases", "--json")
    _, audit_after_first, _ = cli(capsys, "audit", "--case", "1", "--json")

    code, second, _ = cli(capsys, "demo")
    assert code == 0
    assert all("already exists" in line for line in second.splitlines())
    assert len(second.splitlines()) == 3
    _, cases_after_second, _ = cli(capsys, "cases", "--json")
    _, audit_after_second, _ = cli(capsys, "audit", "--case", "1", "--json")
    assert json.loads(cases_after_second) == json.loads(cases_after_first)
    assert json.loads(audit_after_second) == json.loads(audit_after_first)
    assert [c["events"] > 20 for c in json.loads(cases_after_second)] == [True, True, True]


def test_self_test_reports_its_checks_and_says_usable(onrecord_home: Path) -> None:
    done = run("self-test", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["usable"] is True
    checks = {c["name"]: c for c in report["checks"]}
    assert {"python packages", "Qt", "Chinese fonts", "audio (PortAudio)"} <= set(checks)
    assert {"data folder", "case file"} <= set(checks)
    assert all(c["status"] in {"ok", "warn"} for c in checks.values())
    assert checks["case file"]["status"] == "ok"
    assert str(onrecord_home) in checks["data folder"]["detail"]


def test_self_test_fails_with_exit_1_on_a_broken_case_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import selftest

    # Only the data checks matter here; the Qt and audio probes are checked above.
    monkeypatch.setattr(selftest, "check_qt_and_fonts", lambda: [])
    monkeypatch.setattr(selftest, "check_audio", lambda: [])
    data = tmp_path / "data"
    data.mkdir()
    (data / "onrecord.db").write_text("not a database")
    code, out, _ = cli(capsys, "--data-dir", str(data), "self-test")
    assert code == 1
    assert "[FAIL] case file" in out
    assert "cannot run here yet" in out


def test_cases_json_new_prints_json_whichever_side_json_is_on(capsys):
    assert main(["cases", "--json", "new", "--title", "Loan", "--jurisdiction", "tw"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["timezone"] == "Asia/Taipei" and created["region"] == "TW"


def test_a_new_case_on_a_utc_server_gets_a_real_zone(monkeypatch, capsys):
    monkeypatch.setenv("TZ", "Etc/UTC")
    assert main(["cases", "new", "--title", "Loan", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["timezone"] != "Etc/UTC" and created["jurisdiction"] == "us"


def test_data_dir_may_come_after_the_command(tmp_path: Path, capsys) -> None:
    """The README says every command takes --data-dir; users put it after the command."""
    there = tmp_path / "elsewhere"
    assert main(["cases", "new", "--title", "Harbor Bank", "--data-dir", str(there)]) == 0
    capsys.readouterr()
    assert main(["cases", "--json", "--data-dir", str(there)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["title"] for c in listed] == ["Harbor Bank"]
    assert (there / "onrecord.db").is_file()


def test_recordings_count_their_marks_in_english(
    capsys: pytest.CaptureFixture[str], onrecord_home: Path
) -> None:
    import datetime as dt

    with open_workspace(onrecord_home) as ws:
        case = ws.cases.create_case("calls", reference="R-1", jurisdiction="us")
        for n in (1, 2):
            rec = ws.recordings.begin(
                case.id, f"recordings/{n}.wav", sample_rate=8000, channels=1,
                started_at=dt.datetime(2026, 3, n, tzinfo=dt.UTC),
            )  # fmt: skip
            for second in range(n):
                ws.recordings.add_mark(rec.id, 8000 * (second + 1), tag="threat")
    code, out, _ = cli(capsys, "recordings", "--case", "R-1")
    assert code == 0
    listed = [line for line in out.splitlines() if ".wav" in line]
    assert [line.split(" s  ")[1].split()[:2] for line in listed] == [["1", "mark"], ["2", "marks"]]


def test_an_audit_chain_of_one_event_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "cases", "new", "--title", "one", "--jurisdiction", "us")
    code, out, _ = cli(capsys, "audit", "--case", "1", "--verify")
    assert code == 0
    assert out.splitlines()[-1].startswith("audit chain intact: 1 event, head ")


def test_cases_list_lists_the_cases_as_cases_alone_does(capsys: pytest.CaptureFixture[str]) -> None:
    """`cases --help` says it lists cases; a UK adviser typed `cases list` and was refused."""
    assert cli(capsys, "cases", "new", "--title", "Card", "--jurisdiction", "uk")[0] == 0
    alone = cli(capsys, "cases", "--json")
    listed = cli(capsys, "cases", "list", "--json")
    assert listed == alone and listed[0] == 0
    assert json.loads(listed[1])[0]["title"] == "Card"
