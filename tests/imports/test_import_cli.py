"""`onrecord import`: the preview, picking numbers in any spelling, and nothing written on error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import open_workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert (
        main(["--data-dir", str(folder), "cases", "new", "--title", "T", "--jurisdiction", "cn"])
        == 0
    )
    return folder


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "import", *args])


def state(data_dir: Path) -> tuple[int, int]:
    from sqlalchemy import func, select

    from onrecord.store.models import AuditEvent, ContactEvent

    with open_workspace(data_dir) as ws, ws.store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ContactEvent)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_dry_run_prints_preview_and_writes_nothing(data_dir, fixtures: Path, capsys) -> None:
    before = state(data_dir)
    assert run(data_dir, str(fixtures / "calls-20260301.xml"), "--case", "1", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "+86 138 0013 8000" in out and "withheld / unknown caller" in out
    assert "2026-03-01 07:10 UTC+08:00" in out  # first call, local time
    assert "nothing was written" in out
    assert state(data_dir) == before


def test_without_a_pick_nothing_is_written(data_dir, fixtures: Path, capsys) -> None:
    before = state(data_dir)
    assert run(data_dir, str(fixtures / "calls-20260301.xml"), "--case", "1") == 2
    assert "--numbers" in capsys.readouterr().err
    assert state(data_dir) == before


@pytest.mark.parametrize(
    ("source", "numbers", "added"),
    [
        ("calls-20260301.xml", "+86 138-0013-8000", 3),
        ("calls-20260301.xml", "13800138000,WITHHELD", 5),
        ("calls-20260301.xml", "008613800138000", 3),
        ("sms-20260301.xml", "138 0013 8000", 3),
        ("contact-log.csv", "+8613800138000", 2),
        ("BCR", "+86 139 1111 2222", 1),
    ],
)
def test_numbers_pick_in_any_format(
    data_dir, fixtures: Path, bcr_folder: Path, capsys, source: str, numbers: str, added: int
) -> None:
    path = bcr_folder if source == "BCR" else fixtures / source
    assert run(data_dir, str(path), "--case", "1", "--numbers", numbers, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["added"] == added
    assert state(data_dir)[0] == added


def test_unknown_number_refused(data_dir, fixtures: Path, capsys) -> None:
    code = run(data_dir, str(fixtures / "calls-20260301.xml"), "--case", "1", "--numbers", "110")
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("onrecord: 110 does not appear") and err.count("\n") == 1


def test_party_created_and_linked(data_dir, fixtures: Path, capsys) -> None:
    args = [str(fixtures / "calls-20260301.xml"), "--case", "1", "--numbers", "13800138000"]
    assert run(data_dir, *args, "--party", "王经理") == 0
    assert "created collector" in capsys.readouterr().out
    with open_workspace(data_dir) as ws:
        numbers = {n.e164: n for n in ws.cases.numbers(1)}
        assert numbers["+8613800138000"].party_id is not None


@pytest.mark.parametrize(
    "name", ["billion-laughs.xml", "calls-truncated.xml", "external-entity.xml"]
)
def test_bad_file_one_line_exit_2(data_dir, fixtures: Path, capsys, name: str) -> None:
    before = state(data_dir)
    assert run(data_dir, str(fixtures / name), "--case", "1", "--all-numbers") == 2
    err = capsys.readouterr().err
    assert err.startswith("onrecord: ") and err.count("\n") == 1 and "Traceback" not in err
    assert state(data_dir) == before


def test_reimport_adds_nothing(data_dir, fixtures: Path, capsys) -> None:
    args = [str(fixtures / "calls-20260301.xml"), "--case", "1", "--all-numbers"]
    assert run(data_dir, *args) == 0
    after_first = state(data_dir)
    assert run(data_dir, *args) == 0
    assert "7 were already in the case" in capsys.readouterr().out
    assert state(data_dir) == after_first


def test_labels_cli(data_dir, fixtures: Path, capsys) -> None:
    import datetime as dt

    with open_workspace(data_dir) as ws:
        rec = ws.recordings.begin(
            1, "recordings/x.wav", sample_rate=8000, channels=1,
            started_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        )  # fmt: skip
    label = str(fixtures / "labels.txt")
    assert run(data_dir, label, "--case", "1", "--recording", str(rec.id)) == 0
    out = capsys.readouterr().out
    assert "  3 labels for recording" in out and "added 3 marks" in out
    assert run(data_dir, label, "--case", "1", "--recording", str(rec.id), "--all-numbers") == 2


def test_one_label_is_counted_in_the_singular(data_dir, tmp_path: Path, capsys) -> None:
    import datetime as dt

    with open_workspace(data_dir) as ws:
        rec = ws.recordings.begin(
            1, "recordings/x.wav", sample_rate=8000, channels=1,
            started_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        )  # fmt: skip
    label = tmp_path / "one.txt"
    label.write_text("2.150000\t2.150000\tthreat: said they will come tonight\n")
    assert run(data_dir, str(label), "--case", "1", "--recording", str(rec.id)) == 0
    out = capsys.readouterr().out
    assert "  1 label for recording" in out
    assert "added 1 mark\n" in out


def test_the_preview_counts_removed_contacts_apart(data_dir, fixtures: Path, capsys) -> None:
    calls = str(fixtures / "calls-20260301.xml")
    assert run(data_dir, calls, "--case", "1", "--all-numbers") == 0
    with open_workspace(data_dir) as ws:
        first, second = ws.cases.events(1)[:2]
        ws.corrections.remove_event(first.id, "not a collector")
    capsys.readouterr()

    assert run(data_dir, calls, "--case", "1", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "  6 already in the case (will not be added again)" in out
    assert (
        "  1 contact was removed from the case after an earlier import (will not be added again)"
        in out
    )
    assert "removed" in out.split("\n\n")[1].splitlines()[0]  # the table's header

    with open_workspace(data_dir) as ws:
        ws.corrections.remove_event(second.id)
    assert run(data_dir, calls, "--case", "1", "--dry-run", "--json") == 0
    preview = json.loads(capsys.readouterr().out)
    assert (preview["already_imported"], preview["removed_before"]) == (5, 2)
    assert sum(n["removed_before"] for n in preview["numbers"]) == 2
    assert run(data_dir, calls, "--case", "1", "--dry-run") == 0
    assert "  2 contacts were removed from the case after an earlier" in capsys.readouterr().out

    before = state(data_dir)
    assert run(data_dir, calls, "--case", "1", "--all-numbers") == 0
    assert (
        "added 0 contact events; 5 were already in the case; 2 were removed from the case "
        "after an earlier import (not added again)"
    ) in capsys.readouterr().out
    assert state(data_dir) == before


def test_their_contact_with_someone_else_is_imported_as_a_third_party_contact(
    data_dir, tmp_path: Path, capsys
) -> None:
    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,direction,number,summary\n"
        "2026-03-04 12:10,call,to_others,+86 138 0013 8000,called my sister at work\n"
        "2026-03-04 12:30,call,incoming,+86 138 0013 8000,called me\n",
        encoding="utf-8",
    )
    assert run(data_dir, str(log), "--case", "1", "--all-numbers") == 0
    with open_workspace(data_dir) as ws:
        summaries = {e.id: e.summary for e in ws.cases.events(1)}
        tags = {summary: [] for summary in summaries.values()}
        for tag in ws.cases.event_tags(1):
            tags[summaries[tag.event_id]].append(tag.tag)
    # Tagged as the log dialog tags it, so the report's Tags column says what the rules count.
    assert tags == {"called my sister at work": ["third_party"], "called me": []}


def test_tags_in_a_csv_log_reach_the_case_and_its_check(data_dir, tmp_path: Path, capsys) -> None:
    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,direction,number,tags\n"
        "2026-03-02 12:10,call,incoming,13800138000,threat\n"
        "2026-03-03 11:00,call,to_others,13800138000,third_party\n",
        encoding="utf-8",
    )
    assert run(data_dir, str(log), "--case", "1", "--all-numbers") == 0
    with open_workspace(data_dir) as ws:
        given = [(t.event_id, t.tag) for t in ws.cases.event_tags(1)]
        events = [e.id for e in ws.cases.events(1)]
    assert given == [(events[0], "threat"), (events[1], "third_party")]  # once, not twice
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check", "--case", "1", "--json"]) == 0
    rules = {f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "CN-3P" in rules
