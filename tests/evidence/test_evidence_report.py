"""The report reads right: the PDF's Chinese text is searchable, the HTML works offline and its
mark links seek the audio in a real browser."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from chromium_cdp import Browser, find_chromium
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from evidence_helpers import make_export

from onrecord.evidence.catalogue import CATALOGUE

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (apt poppler-utils) is not installed"
)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_chinese_pdf_text_comes_out_as_the_same_characters(zh_package) -> None:
    pdf = zh_package.folder / "data/report/report.pdf"
    text = pdf_text(pdf)
    flat = squash(text)
    radicals = [c for c in text if 0x2F00 <= ord(c) <= 0x2FDF or 0x2E80 <= ord(c) <= 0x2EFF]
    assert not radicals, f"look-alike radicals instead of characters: {radicals[:10]}"
    for expected in (
        zh_package.fixture.title,  # the case title
        "威胁（暴力或伤害）",  # a tag's title
        "报出姓名",
        "对方承诺/提议",
        "人民币 18,600.00 元",  # digits stay digits; the currency named as contracts name it
        "ZC-0317",
        "+8613800138000",
        "王经理，工号ZC-0317",
        "减免600元",
        CATALOGUE["zh_CN"]["not_advice"].split("，")[0],
        "证据包",
    ):
        assert squash(expected) in flat, expected
    assert sum(c.isdigit() for c in text) > 200


@needs_poppler
def test_pdf_fonts_are_embedded(zh_package) -> None:
    done = subprocess.run(
        ["pdffonts", str(zh_package.folder / "data/report/report.pdf")],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = done.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert " yes " in row.split("Identity-H")[-1] or row.split()[-5] == "yes", row
    assert any("WenQuanYi" in row for row in rows)


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_every_language_renders_a_searchable_pdf(
    tmp_path: Path, signing_key_dir: Path, language: str
) -> None:
    exported = make_export(tmp_path, signing_key_dir, chinese=language != "en", language=language)
    flat = squash(pdf_text(exported.folder / "data/report/report.pdf"))
    assert squash(CATALOGUE[language]["not_advice"]).split(".")[0].split("。")[0] in flat
    assert squash(CATALOGUE[language]["signing_key"]) in flat
    assert "SHA256:" in flat
    assert not re.search("[\ufb00-\ufb06]", flat), "ligatures make words unsearchable"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) missing")
def test_us_reports_print_on_letter_paper_and_the_others_on_a4(en_package, zh_package) -> None:
    def size(package) -> str:  # type: ignore[no-untyped-def]
        info = subprocess.run(
            ["pdfinfo", str(package.folder / "data/report/report.pdf")],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        return re.search(r"Page size:\s+(.*)", info).group(1)  # type: ignore[union-attr]

    assert "(letter)" in size(en_package)  # the US fixture case: 612 x 792 pts
    assert "(A4)" in size(zh_package)


def test_html_report_has_no_external_reference(en_package) -> None:
    html = (en_package.folder / "data/report/index.html").read_text("utf-8")
    # The printed public key is base64 of a fresh random key: it may hold "//9" by chance
    # (about one run in a hundred), which is text, not a reference.
    pem = (en_package.folder / "signature/public-key.pem").read_text("ascii")
    public_key = base64.b64encode(load_pem_public_key(pem.encode()).public_bytes_raw()).decode()
    assert f"<code>{public_key}</code>" in html
    text = html.replace(public_key, "").replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not re.search(r"(?i)(https?:|//[a-z0-9])", text)
    for link in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert link.startswith(("../recordings/", "#")), link
    assert "information, not legal advice" in html
    assert html.count('class="seek"') == 4


chromium = find_chromium()


@pytest.mark.skipif(chromium is None, reason="chromium is not installed (apt install chromium)")
def test_html_report_loads_cleanly_and_mark_links_seek_the_audio(
    en_package, tmp_path: Path
) -> None:
    page = (en_package.folder / "data/report/index.html").resolve()
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        session = browser.open_page(page.as_uri())
        count = browser.evaluate(session, "document.querySelectorAll('a.seek').length")
        assert count == 4
        clicked = browser.evaluate(
            session,
            """(() => { const a = document.querySelectorAll('a.seek')[1];
                        a.click();
                        return {t: parseFloat(a.dataset.t), audio: a.dataset.audio,
                                hash: location.hash}; })()""",
        )
        assert clicked["hash"] == ""  # the click seeks, it does not navigate
        state = browser.evaluate(
            session,
            f"""new Promise(resolve => {{
                  const audio = document.getElementById('{clicked["audio"]}');
                  const started = Date.now();
                  (function poll() {{
                    if ((audio.readyState >= 1 && Math.abs(audio.currentTime - {clicked["t"]}) < 0.6)
                        || audio.error || Date.now() - started > 8000) {{
                      resolve({{time: audio.currentTime, ready: audio.readyState,
                                error: audio.error ? audio.error.code : null,
                                duration: audio.duration}});
                    }} else {{ setTimeout(poll, 50); }}
                  }})();
                }})""",
        )
        assert state["error"] is None, state
        assert state["ready"] >= 1, state  # the WAV loaded from the package, CSP allowed it
        assert abs(state["duration"] - 6.0) < 0.01, state
        assert abs(state["time"] - clicked["t"]) < 0.6, state
        assert browser.problems() == []
    finally:
        browser.close()


def test_the_report_says_what_the_contact_numbers_are(en_package, zh_package) -> None:
    """A lawyer saw #7 before #6 and #50 between #13 and #14: the numbers are the case file's,
    in the order contacts were entered, and the report must say so."""
    html = (en_package.folder / "data/report/index.html").read_text("utf-8")
    assert "not in date order" in html and "timeline.csv" in html
    zh = subprocess.run(
        ["pdftotext", "-layout", str(zh_package.folder / "data/report/report.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "不按日期顺序" in zh.replace(" ", "").replace("\n", "")


def test_a_promise_paid_by_a_linked_payment_reads_kept_in_the_report(workspace, tmp_path) -> None:
    """As the app's ledger shows it; the stored status alone said "open" (walk-through)."""
    import datetime as dt

    from onrecord.evidence.export import ExportOptions, export_case

    case = workspace.cases.create_case("Harbor Bank", jurisdiction="us")
    ledger = workspace.ledger
    on_time = ledger.add_promise(case.id, "user", description="pay 100", amount="100",
                                 currency="USD", due_date=dt.date(2026, 3, 10))  # fmt: skip
    late = ledger.add_promise(case.id, "user", description="pay 50", amount="50",
                              currency="USD", due_date=dt.date(2026, 3, 1))  # fmt: skip
    partly = ledger.add_promise(case.id, "user", description="pay 300", amount="300",
                                currency="USD", due_date=dt.date(2026, 4, 1))  # fmt: skip
    ledger.add_payment(case.id, "100", dt.date(2026, 3, 8), currency="USD", promise_id=on_time.id)
    ledger.add_payment(case.id, "50", dt.date(2026, 3, 5), currency="USD", promise_id=late.id)
    ledger.add_payment(case.id, "120", dt.date(2026, 3, 20), currency="USD", promise_id=partly.id)
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="en"))
    assert result.folder is not None
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert "kept: paid on" in html and "kept late: paid on" in html
    assert "; USD 120.00 of USD 300.00 paid" in html  # after "overdue since …" or "open: …"
    # case.json says the same for a program, beside the status the user set
    import json

    document = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    states = {p["description"]: p["state_on_export"]["state"] for p in document["promises"]}
    assert states["pay 100"] == "kept" and states["pay 50"] == "kept_late"
    assert {p["status"] for p in document["promises"]} == {"open"}


