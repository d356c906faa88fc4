"""What a Taiwanese user found in a zh_TW package, checked in every report language.

At 1000 pixels the attachments' 內容 header stood one character a line and file names broke
anywhere ("letter1.pn" / "g"); the possible issues' time broke "下午" in two; a recording of
the user's own callback was headed as if the collector had called; a number the People tab
calls not valid was not flagged in the report; and the letters note did not name the
Chinese timeline file, which shows a letter's stand-in time as well.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from chromium_cdp import Browser, find_chromium
from evidence_helpers import RATE, add_recording
from test_report_agrees_with_app import export, html_of, rows, section

from onrecord.evidence.catalogue import CATALOGUE, LANGUAGES
from onrecord.store import open_workspace
from onrecord.store.enums import Direction, EventKind, PromiseBy

TAIPEI = ZoneInfo("Asia/Taipei")
NOW = dt.datetime(2026, 11, 29, 11, 40, tzinfo=dt.UTC)  # the export's moment
TRANSLATIONS = Path(__file__).parents[2] / "app/onrecord/resources/translations"
chromium = find_chromium()
needs_chromium = pytest.mark.skipif(chromium is None, reason="chromium is not installed")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (apt poppler-utils) is not installed"
)


@dataclass
class Packages:
    folders: dict[str, Path]  # by report language


def _case(data: Path, key_dir: Path, out: Path) -> Packages:
    """The user's case: a letter and a visit with a photo each (no description), an SMS, a
    collector's call with threats tagged in the afternoon, the user's own callback to a
    number the app judged not valid, a withdrawn visit and a promise."""
    with open_workspace(data) as ws:
        shutil.copytree(key_dir, ws.data_dir / "keys")
        case = ws.cases.create_case("國泰世華信用卡", jurisdiction="tw", reference="OR-TW-1")
        wang = ws.cases.add_party(case.id, "王專員")
        other = ws.cases.add_party(case.id, "某專員")
        ws.cases.add_number(case.id, "0912345678")
        ws.cases.add_number(case.id, "02 2345 6789", party_id=wang.id)
        ws.cases.add_number(case.id, "+886 2 1234 5678", party_id=other.id)
        day = dt.datetime(2026, 11, 20, tzinfo=TAIPEI)
        letter = ws.cases.log_event(
            case.id, EventKind.LETTER, day.replace(hour=12), summary="存證信函"
        )
        ws.cases.log_event(
            case.id,
            EventKind.SMS,
            day.replace(day=27, hour=14, minute=30),
            number="0912345678",
            summary="簡訊",
        )
        visit = ws.cases.log_event(
            case.id,
            EventKind.VISIT,
            day.replace(day=28, hour=19, minute=30),
            tags=["third_party"],
            summary="兩名男子到家門口",
        )
        mistaken = ws.cases.log_event(
            case.id, EventKind.VISIT, day.replace(day=28, hour=20), tags=["threat"]
        )
        ws.corrections.withdraw_event(mistaken.id, "記錯了")
        calls = []
        for minute, direction, number, party in (
            (32, Direction.INCOMING, "02 2345 6789", wang.id),
            (33, Direction.OUTGOING, "+886 2 1234 5678", other.id),
        ):
            start = day.replace(day=29, hour=19, minute=minute).astimezone(dt.UTC)
            event_id, rec_id = add_recording(ws, case.id, f"recordings/tw-{minute}.wav", start, 6.0)
            ws.corrections.update_event(
                event_id, direction=direction, number=number, party_id=party
            )
            ws.recordings.add_mark(
                rec_id, RATE * 2, tag="threat", wall_time=start + dt.timedelta(seconds=2)
            )
            calls.append(event_id)
        ws.ledger.add_promise(
            case.id,
            PromiseBy.COLLECTOR,
            description="分期",
            amount="1000",
            party_id=wang.id,
            made_at=day.replace(day=29, hour=19, minute=32).astimezone(dt.UTC),
        )
        photos = data.parent / "photos"
        photos.mkdir()
        for name, event in (("letter1.png", letter), ("envelope.png", visit)):
            (photos / name).write_bytes(b"\x89PNG " + name.encode())
            ws.attachments.add(case.id, photos / name, event_id=event.id)
        folders = {
            language: export(ws, case.id, out / language, language, now=NOW)
            for language in LANGUAGES
        }
    return Packages(folders)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, signing_key_dir: Path) -> Packages:
    base = tmp_path_factory.mktemp("tw-user")
    return _case(base / "data", signing_key_dir, base / "out")


def _pdf_layout(folder: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(folder / "data/report/report.pdf"), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


#: In the browser, for each table of the sections named: every word (text between spaces)
#: of a header that is broken over lines; every piece of a file name or path ("letter1.png",
#: "attachments/", "002-") that is; every date, time-of-day word with its time, offset or
#: ISO instant that is; and how far the table reaches beyond its section.
BROKEN = r"""((sections) => {
  const found = {headers: [], names: [], moments: [], overflow: 0};
  const lines = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return new Set([...range.getClientRects()].filter(r => r.width > 0)
      .map(r => Math.round(r.top))).size;
  };
  const check = (cell, pattern, into) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const piece of node.data.matchAll(pattern)) {
        if (lines(node, piece.index, piece.index + piece[0].length) > 1) { into.push(piece[0]); }
      }
    }
  };
  const moment = new RegExp('\\d{4}年\\d{1,2}月\\d{1,2}日|[A-Z][a-z]+ \\d{1,2}, \\d{4}'
    + '|(?:上午|下午)?\\d{1,2}:\\d{2}(?::\\d{2})?(?: [AP]M)?|UTC[+-]\\d{2}:\\d{2}'
    + '|\\(\\d{4}-\\d{2}-\\d{2}T[\\d:]+Z\\)', 'g');
  for (const id of sections) {
    const box = document.getElementById(id);
    if (!box) { continue; }
    for (const table of box.querySelectorAll('table.grid')) {
      table.querySelectorAll('th').forEach(th => check(th, /\S+/g, found.headers));
      table.querySelectorAll('td').forEach(td => check(td, moment, found.moments));
      found.overflow = Math.max(found.overflow,
        table.getBoundingClientRect().width - box.getBoundingClientRect().width);
    }
  }
  const files = document.querySelectorAll('#attachments tbody tr, #integrity tbody tr');
  files.forEach(row => [row.cells[0]].concat(row.cells.length > 2 ? [row.cells[2]] : [])
    .forEach(cell => check(cell, /[^\s\/_-]+[\/_-]?/g, found.names)));
  return found;
})"""

SECTIONS = ["numbers", "timeline", "withdrawn", "findings", "promises", "attachments", "custody"]


@needs_chromium
def test_in_a_browser_names_headers_and_times_break_only_between_their_parts(
    packages: Packages, tmp_path: Path
) -> None:
    """1000 pixels, every language: the attachments' 內容 header one character a line,
    "letter1.pn" / "g", "attachments/002-envelo" / "pe.png"; the possible issues' time as
    "2026年11月28日 下" / "午7:30:00"; the same for the other tables' times."""
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        for language, folder in packages.folders.items():
            session = browser.open_page((folder / "data/report/index.html").resolve().as_uri())
            browser.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                session,
            )
            found = browser.evaluate(session, f"{BROKEN}({SECTIONS!r})")
            assert found["headers"] == [], (language, found)
            assert found["names"] == [], (language, found)
            assert found["moments"] == [], (language, found)
            assert found["overflow"] <= 0.5, (language, found)
        assert browser.problems() == []
    finally:
        browser.close()


