"""Dates, times, numbers and amounts on screen, in the UI language's locale (QLocale).

The one place the UI turns a value into text for a person. ``i18n.install`` sets the default
QLocale (Chinese as chosen; English keeps an English system locale's habits, en_GB's
02/03/2026 14:05 as much as en_US's 3/2/2026 2:05 PM). The rules:

- a moment shows on the clock of the zone where it happened, with that zone's offset from
  UTC (a collector's 07:10 call reads 07:10 UTC-05:00 on any computer), as ``timefmt`` does:
  never "CST", which is both China's zone and the US Central one; before the offset, the name
  people call that clock (北京时间 UTC+08:00, "Eastern Time (US) UTC-05:00"), as the report
  names it, where there is one (``placenames.zone_name``);
- a date always has a four-digit year (the locale's short date, never 3/2/26);
- an amount keeps its ISO currency code next to the locale's digits ("USD 1,234.50"),
  because "$" alone could be US, Taiwan or Hong Kong dollars, and keeps every stored digit
  (amounts are exact decimals; evidence is never rounded).

Models sort on the raw values (a column's sort key or a sort role), never on this text.
Machine-readable output (CSV, JSON, WebVTT, file names) stays ISO 8601 and does not come here.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QLocale, QTime, QTimeZone

from ..localefmt import money_words, shown_decimals
from ..timefmt import zone_text
from ..zonenames import zone_name

ZH = ("zh_CN", "zh_TW")


def current() -> QLocale:
    """The UI's locale; the bare "C" locale (no locale set at all) formats as en_US."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


_PATTERNS: dict[str, tuple[str, str, str, bool]] = {}


def _patterns(locale: QLocale) -> tuple[str, str, str, bool]:
    """(date, time, time with seconds, currency code before the number) for a locale."""
    key = locale.name()
    found = _PATTERNS.get(key)
    if found is None:
        date = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date:
            date = date.replace("yy", "yyyy")
        time = locale.timeFormat(QLocale.FormatType.ShortFormat)
        separator = re.search(r"[hH]+([^hHm]*)mm", time)  # ':' mostly, '.' in en_DK
        seconds = f"mm{separator.group(1) if separator else ':'}ss"
        with_seconds = time if "ss" in time else time.replace("mm", seconds, 1)
        code_first = locale.toCurrencyString(1.5, "XYZ").lstrip("-(").startswith("XYZ")
        found = _PATTERNS[key] = (date, time, with_seconds, code_first)
    return found


def time_edit_format() -> str:
    """The UI locale's short time, for a time field ("h:mm AP" in the US, "HH:mm" in
    China): what the rest of the app shows, in characters a keyboard types (the US
    format's narrow no-break space before AM/PM is a plain space; see ``clockedit``).
    Where AM/PM comes first (上午2:30 in Taiwan), which no one can type, the field is
    on the 24-hour clock. Dates in fields stay yyyy-MM-dd everywhere, which no reader
    takes for another day."""
    shown = _patterns(current())[1]
    typed = re.sub(r"[\u00a0\u202f\u2009]", " ", shown)
    if re.match(r"\s*a", typed, re.IGNORECASE):
        return "HH:mm"
    return typed


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: dt.datetime | dt.time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def date_text(day: dt.date) -> str:
    """3/2/2026 (en_US), 02/03/2026 (en_GB), 2026/3/2 (zh_CN, zh_TW)."""
    locale = current()
    return locale.toString(_qdate(day), _patterns(locale)[0])


def weekday_text(day: dt.date) -> str:
    """Mon, 周一, 週一."""
    return current().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_text(day: dt.date) -> str:
    """The date and its weekday: 3/2/2026 Mon, 2026/3/2 周一."""
    return f"{date_text(day)} {weekday_text(day)}"


def time_text(moment: dt.datetime | dt.time, *, seconds: bool = False) -> str:
    """7:10 AM (en_US), 07:10 (en_GB, zh_CN), 上午7:10 (zh_TW); as given, no zone change."""
    locale = current()
    patterns = _patterns(locale)
    return locale.toString(_qtime(moment), patterns[2] if seconds else patterns[1])