def test_the_contact_table_shows_each_contact_s_tags_in_words(en_package) -> None:
    """A lawyer reads the tags beside the contact they belong to (its own and its marks'),
    not only in case.json; a withdrawn tag is not shown."""
    from onrecord.evidence.catalogue import Strings

    s = Strings("en")
    html = (en_package.folder / "data/report/index.html").read_text("utf-8")
    section = html[html.index('<section id="timeline">') :]
    section = section[: section.index("</section>")]
    assert f'<th class="tags">{s("tags_col")}</th>' in section
    row = next(r for r in section.split("<tr") if "recorded" in r.lower() and "0:06" in r)
    for tag in ("name_given", "threat", "their_promise"):  # the first call's marks
        assert s.tag(tag) in row
    pdf = squash(pdf_text(en_package.folder / "data/report/report.pdf"))
    assert squash(s.tag("their_promise")) in pdf
    # case.json: the same tags on the contact (a paralegal found "tags": [] there)
    import json

    document = json.loads((en_package.folder / "data/case/case.json").read_text("utf-8"))
    recorded = {r["event_id"] for r in document["recordings"]}
    first = next(e for e in document["contact_events"] if e["id"] in recorded)
    assert {"name_given", "threat", "their_promise"} <= set(first["all_tags"])


def test_a_payment_answering_their_offer_is_in_the_offer_s_status(workspace) -> None:
    from evidence_helpers import build_case, report_model

    from onrecord.store.enums import PromiseBy

    fixture = build_case(workspace, attachments=0)
    [offer] = [p for p in workspace.ledger.promises(fixture.case_id) if p.by == PromiseBy.COLLECTOR]
    workspace.ledger.add_payment(fixture.case_id, "500", "2026-03-19", promise_id=offer.id)
    model = report_model(workspace, fixture.case_id)
    [row] = [r for r in model.promises if "waive" in " ".join(r)]
    assert row[-1] == "you paid USD 500.00 on Mar 19, 2026 in answer to it; by their date"


