"""Showing stored UTC times in the zone where they happened, ISO-style (the command line).

The same moment for a person in their language: ``ui.localefmt`` on screen (QLocale) and
``localefmt`` in the evidence report. Files for machines (CSV, JSON, WebVTT) write ISO 8601.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def local(moment: dt.datetime, zone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(zone))


def local_text(moment: dt.datetime, zone: str, *, seconds: bool = False) -> str:
    """E.g. '2026-03-02 07:10 CST' — what a person in that zone saw on their clock, in the
    language-neutral form the command line prints."""
    shown = local(moment, zone)
    pattern = "%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z"
    return shown.strftime(pattern)


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
