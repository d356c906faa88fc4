"""How the report writes a moment: on the clock of the zone where it happened, and its offset
from UTC stated once for the whole report where every time shares one.

A mainland reader found "17:17 UTC+08:00" in every row of a case that was all in Beijing
time, where one line in the summary, "除另有标注外，本报告中的时间均为北京时间（UTC+08:00）", says the same
once. Where the offsets differ (a US case across a change to or from daylight saving time, a
call logged in another zone) every time keeps its own offset, as before; and a time whose
offset is not the stated one always shows its own, so leaving an offset out never makes a
time ambiguous (a call logged on New York's clock in a Beijing case still reads
"09:00 UTC-05:00").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..localefmt import date_text, moment_text
from ..timefmt import zone_text
from ..zonenames import zone_name


@dataclass(frozen=True)
class ReportClock:
    language: str
    zone: ZoneInfo  # the case's
    #: the offset every time in the report has, stated once; None: each time states its own
    plain: dt.timedelta | None

    @classmethod
    def for_moments(
        cls, language: str, zone: ZoneInfo, moments: Iterable[tuple[dt.datetime, ZoneInfo]]
    ) -> ReportClock:
        """The clock for a report showing ``moments``, each with the zone it is shown in.
        The offset is stated once where every moment on the case's clock has the same; a
        moment on another zone's clock shows its own unless it is the same."""
        offsets = {
            moment.astimezone(where).utcoffset()
            for moment, where in moments
            if getattr(where, "key", None) == zone.key
        }
        plain = offsets.pop() if len(offsets) == 1 else None
        return cls(language, zone, plain)

    def __call__(
        self,
        moment: dt.datetime,
        zone: ZoneInfo | str | None = None,
        *,
        seconds: bool = False,
        long: bool = False,
    ) -> str:
        """``moment`` on the clock of ``zone`` (the case's by default), with its offset unless
        it is the one the report states."""
        where = self.zone if zone is None else ZoneInfo(zone) if isinstance(zone, str) else zone
        local = moment.astimezone(where)
        return moment_text(
            local,
            where,
            self.language,
            seconds=seconds,
            long=long,
            offset=self.plain is None or local.utcoffset() != self.plain,
        )

    def day(
        self, moment: dt.datetime, zone: ZoneInfo | str | None = None, *, long: bool = False
    ) -> str:
        """The date ``moment`` falls on, on the clock of ``zone`` (the case's by default), with
        no time: a letter's ("Nov 20, 2026")."""
        where = self.zone if zone is None else ZoneInfo(zone) if isinstance(zone, str) else zone
        return date_text(moment.astimezone(where).date(), self.language, long=long)

    def zone_text(self) -> str:
        """The case's zone by name and identifier: "China Standard Time (Asia/Shanghai)",
        "北京时间（Asia/Shanghai）"; the identifier alone where it has no name here."""
        return named_zone(self.zone.key, self.language)

    def offset_text(self) -> str:
        """The stated offset ("UTC+08:00"), or "" where each time states its own."""
        if self.plain is None:
            return ""
        return zone_text(dt.datetime(2000, 1, 1, tzinfo=dt.timezone(self.plain)))


def named_zone(zone: str, language: str) -> str:
    name = zone_name(zone, language)
    if not name:
        return zone
    return f"{name}（{zone}）" if language.startswith("zh") else f"{name} ({zone})"
