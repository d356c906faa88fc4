"""Contact attempts per day and per hour of day: the numbers (pure) and plain SVG for HTML.

``contact_counts`` is the one place these numbers are computed; the HTML report draws them as
SVG here and the PDF draws the same numbers with QPainter (``report_pdf``), and the UI can reuse
them for its own chart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from ..localefmt import date_text, month_day
from ..store.types import from_utc_text

#: Collector contact allowed window (local hours, [start, end)) per jurisdiction; outside it a
#: contact is "off-hours". HK has no number in the code of practice: the US/UK benchmark is used.
ALLOWED_HOURS = {"us": (8, 21), "uk": (8, 21), "cn": (8, 21), "tw": (7, 22), "hk": (8, 21)}
#: Kinds counted as contact attempts by the collector (a letter has no meaningful hour).
ATTEMPT_KINDS = {"call", "missed_call", "voicemail", "sms", "chat", "email", "visit", "other"}


def is_attempt(kind: str, direction: str) -> bool:
    """Whether an event is one the charts count: placed by them to the user (not "outgoing",
    not to someone else), not a letter."""
    return kind in ATTEMPT_KINDS and direction not in NOT_TO_THE_USER


#: directions of contacts that are not collectors' attempts to reach the user
NOT_TO_THE_USER = ("outgoing", "to_others")


def uncharted_reason(kind: str, direction: str, withdrawn: bool = False) -> str | None:
    """Why a logged contact is not in the charts — "withdrawn", "mine" (the user's own),
    "others" (theirs with someone else) or "letter" — or None if it is: the one split the
    report's summary and the Patterns tab both give."""
    if withdrawn:
        return "withdrawn"
    if direction == "outgoing":
        return "mine"
    if direction == "to_others":
        return "others"
    return None if is_attempt(kind, direction) else "letter"


@dataclass(frozen=True)
class ChartData:
    per_day: list[tuple[dt.date, int]]  # every day from first to last attempt, zeros included
    per_hour: list[int]  # 24 counts, local hour of day
    allowed: tuple[int, int]  # (start, end) hours
    off_hours_total: int

    def is_off_hour(self, hour: int) -> bool:
        return hour < self.allowed[0] or hour >= self.allowed[1]


def counted(events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events that count: all but those the user withdrew as logged by mistake."""
    return [e for e in events if not e.get("withdrawn_at")]


def contact_counts(
    events: Iterable[Mapping[str, Any]],
    zone: str,
    jurisdiction: str = "us",
    *,
    allowed: tuple[int, int] | None = None,
) -> ChartData:
    """Count collector-placed attempts (direction not "outgoing") by local day and hour.

    ``events`` are plain rows with ``kind``, ``direction`` and ``started_at`` (an aware
    datetime or UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``).
    """
    tz = ZoneInfo(zone)
    window = allowed or ALLOWED_HOURS.get(jurisdiction, (8, 21))
    days: Counter[dt.date] = Counter()
    hours = [0] * 24
    for event in counted(events):
        if not is_attempt(event["kind"], event["direction"]):
            continue
        started = event["started_at"]
        if isinstance(started, str):
            started = from_utc_text(started)
        local = started.astimezone(tz)
        days[local.date()] += 1
        hours[local.hour] += 1
    per_day: list[tuple[dt.date, int]] = []
    if days:
        day, last = min(days), max(days)
        while day <= last:
            per_day.append((day, days[day]))
            day += dt.timedelta(days=1)
    off = sum(n for h, n in enumerate(hours) if h < window[0] or h >= window[1])
    return ChartData(per_day, hours, window, off)


def axis_ticks(value: int) -> list[int]:
    """Whole-number ticks from 0 to a round top at or above ``value``, evenly spaced (at most
    six): 0 1 2 3 4 5, 0 2 4 6 8, 0 5 10 15 — never a rounded 2.5."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        top = max(-(-value // step), 1) * step
        if top // step <= 5:
            return list(range(0, top + 1, step))
    step = 1000 * max(1, -(-value // 5000))
    return list(range(0, max(-(-value // step), 1) * step + 1, step))


def label_step(count: int, slot: float, label_width: float) -> int:
    """Label every n-th bar so that labels ``label_width`` wide (plus a gap) never overlap in
    slots ``slot`` wide: 1, 2, 3, then whole weeks (7, 14, 28…)."""
    if count <= 1 or slot <= 0:
        return 1
    for step in (1, 2, 3, 7, 14, 28, 56, 91, 182, 364):
        if slot * step >= label_width * 1.25:
            return step
    return max(1, count)


def _svg_bars(
    values: list[int],
    labels: list[str],
    shaded: list[bool],
    title: str,
    legend: str,
    *,
    label_every: int = 0,
    tips: list[str] | None = None,
) -> str:
    """Bars with whole-number ticks; ``label_every`` 0: as many labels as fit (11px text)."""
    width, height = 720, 220
    left, right, top, bottom = 36, 8, 28, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = axis_ticks(max(values, default=0))
    top_value = ticks[-1]
    n = max(len(values), 1)
    slot = plot_w / n
    if label_every <= 0:
        label_every = label_step(n, slot, max((len(x) for x in labels), default=1) * 6.6)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>',
    ]
    for i, shade in enumerate(shaded):
        if shade:
            parts.append(
                f'<rect x="{left + i * slot:.1f}" y="{top}" width="{slot:.1f}" '
                f'height="{plot_h}" class="off"/>'
            )
    for tick in ticks:
        y = top + plot_h - plot_h * tick / top_value
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>'
        )
    for i, value in enumerate(values):
        h = plot_h * value / top_value
        bar_w = min(slot * 0.7, 28.0)
        x = left + i * slot + (slot - bar_w) / 2
        if value:
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" class="bar"><title>{escape((tips or labels)[i])}: {value}</title></rect>'
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{left + i * slot + slot / 2:.1f}" y="{height - bottom + 14}" '
                f'class="axis" text-anchor="middle">{escape(labels[i])}</text>'
            )
    if legend:
        parts.append(
            f'<rect x="{width - right - 190}" y="6" width="12" height="12" class="off"/>'
            f'<text x="{width - right - 174}" y="16" class="axis">{escape(legend)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def per_day_svg(data: ChartData, title: str, language: str = "en") -> str:
    """Bars per day, labelled 3/2 on the axis and with the full date on hover."""
    values = [n for _, n in data.per_day]
    labels = [month_day(d, language) for d, _ in data.per_day]
    tips = [date_text(d, language) for d, _ in data.per_day]
    return _svg_bars(values, labels, [False] * len(values), title, "", tips=tips)


def per_hour_svg(data: ChartData, title: str, legend: str) -> str:
    labels = [f"{h:02d}" for h in range(24)]
    shaded = [data.is_off_hour(h) for h in range(24)]
    return _svg_bars(data.per_hour, labels, shaded, title, legend, label_every=2)
