"""Dates, times and amounts as a reader of the report's language writes them (no Qt).

The evidence report is built without Qt, so it cannot ask QLocale; this module holds the few
patterns the three report languages need, taken from CLDR (the data QLocale uses, so the report
reads like the UI in the same language: ``tests/ui/test_localefmt.py`` compares them):

===========  ==================  ============  ===================
language     date                time          amount
===========  ==================  ============  ===================
en           Mar 2, 2026         7:10 AM       USD 1,234.50
zh_CN        2026年3月2日        07:10         人民币 1,234.50 元
zh_TW        2026年3月2日        上午7:10      新臺幣 1,234.50 元
===========  ==================  ============  ===================

A moment is shown on the clock of the zone where it happened, with that zone's offset from UTC
(a collector's 07:10 call reads 07:10 UTC-05:00 wherever the report is opened; never "CST",
which is both China's zone and the US Central one). An amount names its currency, by its ISO
code in English (``$`` alone could be US, Taiwan or Hong Kong dollars) and by its Chinese name
in Chinese (人民币 … 元, 1,200.00 美元), and keeps every digit that was stored:
evidence is never rounded. Machine-readable files (CSV, JSON, WebVTT, bag-info) do
not come here: they stay ISO 8601.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from .timefmt import zone_text

LANGUAGES = ("en", "zh_CN", "zh_TW")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: ISO 4217 minor units where they are not 2: what amounts are checked against when typed
#: (store.validate) and padded to when shown (here and in the UI), from one table.
CURRENCY_DECIMALS = {
    **dict.fromkeys(
        ("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI"),
        0,
    ),
    **dict.fromkeys(("VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}


def currency_decimals(code: str) -> int:
    """How many decimal places amounts in this currency have (ISO 4217)."""
    return CURRENCY_DECIMALS.get((code or "").strip().upper(), 2)


def _check(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"no formats for language {language!r} (choose {', '.join(LANGUAGES)})")


def date_text(day: dt.date, language: str, *, long: bool = False) -> str:
    """Mar 2, 2026 (long: March 2, 2026) / 2026年3月2日: the month never a bare number."""
    _check(language)
    if language == "en":
        month = (_MONTHS_LONG if long else _MONTHS)[day.month - 1]
        return f"{month} {day.day}, {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def month_day(day: dt.date, language: str) -> str:
    """A chart axis label: "Mar 2" in English (a UK adviser read "11/2" as 11 February, as
    a US reader would not), 3/2 in Chinese (M/d is the only order there)."""
    _check(language)
    if language == "en":
        return f"{_MONTHS[day.month - 1]} {day.day}"
    return f"{day.month}/{day.day}"


def time_text(moment: dt.time | dt.datetime, language: str, *, seconds: bool = False) -> str:
    """7:10 AM / 07:10 / 上午7:10 (with seconds: 7:10:05 AM ...)."""
    _check(language)
    tail = f":{moment.second:02d}" if seconds else ""
    if language == "zh_CN":
        return f"{moment.hour:02d}:{moment.minute:02d}{tail}"
    twelve = moment.hour % 12 or 12
    if language == "zh_TW":
        return f"{'上午' if moment.hour < 12 else '下午'}{twelve}:{moment.minute:02d}{tail}"
    return f"{twelve}:{moment.minute:02d}{tail} {'AM' if moment.hour < 12 else 'PM'}"


def moment_text(
    moment: dt.datetime,
    zone: str | dt.tzinfo,
    language: str,
    *,
    seconds: bool = False,
    long: bool = False,
    offset: bool = True,
) -> str:
    """Mar 2, 2026 7:10 AM UTC-05:00: the moment on the clock of ``zone``, with its offset
    (``offset=False`` leaves it out, for a text that states it once for all its times)."""
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    local = moment.astimezone(tz)
    shown = f"{date_text(local.date(), language, long=long)} {time_text(local, language, seconds=seconds)}"
    return f"{shown} {zone_text(local)}" if offset else shown


def iso_utc(moment: dt.datetime) -> str:
    """2026-03-02T12:10:05Z: the same instant as the package's JSON and audit log."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def number_text(value: Decimal | int | str, language: str, *, decimals: int = 0) -> str:
    """1,234.5 grouped in threes with every stored digit (at least ``decimals`` after the
    point; zeros after those, which say nothing, left off). The three languages share ','
    and '.'."""
    _check(language)
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    # zeros past the places shown say nothing (86540.00 TWD is 86,540); any other digit stays
    fraction = fraction.rstrip("0").ljust(decimals, "0")
    grouped = f"{int(whole):,}"
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"


def money_text(amount: Decimal | int | str | None, currency: str, language: str) -> str:
    """USD 1,234.50 / 人民币 1,234.50 元 / 1,234.50 美元: the amount with every stored digit,
    named as a reader of ``language`` names the currency (:func:`money_words`)."""
    if amount is None or amount == "":
        return ""
    code = (currency or "").strip().upper()
    number = number_text(amount, language, decimals=shown_decimals(code))
    return money_words(number, code, language)


def shown_decimals(code: str) -> int:
    """The decimal places an amount is padded to when shown: ISO 4217's, except where the
    country writes whole amounts (Taiwan: NT$18,600, though ISO gives TWD two places). A
    stored fraction is always shown."""
    return _SHOWN_DECIMALS.get(code.strip().upper(), currency_decimals(code))


def money_words(number: str, code: str, language: str) -> str:
    """An amount already written as digits, with its currency: in English the ISO code first
    (``$`` alone could be US, Taiwan or Hong Kong dollars); in Chinese the currency's Chinese
    name, as contracts and court papers write it (人民币 18,600.00 元, 新臺幣 18,600 元,
    1,200.00 美元), or the ISO code where it has none here."""
    code = code.strip().upper()
    if not code:
        return number
    forms = _CURRENCY_FORMS.get(code)
    if language in ("zh_CN", "zh_TW") and forms is not None:
        return forms[0 if language == "zh_CN" else 1].format(n=number)
    return f"{code} {number}"


_SHOWN_DECIMALS = {"TWD": 0}
#: ISO code -> (简体, 繁體) ways of writing an amount ``n``
_CURRENCY_FORMS = {
    "CNY": ("人民币 {n} 元", "人民幣 {n} 元"),
    "TWD": ("新台币 {n} 元", "新臺幣 {n} 元"),
    "HKD": ("{n} 港元", "港幣 {n} 元"),
    "MOP": ("{n} 澳门元", "{n} 澳門元"),
    "USD": ("{n} 美元", "{n} 美元"),
    "EUR": ("{n} 欧元", "{n} 歐元"),
    "GBP": ("{n} 英镑", "{n} 英鎊"),
    "JPY": ("{n} 日元", "{n} 日圓"),
    "CAD": ("{n} 加元", "{n} 加幣"),
    "AUD": ("{n} 澳元", "{n} 澳幣"),
    "SGD": ("{n} 新加坡元", "{n} 新加坡幣"),
}
