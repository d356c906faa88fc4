"""Showing stored UTC times in the zone where they happened, ISO-style (the command line).

The same moment for a person in their language: ``ui.localefmt`` on screen (QLocale) and
``localefmt`` in the evidence report. Files for machines (CSV, JSON, WebVTT) write ISO 8601.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def local(moment: dt.datetime, zone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(zone))


def zone_text(moment: dt.datetime) -> str:
    """The zone of an aware moment as its offset from UTC: 'UTC+08:00', 'UTC-05:00',
    'UTC+00:00'.

    Never the abbreviation: "CST" is China (UTC+8) and the US Central zone (UTC-6), "IST"
    India, Israel and Ireland; a time in a report read abroad must not be misread. A zero
    offset is written out too: a UK adviser read "1:30 AM UTC" in winter as a time converted
    to UTC, beside "1:30 AM UTC+01:00" in summer.
    """
    offset = moment.utcoffset()
    if offset is None:
        return ""
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes, seconds = divmod(abs(int(offset.total_seconds())), 60)
    hours, minutes = divmod(minutes, 60)
    text = f"UTC{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{seconds:02d}" if seconds else text  # seconds: only before ~1900 (LMT)


def local_text(moment: dt.datetime, zone: str, *, seconds: bool = False) -> str:
    """E.g. '2026-03-02 07:10 UTC+08:00' — what a person in that zone saw on their clock, in
    the language-neutral form the command line prints."""
    shown = local(moment, zone)
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return f"{shown.strftime(pattern)} {zone_text(shown)}"


def clock_text(seconds: float) -> str:
    """A position in a recording as a player's clock shows it: whole seconds, cut, never
    rounded (4.55 s is 0:04, 86.79 s is 1:26; 1:02:05 past the hour).

    Every place on screen that shows where a mark is, or how far a recording has got, uses
    this one, so the live call screen and the review screen agree to the second.
    """
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration_text(seconds: float | None) -> str:
    """A length as the player's clock reads at its end: whole seconds, cut like
    ``clock_text`` (a 22.85 s call is 0:22 on every screen and in the report; rounded in some
    places, it read 0:23 in the timeline and 0:22 in the review)."""
    if seconds is None:
        return ""
    return clock_text(seconds)
