"""The chart numbers (a pure function the UI can reuse) and their SVG."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from onrecord.evidence.charts import contact_counts, per_day_svg, per_hour_svg

NY = ZoneInfo("America/New_York")


def _event(local: dt.datetime, kind: str = "missed_call", direction: str = "incoming") -> dict:
    return {"kind": kind, "direction": direction, "started_at": local.astimezone(dt.UTC)}


def test_counts_by_local_day_and_hour_with_off_hours() -> None:
    events = [
        _event(dt.datetime(2026, 3, 2, 7, 10, tzinfo=NY)),  # off-hours (before 08:00)
        _event(dt.datetime(2026, 3, 2, 9, 0, tzinfo=NY)),
        _event(dt.datetime(2026, 3, 4, 21, 0, tzinfo=NY)),  # off-hours (21:00 is outside)
        _event(dt.datetime(2026, 3, 4, 22, 0, tzinfo=NY), direction="outgoing"),  # mine: no
        _event(dt.datetime(2026, 3, 4, 11, 0, tzinfo=NY), kind="letter"),  # no hour: no
    ]
    data = contact_counts(events, "America/New_York", "us")
    assert data.per_day == [
        (dt.date(2026, 3, 2), 2),
        (dt.date(2026, 3, 3), 0),
        (dt.date(2026, 3, 4), 1),
    ]
    assert data.per_hour[7] == 1 and data.per_hour[9] == 1 and data.per_hour[21] == 1
    assert sum(data.per_hour) == 3
    assert data.off_hours_total == 2
    assert data.allowed == (8, 21)
    assert contact_counts(events, "America/New_York", "tw").off_hours_total == 0  # 07–22


def test_accepts_utc_text_and_draws_plain_svg() -> None:
    events = [
        {"kind": "call", "direction": "incoming", "started_at": "2026-03-02T12:10:00.000000Z"}
    ]
    data = contact_counts(events, "Asia/Shanghai", "cn")
    assert data.per_day == [(dt.date(2026, 3, 2), 1)] and data.per_hour[20] == 1
    svg = per_hour_svg(data, "Calls <by hour>", "Shaded")
    assert svg.startswith("<svg") and "Calls &lt;by hour&gt;" in svg
    assert svg.count('class="off"') == 11 + 1  # 11 off hours + the legend swatch
    assert "<svg" in per_day_svg(data, "per day")
    assert contact_counts([], "UTC").per_day == []
