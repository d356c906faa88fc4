"""Opening the timeline and a 3-hour call's review in a very busy case.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_review.py [--runs 7] [--data DIR]

The case is ``onrecord demo --large`` (``demo_large.create_large_demo``): 10 000 contact events,
2 000 recordings with 100 000 marks, one 3-hour call with 5 000 marks and its peaks. Targets:
the timeline opens in <= 150 ms and scrolls smoothly (a frame well under 16 ms); a 3-hour
call's review opens in <= 100 ms. "Open" is from ``show_case`` / ``show_recording`` until the
panel has painted once. Prints the median and the best of the runs for each step.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from onrecord.demo_large import REFERENCE, create_large_demo
from onrecord.store import open_workspace
from onrecord.store.search import recording_list, search


def timed(func: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, best) milliseconds of ``runs`` calls (background work of the last one done)."""
    from onrecord.ui.workers import wait_for_all

    times = []
    for _ in range(runs):
        wait_for_all()
        QApplication.processEvents()
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def report(name: str, figures: tuple[float, float], target: float | None = None) -> None:
    median, best = figures
    verdict = ""
    if target is not None:
        verdict = f"  (target <= {target:g} ms: {'ok' if median <= target else 'MISSED'})"
    print(f"{name:<46} median {median:7.1f} ms   best {best:7.1f} ms{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, help="reuse this data folder (made if missing)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)

    from onrecord.ui.charts import ChartsPanel
    from onrecord.ui.review import ReviewPanel
    from onrecord.ui.timeline import TimelineFilter, TimelinePanel
    from onrecord.ui.workers import wait_for_all

    data = args.data or Path(tempfile.mkdtemp(prefix="onrecord-bench-")) / "data"
    ws = open_workspace(data)
    start = time.perf_counter()
    print(create_large_demo(ws), f"({time.perf_counter() - start:.1f} s)")
    case_id = ws.cases.case(REFERENCE).id
    long_call = max(recording_list(ws.store, case_id), key=lambda r: r.frames)
    print(f"3-hour call: recording {long_call.id}, {long_call.marks} marks, "
          f"{long_call.duration_s / 3600:.1f} h")  # fmt: skip

    timeline = TimelinePanel(ws)
    timeline.resize(1200, 800)
    timeline.show()

    def open_timeline() -> None:
        timeline.show_case(case_id)
        timeline.grab()  # paints every visible cell

    report("timeline: open (rows shown, painted)", timed(open_timeline, args.runs), 150)

    def open_with_marks() -> None:
        timeline.show_case(case_id)
        wait_for_all()
        app.processEvents()
        timeline.grab()

    report("timeline: open + mark counts/tags (background)", timed(open_with_marks, args.runs))

    bar = timeline.view.verticalScrollBar()
    frames: list[float] = []
    for step in range(0, bar.maximum(), max(1, bar.maximum() // 300)):
        t = time.perf_counter()
        bar.setValue(step)
        timeline.view.viewport().grab()
        frames.append((time.perf_counter() - t) * 1000)
    frames.sort()
    print(
        f"{'timeline: scroll frame (repaint), ' + str(len(frames)) + ' pages':<46} "
        f"median {statistics.median(frames):7.2f} ms   p95 {frames[int(len(frames) * 0.95)]:7.2f} ms"
        f"   max {frames[-1]:6.2f} ms"
    )
    parties = [party_id for party_id, _name in timeline._parties]

    def filter_by_collector() -> None:
        parties.append(parties.pop(0))  # a different collector each run
        timeline.apply_filter(TimelineFilter(party_id=parties[0]), merge=False)

    report("timeline: filter by collector", timed(filter_by_collector, args.runs))
    print(f"  (the last filter shows {timeline.proxy.rowCount()} of {timeline.model.rowCount()})")
    timeline.clear_filters()
    report("timeline: sort by collector", timed(lambda: timeline.model.sort_rows(2, 0), args.runs))

    review = ReviewPanel(ws)
    review.resize(1200, 800)
    review.show()

    def open_review() -> None:
        review.show_recording(long_call.id)
        review.grab()

    report("review: open the 3-hour call (painted)", timed(open_review, args.runs), 100)

    def next_mark_frame() -> None:
        review.next_mark()
        review.waveform.grab()

    report("review: jump to next mark + repaint", timed(next_mark_frame, args.runs * 5))
    review.waveform.zoom(50)

    def cursor_frame() -> None:  # what the 30 ms playback tick does
        review.waveform.set_cursor(review.cursor + 1440)
        review.waveform.grab()

    report("review: playback tick (zoomed, repaint)", timed(cursor_frame, args.runs * 5))

    charts = ChartsPanel(ws)
    charts.resize(1000, 800)
    charts.show()

    def open_charts() -> None:
        charts.show_case(case_id)
        charts.grab()

    report("charts: open (counted + painted)", timed(open_charts, args.runs))
    report("search: 'boss' over every case", timed(lambda: search(ws.store, "boss"), args.runs))
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
