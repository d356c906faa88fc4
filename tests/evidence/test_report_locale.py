"""The report writes dates, times and amounts as its language does; the data files stay ISO."""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from evidence_helpers import make_export

from onrecord import localefmt

#: 12:10:05 UTC on 2 March 2026: 07:10 in New York (UTC-5), 20:10 in Shanghai/Taipei (UTC+8).
MOMENT = dt.datetime(2026, 3, 2, 12, 10, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("language", "new_york", "shanghai_long_seconds"),
    [
        ("en", "Mar 2, 2026 7:10 AM UTC-05:00", "March 2, 2026 8:10:05 PM UTC+08:00"),
        ("zh_CN", "2026年3月2日 07:10 UTC-05:00", "2026年3月2日 20:10:05 UTC+08:00"),
        ("zh_TW", "2026年3月2日 上午7:10 UTC-05:00", "2026年3月2日 下午8:10:05 UTC+08:00"),
    ],
)
def test_a_moment_in_each_report_language(language, new_york, shanghai_long_seconds):
    assert localefmt.moment_text(MOMENT, "America/New_York", language) == new_york
    assert (
        localefmt.moment_text(MOMENT, "Asia/Shanghai", language, seconds=True, long=True)
        == shanghai_long_seconds
    )


@pytest.mark.parametrize(
    ("hour", "en", "zh_tw"),
    [(0, "12:05 AM", "上午12:05"), (11, "11:05 AM", "上午11:05"), (12, "12:05 PM", "下午12:05")],
)
def test_twelve_hour_clocks_at_midnight_and_noon(hour, en, zh_tw):
    moment = dt.time(hour, 5)
    assert localefmt.time_text(moment, "en") == en
    assert localefmt.time_text(moment, "zh_TW") == zh_tw
    assert localefmt.time_text(moment, "zh_CN") == f"{hour:02d}:05"


def test_amounts_keep_every_digit_and_name_the_currency_as_each_language_does():
    for language in localefmt.LANGUAGES:
        assert localefmt.money_text(None, "USD", language) == ""
        assert localefmt.money_text("1500", "JPY", language).count("1,500") == 1
        assert localefmt.money_text("12.5", "XYZ", language) == "XYZ 12.50"  # no name: the code
    # English: the ISO code, as "$" could be US, Taiwan or Hong Kong dollars
    assert localefmt.money_text("3482.17", "USD", "en") == "USD 3,482.17"
    assert localefmt.money_text(Decimal("18600"), "cny", "en") == "CNY 18,600.00"
    assert localefmt.money_text("123456789012345.6789", "", "en") == "123,456,789,012,345.6789"
    # Chinese: as contracts and court papers write amounts
    assert localefmt.money_text(Decimal("18600"), "cny", "zh_CN") == "人民币 18,600.00 元"
    assert localefmt.money_text("18600", "CNY", "zh_TW") == "人民幣 18,600.00 元"
    assert localefmt.money_text("3482.17", "USD", "zh_CN") == "3,482.17 美元"
    assert localefmt.money_text("5000", "HKD", "zh_CN") == "5,000.00 港元"
    assert localefmt.money_text("5000", "HKD", "zh_TW") == "港幣 5,000.00 元"
    # Taiwan writes whole dollars (ISO 4217 gives TWD two places); a stored fraction stays
    assert localefmt.money_text("18600", "TWD", "zh_TW") == "新臺幣 18,600 元"
    assert localefmt.money_text("18600", "TWD", "en") == "TWD 18,600"
    assert localefmt.money_text("86540.00", "TWD", "zh_TW") == "新臺幣 86,540 元"  # as stored
    assert localefmt.money_text("3482.170", "USD", "en") == "USD 3,482.17"  # zeros say nothing
    assert localefmt.money_text("0.0001", "TWD", "zh_CN") == "新台币 0.0001 元"


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match=r"'fr'.*en, zh_CN, zh_TW"):
        localefmt.date_text(dt.date(2026, 3, 2), "fr")


def report_html(folder: Path) -> str:
    return (folder / "data/report/index.html").read_text("utf-8")


def cells(html: str, section: str) -> list[list[str]]:
    body = re.search(rf'<section id="{section}">.*?</section>', html, re.S)
    assert body, section
    return [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]  # text only
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body[0])
    ][1:]


