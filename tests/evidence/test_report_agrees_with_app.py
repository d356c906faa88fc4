"""The report says what the app says, in words a lawyer cannot misread (walk-through findings).

Promise states as the ledger shows them, on the export's clock; counts that add up; where each
entry came from; withheld numbers and OnRecord's own labels in the report's language; when a
recording was added to OnRecord as against when the call was; a demo case says it is fiction.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import soundfile as sf
from evidence_helpers import EXPORT_TIME, RATE, write_tone

from onrecord.evidence.catalogue import CATALOGUE
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.localefmt import date_text
from onrecord.store import Workspace
from onrecord.store.enums import (
    Direction,
    EventKind,
    EventSource,
    PromiseBy,
    RecordingStatus,
)
from onrecord.store.ledger import paid_towards, promise_state

NEW_YORK = ZoneInfo("America/New_York")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (apt poppler-utils) is not installed"
)


def export(ws: Workspace, case_id: int, out: Path, language: str = "en", **options: object) -> Path:
    options.setdefault("now", EXPORT_TIME)
    result = export_case(ws, case_id, out, ExportOptions(language=language, **options))  # type: ignore[arg-type]
    assert result.folder is not None
    return result.folder


def html_of(folder: Path) -> str:
    return (folder / "data/report/index.html").read_text("utf-8")


def section(html: str, anchor: str) -> str:
    found = re.search(rf'<section id="{anchor}">.*?</section>', html, re.S)
    assert found, anchor
    return found[0]


def rows(html: str, anchor: str) -> list[list[str]]:
    """The body rows of the grid table(s) in a section, as cell texts."""
    body = section(html, anchor)
    return [
        [unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
        for r in re.findall(r"<tbody>.*?</tbody>", body, re.S)
        for r in re.findall(r"<tr[^>]*>(.*?)</tr>", r, re.S)
    ]


def fact(html: str, label: str) -> str:
    found = re.search(rf"<tr><th>{re.escape(label)}</th><td>(.*?)</td></tr>", html)
    assert found, label
    return unescape(found[1])


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return re.sub(r"\s+", "", done.stdout.decode("utf-8"))


# -------------------------------------------------------------------- 1. promise states


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "their date, Mar 20, 2026, passed (12 days before export)"),
        ("zh_CN", "所定日期为 2026年3月20日，导出时已过 12 天"),
        ("zh_TW", "所定日期為 2026年3月20日，匯出時已過 12 天"),
    ],
)
def test_a_collectors_promise_past_its_date_is_past_its_date_as_in_the_app(
    us_case, workspace: Workspace, tmp_path: Path, language: str, expected: str
) -> None:
    """The fixture's collector promise was due 20 March; the export is on 1 April (New York):
    the app's ledger says its date passed 12 days ago, and so must the report, not "open" —
    nor "overdue", which a lawyer read as the user defaulting on the collector's offer."""
    promise = workspace.ledger.promises(us_case.case_id)[0]
    today = EXPORT_TIME.astimezone(NEW_YORK).date()
    app = promise_state(promise, today)
    assert (app.key, app.days) == ("past_date", -12)
    status = rows(html_of(export(workspace, us_case.case_id, tmp_path, language)), "promises")
    assert status[0][-1] == expected


def test_the_export_time_is_the_reports_today(us_case, workspace: Workspace, tmp_path) -> None:
    """Two exports at the same moment say the same; another moment, what was true then."""
    at = {
        "apr1-a": EXPORT_TIME,
        "apr1-b": EXPORT_TIME,
        "mar21": dt.datetime(2026, 3, 21, 15, 0, tzinfo=dt.UTC),
        "mar20": dt.datetime(2026, 3, 20, 15, 0, tzinfo=dt.UTC),
        "mar15": dt.datetime(2026, 3, 15, 15, 0, tzinfo=dt.UTC),
    }
    status = {
        name: rows(
            html_of(export(workspace, us_case.case_id, tmp_path / name, now=now)), "promises"
        )[0][-1]
        for name, now in at.items()
    }
    passed = "their date, Mar 20, 2026, passed"
    assert status["apr1-a"] == status["apr1-b"] == f"{passed} (12 days before export)"
    assert status["mar21"] == f"{passed} (1 day before export)"
    assert status["mar20"] == "open: due on the day of export"
    assert status["mar15"] == "open: due in 5 days at export"


