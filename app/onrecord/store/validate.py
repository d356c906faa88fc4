"""Checks on values a user typed, each failing with a message that names the field."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers

from ..localefmt import CURRENCY_DECIMALS, currency_decimals
from ..messages import QT_TRANSLATE_NOOP, term
from .enums import JURISDICTION_DEFAULTS, Jurisdiction
from .errors import InvalidInputError

#: Every field name the store's messages can name, for the translators (the UI translates
#: the name inside a message; tests/test_messages.py checks the store names no other).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Field", "title"),
    QT_TRANSLATE_NOOP("Field", "creditor"),
    QT_TRANSLATE_NOOP("Field", "agency"),
    QT_TRANSLATE_NOOP("Field", "account_ref"),
    QT_TRANSLATE_NOOP("Field", "my_numbers"),
    QT_TRANSLATE_NOOP("Field", "contract_notes"),
    QT_TRANSLATE_NOOP("Field", "notes"),
    QT_TRANSLATE_NOOP("Field", "reference"),
    QT_TRANSLATE_NOOP("Field", "amount"),
    QT_TRANSLATE_NOOP("Field", "due date"),
    QT_TRANSLATE_NOOP("Field", "name"),
    QT_TRANSLATE_NOOP("Field", "aliases"),
    QT_TRANSLATE_NOOP("Field", "employee_id"),
    QT_TRANSLATE_NOOP("Field", "organisation"),
    QT_TRANSLATE_NOOP("Field", "phone number"),
    QT_TRANSLATE_NOOP("Field", "label"),
    QT_TRANSLATE_NOOP("Field", "start time"),
    QT_TRANSLATE_NOOP("Field", "source"),
    QT_TRANSLATE_NOOP("Field", "summary"),
    QT_TRANSLATE_NOOP("Field", "tag"),
    QT_TRANSLATE_NOOP("Field", "note"),
    QT_TRANSLATE_NOOP("Field", "reason"),
    QT_TRANSLATE_NOOP("Field", "description"),
    QT_TRANSLATE_NOOP("Field", "payment amount"),
    QT_TRANSLATE_NOOP("Field", "payment date"),
    QT_TRANSLATE_NOOP("Field", "method"),
    QT_TRANSLATE_NOOP("Field", "time"),
    QT_TRANSLATE_NOOP("Field", "format"),
    QT_TRANSLATE_NOOP("Field", "mark time"),
    QT_TRANSLATE_NOOP("Field", "contact date"),
    QT_TRANSLATE_NOOP("Field", "debt may be illegal"),
)


def _field(name: str) -> str:
    return term("Field", name)


def text(value: object, field: str, *, limit: int, required: bool = False) -> str:
    result = "" if value is None else str(value).strip()
    if "\x00" in result:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} contains a NUL character").format(
                field=_field(field)
            )
        )
    if required and not result:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} must not be empty").format(field=_field(field))
        )
    if len(result) > limit:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "{field} is too long ({length} characters, at most {limit})"
            ).format(field=_field(field), length=len(result), limit=limit)
        )
    return result


def flag(value: object, field: str) -> bool:
    """A yes/no the user ticked: True or False only (not "no", which would read as true)."""
    if not isinstance(value, bool):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} must be yes or no, not {value}").format(
                field=_field(field), value=repr(value)
            )
        )
    return value


def jurisdiction(value: str | Jurisdiction) -> Jurisdiction:
    try:
        return Jurisdiction(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(j.value for j in Jurisdiction)
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "unknown jurisdiction {value} (choose one of {choices})"
            ).format(value=repr(value), choices=choices)
        ) from None


_UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "Store", "unknown time zone {value} (use an IANA name such as Asia/Shanghai)"
)


def timezone(value: str) -> str:
    name = str(value).strip()
    if not name or len(name) > 64:
        raise InvalidInputError(_UNKNOWN_ZONE.format(value=repr(name[:40])))
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInputError(_UNKNOWN_ZONE.format(value=repr(value))) from None
    if name not in available_timezones() and name != "UTC":
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "unknown time zone {value}").format(value=repr(value))
        )
    return name


def region(value: str) -> str:
    code = str(value).strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "unknown phone region {value} (use a country code such as CN)"
            ).format(value=repr(value))
        )
    return code


def currency(value: str) -> str:
    code = str(value or "").strip().upper()
    if code and (len(code) != 3 or not code.isalpha()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "currency must be a 3-letter code such as USD, not {value}"
            ).format(value=repr(value))
        )
    return code


#: Decimal places of the currencies that do not use two (ISO 4217); every other code uses two.
_DOLLARS = frozenset({"USD", "HKD", "TWD", "CAD", "AUD", "NZD", "SGD", "MXN"})
#: Signs and words people type next to an amount, and the currencies each can mean.
CURRENCY_MARKS: dict[str, frozenset[str]] = {
    "$": _DOLLARS,
    "US$": frozenset({"USD"}),
    "HK$": frozenset({"HKD"}),
    "NT$": frozenset({"TWD"}),
    "C$": frozenset({"CAD"}),
    "CA$": frozenset({"CAD"}),
    "A$": frozenset({"AUD"}),
    "AU$": frozenset({"AUD"}),
    "S$": frozenset({"SGD"}),
    "¥": frozenset({"CNY", "JPY"}),
    "元": frozenset({"CNY", "TWD", "HKD"}),
    "圆": frozenset({"CNY"}),
    "块": frozenset({"CNY"}),
    "人民币": frozenset({"CNY"}),
    "RMB": frozenset({"CNY"}),
    "YUAN": frozenset({"CNY"}),
    "港元": frozenset({"HKD"}),
    "港币": frozenset({"HKD"}),
    "港幣": frozenset({"HKD"}),
    "新台币": frozenset({"TWD"}),
    "新台幣": frozenset({"TWD"}),
    "台币": frozenset({"TWD"}),
    "台幣": frozenset({"TWD"}),
    "NTD": frozenset({"TWD"}),
    "円": frozenset({"JPY"}),
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "₩": frozenset({"KRW"}),
    "₹": frozenset({"INR"}),
}
#: Codes that, typed next to an amount, name a currency (so "300 EUR" in a USD case is refused).
CURRENCY_CODES = frozenset(
    (
        *CURRENCY_DECIMALS,
        *_DOLLARS,
        *("CNY", "EUR", "GBP", "CHF", "INR", "RUB", "BRL", "ZAR", "THB", "MYR", "PHP", "IDR"),
        *("SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "AED", "SAR", "ILS", "EGP", "NGN"),
        *("KES", "PKR", "BDT", "MOP", "LKR", "NPR", "UAH", "RON", "COP", "PEN", "ARS"),
    )
)
_MARKS = "|".join(re.escape(m) for m in sorted(CURRENCY_MARKS, key=len, reverse=True))
_LEADING_MARK = re.compile(rf"^(?:{_MARKS}|[A-Z]{{3}}(?![A-Z]))\s*", re.IGNORECASE)
_TRAILING_MARK = re.compile(rf"(?<![A-Z])\s*(?:{_MARKS}|[A-Z]{{3}})$", re.IGNORECASE)
#: Plain digits with an optional decimal part, or digits with commas between groups of three.
_NUMBER = re.compile(r"(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?")
_HOW_TO_WRITE = QT_TRANSLATE_NOOP(
    "Store",
    "{field} {value} cannot be read safely: write the amount with digits and a point for "
    "decimals, like 1234.50 (a comma only between thousands, like 1,234.50)",
)


def _strip_currency(text: str, value: object, field: str, code: str | None) -> str:
    """``text`` without a currency sign or code that matches ``code``; refuse any other."""
    for pattern in (_LEADING_MARK, _TRAILING_MARK):
        match = pattern.search(text)
        if match is None:
            continue
        mark = match.group().strip().upper()
        rest = (text[: match.start()] + text[match.end() :]).strip()
        if mark == code:
            means = frozenset({code})
        elif mark in CURRENCY_MARKS:
            means = CURRENCY_MARKS[mark]
        elif mark in CURRENCY_CODES:
            means = frozenset({mark})
        else:
            continue  # "12abc": not a currency, and refused below as not a number
        if not any(ch.isdigit() for ch in rest):
            continue  # "NaN", "EUR" alone: nothing to strip a currency from
        if not code:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "“{value}”: type the {field} without a currency sign or code, "
                    "for example 1234.50",
                ).format(field=_field(field), value=_typed(value))
            )
        if code not in means:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The {field} “{value}” is not in {currency}, the currency of this case: "
                    "type it in {currency}, for example 1234.50",
                ).format(field=_field(field), value=_typed(value), currency=code)
            )
        text = rest
    return text


def _typed(value: object) -> str:
    """What the user typed, as it is put between quotes in a refusal: “two hundred”."""
    return str(value).strip()


_CHINESE_UNITS = {"万": 4, "萬": 4, "亿": 8, "億": 8}


def amount(value: object, field: str = "amount", currency: str | None = None) -> Decimal | None:
    """The amount typed, exactly: never rounded, never guessed.

    Digits with an optional ``.`` and decimals; ``,`` only between groups of three
    ("1,234.50"); a sign or code of ``currency`` ("$3,000", "3000元", "3000 CNY") is dropped;
    a Chinese 万 or 亿 multiplies ("2.3万" is 23000).
    Anything else ("3,48", "1e3", "0x10") is refused with how to write it, and so are more
    decimal places than ``currency`` has.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    finite = isinstance(value, Decimal) and value.is_finite()
    raw = format(value, "f") if finite else str(value)  # Decimal("1E+3") is 1000
    code = (currency or "").strip().upper()
    text = unicodedata.normalize("NFKC", raw).strip()  # full-width ３０００ and ￥ too
    negative = text.startswith("-")
    text = _strip_currency(text.lstrip("-").strip(), value, field, code)
    negative = negative or text.startswith("-")
    text = text.lstrip("-").strip()
    # "2.3万" is how amounts are written in Chinese: 万 / 萬 is exactly ten thousand, 亿 / 億
    # a hundred million (a multiplier, not a guess).
    scale = 0
    if text[-1:] in _CHINESE_UNITS:
        scale = _CHINESE_UNITS[text[-1]]
        text = text[:-1].strip()
    if text.lower() in {"inf", "infinity", "nan", "snan"}:  # what Decimal() would take
        raise InvalidInputError(_HOW_TO_WRITE.format(field=_field(field), value=repr(value)))
    if not any(ch.isdigit() for ch in text):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store",
                "“{value}” is not an amount: type the {field} in digits, "
                "for example 200 or 2,300.50",
            ).format(field=_field(field), value=_typed(value))
        )
    if len(text) > 40 or not text.isascii() or not _NUMBER.fullmatch(text):
        raise InvalidInputError(_HOW_TO_WRITE.format(field=_field(field), value=repr(value)))
    number = Decimal(text.replace(",", ""))
    if scale:
        number = number.scaleb(scale)
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))  # 2.3万 is 23000, not 2.3E+4
    if negative and number != 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store",
                "The {field} cannot be less than zero (you typed “{value}”): "
                "type it without a minus sign",
            ).format(field=_field(field), value=_typed(value))
        )
    if number >= Decimal(10) ** 15:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store",
                "“{value}” is too large to be the {field}: check the number of digits",
            ).format(field=_field(field), value=_typed(value))
        )
    places = -int(number.as_tuple().exponent)
    allowed = currency_decimals(code)
    if places > allowed:
        exact = number.quantize(Decimal(1).scaleb(-allowed))
        if exact != number:  # "3000.00" JPY is 3000; "12.345" USD is not 12.35 or 12.34
            if allowed == 0:
                message = QT_TRANSLATE_NOOP(
                    "Store",
                    "The {field} “{value}” has decimals, but {currency} amounts are whole "
                    "numbers: check the amount",
                )
            elif code:
                message = QT_TRANSLATE_NOOP(
                    "Store",
                    "The {field} “{value}” has more decimal places than {currency} uses "
                    "(at most {allowed}): check the amount",
                )
            else:
                message = QT_TRANSLATE_NOOP(
                    "Store",
                    "The {field} “{value}” has more than {allowed} decimal places: "
                    "check the amount",
                )
            raise InvalidInputError(
                message.format(
                    field=_field(field), value=_typed(value), currency=code, allowed=allowed
                )
            )
        number = exact
    return number


