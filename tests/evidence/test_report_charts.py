"""The report's charts read cleanly: whole-number ticks, date labels that never overlap — as a
browser draws the HTML and as the PDF is laid out (walk-through: "11/1111/12…", ticks 0/2/5)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from chromium_cdp import Browser, find_chromium
from evidence_helpers import EXPORT_TIME

from onrecord.evidence.charts import ChartData, axis_ticks, per_day_svg
from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import Workspace
from onrecord.store.enums import EventKind

NEW_YORK = ZoneInfo("America/New_York")
FIRST_DAY = dt.date(2025, 11, 6)  # labels 11/6 … 11/28: wide, as in the walk-through


@pytest.mark.parametrize("top", range(0, 130))
def test_axis_ticks_are_whole_evenly_spaced_and_cover_the_tallest_bar(top: int) -> None:
    ticks = axis_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= max(top, 1)
    steps = {b - a for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and steps.pop() > 0
    assert 2 <= len(ticks) <= 6
    assert all(isinstance(t, int) for t in ticks)


def test_a_chart_of_at_most_five_shows_every_count() -> None:
    data = ChartData([(FIRST_DAY + dt.timedelta(days=i), i % 6) for i in range(6)], [0] * 24,
                     (8, 21), 0)  # fmt: skip
    svg = per_day_svg(data, "per day")
    ticks = re.findall(r'text-anchor="end">(\d+)</text>', svg)
    assert ticks == ["0", "1", "2", "3", "4", "5"]


@pytest.fixture
def long_case(workspace: Workspace, tmp_path: Path) -> Path:
    """23 days of contacts (one to three a day, 7 on the busiest), exported: the demo's span."""
    case = workspace.cases.create_case("Three weeks", jurisdiction="us")
    for day in range(23):
        for n in range(1 + day % 3 + (4 if day == 11 else 0)):
            when = dt.datetime.combine(
                FIRST_DAY + dt.timedelta(days=day), dt.time(9 + n, 5), NEW_YORK
            )
            workspace.cases.log_event(case.id, EventKind.MISSED_CALL, when, number="(212) 555-0142")
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(now=EXPORT_TIME))
    assert result.folder is not None
    return result.folder


def overlapping(boxes: list[tuple[float, float]]) -> list[tuple[float, float]]:
    boxes = sorted(boxes)
    return [(a, b) for (a, a_end), (b, _) in itertools.pairwise(boxes) if b < a_end]


chromium = find_chromium()


@pytest.mark.skipif(chromium is None, reason="chromium is not installed (apt install chromium)")
def test_the_html_per_day_labels_do_not_overlap_in_a_browser(long_case: Path, tmp_path) -> None:
    html = (long_case / "data/report/index.html").read_text("utf-8")
    svg = re.search(r'<svg[^>]*aria-label="Contacts from them per day".*?</svg>', html, re.S)
    assert svg
    ticks = [int(t) for t in re.findall(r'text-anchor="end">(\d+)</text>', svg[0])]
    assert ticks == [0, 2, 4, 6, 8]  # the busiest day had 7
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        session = browser.open_page((long_case / "data/report/index.html").resolve().as_uri())
        boxes = browser.evaluate(
            session,
            """JSON.stringify(Array.from(document.querySelectorAll('svg.chart')[0]
                 .querySelectorAll('text.axis[text-anchor="middle"]'))
                 .map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right]; }))""",
        )
    finally:
        browser.close()
    spans = [tuple(b) for b in json.loads(boxes)]
    assert len(spans) >= 6  # thinned, not dropped: the reader can still find a day
    assert overlapping(spans) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_pdf_per_day_labels_do_not_overlap(long_case: Path) -> None:
    pdf = long_case / "data/report/report.pdf"
    words = re.compile(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>'
    )
    months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    for page in range(1, 6):  # the chart page: where the day labels are ("Mar 2": two words)
        done = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        found = words.findall(done.stdout)
        labels = [
            (float(x0), float(after[1]))
            for (x0, _, word), after in itertools.pairwise(found)
            if word in months and after[2].isdigit()
        ]
        if labels:
            break
    assert len(labels) >= 6
    assert overlapping(labels) == []
