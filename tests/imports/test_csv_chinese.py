"""A contact log kept in the user's own words: Chinese (or English) column names and values,
dates and times as a person types them, lengths in the unit the column names. A Simplified
Chinese user's month-long log from Excel was refused with "unknown columns"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from onrecord.imports import ImportFileError, execute, prepare
from onrecord.imports.csvlog import TEMPLATES, read_csv, template
from onrecord.store.enums import Direction, EventKind

MONTH = "催收记录-2026年8月.csv"  # as Excel on Chinese Windows saves "CSV": GB18030, CRLF
HER_COLUMNS = "日期,时间,电话号码,类型,通话时长(分钟),对方姓名,备注"


def write(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    """A log as Excel's "CSV UTF-8" saves it (with a byte-order mark), unless told."""
    path = tmp_path / "log.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def refusal(path: Path, region: str = "CN") -> str:
    with pytest.raises(ImportFileError) as caught:
        read_csv(path, "Asia/Shanghai", region)
    return str(caught.value)


def local(record, zone: str = "Asia/Shanghai") -> dt.datetime:
    from zoneinfo import ZoneInfo

    return record.started_at.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def test_her_month_of_calls_saved_by_chinese_excel_imports(
    workspace, case_id, fixtures: Path
) -> None:
    assert (fixtures / MONTH).read_bytes().startswith(HER_COLUMNS.encode("gb18030"))
    plan = prepare(workspace, case_id, fixtures / MONTH)
    assert plan.preview.records == 33 and not plan.preview.problems
    by_number = {n.key: n for n in plan.preview.numbers}
    assert by_number["+8613551234604"].names_on_phone == ("王经理",)
    assert by_number["+8675586001234"].count == 6
    assert by_number["withheld"].kinds == {"call": 1}
    assert by_number["no-number"].kinds == {"letter": 1, "visit": 1}
    result = execute(workspace, plan)
    assert result.added == 33
    events = workspace.cases.events(case_id)
    kinds = {k: sum(e.kind == k for e in events) for k in EventKind}
    assert kinds[EventKind.CALL] == 15 and kinds[EventKind.MISSED_CALL] == 10
    assert kinds[EventKind.SMS] == 4 and kinds[EventKind.VOICEMAIL] == 2
    assert kinds[EventKind.LETTER] == 1 and kinds[EventKind.VISIT] == 1
    assert sum(e.direction == Direction.OUTGOING for e in events) == 3  # 去电
    late = next(e for e in events if e.summary == "骂我是老赖，说要起诉")
    assert late.duration_s == 750  # 12.5 分钟
    assert late.started_at.replace(tzinfo=dt.UTC) == dt.datetime(2026, 8, 5, 7, 54, tzinfo=dt.UTC)
    again = execute(workspace, prepare(workspace, case_id, fixtures / MONTH))
    assert again.added == 0 and again.already_there == 33


def test_kinds_directions_and_answers_in_simplified_chinese(tmp_path: Path) -> None:
    log = write(
        tmp_path,
        f"{HER_COLUMNS}\n"
        "2026/8/10,15:54,13551234604,来电,5,王经理,说要联系我单位\n"
        "2026/8/10,16:00,13551234604,去电,1,,\n"
        "2026/8/10,16:10,13551234604,未接,,,\n"
        "2026/8/10,16:11,13551234604,拒接,,,\n"
        "2026/8/10,16:12,13551234604,信息,,,\n"
        "2026/8/10,16:13,13551234604,语音留言,0.5,,\n"
        "2026/8/10,16:14,13551234604,去电未接,,,\n",
    )
    incoming, outgoing, missed, rejected, sms, voicemail, unanswered = read_csv(
        log, "Asia/Shanghai", "CN"
    )
    assert (incoming.kind, incoming.direction) == (EventKind.CALL, Direction.INCOMING)
    assert incoming.duration_s == 300 and incoming.connected is True
    assert incoming.name_hint == "王经理" and incoming.summary == "说要联系我单位"
    assert (outgoing.kind, outgoing.direction) == (EventKind.CALL, Direction.OUTGOING)
    assert (missed.kind, missed.connected) == (EventKind.MISSED_CALL, False)
    assert (rejected.kind, rejected.connected) == (EventKind.MISSED_CALL, False)
    assert sms.kind == EventKind.SMS
    assert (voicemail.kind, voicemail.duration_s) == (EventKind.VOICEMAIL, 30)
    assert (unanswered.kind, unanswered.direction) == (EventKind.CALL, Direction.OUTGOING)
    assert unanswered.connected is False