def date(value: object, field: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value  # type: ignore[return-value]
    text_value = str(value).strip()
    if not text_value:
        return None
    try:
        return dt.date.fromisoformat(text_value)
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "{field} must be a date like 2026-03-31, not {value}"
            ).format(field=_field(field), value=repr(value))
        ) from None


#: Nothing in a case file happened before this day.
EARLIEST_DAY = dt.date(1970, 1, 1)
#: How far ahead a due date may be (a long loan's last instalment, not a typo like 2999).
DUE_YEARS_AHEAD = 50
#: How far ahead of this computer's clock a contact or a payment may be dated: a day, for
#: time zones and a phone whose clock is a little ahead.
FUTURE_SLACK = dt.timedelta(days=1)
_IN_THE_FUTURE = QT_TRANSLATE_NOOP("Store", "{field} {value} is in the future; check the date")
_TOO_EARLY = QT_TRANSLATE_NOOP("Store", "{field} {value} is before 1970; check the date")


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def past_date(value: object, field: str) -> dt.date | None:
    """A date something happened (a payment): not before 1970, not after tomorrow."""
    day = date(value, field)
    if day is None:
        return None
    if day < EARLIEST_DAY:
        raise InvalidInputError(_TOO_EARLY.format(field=_field(field), value=day.isoformat()))
    if day > _today() + FUTURE_SLACK:
        raise InvalidInputError(_IN_THE_FUTURE.format(field=_field(field), value=day.isoformat()))
    return day