_ZONE_NAMES: dict[tuple[str, str], str] = {}


def zone_words(local: dt.datetime, *, named: bool = True) -> str:
    """The clock an aware moment is on: its zone's name in the UI's language and its offset
    ("北京时间 UTC+08:00", "Eastern Time (US) UTC-05:00"); the offset alone for a zone with
    no name here, or with ``named=False`` (where a screen names the zone once)."""
    offset = zone_text(local)
    key = getattr(local.tzinfo, "key", None)
    if not named or not offset or not key:
        return offset
    language = current().name()
    name = _ZONE_NAMES.get((key, language))
    if name is None:
        # The report's names (generic: never "Standard" for a July time); UTC is its offset
        utc = key in ("UTC", "Etc/UTC")
        found = None if utc else zone_name(key, language if language in ZH else "en")
        name = _ZONE_NAMES[(key, language)] = found or ""
    return f"{name} {offset}" if name else offset


def wall_text(
    local: dt.datetime,
    *,
    seconds: bool = False,
    weekday: bool = False,
    zone: bool = True,
    named: bool = True,
) -> str:
    """An already-local moment as shown on its own clock, its zone by name and offset:
    3/2/2026 7:10 AM Eastern Time (US) UTC-05:00 (``zone_words``)."""
    parts = [date_text(local.date())]
    if weekday:
        parts.append(weekday_text(local.date()))
    parts.append(time_text(local, seconds=seconds))
    if zone and (name := zone_words(local, named=named)):
        parts.append(name)
    return " ".join(parts)


def moment_text(moment: dt.datetime, zone: str, *, seconds: bool = False) -> str:
    """A stored UTC moment on the clock of ``zone`` (where it happened), with the zone's
    name and offset: 3/2/2026 7:10 AM Eastern Time (US) UTC-05:00, 2026/3/2 20:10 北京时间
    UTC+08:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return wall_text(moment.astimezone(ZoneInfo(zone)), seconds=seconds)


def moment_date_text(moment: dt.datetime, zone: str) -> str:
    """The date a stored UTC moment fell on in ``zone``: 3/2/2026, 2026/3/2."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return date_text(moment.astimezone(ZoneInfo(zone)).date())


def number_text(value: int) -> str:
    """1,234,567 (1,23,45,678 in en_IN): the locale's grouping."""
    return current().toString(int(value))


def money_text(amount: Decimal | int | float | str | None, currency: str) -> str:
    """USD 1,234.50 (or 1.234,50 USD where the locale puts the currency after; in Chinese
    人民币 1,234.50 元, 1,234.50 美元): every stored digit, grouped and pointed as the locale
    writes numbers."""
    if amount is None or amount == "":
        return ""
    locale = current()
    number = Decimal(str(amount))
    whole, _, fraction = format(abs(number), "f").partition(".")
    code = (currency or "").strip().upper()
    fraction = fraction.rstrip("0").ljust(shown_decimals(code), "0")  # as the report does
    digits = locale.toString(int(whole))
    if fraction:
        digits += locale.decimalPoint() + fraction
    if number < 0:
        digits = locale.negativeSign() + digits
    if not code:
        return digits
    if locale.name() in ("zh_CN", "zh_TW"):  # 人民币 18,600.00 元, as the report writes it
        return money_words(digits, code, locale.name())
    return f"{code} {digits}" if _patterns(locale)[3] else f"{digits} {code}"


def size_text(size: int) -> str:
    """12.3 kB, 1.2 GB (SI units, as file managers show them), with the locale's digits."""
    return current().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def system_zone() -> str | None:
    """The computer's IANA time zone (Qt knows it on every platform), if it has one."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return zone if zone in available_timezones() else None


def example_amount(example: str, currency: str) -> str:
    """An amount for a placeholder ("e.g. 150.00"), written as the currency's amounts are
    shown: 150 in New Taiwan dollars (a walk-through's NT$ case read "e.g. 3482.17")."""
    places = shown_decimals(currency or "")
    return format(Decimal(example).quantize(Decimal(1).scaleb(-places)), "f")