def test_a_part_paid_promise_of_mine_says_both_its_state_and_what_was_paid(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("Harbor Bank", jurisdiction="us")
    ledger = workspace.ledger
    mine = ledger.add_promise(case.id, PromiseBy.USER, description="pay 300", amount="300",
                              currency="USD", due_date=dt.date(2026, 3, 25))  # fmt: skip
    ledger.add_payment(case.id, "120", dt.date(2026, 3, 20), currency="USD", promise_id=mine.id)
    today = EXPORT_TIME.astimezone(NEW_YORK).date()
    app = promise_state(mine, today, paid_towards(mine, ledger.payments(case.id)))
    assert (app.key, app.days, app.paid.total) == ("overdue", -7, 120)
    status = rows(html_of(export(workspace, case.id, tmp_path)), "promises")[0][-1]
    assert status == "overdue since Mar 26, 2026 (7 days at export); USD 120.00 of USD 300.00 paid"


# ----------------------------------------------------- 2 and 3. the summary's lines and counts


def per_chart_total(html: str, title: str) -> int:
    svg = re.search(rf'<svg[^>]*aria-label="{re.escape(title)}".*?</svg>', html, re.S)
    assert svg, title
    return sum(int(n) for n in re.findall(r"<title>[^<]*: (\d+)</title>", svg[0]))


def test_the_summary_counts_add_up_with_the_charts_and_the_table(
    us_case, workspace: Workspace, tmp_path: Path
) -> None:
    """A lawyer found 58 contacts in the summary and 57 in the chart: the letter was not
    charted. Now the summary splits the total the way the charts count."""
    agency = workspace.cases.parties(us_case.case_id)[0]
    when = dt.datetime(2026, 3, 4, 11, 0, tzinfo=NEW_YORK)
    workspace.cases.log_event(us_case.case_id, EventKind.LETTER, when, party_id=agency.id)
    workspace.cases.log_event(us_case.case_id, EventKind.CALL, when + dt.timedelta(hours=2),
                              direction=Direction.OUTGOING, number="(212) 555-0142")  # fmt: skip
    html = html_of(export(workspace, us_case.case_id, tmp_path))
    timeline = rows(html, "timeline")
    charted = per_chart_total(html, "Contacts from them by hour of day (local time)")
    assert charted == per_chart_total(html, "Contacts from them per day") == 7
    assert len(timeline) == 9
    assert fact(html, "Contacts logged") == (
        "9: 7 calls, messages and visits from them (counted in the charts)"
        " + 1 letter from them + 1 contact from me"
    )
    assert "7 of the 9 contacts logged" in section(html, "charts")


def test_first_and_last_contact_and_the_possible_issues_found(en_package) -> None:
    html = html_of(en_package.folder)
    assert "incident" not in html.lower()  # a contact is not (yet) a violation
    assert fact(html, "First contact logged") == "March 2, 2026 7:10 AM UTC-05:00"
    assert fact(html, "Last contact logged") == "March 6, 2026 8:15 PM UTC-05:00"
    findings = json.loads((en_package.folder / "data/case/conduct-findings.json").read_text())
    found = findings["findings"]
    assert found and len(rows(html, "findings")) == len(found)

    def day(text: str) -> str:
        moment = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        return date_text(moment.astimezone(NEW_YORK).date(), "en", long=True)

    first = day(min(f["first_at"] for f in found))
    last = day(max(f["last_at"] for f in found))
    assert fact(html, "Possible issues found") == f"{len(found)} (first on {first}, last on {last})"


def test_a_case_without_possible_issues_says_none(workspace: Workspace, tmp_path: Path) -> None:
    case = workspace.cases.create_case("Quiet debt", jurisdiction="us")
    workspace.cases.log_event(
        case.id, EventKind.LETTER, dt.datetime(2026, 3, 2, 12, tzinfo=NEW_YORK)
    )
    html = html_of(export(workspace, case.id, tmp_path))
    assert fact(html, "Possible issues found") == "none"
    assert fact(html, "Contacts logged") == "1 letter from them"  # not "1: 1 letter from them"


# ------------------------------------------------------------------- 4. where entries came from


def test_every_contact_says_where_its_entry_came_from_as_timeline_csv_does(en_package) -> None:
    words = {
        "recorded": "recorded by OnRecord",
        "manual": "typed by the user",
        "imported": "imported from the phone or a backup",
        "demo": "demo (fictional)",
    }
    html = html_of(en_package.folder)
    with (en_package.folder / "data/case/timeline.csv").open(encoding="utf-8-sig") as f:
        csv_source = {row["event_id"]: row["source"] for row in csv.DictReader(f)}
    table = rows(html, "timeline")
    header = re.findall(r"<th[^>]*>(.*?)</th>", section(html, "timeline"))
    column = header.index("Source")
    assert {row[0]: row[column] for row in table} == {k: words[v] for k, v in csv_source.items()}
    assert {row[column] for row in table} == {words["manual"], words["recorded"]}
    # the other case's contact took #1: this case's numbers start later, and the report says why
    assert min(int(row[0]) for row in table) > 1
    assert "so a case's numbers need not start at 1 and gaps are normal" in unescape(html)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "imported from the user's own contact log (log.csv line 2)"),
        ("zh_TW", "從使用者自己記錄的聯絡紀錄表匯入（log.csv 第 2 行）"),
    ],
)
def test_a_contact_from_a_log_the_user_kept_is_not_said_to_come_from_the_phone(
    workspace: Workspace, language: str, said: str
) -> None:
    from evidence_helpers import report_model

    case = workspace.cases.create_case("Own log", jurisdiction="tw", reference="LOG-1")
    workspace.cases.log_event(
        case.id,
        EventKind.CALL,
        EXPORT_TIME.replace(month=3, day=2),
        source="imported",
        source_detail="imported from CSV contact log: log.csv line 2",
        source_key="import:csv:test",
    )
    [row] = report_model(workspace, case.id, language).timeline
    assert said in row