def test_the_attachments_table_marks_where_names_may_break(packages: Packages) -> None:
    """The classes behind it: a path breaks only after "/" and "-" (<wbr>), a header only
    between words, the hash column is a class of its own (its cells were the whole table's)."""
    html = html_of(packages.folders["zh_TW"])
    attachments = section(html, "attachments")
    assert "attachments/<wbr>002-<wbr>envelope.png" in attachments
    assert '<th class="description">內容</th>' in attachments
    assert re.search(r'<td class="hash">[0-9a-f]{64}</td>', attachments)
    assert "table.grid th { word-break: keep-all; }" in html


def test_time_columns_keep_each_date_and_time_whole(packages: Packages) -> None:
    """The classes behind it: every time column of the findings, withdrawn, promises and
    custody tables holds its date and its time (with 下午) each in a span never broken."""
    html = html_of(packages.folders["zh_TW"])
    for anchor in ("findings", "withdrawn", "promises", "custody"):
        cells = re.findall(r'<td class="when">(.*?)</td>', section(html, anchor))
        assert cells, anchor
        for cell in filter(None, cells):  # a promise without a due date: none
            assert re.search(r'<span class="nw">\d{4}年\d+月\d+日</span>', cell), (anchor, cell)
            assert re.search(r'<span class="nw">(上午|下午)\d+:\d\d(:\d\d)?</span>', cell), (
                anchor,
                cell,
            )


def _pdf_words(path: Path) -> list[tuple[str, float, float, float]]:
    """Each word of a PDF (its first page on which it is found first): text, left, right, top."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        done.stdout,
    )
    return [(text, float(left), float(right), float(top)) for left, top, right, text in found]


@needs_poppler
def test_the_pdf_attachments_description_header_has_room(packages: Packages) -> None:
    """The PDF's 內容 (an empty column) ended 5 points before "SHA-256" began."""
    for language, folder in packages.folders.items():
        s = CATALOGUE[language]
        words = _pdf_words(folder / "data/report/report.pdf")
        last = s["description"].split()[-1]
        gaps = [
            other[1] - word[2]
            for word in words
            if word[0] == last
            for other in words
            if other[0] == s["sha256"] and abs(other[3] - word[3]) < 1 and other[1] > word[2]
        ]
        assert gaps and min(gaps) >= 15, (language, gaps)


