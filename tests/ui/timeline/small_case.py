"""A small case with two collectors, their numbers and a few contacts at known times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")


@dataclass
class SmallCase:
    case_id: int
    mike: int
    sandra: int
    mike_number: str
    sandra_number: str
    recorded_event: int
    recording_id: int


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=NY)