# ------------------------------------------------------------- 5. withheld numbers and labels


@pytest.mark.parametrize(
    ("language", "withheld", "withheld_label", "service"),
    [
        ("en", "withheld: hidden number or unknown caller", "withheld", "customer service"),
        ("zh_CN", "未显示号码：隐藏号码或未知来电", "未显示号码", "客服"),
        ("zh_TW", "未顯示號碼：隱藏號碼或未知來電", "未顯示號碼", "客服"),
    ],
)
def test_a_withheld_number_and_onrecords_own_labels_read_in_the_report_language(
    us_case, workspace: Workspace, tmp_path: Path, language, withheld, withheld_label, service
) -> None:
    case = us_case.case_id
    workspace.cases.add_number(case, "-1", label="withheld")
    workspace.cases.add_number(case, "(718) 555-0123", label="customer service")
    workspace.cases.add_number(case, "(718) 555-0177", label="office line")
    event = workspace.cases.log_event(
        case, EventKind.MISSED_CALL, dt.datetime(2026, 3, 5, 10, tzinfo=NEW_YORK), number="-1"
    )
    html = html_of(export(workspace, case, tmp_path, language))
    numbers = {row[1]: row for row in rows(html, "numbers")}  # by "as entered"
    # The phone's "-1" is shown as what it is (a bare "-1" read as a leaked placeholder).
    raw = CATALOGUE[language]["withheld_raw"].format(raw="-1")
    assert numbers[raw][0] == withheld
    assert numbers[raw][3] == withheld_label
    assert numbers["(718) 555-0123"][3] == service
    assert numbers["(718) 555-0177"][3] == "office line"  # the user's own words, as typed
    timeline = {row[0]: row for row in rows(html, "timeline")}
    assert withheld in timeline[str(event.id)]
    assert not any("-1" in cell for cell in timeline[str(event.id)])


# ------------------------------------------------------------ 6. chain of custody and the demo


def add_imported_recording(ws: Workspace, case_id: int, start: dt.datetime) -> int:
    rel = f"recordings/case-{case_id}/imported-call.wav"
    path = ws.data_dir / rel
    write_tone(path, 2.0)
    rec = ws.recordings.begin(
        case_id, rel, sample_rate=RATE, channels=2, channel_roles="me,them", started_at=start,
        status=RecordingStatus.IMPORTED, source=EventSource.IMPORTED,
        source_detail="imported from BCR recordings: imported-call.wav",
    )  # fmt: skip
    pcm = hashlib.sha256(sf.read(str(path), dtype="int16")[0].tobytes()).hexdigest()
    ws.recordings.finalise(
        rec.id, frames=2 * RATE, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        pcm_sha256=pcm, status=RecordingStatus.IMPORTED,
    )  # fmt: skip
    return rec.event_id


