"""Dates, times of day and lengths as people write them in a spreadsheet.

``2026-08-10 15:54``, ``2026/8/10``, ``2026年8月10日 星期一``, ``8/10``, ``8月10日``;
``15:54``, ``下午3:54``, ``3:54 PM``, ``15点54分``, ``晚上8点半``; ``95``, ``3:20``,
``3分20秒``, ``2 min``. Each function returns the value or raises ``Unreadable`` (``NoUnit``
for a bare number whose column does not say minutes or seconds).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

#: regions whose people write the month before the day (8/10 = 10 August); the others write
#: the day first (8/10 = 8 October), as Excel does there
MONTH_FIRST_REGIONS = frozenset({"US", "CA", "PH", "CN", "TW", "JP", "KR"})


class Unreadable(ValueError):
    """The text is not a value of this kind."""


class NoUnit(Unreadable):
    """A bare number in a length column whose name gives no unit."""


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


# ------------------------------------------------------------------- moments
@dataclass(frozen=True, slots=True)
class Moment:
    """A moment as read, and what in the text could have been read another way: the reader
    is told how it was read (``csvreadings``), never left to guess."""

    value: dt.datetime  # naive (the row's zone) unless the text gave an offset
    has_time: bool  # False: a date alone
    date_text: str = ""  # the date as written (folded), for an example
    clock_text: str = ""  # the time of day as written (folded)
    #: "month" or "day": which of two numbers that could each be the month (8/10) was read
    #: first, by the region's habit; "" when the text left no choice
    order: str = ""
    year_guessed: bool = False  # no year written: the latest such day not in the future
    next_day: bool = False  # a night hour (晚上1点, 半夜2:30) read as the morning after the date


_WEEKDAY = re.compile(
    r"[(\[]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天1-7]\s*[)\]]?"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?,?"
)
_YMD = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号號]?")
_MD_CHINESE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_XXY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_XX = re.compile(r"(\d{1,2})[/.](\d{1,2})(?![\d/.:])")


def moment(text: str, region: str, today: dt.date) -> Moment:
    """A date with or without a time of day; a year left out is the latest one not in the
    future (``today`` is the row's date)."""
    folded = _fold(text)
    iso = folded.replace("/", "-")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([t ].+)?", iso):
        try:
            value = dt.datetime.fromisoformat(iso.upper())
        except ValueError:
            pass
        else:
            return Moment(value, len(iso) > 10)
    rest = _WEEKDAY.sub(" ", folded).replace(",", " ").strip()
    year: int | None
    order = ""
    if m := _YMD.match(rest):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _MD_CHINESE.match(rest):
        year, month, day = None, int(m[1]), int(m[2])
    elif m := _XXY.match(rest):
        month, day = _order(int(m[1]), int(m[2]), region)
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        order = _guessed_order(int(m[1]), int(m[2]), region)
    elif m := _XX.match(rest):
        month, day = _order(int(m[1]), int(m[2]), region)
        year = None
        order = _guessed_order(int(m[1]), int(m[2]), region)
    else:
        raise Unreadable(text)
    year_guessed = year is None
    try:
        if year is None:
            year = today.year
            if dt.date(year, month, day) > today + dt.timedelta(days=1):
                year -= 1
        date = dt.date(year, month, day)
    except ValueError:
        raise Unreadable(text) from None
    written = m[0].strip()
    clock = rest[m.end() :].strip().removeprefix("t").strip()
    if not clock:
        return Moment(dt.datetime.combine(date, dt.time()), False, written, "", order, year_guessed)
    hour, minute, second, next_day = time_of_day(clock)
    start = dt.datetime.combine(date, dt.time(hour, minute, second))
    return Moment(
        start + dt.timedelta(days=next_day),
        True,
        written,
        clock,
        order,
        year_guessed,
        bool(next_day),
    )


def _order(first: int, second: int, region: str) -> tuple[int, int]:
    """(month, day) of two numbers, in the region's order."""
    return (first, second) if region.upper() in MONTH_FIRST_REGIONS else (second, first)


def _guessed_order(first: int, second: int, region: str) -> str:
    """ "month" or "day" (which was read first) when both numbers could be the month and they
    differ; "" when only one reading is a date (8/8, or a day past 12)."""
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return ""
    return "month" if region.upper() in MONTH_FIRST_REGIONS else "day"


_PERIODS = {
    "凌晨": "am",
    "早上": "am",
    "早晨": "am",
    "清晨": "am",
    "上午": "am",
    "早": "am",
    "am": "am",
    "a.m.": "am",
    "中午": "noon",
    "下午": "pm",
    "午后": "pm",
    "午後": "pm",
    "傍晚": "pm",
    "pm": "pm",
    "p.m.": "pm",
    "晚上": "night",
    "晚间": "night",
    "晚間": "night",
    "夜里": "night",
    "夜裡": "night",
    "夜间": "night",
    "夜間": "night",
    "深夜": "night",
    "半夜": "night",
    "午夜": "night",
    "晚": "night",
}
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")
_CHINESE_CLOCK = re.compile(
    r"(\d{1,2})(?:点|點|时|時)(?:钟|鐘)?(?:(\d{1,2})分?|(半)|(一刻)|(三刻))?(?:(\d{1,2})秒)?"
)


def time_of_day(text: str) -> tuple[int, int, int, int]:
    """(hour, minute, second, days after the date: 1 for "晚上12点" or "半夜1点")."""
    clock = re.sub(r"\s+", "", _fold(text))
    period = None
    for word in sorted(_PERIODS, key=len, reverse=True):
        if clock.startswith(word) or clock.endswith(word):
            period = _PERIODS[word]
            clock = clock.removeprefix(word) if clock.startswith(word) else clock[: -len(word)]
            break
    if m := _CLOCK.fullmatch(clock):
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    elif m := _CHINESE_CLOCK.fullmatch(clock):
        hour = int(m[1])
        minute = int(m[2]) if m[2] else 30 if m[3] else 15 if m[4] else 45 if m[5] else 0
        second = int(m[6] or 0)
    elif period and re.fullmatch(r"\d{1,2}", clock):
        hour, minute, second = int(clock), 0, 0
    else:
        raise Unreadable(text)
    next_day = 0
    if period == "am":
        if hour > 12:
            raise Unreadable(text)
        hour = 0 if hour == 12 else hour
    elif (period == "pm" and 1 <= hour < 12) or (period == "noon" and 1 <= hour < 11):
        hour += 12
    elif period == "night":
        # the night after the date written: 晚上12点 is its midnight, and 半夜1点 or 晚上1点
        # an hour after that ("昨晚1点" is after yesterday's evening), not 23 hours before
        if hour == 12 or hour < 5:
            hour, next_day = hour % 12, 1
        elif hour < 12:
            hour += 12
    if not (hour < 24 and minute < 60 and second < 60):
        raise Unreadable(text)
    return hour, minute, second, next_day


# ------------------------------------------------------------------- lengths
_HMS = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?")
_NUMBER = r"(\d+(?:\.\d+)?)"
_WORDS = re.compile(
    rf"(?:{_NUMBER}(?:小时|小時|个小时|個小時|时|時|hours?|hrs?|h))?"
    rf"(?:{_NUMBER}(?:分钟|分鐘|分|minutes?|mins?|m|'))?"
    rf"(?:{_NUMBER}(?:秒钟|秒鐘|秒|seconds?|secs?|s|\"))?"
)
_MINUTES_THEN_BARE = re.compile(rf"{_NUMBER}(?:分钟|分鐘|分|m|'){_NUMBER}")


def seconds(text: str, unit: str) -> float:
    """A length in seconds. ``unit`` is the column's: "s", "min", or "" (none given)."""
    folded = re.sub(r"\s+", "", _fold(text))
    if m := _HMS.fullmatch(folded):
        parts = [float(p) for p in m.groups() if p is not None]
        if len(parts) == 2:  # 3:20 — minutes and seconds, as a length is written
            return parts[0] * 60 + parts[1]
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    if re.fullmatch(_NUMBER, folded):
        if unit == "s":
            return float(folded)
        if unit == "min":
            return float(folded) * 60
        raise NoUnit(text)
    if m := _MINUTES_THEN_BARE.fullmatch(folded):
        return float(m[1]) * 60 + float(m[2])
    if folded and (m := _WORDS.fullmatch(folded)) and any(m.groups()):
        h, mi, s = (float(g) if g else 0.0 for g in m.groups())
        return h * 3600 + mi * 60 + s
    raise Unreadable(text)