def test_the_chinese_report_writes_chinese_dates_and_the_csv_stays_iso(zh_package) -> None:
    html = report_html(zh_package.folder)
    timeline = cells(html, "timeline")
    # every time is Beijing time: said once, not in every row
    assert "本报告中的时间均为北京时间（Asia/Shanghai），即 UTC+08:00" in html
    assert timeline[0][1] == "2026年3月2日 07:10"
    assert all(re.fullmatch(r"2026年3月\d+日 \d\d:\d\d", row[1]) for row in timeline)
    assert "UTC+08:00" not in html.replace("即 UTC+08:00", "")
    assert "人民币 18,600.00 元" in html
    assert not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", html)  # no ISO-looking times left
    with (zh_package.folder / "data/case/timeline.csv").open(encoding="utf-8-sig") as f:
        first = next(csv.DictReader(f))
    assert (first["local_date"], first["local_time"]) == ("2026-03-02", "07:10:00")


def test_the_english_report_spells_the_month_and_keeps_iso_for_custody(en_package) -> None:
    html = report_html(en_package.folder)
    assert cells(html, "timeline")[0][1] == "Mar 2, 2026 7:10 AM UTC-05:00"
    assert "USD 3,482.17" in html
    assert "Generated: April 1, 2026 5:30 AM UTC-04:00" in html
    assert "<td>April 1, 2026 5:30:00 AM UTC-04:00 (2026-04-01T09:30:00Z)</td>" in html
    items = [row for row in cells(html, "custody") if len(row) == 5]  # file, source, added…
    shape = r"\w{3} \d+, \d{4} \d+:\d\d:\d\d [AP]M UTC-0[45]:00 \(\S+Z\)"
    assert len(items) == 4  # two recordings, two attachments
    for added in (row[2] for row in items):
        assert re.fullmatch(shape, added), added


def test_the_traditional_chinese_report_uses_taiwan_times(tmp_path, signing_key_dir) -> None:
    exported = make_export(tmp_path, signing_key_dir, chinese=True, language="zh_TW")
    html = report_html(exported.folder)
    timeline = cells(html, "timeline")
    assert [row[1] for row in timeline[:2]] == ["2026年3月2日 上午7:10", "2026年3月2日 上午9:30"]
    assert "2026年3月4日 下午9:40" in [row[1] for row in timeline]
    assert "本報告中的時間均為北京時間（Asia/Shanghai），即 UTC+08:00" in html


def test_a_time_on_another_offset_keeps_it_where_the_rest_state_theirs_once(
    workspace, tmp_path
) -> None:
    """One call logged on New York's clock in a Shanghai case: that row names its offset,
    the others leave it to the summary, which says so."""
    from onrecord.evidence.export import ExportOptions, export_case
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("华信", jurisdiction="cn", timezone="Asia/Shanghai")
    workspace.cases.log_event(case.id, EventKind.CALL, dt.datetime(2026, 3, 2, 1, tzinfo=dt.UTC))
    workspace.cases.log_event(
        case.id,
        EventKind.CALL,
        dt.datetime(2026, 3, 3, 14, tzinfo=dt.UTC),
        timezone="America/New_York",
    )
    options = ExportOptions(language="zh_CN", pdf=False)
    html = report_html(export_case(workspace, case.id, tmp_path / "out", options).folder)
    times = [row[1] for row in cells(html, "timeline")]
    assert times == ["2026年3月2日 09:00", "2026年3月3日 09:00 UTC-05:00"]
    assert "个别时间后另注时差的，以所注为准" in html


def test_times_across_a_change_of_offset_each_keep_their_own(workspace, tmp_path) -> None:
    from onrecord.evidence.export import ExportOptions, export_case
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("Card", jurisdiction="us", timezone="America/New_York")
    for day in (
        dt.datetime(2026, 3, 2, 15, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 9, 15, tzinfo=dt.UTC),
    ):
        workspace.cases.log_event(case.id, EventKind.CALL, day)
    html = report_html(
        export_case(workspace, case.id, tmp_path / "out", ExportOptions(pdf=False)).folder
    )
    times = [row[1] for row in cells(html, "timeline")]
    assert times == ["Mar 2, 2026 10:00 AM UTC-05:00", "Mar 9, 2026 11:00 AM UTC-04:00"]
    assert "On the clock of Eastern Time (US) (America/New_York)" in html


def test_a_rules_note_is_said_once_naming_its_rules(workspace, tmp_path) -> None:
    from onrecord.evidence.export import ExportOptions, export_case
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("晨曦銀行信用卡", jurisdiction="tw")
    for hour, tag in ((2, "third_party"), (3, "threat")):
        event = workspace.cases.log_event(
            case.id, EventKind.CALL, dt.datetime(2026, 3, 2, hour, tzinfo=dt.UTC)
        )
        workspace.cases.tag_event(event.id, tag)
    options = ExportOptions(language="zh_TW", pdf=False)
    result = export_case(workspace, case.id, tmp_path / "out", options)
    html = report_html(result.folder)
    assert html.count("此處引用的是保險業委外催收的規定") == 1
    assert "TW-3P · TW-ABUSE：此處引用的是保險業委外催收的規定" in html