def test_custody_says_added_to_onrecord_and_when_an_imported_call_was(
    us_case, workspace: Workspace, tmp_path: Path
) -> None:
    call = dt.datetime(2026, 3, 5, 15, 57, tzinfo=NEW_YORK)
    event_id = add_imported_recording(workspace, us_case.case_id, call.astimezone(dt.UTC))
    html = html_of(export(workspace, us_case.case_id, tmp_path))
    header = re.findall(r"<th(?: class=\"[^\"]*\")?>(.*?)</th>", section(html, "custody"))
    assert header[-5:] == ["File", "Source", "Added to OnRecord", "Device", "Finished"]
    assert "Created" not in header
    items = {row[0]: row for row in rows(html, "custody")}
    imported = next(row for name, row in items.items() if "rec3" in name)
    assert imported[1] == (
        "imported from the phone or a backup; "
        "call dated Mar 5, 2026 3:57:00 PM UTC-05:00 (2026-03-05T20:57:00Z)"
    )
    recorded_here = next(row for name, row in items.items() if "rec1" in name)
    assert recorded_here[1] == "recorded by OnRecord"
    timeline = {row[0]: row for row in rows(html, "timeline")}
    assert (
        "imported from BCR, a call recorder on the phone (imported-call.wav)"
        in timeline[str(event_id)]
    )


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_a_demo_case_says_so_on_the_first_page(
    us_case, workspace: Workspace, tmp_path: Path, language: str
) -> None:
    # A demo item among real ones: the banner says the case is made up but for the others.
    banner = CATALOGUE[language]["demo_banner_mixed"].split("{n}")[0]
    plain = export(workspace, us_case.case_id, tmp_path / "plain", language)
    assert banner not in unescape(html_of(plain))
    assert re.sub(r"\s+", "", banner)[:12] not in pdf_text(plain / "data/report/report.pdf")
    workspace.cases.log_event(us_case.case_id, EventKind.SMS,
                              dt.datetime(2026, 3, 5, 12, tzinfo=NEW_YORK), source=EventSource.DEMO)  # fmt: skip
    demo = export(workspace, us_case.case_id, tmp_path / "demo", language)
    html = unescape(html_of(demo))
    assert html.index(banner) < html.index("<h1>")
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(demo / "data/report/report.pdf"), "-"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")  # fmt: skip
    assert re.sub(r"\s+", "", banner) in re.sub(r"\s+", "", first_page)
    # Every page's footer says so too: a page printed or copied alone is not evidence.
    every_page = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(demo / "data/report/report.pdf"), "-"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8").split("\f")[:-1]  # fmt: skip
    footer = CATALOGUE[language]["demo_footer_mixed"]
    assert len(every_page) > 1 and all(footer in page for page in every_page)
    assert re.sub(r"\s+", "", footer) not in pdf_text(plain / "data/report/report.pdf")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_demo_case_with_real_recordings_says_which_contacts_are_not_made_up(
    workspace: Workspace, tmp_path: Path, language: str
) -> None:
    """A lawyer's walk-through: real calls recorded into the demo case were called fictional
    with the rest. All demo: all fictional; demo and other contacts: the others counted."""
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.report_model import _demo_banner

    s = Strings(language)
    demo = {"source": EventSource.DEMO}
    assert _demo_banner([], s) == ""
    assert _demo_banner([demo, demo], s) == CATALOGUE[language]["demo_banner"]
    mixed = _demo_banner([demo, {"source": EventSource.RECORDED}, {"source": "manual"}], s)
    assert mixed == CATALOGUE[language]["demo_banner_mixed"].format(n="2")
    one = _demo_banner([demo, {"source": EventSource.RECORDED}], s)
    assert ("1 contact has another source" in one) if language == "en" else ("另有 1 条" in one)