def due_date(value: object, field: str = "due date") -> dt.date | None:
    """A date something is due: in the future is fine, but not absurdly far, nor before 1970."""
    day = date(value, field)
    if day is None:
        return None
    if day < EARLIEST_DAY:
        raise InvalidInputError(_TOO_EARLY.format(field=_field(field), value=day.isoformat()))
    if day > dt.date(_today().year + DUE_YEARS_AHEAD, 12, 31):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Store", "{field} {value} is more than {years} years away; check the date"
            ).format(field=_field(field), value=day.isoformat(), years=DUE_YEARS_AHEAD)
        )
    return day


def not_future(value: dt.datetime, field: str, zone: str | None = None) -> dt.datetime:
    """An aware moment that has happened (a contact): at most a day ahead of now, in UTC."""
    moment = aware(value, field)
    if moment > dt.datetime.now(dt.UTC) + FUTURE_SLACK:
        shown = moment.astimezone(ZoneInfo(zone)) if zone else value
        raise InvalidInputError(
            _IN_THE_FUTURE.format(field=_field(field), value=shown.strftime("%Y-%m-%d %H:%M"))
        )
    return moment


def aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "{field} has no time zone").format(field=_field(field))
        )
    return value.astimezone(dt.UTC)


def system_timezone() -> str | None:
    """The IANA name of this computer's zone, when it can be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return timezone(name)
        except InvalidInputError:
            return None
    try:
        target = Path("/etc/localtime").resolve()
    except OSError:
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        candidate = "/".join(parts[parts.index("zoneinfo") + 1 :])
        try:
            return timezone(candidate)
        except InvalidInputError:
            return None
    return None


_ZONE_JURISDICTION = {
    "Asia/Shanghai": Jurisdiction.CN,
    "Asia/Chongqing": Jurisdiction.CN,
    "Asia/Urumqi": Jurisdiction.CN,
    "Asia/Harbin": Jurisdiction.CN,
    "Asia/Taipei": Jurisdiction.TW,
    "Asia/Hong_Kong": Jurisdiction.HK,
    "Europe/London": Jurisdiction.UK,
}


def case_defaults(
    jurisdiction_value: str | None, timezone_value: str | None, region_value: str | None
) -> tuple[Jurisdiction, str, str, str]:
    """Fill in jurisdiction, zone, phone region and currency from whichever were given."""
    zone = timezone(timezone_value) if timezone_value else None
    local = system_timezone()
    if local and (local == "UTC" or local.startswith(("Etc/", "UTC"))):
        local = None  # a server's UTC says nothing about where the user lives
    if jurisdiction_value:
        juris = jurisdiction(jurisdiction_value)
    else:
        juris = _ZONE_JURISDICTION.get(zone or local or "", Jurisdiction.US)
    default_zone, default_region, default_currency = JURISDICTION_DEFAULTS[juris]
    if zone is None:
        zone = local if local and not jurisdiction_value else default_zone
    return juris, zone, region(region_value or default_region), default_currency