@needs_poppler
def test_every_page_says_which_of_how_many_it_is(en_package, zh_package) -> None:
    """A lawyer checks that no page of a printed report is missing."""
    for package, words in (
        (en_package, "Page {n} of {total}"),
        (zh_package, "第 {n} 页，共 {total} 页"),
    ):
        pages = pdf_text(package.folder / "data/report/report.pdf").split("\f")[:-1]
        assert len(pages) > 1
        for n, page in enumerate(pages, start=1):
            assert words.format(n=n, total=len(pages)) in page


@needs_poppler
def test_a_moment_in_a_table_is_never_cut_inside_its_date(zh_package) -> None:
    """Qt breaks Chinese between any two characters: a narrow column once printed
    "2026年11月8" on one line and "日" on the next."""
    text = pdf_text(zh_package.folder / "data/report/report.pdf")
    lines = [line.strip() for line in text.splitlines()]
    dates = [line for line in lines if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", line)]
    assert dates  # the contact table's dates, each on a line of its own
    assert not [line for line in lines if re.fullmatch(r"\d{4}年\d{1,2}月\d{0,2}", line)]


@needs_poppler
def test_the_charts_share_a_page_with_the_end_of_the_case_summary(workspace, tmp_path) -> None:
    """The Taiwanese demo's report left its second page nearly empty (two rows of the numbers
    table) and put the charts on a page of their own: where they fit, they follow on."""
    import datetime as dt

    from onrecord.evidence.export import ExportOptions, export_case

    case = workspace.cases.create_case("Harbor Bank", jurisdiction="us")
    for n in range(30, -1, -1):  # enough numbers that their table goes on to a second page
        workspace.cases.log_event(
            case.id,
            "missed_call",
            dt.datetime(2026, 3, 1 + n % 20, 15, 0, tzinfo=dt.UTC),
            direction="incoming",
            number=f"+1 212 555 01{n:02d}",
        )
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="en"))
    assert result.folder is not None
    pages = pdf_text(result.folder / "data/report/report.pdf").split("\f")
    charts = next(i for i, page in enumerate(pages) if CATALOGUE["en"]["per_day"] in page)
    assert CATALOGUE["en"]["numbers"] in pages[charts - 1]  # the table started a page before,
    assert "+1 212-555-01" in pages[charts]  # and ends on the charts' page


@needs_poppler
def test_a_phone_number_in_a_table_is_never_broken_across_lines(en_package, zh_package) -> None:
    """A narrow column once printed "+1 212-555-014" on one line and "2" on the next: a
    wrong number for whoever copies it."""
    for package, whole in ((en_package, "+1 212-555-0142"), (zh_package, "+86 138 0013 8000")):
        text = pdf_text(package.folder / "data/report/report.pdf").replace("\u00a0", " ")
        pieces = [line for line in text.splitlines() if whole[:7] in line]
        assert pieces  # in the numbers table and in every contact's row
        assert all(whole in line for line in pieces), [p for p in pieces if whole not in p]


def test_the_html_report_links_calls_to_recordings_and_issues_to_contacts(en_package) -> None:
    """A paralegal could not get from a call in the table to its recording, or from an
    issue's "#13" to that contact: every such link now lands on an anchor of the page."""
    html = (en_package.folder / "data/report/index.html").read_text("utf-8")
    anchors = set(re.findall(r'id="([^"]+)"', html))
    to_recordings = re.findall(r'href="#(recording-\d+)"', html)
    to_contacts = re.findall(r'href="#(event-\d+)"', html)
    assert to_recordings and to_contacts
    assert set(to_recordings) | set(to_contacts) <= anchors


@needs_poppler
def test_the_contact_table_starts_under_the_charts_where_there_is_room(workspace, tmp_path) -> None:
    """The demo's hour chart had a page to itself, more than half of it empty: the table
    starts there now, and the pages still count right (Page x of y)."""
    from onrecord.demo import create_demo
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.export import ExportOptions, export_case

    create_demo(workspace)
    case = workspace.cases.case("DEMO-US")
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="en"))
    assert result.folder is not None
    s = Strings("en")
    text = pdf_text(result.folder / "data/report/report.pdf")
    pages = text.split("\f")
    (charts,) = [n for n, page in enumerate(pages) if s("per_hour") in page]
    assert s("timeline") in pages[charts]
    shown = re.findall(r"Page (\d+) of (\d+)", text)
    assert len({total for _, total in shown}) == 1
    assert [int(n) for n, _ in shown] == list(range(1, int(shown[0][1]) + 1))