def test_the_custody_record_keeps_the_origin_and_call_time(
    us_case, workspace: Workspace, tmp_path: Path
) -> None:
    call = dt.datetime(2026, 3, 5, 20, 57, tzinfo=dt.UTC)
    add_imported_recording(workspace, us_case.case_id, call)
    folder = export(workspace, us_case.case_id, tmp_path)
    record = json.loads((folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    origins = {i["package_file"]: (i["origin"], i["recorded_at"]) for i in record["items"]
               if i["item"] == "recording"}  # fmt: skip
    assert sorted(o for o, _ in origins.values()) == ["imported", "recorded", "recorded"]
    assert ("imported", "2026-03-05T20:57:00.000000Z") in origins.values()


def test_the_rules_are_named_in_the_report_language_not_by_a_code(
    tmp_path, signing_key_dir
) -> None:
    from evidence_helpers import make_export

    exported = make_export(tmp_path, signing_key_dir, language="zh_TW", pdf=False)
    html = (exported.folder / "data" / "report" / "index.html").read_text("utf-8")
    assert "美國——《公平債務催收作業法》與 F 規則 (US)" in html


@pytest.mark.parametrize(
    ("language", "account", "installation"),
    [
        ("en", "(computer account)", "OnRecord installation "),
        ("zh_CN", "（电脑账户）", "OnRecord（安装编号 "),
        ("zh_TW", "（電腦帳戶）", "OnRecord（安裝編號 "),
    ],
)
def test_who_exported_and_on_which_device_read_in_the_report_language(
    tmp_path, signing_key_dir, language: str, account: str, installation: str
) -> None:
    from evidence_helpers import make_export

    exported = make_export(tmp_path, signing_key_dir, language=language, pdf=False)
    html = unescape((exported.folder / "data" / "report" / "index.html").read_text("utf-8"))
    assert account in html and installation in html
    if language != "en":
        assert "computer account" not in html and "OnRecord installation" not in html
        # Chinese labels take the full-width colon (the walk-through saw "案件编号: ").
        assert f"{CATALOGUE[language]['case_ref']}：" in html
        assert f"{CATALOGUE[language]['case_ref']}: " not in html
    # The machine-readable custody record keeps one wording whatever the report's language.
    record = json.loads((exported.folder / "data/audit/chain-of-custody.json").read_text("utf-8"))
    assert record["export"]["exported_by"].endswith("(computer account)")
    assert record["export"]["device"].startswith("OnRecord installation ")


@needs_poppler
@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_chinese_pdf_takes_full_width_colons_after_its_labels(
    us_case, workspace: Workspace, tmp_path: Path, language: str
) -> None:
    # Lawyer review: "签名密钥（Ed25519）指纹:" on the PDF's first page.
    text = pdf_text(
        export(workspace, us_case.case_id, tmp_path, language) / "data/report/report.pdf"
    )
    for key in ("signing_key", "case_ref"):
        label = re.sub(r"\s+", "", CATALOGUE[language][key])
        assert f"{label}：" in text and f"{label}:" not in text


@needs_poppler
@pytest.mark.parametrize(
    ("language", "in_call", "added"),
    [
        ("en", "8:15:05 AM", "added later, on Apr 2, 2026 10:30 AM"),
        ("zh_CN", "08:15:05", "事后添加，添加于 2026年4月2日 10:30"),
    ],
)
def test_a_mark_added_later_is_shown_at_its_moment_in_the_call_and_says_when_added(
    us_case, workspace: Workspace, tmp_path: Path, language: str, in_call: str, added: str
) -> None:
    """A lawyer read 11:00 AM, the time a mark was added while listening later, for a threat
    at 3:00 PM in the call, while the report's findings said 3:00 PM."""
    recording = us_case.recording_ids[0]  # the call of 8:15:00 AM New York time
    later = dt.datetime(2026, 4, 2, 10, 30, tzinfo=NEW_YORK)
    workspace.recordings.add_mark(
        recording, RATE * 5, tag="insult", text="called me a liar", wall_time=later,
        added_later=True,
    )  # fmt: skip
    folder = export(workspace, us_case.case_id, tmp_path, language)
    (row,) = [r for r in rows(html_of(folder), "calls") if "called me a liar" in r[-1]]
    assert in_call in row[1] and "10:30" not in row[1], row
    assert added in row[-1], row
    pdf = subprocess.run(
        ["pdftotext", str(folder / "data/report/report.pdf"), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    flat = re.sub(r"\s+", "", pdf)
    assert re.sub(r"\s+", "", in_call) in flat  # no other mark is at 0:05
    assert re.sub(r"\s+", "", added) in flat