def test_a_traditional_chinese_log_in_utf8_with_bom(workspace, tmp_path: Path) -> None:
    case = workspace.cases.create_case("銀行信用卡", jurisdiction="tw")
    log = write(
        tmp_path,
        "日期,時間,電話號碼,類型,方向,時長,對方姓名,備註,標籤\n"
        "2026年8月10日,下午3:54,0912 345 678,來電,,3分20秒,陳先生,說要找我公司,聯絡或揚言聯絡第三方\n"
        "2026年8月10日,晚上9點半,0912 345 678,電話,撥出,0:45,,我回電,\n"
        "2026年8月11日,上午9:05,0912 345 678,簡訊,,,,威脅簡訊,威脅（暴力或傷害）、辱罵、下流或褻瀆言語\n"
        "2026年8月12日,14:00,0912 345 678,語音留言,,25秒,,,\n"
        "2026年8月13日,,,存證信函,,,某某律師事務所,要求七日內還款,\n"
        "2026年8月14日,10:00,0912 345 678,來電,打給家人,2:00,,打到我媽家,\n",
    )
    call, back, sms, voicemail, letter, family = read_csv(log, "Asia/Taipei", "TW")
    assert local(call, "Asia/Taipei") == dt.datetime(2026, 8, 10, 15, 54)
    assert call.duration_s == 200 and call.tags == ("third_party",)
    assert (back.direction, back.duration_s) == (Direction.OUTGOING, 45)
    assert local(back, "Asia/Taipei") == dt.datetime(2026, 8, 10, 21, 30)
    assert sms.kind == EventKind.SMS and sms.tags == ("threat", "insult")
    assert (voicemail.kind, voicemail.duration_s) == (EventKind.VOICEMAIL, 25)
    assert letter.kind == EventKind.LETTER and local(letter, "Asia/Taipei").hour == 12
    assert family.direction == Direction.TO_OTHERS
    plan = prepare(workspace, case.id, log)
    assert plan.preview.records == 6


@pytest.mark.parametrize(
    ("date", "time", "expected"),
    [
        ("2026/8/10", "15:54", dt.datetime(2026, 8, 10, 15, 54)),
        ("2026-08-10", "15:54:30", dt.datetime(2026, 8, 10, 15, 54, 30)),
        ("2026年8月10日", "下午3:54", dt.datetime(2026, 8, 10, 15, 54)),
        ("2026年8月10日 星期一", "15点54分", dt.datetime(2026, 8, 10, 15, 54)),
        ("2026.8.10", "晚上8点半", dt.datetime(2026, 8, 10, 20, 30)),
        ("2026/8/10", "凌晨2:10", dt.datetime(2026, 8, 10, 2, 10)),
        ("2026/8/10", "中午12:30", dt.datetime(2026, 8, 10, 12, 30)),
        ("2026/8/10", "3:54 PM", dt.datetime(2026, 8, 10, 15, 54)),
        ("2026/8/10", "上午12:05", dt.datetime(2026, 8, 10, 0, 5)),
        # the night after the day written, as "昨晚1点" is after yesterday's evening: an hour
        # after 晚上12点 (midnight) is not 23 hours before it
        ("2026/8/10", "晚上12点", dt.datetime(2026, 8, 11, 0, 0)),
        ("2026/8/10", "晚上1点", dt.datetime(2026, 8, 11, 1, 0)),
        ("2026/8/10", "半夜2:30", dt.datetime(2026, 8, 11, 2, 30)),
        ("2026/8/10", "深夜0点20分", dt.datetime(2026, 8, 11, 0, 20)),
    ],
)
def test_a_date_and_a_time_as_people_write_them(
    tmp_path: Path, date: str, time: str, expected: dt.datetime
) -> None:
    log = write(tmp_path, f"日期,时间,类型\n{date},{time},来电\n")
    (record,) = read_csv(log, "Asia/Shanghai", "CN")
    assert local(record) == expected


def test_a_date_without_a_year_is_the_latest_one_not_in_the_future(tmp_path: Path) -> None:
    today = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=8))).date()
    past = today - dt.timedelta(days=3)
    future = today + dt.timedelta(days=30)
    log = write(
        tmp_path,
        f"时间,类型\n{past.month}/{past.day} 9:00,未接\n{future.month}月{future.day}日 9:00,未接\n",
    )
    recent, last_year = read_csv(log, "Asia/Shanghai", "CN")
    assert local(recent).date() == past
    assert local(last_year).date() == future.replace(year=future.year - 1)


def test_the_day_comes_first_where_people_write_it_so(tmp_path: Path) -> None:
    log = write(tmp_path, "date,time,type\n8/10/2026,3:54 pm,missed\n")
    (us,) = read_csv(log, "America/New_York", "US")
    (uk,) = read_csv(log, "Europe/London", "GB")
    assert local(us, "America/New_York") == dt.datetime(2026, 8, 10, 15, 54)
    assert local(uk, "Europe/London") == dt.datetime(2026, 10, 8, 15, 54)


@pytest.mark.parametrize(
    ("header", "value", "seconds"),
    [
        ("通话时长(分钟)", "5", 300),
        ("通话时长（分钟）", "2.5", 150),
        ("时长(秒)", "95", 95),
        ("时长(秒)", "3:20", 200),  # minutes:seconds whatever the column says
        ("时长", "3:20", 200),
        ("时长", "3分20秒", 200),
        ("时长", "0:03:20", 200),
        ("duration_s", "95", 95),
        ("duration (min)", "2", 120),
        ("Minutes", "4", 240),
        ("duration", "1 min 5 s", 65),
    ],
)
def test_a_length_in_the_unit_the_column_names(
    tmp_path: Path, header: str, value: str, seconds: int
) -> None:
    log = write(tmp_path, f"时间,类型,{header}\n2026/8/10 15:54,来电,{value}\n")
    (record,) = read_csv(log, "Asia/Shanghai", "CN")
    assert record.duration_s == seconds


