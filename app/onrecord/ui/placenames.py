"""Time zones, phone regions and currencies as a person reads them, in the UI's language.

"Asia/Shanghai", "CN (+86)" and "CNY" meant nothing to a user in a walk-through; the choices
now read "Asia/Shanghai — 中国标准时间", "中国大陆 +86 (CN)" and "CNY — 人民币", and the
identifier stays in the text (so typing "Shanghai", "CN" or "CNY" still finds it) and in the
item's data (what is saved). Zone names come from Qt's time-zone data; region and currency
names are translated here for the regions and currencies users here meet most (the
geocoding data that names them all costs a quarter of a second at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter

from .. import zonenames
from .localefmt import current

#: the currencies offered first; any other ISO 4217 code can be typed
COMMON_CURRENCIES = ["USD", "CNY", "TWD", "HKD", "GBP", "EUR"]


def zone_items(zones: list[str], locale: QLocale | None = None) -> list[tuple[str, str]]:
    """(text, zone) for each zone: its identifier, then its name in ``locale`` (the UI's):
    the name the report gives it (``onrecord.zonenames``: 北京时间, "Eastern Time (US)" all
    year, where Qt says "Eastern Standard Time" in July too), else Qt's."""
    locale = locale or current()
    language = locale.name() if locale.name() in ("zh_CN", "zh_TW") else "en"
    items = []
    for zone in sorted(zones):
        name = zonenames.zone_name(zone, language) or ""
        tz = QTimeZone(zone.encode())
        if not name and tz.isValid():
            name = tz.displayName(
                QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale
            )
        shown = zone.replace("_", " ")
        useful = name and name != zone and not name.startswith(("GMT", "UTC"))
        items.append((f"{shown} — {name}" if useful else shown, zone))
    return items


def zone_name(zone: str, locale: QLocale | None = None) -> str:
    """A zone as a sentence names it: its name in the UI's language ("北京时间", "China
    Standard Time"), or the identifier where Qt knows no name."""
    ((text, _),) = zone_items([zone], locale)
    return text.split(" — ", 1)[1] if " — " in text else zone


def region_names() -> dict[str, str]:
    """Names, in the UI's language, of the regions most users here call from or are called
    from (first in the list, in this order); every other region shows its code only."""
    return {
        "CN": QCoreApplication.translate("PlaceNames", "Mainland China"),
        "HK": QCoreApplication.translate("PlaceNames", "Hong Kong"),
        "MO": QCoreApplication.translate("PlaceNames", "Macao"),
        "TW": QCoreApplication.translate("PlaceNames", "Taiwan"),
        "US": QCoreApplication.translate("PlaceNames", "United States"),
        "CA": QCoreApplication.translate("PlaceNames", "Canada"),
        "GB": QCoreApplication.translate("PlaceNames", "United Kingdom"),
        "AU": QCoreApplication.translate("PlaceNames", "Australia"),
        "NZ": QCoreApplication.translate("PlaceNames", "New Zealand"),
        "SG": QCoreApplication.translate("PlaceNames", "Singapore"),
        "MY": QCoreApplication.translate("PlaceNames", "Malaysia"),
        "PH": QCoreApplication.translate("PlaceNames", "Philippines"),
        "ID": QCoreApplication.translate("PlaceNames", "Indonesia"),
        "TH": QCoreApplication.translate("PlaceNames", "Thailand"),
        "VN": QCoreApplication.translate("PlaceNames", "Vietnam"),
        "JP": QCoreApplication.translate("PlaceNames", "Japan"),
        "KR": QCoreApplication.translate("PlaceNames", "South Korea"),
        "IN": QCoreApplication.translate("PlaceNames", "India"),
        "DE": QCoreApplication.translate("PlaceNames", "Germany"),
        "FR": QCoreApplication.translate("PlaceNames", "France"),
    }


def region_items(regions: list[str]) -> list[tuple[str, str]]:
    """(text, region) for phone regions: the named ones first ("Taiwan +886 (TW)"), then
    the rest by code ("AD (+376)")."""
    import phonenumbers

    names = region_names()
    named = [r for r in names if r in regions]
    rest = sorted(r for r in regions if r not in names)
    items = []
    for region in [*named, *rest]:
        code = phonenumbers.country_code_for_region(region)
        name = names.get(region)
        items.append((f"{name} +{code} ({region})" if name else f"{region} (+{code})", region))
    return items


def currency_items() -> list[tuple[str, str]]:
    """(text, code) for the common currencies: "CNY — Chinese yuan (RMB)"."""
    names = {
        "USD": QCoreApplication.translate("PlaceNames", "US dollar"),
        "CNY": QCoreApplication.translate("PlaceNames", "Chinese yuan (RMB)"),
        "TWD": QCoreApplication.translate("PlaceNames", "New Taiwan dollar"),
        "HKD": QCoreApplication.translate("PlaceNames", "Hong Kong dollar"),
        "GBP": QCoreApplication.translate("PlaceNames", "British pound"),
        "EUR": QCoreApplication.translate("PlaceNames", "euro"),
    }
    return [(f"{code} — {names[code]}", code) for code in COMMON_CURRENCIES]


def searchable_combo(items: list[tuple[str, str]]) -> QComboBox:
    """An editable combo of (text, value) that finds an item by any part of its text."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for text, value in items:
        combo.addItem(text, value)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    return combo


def set_value(combo: QComboBox, value: str) -> None:
    """Show the item whose value is ``value``, or ``value`` typed in if there is none."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(value)


def value_of(combo: QComboBox) -> str:
    """The chosen item's value; for typed text, the item it names or the text's first word
    (a typed "asia/shanghai" or "cny" is what the store then checks)."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index < 0:
        index = combo.findData(text)
    if index < 0:
        folded = text.casefold()
        index = next(
            (i for i in range(combo.count()) if str(combo.itemData(i)).casefold() == folded), -1
        )
    return str(combo.itemData(index)) if index >= 0 else (text.split(" ")[0] if text else "")