def test_a_recording_of_the_users_own_call_says_so_in_its_heading(packages: Packages) -> None:
    """ "錄音 2：… 下午7:33 — 某專員" read as the collector's call; the contact table said 本人發起."""
    for language, folder in packages.folders.items():
        s = CATALOGUE[language]
        headings = re.findall(r'<article class="call"[^>]*><h3>(.*?)</h3>', html_of(folder))
        theirs, mine = headings
        assert s["dir.outgoing"] in mine and "某專員" in mine, (language, mine)
        assert all(s[f"dir.{d}"] not in theirs for d in ("outgoing", "incoming")), theirs
        if shutil.which("pdftotext"):
            text = _pdf_layout(folder)
            assert f"— {s['dir.outgoing']} — 某專員" in text, language


def test_a_heading_names_every_direction_but_theirs(tmp_path: Path, signing_key_dir: Path) -> None:
    """Their call to the user: no word; the user's own, theirs to someone else, and one of
    unknown direction: said after the time, in the contact table's words."""
    from evidence_helpers import report_model

    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("c", jurisdiction="tw")
        start = dt.datetime(2026, 11, 29, 11, 0, tzinfo=dt.UTC)
        for minute, direction in enumerate(Direction):
            event_id, _ = add_recording(
                ws, case.id, f"recordings/d{minute}.wav", start + dt.timedelta(minutes=minute), 1.0
            )
            ws.corrections.update_event(event_id, direction=direction)
        for language in LANGUAGES:
            s = CATALOGUE[language]
            headings = [
                call.heading.split(" — ")[1:] for call in report_model(ws, case.id, language).calls
            ]
            assert headings == [
                [],
                [s["dir.outgoing"]],
                [s["dir.to_others"]],
                [f"{s['direction']}{s['colon']}{s['dir.unknown']}"],
            ], language


def _app_words(language: str) -> dict[str, str]:
    """The app's own translations (.ts) of its words, source → translation."""
    root = ET.parse(TRANSLATIONS / f"onrecord_{language}.ts").getroot()
    return {
        (m.findtext("source") or ""): (m.findtext("translation") or "")
        for m in root.iter("message")
    }


def test_the_numbers_table_says_which_numbers_are_not_valid(packages: Packages) -> None:
    """ "+886 2 1234 5678": the People tab said 依輸入內容保留：不是有效的號碼, the report
    nothing; now a Check column says what the app says, in its words."""
    for language, folder in packages.folders.items():
        s = CATALOGUE[language]
        html = html_of(folder)
        assert f"<th>{s['number_check']}</th>" in section(html, "numbers")
        checks = {row[1]: row[4] for row in rows(html, "numbers")}
        bad = s["check.kept"].format(problem=s["problem.not a valid number"])
        assert checks == {
            "0912345678": s["check.valid"],
            "02 2345 6789": s["check.valid"],
            "+886 2 1234 5678": bad,
        }, language
        if shutil.which("pdftotext"):
            lines = [x for x in _pdf_layout(folder).splitlines() if "+886 2 1234 5678 " in x]
            assert any(line.strip().endswith(bad) for line in lines), (language, lines)
    tw = CATALOGUE["zh_TW"]
    assert tw["check.kept"].format(problem=tw["problem.not a valid number"]) == (
        "依輸入內容保留：不是有效的號碼"
    )


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_check_words_are_the_apps_own(language: str) -> None:
    """The report says what the People tab says, word for word."""
    app = _app_words(language)
    s = CATALOGUE[language]
    assert s["number_check"] == app["Check"]
    assert s["check.valid"] == app["valid"]
    assert s["check.valid_because"] == app["valid (%s)"].replace("%s", "{problem}")
    assert s["check.kept"] == app["kept as typed: %s"].replace("%s", "{problem}")
    assert s["problem.region"] == app["not a valid number in region %1"].replace("%1", "{region}")
    problems = [k.removeprefix("problem.") for k in s if k.startswith("problem.")]
    for problem in problems:
        if problem != "region":
            assert s[f"problem.{problem}"] == app[problem], problem


def test_the_letters_note_names_every_file_that_shows_a_letters_stored_time(
    packages: Packages,
) -> None:
    """timeline-zh_TW.csv shows a letter's 12:00 (a stand-in) as timeline.csv does: the note
    that says so named timeline.csv and case.json only."""
    for language, folder in packages.folders.items():
        note = CATALOGUE[language]["letters_note"]
        assert note in html_of(folder)
        for path in sorted((folder / "data/case").glob("*.csv")):
            table = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
            letters = [
                r for r in table[1:] if r[5] in ("letter", CATALOGUE[language]["kind.letter"])
            ]
            assert letters, path.name
            if any(r[2] for r in letters):  # the local time
                assert path.name in note, (language, path.name)