def test_a_package_of_part_of_the_case_says_which_contacts_it_does_not_hold(
    workspace, tmp_path
) -> None:
    """7 calls in 7 days needs the week before a one-day package: the finding stays, and
    the contacts it names that the package does not hold are said apart (a paralegal looked
    for #1 … #54 in a week's package)."""
    from onrecord.evidence.export import ExportOptions, export_case
    from onrecord.store.enums import EventKind

    case = workspace.cases.create_case("Card", jurisdiction="us", timezone="America/New_York")
    ids = [
        workspace.cases.log_event(
            case.id, EventKind.MISSED_CALL, dt.datetime(2026, 3, day, hour, tzinfo=dt.UTC)
        ).id
        for day in range(4, 11)
        for hour in (15, 19)
    ]
    options = ExportOptions(pdf=False, date_to=dt.date(2026, 3, 10), date_from=dt.date(2026, 3, 10))
    html = report_html(export_case(workspace, case.id, tmp_path / "out", options).folder)
    (row,) = [r for r in cells(html, "findings") if "US-7IN7" in r[0]]
    assert f"[#{ids[-2]}, #{ids[-1]}; not in this package: #{ids[0]}, #{ids[1]}," in row[-1]
    assert "the rules were checked against all of it" in html


def test_onrecords_own_tags_are_named_in_the_report() -> None:
    """A note kept through a crash is tagged as an unconfirmed draft: the report names it
    in words, not as the id "unconfirmed_draft"."""
    from onrecord.conduct.tags import UNCONFIRMED_DRAFT
    from onrecord.evidence.catalogue import Strings

    assert Strings("en").tag(UNCONFIRMED_DRAFT).startswith("Unconfirmed draft note")
    assert Strings("zh_TW").tag(UNCONFIRMED_DRAFT) == "未確認的備註草稿（中斷後保留）"


def test_a_recording_without_a_frame_does_not_stop_the_export(workspace, tmp_path) -> None:
    """A microphone that gave no sound left a 0:00 recording (no length at all), and the
    whole case could no longer be exported: 'int() argument … not NoneType' (a walk-through)."""
    import soundfile as sf

    from onrecord.digests import file_digests
    from onrecord.evidence.export import ExportOptions, export_case

    case = workspace.cases.create_case("Card", jurisdiction="us")
    rel = "recordings/empty/call.wav"
    wav = workspace.data_dir / rel
    wav.parent.mkdir(parents=True)
    sf.SoundFile(str(wav), "w", 16000, 1, "PCM_16", format="WAV").close()
    recording = workspace.recordings.begin(
        case.id,
        rel,
        sample_rate=16000,
        channels=1,
        started_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC),
    )
    digests = file_digests(wav)
    workspace.recordings.finalise(
        recording.id, frames=0, sha256=digests.sha256, sha512=digests.sha512,
        blake3=digests.blake3, pcm_sha256="0" * 64,
    )  # fmt: skip
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None and result.recordings == 1


def test_a_call_with_no_sound_is_not_counted_as_a_recorded_call(workspace, tmp_path) -> None:
    """A suspended microphone left a 0:00 recording; its call was withdrawn. The summary's
    "Recorded calls" counted it all the same (a walk-through: 录音通话 2 with one real
    recording). It counts calls that hold sound, and the empty one's section says withdrawn."""
    import soundfile as sf

    from onrecord.digests import file_digests
    from onrecord.evidence.export import ExportOptions, export_case

    case = workspace.cases.create_case("Card", jurisdiction="us")
    ids = []
    for name, frames in (("heard", 16000), ("silent", 0)):
        rel = f"recordings/{name}/call.wav"
        wav = workspace.data_dir / rel
        wav.parent.mkdir(parents=True)
        with sf.SoundFile(str(wav), "w", 16000, 1, "PCM_16", format="WAV") as out:
            out.write(np.zeros(frames, dtype="int16"))
        recording = workspace.recordings.begin(
            case.id, rel, sample_rate=16000, channels=1,
            started_at=dt.datetime(2026, 3, 2 + len(ids), 15, tzinfo=dt.UTC),
        )  # fmt: skip
        digests = file_digests(wav)
        workspace.recordings.finalise(
            recording.id, frames=frames, sha256=digests.sha256, sha512=digests.sha512,
            blake3=digests.blake3, pcm_sha256="0" * 64,
        )  # fmt: skip
        ids.append(recording.event_id)
    workspace.corrections.withdraw_event(ids[1], "the microphone gave no sound")

    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None and result.recordings == 2  # both files kept
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    summary = html.split('id="calls"')[0]
    assert re.search(r"Recorded calls</t[hd]>\s*<td[^>]*>1</td>", summary), summary
    calls = html.split('id="calls"')[1]
    assert calls.count("withdrawn") == 1
