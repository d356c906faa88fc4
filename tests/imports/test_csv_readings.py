"""Dates and times read by guessing are said, never silent: ``8/10`` is 10 August in China and
8 October in Australia, ``8月10日`` has no year, ``晚上1点`` on 8月10日 is the next morning.
Each kind of guess is told once, with the file's own first example, in the preview, in
``onrecord import --dry-run`` and in the import's result."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.imports import execute, prepare
from onrecord.imports.csvlog import read_log
from onrecord.translator import message_in


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_day_first_where_the_case_is_australian(workspace, tmp_path: Path) -> None:
    case = workspace.cases.create_case("Harbour Loans", region="AU", timezone="Australia/Sydney")
    log = write(
        tmp_path,
        "date,time,kind\n8/10/2026,3:54 pm,missed\n9/10/2026,10:00 am,missed\n",
    )
    plan = prepare(workspace, case.id, log)
    assert plan.preview.notes == (
        "dates like 8/10/2026 were read as 8 October (day first, as written in Australia)",
    )
    result = execute(workspace, plan)
    assert result.notes == list(plan.preview.notes)


def test_month_first_where_the_case_is_chinese(tmp_path: Path) -> None:
    log = write(tmp_path, "日期,时间,类型\n08/10/2026,15:54,来电\n")
    notes = read_log(log, "Asia/Shanghai", "CN").notes
    assert notes == (
        "dates like 08/10/2026 were read as 10 August (month first, as written in Mainland China)",
    )


def test_a_region_without_a_name_is_named_by_its_code(tmp_path: Path) -> None:
    log = write(tmp_path, "date,time,kind\n8/10/2026,15:54,missed\n")
    (note,) = read_log(log, "Europe/Madrid", "ES").notes
    assert note.endswith("(day first, as written in ES)")


def test_a_date_without_a_year(tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=8))).date()
    past = today - dt.timedelta(days=40)
    log = write(
        tmp_path,
        f"时间,类型\n{past.month}月{past.day}日 9:00,未接\n{past.month}月{past.day}日 10:00,未接\n",
    )
    notes = read_log(log, "Asia/Shanghai", "CN").notes
    assert notes == (
        "dates without a year were read as the latest such day not in the future: "
        f"{past.month}月{past.day}日 → {past.isoformat()}",
    )


def test_a_night_hour_is_the_next_morning(tmp_path: Path) -> None:
    log = write(
        tmp_path,
        "日期,时间,类型\n2026年8月10日,晚上1点,来电\n2026年8月12日,半夜2:30,来电\n",
    )
    notes = read_log(log, "Asia/Shanghai", "CN").notes
    assert notes == ("晚上1点 on 2026年8月10日 was read as 1:00 on 11 August",)


def test_each_kind_is_said_once_with_the_first_example(tmp_path: Path) -> None:
    log = write(
        tmp_path,
        "时间,类型\n8/3 晚上12点,来电\n9/4 下午3点,来电\n8/8 9:00,来电\n",
    )
    notes = read_log(log, "Asia/Shanghai", "CN").notes
    assert len(notes) == 3
    assert (
        notes[0]
        == "dates like 8/3 were read as 3 August (month first, as written in Mainland China)"
    )
    assert notes[1].startswith("dates without a year were read as the latest such day")
    assert notes[1].split(": ")[1].startswith("8/3 → ")
    assert notes[2].startswith("晚上12点 on 8/3 was read as 0:00 on 4 August")


@pytest.mark.parametrize(
    "rows",
    [
        "2026-08-10,15:54\n2026-08-11,09:00\n",
        "2026/8/10,晚上8点\n2026年8月11日,下午3:54\n",
        "8/8/2026,15:54\n13/10/2026,15:54\n",  # 8/8 either way; 13 is no month
        "2026-08-10T23:30:00+08:00,\n",
    ],
)
def test_a_file_read_one_way_only_gets_no_note(tmp_path: Path, rows: str) -> None:
    log = write(tmp_path, "date,time,kind\n" + "".join(f"{r},call\n" for r in rows.splitlines()))
    assert read_log(log, "Europe/London", "GB").notes == ()


def test_the_notes_translate_with_their_dates(tmp_path: Path) -> None:
    log = write(tmp_path, "日期,时间,类型\n2026年8月10日,晚上1点,来电\n")
    (note,) = read_log(log, "Asia/Shanghai", "CN").notes
    chinese = {
        "{clock} on {day} was read as {time} on {date}": "{day}{clock}读作{date}{time}",
        "{day} {month}": "{month}{day}日",
        "August": "8月",
    }
    assert message_in(note, lambda _c, text: chinese.get(text, "")) == (
        "2026年8月10日晚上1点读作8月11日1:00"
    )


def test_dry_run_says_how_the_dates_were_read(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    main(["--data-dir", str(data), "cases", "new", "--title", "T", "--jurisdiction", "cn"])
    log = write(tmp_path, "日期,时间,类型\n08/10/2026,15:54,来电\n")
    assert main(["--data-dir", str(data), "import", str(log), "--case", "1", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dates like 08/10/2026 were read as 10 August (month first" in out
    capsys.readouterr()
    args = ["--data-dir", str(data), "import", str(log), "--case", "1", "--all-numbers"]
    assert main([*args, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["added"] == 1
    assert result["notes"][0].startswith("dates like 08/10/2026 were read as 10 August")
