"""Audacity labels onto a recording; a CSV contact log with its documented columns."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

from onrecord.imports import ImportFileError, execute, prepare, resolve_numbers
from onrecord.imports.audacity import read_labels
from onrecord.imports.csvlog import COLUMNS, read_csv
from onrecord.store.enums import Direction, EventKind

T0 = dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def recording_id(workspace, case_id) -> int:
    recording = workspace.recordings.begin(
        case_id, "recordings/call-1.wav", sample_rate=8000, channels=1, started_at=T0
    )
    workspace.recordings.finalise(
        recording.id, frames=8000 * 20, sha256="a" * 64, pcm_sha256="b" * 64
    )
    return recording.id


def test_labels_parse(fixtures: Path) -> None:
    labels = read_labels(fixtures / "labels.txt")
    assert [(lb.start_s, lb.tag) for lb in labels] == [
        (2.15, "name_given"),
        (5.5, "threat"),
        (9.0, None),
    ]
    assert labels[1].text == "said they will come to my home tonight"
    assert labels[2].end_s == 12.25


def test_labels_become_marks_added_later(workspace, case_id, recording_id, fixtures: Path) -> None:
    plan = prepare(workspace, case_id, fixtures / "labels.txt", recording_id=recording_id)
    assert plan.format == "audacity" and plan.preview.labels == 3
    result = execute(workspace, plan)
    assert result.added == 3
    marks = workspace.recordings.marks(recording_id)
    assert [m.frame for m in marks] == [17200, 44000, 72000]
    assert all(m.added_later for m in marks)
    assert marks[1].tag == "threat"
    assert marks[1].wall_time == T0 + dt.timedelta(seconds=5.5)
    assert "region to 12.250 s" in marks[2].text
    again = execute(
        workspace, prepare(workspace, case_id, fixtures / "labels.txt", recording_id=recording_id)
    )
    assert again.added == 0 and again.already_there == 3


def test_labels_need_a_recording_of_this_case(workspace, case_id, fixtures: Path) -> None:
    with pytest.raises(ImportFileError, match="--recording"):
        prepare(workspace, case_id, fixtures / "labels.txt")
    with pytest.raises(ImportFileError, match="no recording 99"):
        prepare(workspace, case_id, fixtures / "labels.txt", recording_id=99)


def test_bad_label_line_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("1.0\t1.0\tok\nabc\t2.0\tbad start\n")
    with pytest.raises(ImportFileError, match="line 2: the start time 'abc'"):
        read_labels(bad)


def test_csv_template_is_the_documented_columns() -> None:
    template = resources.files("onrecord").joinpath("resources", "imports", "contact-events.csv")
    header = template.read_text(encoding="utf-8").splitlines()[0]
    assert tuple(header.split(",")) == COLUMNS


def test_csv_rows(fixtures: Path) -> None:
    records = read_csv(fixtures / "contact-log.csv", "Asia/Shanghai", "CN")
    missed, call, sms, letter = records
    assert missed.kind == EventKind.MISSED_CALL and missed.connected is False
    assert missed.started_at == dt.datetime(2026, 3, 1, 23, 55, tzinfo=dt.UTC)
    assert call.conversation and call.duration_s == 120 and '"today"' in call.summary
    assert sms.withheld
    assert letter.direction == Direction.OUTGOING and letter.timezone == "America/New_York"
    assert letter.started_at == dt.datetime(2026, 3, 3, 13, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("start,kind,colour\n", "unknown column"),
        ("start,number\n", "missing column"),
        ("start,kind\n2026-03-02 07:00,call\nnot a date,call\n", "line 3: start"),
        ("start,kind\n2026-03-02 07:00,phonecall\n", "line 2: kind 'phonecall'"),
        ("start,kind,connected\n2026-03-02 07:00,call,maybe\n", "connected must be yes or no"),
        ("start,kind\n2026-03-02 07:00,call,extra\n", "more cells than columns"),
        ("start,kind,tags\n2026-03-02 07:00,call,threat thret\n", "line 2: unknown tag 'thret'"),
    ],
)
def test_csv_errors_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "log.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        read_csv(path, "Asia/Shanghai", "CN")


def test_csv_import_and_reimport(workspace, case_id, fixtures: Path) -> None:
    plan = prepare(workspace, case_id, fixtures / "contact-log.csv")
    keys = resolve_numbers(plan, ["+86 13800138000"])
    result = execute(workspace, plan, numbers=keys)
    assert result.added == 2 and result.not_picked == 2
    again = execute(workspace, prepare(workspace, case_id, fixtures / "contact-log.csv"))
    assert again.added == 2 and again.already_there == 2


def test_a_csv_log_can_tag_its_contacts(tmp_path: Path) -> None:
    """A UK adviser working from the command line could not tag an imported call at all."""
    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,direction,tags\n"
        '2026-10-19 12:10,call,incoming,"legal_threat, threat"\n'
        "2026-10-21 11:00,call,to_others,third_party at_work\n"
        "2026-10-22 09:00,missed_call,,\n",
        encoding="utf-8",
    )
    threat, employer, plain = read_csv(log, "Europe/London", "GB")
    assert threat.tags == ("legal_threat", "threat")
    assert employer.tags == ("third_party", "at_work")
    assert plain.tags == ()


def test_a_letter_or_visit_without_a_number_is_not_from_a_hidden_number(
    workspace, case_id, tmp_path: Path
) -> None:
    """A legal-aid lawyer read "hidden number or unknown caller" for a CSV log's letters and
    visits: a missing number was taken as withheld, whatever the kind of contact."""
    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,direction,number,summary\n"
        "2026-03-05 10:00,letter,incoming,,demand letter\n"
        "2026-03-06 11:00,visit,incoming,-1,came to my door\n"
        "2026-03-06 12:00,call,incoming,,hidden call\n",
        encoding="utf-8",
    )
    plan = prepare(workspace, case_id, log)
    groups = {n.key: n for n in plan.preview.numbers}
    assert groups["no-number"].numberless and groups["no-number"].kinds == {
        "letter": 1,
        "visit": 1,
    }
    assert groups["withheld"].withheld and groups["withheld"].kinds == {"call": 1}
    assert resolve_numbers(plan, ["none"]) == {"no-number"}
    execute(workspace, plan)
    by_kind = {e.kind: e for e in workspace.cases.events(case_id)}
    assert by_kind[EventKind.LETTER].phone_number_id is None
    assert by_kind[EventKind.VISIT].phone_number_id is None
    assert by_kind[EventKind.CALL].phone_number_id is not None  # the withheld pseudo-number
    assert [n.raw for n in workspace.cases.numbers(case_id)] == ["withheld"]
    again = execute(workspace, prepare(workspace, case_id, log))
    assert again.added == 0 and again.already_there == 3


@pytest.mark.parametrize(
    ("region", "encoding", "said"),
    [("CN", "gbk", "说要联系我单位"), ("TW", "big5", "說要聯繫我單位")],
)
def test_a_csv_saved_by_chinese_excel_is_read(
    tmp_path: Path, region: str, encoding: str, said: str
) -> None:
    """Chinese Windows Excel saves plain "CSV" as GBK (Big5 in Taiwan), not UTF-8."""
    log = tmp_path / "log.csv"
    log.write_bytes(
        f"start,kind,number,summary\n2026-07-05 21:40,call,13551234604,{said}\n".encode(encoding)
    )
    (record,) = read_csv(log, "Asia/Shanghai", region)
    assert record.summary == said


def test_a_csv_in_another_encoding_is_still_refused(tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_bytes("start,kind,summary\n2026-07-05 21:40,call,café ok\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_csv(log, "Europe/London", "GB")
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_csv(log, "Asia/Shanghai", "CN")