def test_english_words_of_ones_own(tmp_path: Path) -> None:
    log = write(
        tmp_path,
        "Date,Time,Type,Phone Number,Caller,Duration (min),Notes,Comments,,\n"
        "2026-08-10,3:54 PM,Incoming call,212 555 0142,Mike,3,said he will call my boss,urgent,,\n"
        "2026-08-10,4:10 PM,Missed call,212 555 0142,,,,,,\n"
        "2026-08-11,9:00 AM,Text,212 555 0142,,,threat,,\n",
        "utf-8",
    )
    call, missed, text = read_csv(log, "America/New_York", "US")
    assert (call.kind, call.direction, call.duration_s) == (
        EventKind.CALL,
        Direction.INCOMING,
        180,
    )
    assert call.summary == "said he will call my boss; urgent" and call.name_hint == "Mike"
    assert missed.kind == EventKind.MISSED_CALL and text.kind == EventKind.SMS


# ------------------------------------------------------------------ refusals
def test_an_unknown_column_is_named_with_the_chinese_names_accepted(tmp_path: Path) -> None:
    text = refusal(write(tmp_path, f"{HER_COLUMNS},心情\n"))
    assert "心情" in text and "unknown column" in text
    assert "日期、时间、类型" in text and "通话时长(分钟)" in text


def test_a_traditional_file_is_answered_in_traditional(tmp_path: Path) -> None:
    text = refusal(write(tmp_path, "日期,時間,類型,心情\n"), "TW")
    assert "心情" in text and "電話號碼" in text and "备注" not in text


def test_missing_columns_are_named_in_the_files_language(tmp_path: Path) -> None:
    text = refusal(write(tmp_path, "电话号码,备注\n"))
    assert "missing column(s) 日期, 时间, 类型" in text


def test_an_unknown_kind_lists_the_kinds_in_chinese(tmp_path: Path) -> None:
    text = refusal(write(tmp_path, "日期,时间,类型\n2026/8/10,15:54,电报\n"))
    assert "line 2" in text and "类型 '电报'" in text
    assert "来电、去电、未接" in text and "missed_call" not in text


def test_a_bare_number_under_a_length_without_a_unit_is_refused(tmp_path: Path) -> None:
    text = refusal(write(tmp_path, "日期,时间,类型,时长\n2026/8/10,15:54,来电,5\n"))
    assert "时长 '5'" in text and "时长(分钟)" in text and "时长(秒)" in text


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ("日期,时间,类型,方向\n2026/8/10,15:54,来电,呼出\n", "类型 '来电' and 方向 '呼出'"),
        ("日期,时间,类型,方向\n2026/8/10,15:54,来电,往外\n", "方向 '往外' is not one of 呼入"),
        ("日期,时间,类型\n2026/8/10,,来电\n", "has no time of day"),
        ("日期,时间,类型\n2026/13/40,15:54,来电\n", "日期 + 时间 '2026/13/40 15:54'"),
        ("日期,时间,类型\n2026/8/10,下午25点,来电\n", "2026年8月10日 下午3:54"),
        ("日期,时间,类型,是否接通\n2026/8/10,15:54,来电,可能\n", "是否接通 must be yes or no"),
        ("日期,时间,类型,标签\n2026/8/10,15:54,来电,吓人\n", "unknown tag '吓人' (known: 报出姓名"),
        ("日期,时间,类型,,\n2026/8/10,15:54,来电,,多的\n", "column 5 has no name but holds"),
        ("日期,时间,类型,电话,号码\n", "columns 电话, 号码 say the same thing"),
    ],
)
def test_a_refusal_names_the_column_and_value_in_the_users_words(
    tmp_path: Path, rows: str, said: str
) -> None:
    assert said in refusal(write(tmp_path, rows))


# ------------------------------------------------------------------ templates
@pytest.mark.parametrize("language", sorted(TEMPLATES))
def test_the_importer_reads_its_own_template_and_guide_in_every_language(
    tmp_path: Path, language: str
) -> None:
    """The blank template, and it filled in with its guide's example rows."""
    _name, blank, guide = template(language)
    assert blank.startswith(b"\xef\xbb\xbf") == (language != "en")  # Excel reads it as UTF-8
    path = tmp_path / "template.csv"
    path.write_bytes(blank)
    assert read_csv(path, "Asia/Shanghai", "CN") == []
    example = re.search(r"```\n(.*?)```", guide.decode("utf-8"), re.S)
    assert example is not None
    lines = example[1].splitlines()
    assert lines[0] == blank.decode("utf-8-sig").strip()  # the guide shows the template's header
    path.write_text(example[1], encoding="utf-8")
    records = read_csv(path, "Asia/Shanghai", "CN")
    assert len(records) == len(lines) - 1 == 4
    assert any(r.tags for r in records) and any(r.kind == EventKind.LETTER for r in records)