def test_a_number_inside_a_sentence_keeps_the_sentence_wrapping() -> None:
    """Only a number that ends a line gets a line of its own that is not wrapped: a whole
    sentence kept from wrapping pushed the contact table off the page (a review), and the
    "+08" of "UTC+08:00" is no phone number."""
    from onrecord.evidence.report_pdf import _cell

    who = _cell("Mike Dalton +1 212-555-0142")
    assert 'white-space:nowrap">+1\u00a0212-555-0142</p>' in who
    prose = _cell("They called from +1 555 123 4567 and said they would tell my employer.")
    assert "nowrap" not in prose and "+1\u00a0555\u00a0123\u00a04567" in prose
    custody = _cell("Mar 2, 2026 7:10:00 AM UTC+11:00 (2026-03-01T20:10:00Z)")
    assert "nowrap" not in custody and "\u00a0" not in custody


@needs_poppler
def test_a_note_mark_says_it_is_a_note_in_the_tag_column(en_package, zh_package) -> None:
    """A mainland lawyer found a mark's Tag cell empty: a note typed during the call, with no
    tag, says what it is (the catalogue's word for a note) in the HTML and the PDF."""
    for package, word in ((en_package, "Note"), (zh_package, "备注")):
        html = (package.folder / "data/report/index.html").read_text("utf-8")
        (row,) = [
            r for r in re.findall(r"<tr class=\"mark[^\"]*\">.*?</tr>", html) if "wrong moment" in r
        ]
        cells = re.findall(r"<td>(.*?)</td>", row)
        assert cells[2] == word, cells
    layout = subprocess.run(
        ["pdftotext", "-layout", str(zh_package.folder / "data/report/report.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    (line,) = [x for x in layout.splitlines() if "wrong moment" in x]
    assert "备注" in line, line


#: In the browser: the words of the timeline's first six columns (#, when, kind, direction,
#: duration, answered) and of its headers that are broken over lines (a word: text between
#: spaces, 未接来电 one), the share of its width the Tags and Summary columns take, and how
#: far the table reaches beyond its section.
BROKEN_WORDS = """(() => {
  const table = document.querySelector('#timeline table');
  const broken = [];
  const check = cell => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) { broken.push(word[0]); }
      }
    }
  };
  table.querySelectorAll('th').forEach(check);
  table.querySelectorAll('tbody tr').forEach(row => [...row.cells].slice(0, 6).forEach(check));
  const width = table.getBoundingClientRect().width;
  const share = [...table.querySelectorAll('thead th')].map(
    th => th.getBoundingClientRect().width / width);
  const section = document.querySelector('#timeline').getBoundingClientRect().width;
  return {broken, tags: share[8], summary: share[9], overflow: width - section};
})()"""


def test_the_timeline_marks_its_short_words_as_never_broken(zh_package) -> None:
    """The classes and the CSS rule that keep 未接来电, 对方发起 and 已接通 whole."""
    html = (zh_package.folder / "data/report/index.html").read_text("utf-8")
    table = html[html.index('<section id="timeline">') :]
    table = table[: table.index("</table>")]
    head = re.findall(r"<th(?: class=\"([^\"]*)\")?>", table)
    assert head[:6] == ["nw", "when", "nw", "kw", "nw", "nw"], head
    assert head[6:] == ["who", "source kw", "tags", "summary"], head
    assert '<td class="nw">未接来电</td><td class="kw">对方发起</td>' in table
    assert re.search(
        r'<td class="when"><span class="nw">2026年\d+月\d+日</span> <span class="nw">', table
    )
    for rule in (
        ".nw, table.grid th.when { white-space: nowrap; }",
        ".kw, table.grid td.who { word-break: keep-all; }",
    ):
        assert rule in html, rule


@pytest.mark.skipif(chromium is None, reason="chromium is not installed (apt install chromium)")
@pytest.mark.parametrize("width", [1000, 1400])
def test_in_a_browser_the_timeline_breaks_no_short_word(
    en_package, zh_package, tmp_path: Path, width: int
) -> None:
    """A mainland lawyer at 1000 and 1400 pixels: 类型 and 方向 one or two characters a line
    ("未/接/来/电"), 已接通 stacked, and the mostly empty Tags column a quarter of the width."""
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        for package in (zh_package, en_package):
            page = (package.folder / "data/report/index.html").resolve()
            session = browser.open_page(page.as_uri())
            browser.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                session,
            )
            found = browser.evaluate(session, BROKEN_WORDS)
            assert found["broken"] == [], (package.folder.name, found)
            assert found["tags"] < 0.15 and found["summary"] > found["tags"], found
            assert found["overflow"] <= 0.5, found
        assert browser.problems() == []
    finally:
        browser.close()


NAME_LINES = """(() => {
  const found = [];
  document.querySelectorAll('#timeline td.who').forEach(cell => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('中催信息');
      if (at < 0) { continue; }
      const lines = [];
      let top = null;
      for (let i = at; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const now = Math.round(range.getBoundingClientRect().top);
        if (now !== top) { lines.push(''); top = now; }
        lines[lines.length - 1] += node.data[i];
      }
      found.push(lines);
    }
  });
  return found;
})()"""


@pytest.mark.skipif(chromium is None, reason="chromium is not installed (apt install chromium)")
def test_in_a_browser_a_chinese_name_breaks_only_at_its_punctuation(
    zh_package, tmp_path: Path
) -> None:
    """The 对方 column broke a long Chinese name between any two characters ("中催信息服
    务有" / "限公司"); it now breaks only where the name has a space or punctuation."""
    html = (zh_package.folder / "data/report/index.html").read_text("utf-8")
    long_name = "中催信息服务有限公司，催收专员王经理"
    assert "王经理" in html
    page = tmp_path / "report" / "index.html"
    page.parent.mkdir()
    page.write_text(html.replace("王经理", long_name), "utf-8")
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        session = browser.open_page(page.as_uri())
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        names = browser.evaluate(session, NAME_LINES)
        assert names, "the long name is not in the 对方 column"
        for lines in ([line.strip() for line in name] for name in names):  # whole, or at the comma
            assert lines in ([long_name], ["中催信息服务有限公司，", "催收专员王经理"]), lines
    finally:
        browser.close()


def test_a_possible_issue_from_a_mark_is_dated_at_the_tagged_moment(en_package) -> None:
    """A mainland lawyer read the call's start (18:15:03) beside a threat tagged 24 seconds
    into it. The threat here is tagged 2.5 seconds into the call of 8:15:00 AM."""
    html = (en_package.folder / "data/report/index.html").read_text("utf-8")
    findings = html[html.index('<section id="findings">') :]
    findings = findings[: findings.index("</table>")]
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in findings.split("<tr")]
    ((when,),) = [[cells[3]] for cells in rows if cells and cells[0].startswith("US-VIOL")]
    assert "8:15:02 AM" in when and "8:15:00" not in when, when
    (conv,) = [cells[3] for cells in rows if cells and cells[0].startswith("US-POSTCONV")]
    assert "8:15:00 AM" in conv and "8:15:00 PM" in conv.split(" … ")[1], conv


@needs_poppler
def test_pdf_findings_header_does_not_run_into_the_next_one(en_package) -> None:
    """ "Citation checked" heads a column of one letter: it takes two lines instead of pushing
    against "When (local)" beside it, which read as one header "Citation checked When"."""
    pdf = en_package.folder / "data/report/report.pdf"
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>',
        subprocess.run(
            ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True
        ).stdout,
    )
    texts = [w[3] for w in words]
    start = next(i for i, t in enumerate(texts) if t == "Rule" and texts[i + 1] == "Citation")
    header = words[start : start + 8]
    at = {w[3]: (float(w[0]), float(w[1]), float(w[2])) for w in header}
    assert at["checked"][1] > at["Citation"][1]  # under "Citation", not beside it
    assert at["When"][0] - at["checked"][2] >= 6  # a clear gap to the next header


@needs_poppler
def test_the_contact_table_says_what_its_shaded_rows_are(en_package, zh_package) -> None:
    """A lawyer took the shaded rows of the contact table for the possible issues (only the
    chart of hours said what shading means): the table says it, in the HTML and the PDF."""
    for package, said in ((en_package, "Shaded rows: contacts from them outside 08:00–21:00"),
                          (zh_package, "有阴影的行：对方在08:00–21:00以外的联系")):  # fmt: skip
        html = (package.folder / "data/report/index.html").read_text("utf-8")
        timeline = re.search(r'<section id="timeline">.*?</section>', html, re.S).group(0)
        assert 'class="off"' in timeline  # the fixture has contacts outside the hours
        assert squash(said) in squash(re.sub(r"<[^>]+>", "", timeline))
        pdf = squash(pdf_text(package.folder / "data/report/report.pdf"))
        assert squash(said) in pdf
