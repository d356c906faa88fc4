"""A first guess at where the user lives, from the computer's time zone and language.

Only a default for the first-run guide and new cases (the user can change it): a computer set
to Asia/Shanghai or to Simplified Chinese should not start a case under US rules in New York
time, as it did.
"""

from __future__ import annotations

from .store.enums import JURISDICTION_DEFAULTS, Jurisdiction

_ZONES = {
    Jurisdiction.CN: {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin",
                      "Asia/Urumqi", "Asia/Kashgar", "PRC"},
    Jurisdiction.TW: {"Asia/Taipei", "ROC"},
    Jurisdiction.HK: {"Asia/Hong_Kong", "Hongkong"},
    Jurisdiction.UK: {"Europe/London", "Europe/Belfast", "GB", "GB-Eire"},
}  # fmt: skip
_US_PREFIXES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                "America/Phoenix", "America/Anchorage", "America/Detroit", "America/Boise",
                "America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "US/",
                "Pacific/Honolulu")  # fmt: skip
_LANGUAGES = {"zh_CN": Jurisdiction.CN, "zh_TW": Jurisdiction.TW, "zh_HK": Jurisdiction.HK}


def jurisdiction_of_zone(zone: str | None) -> Jurisdiction | None:
    if not zone:
        return None
    for jurisdiction, zones in _ZONES.items():
        if zone in zones:
            return jurisdiction
    if zone.startswith(_US_PREFIXES):
        return Jurisdiction.US
    return None


def suggest(zone: str | None, language: str | None) -> tuple[Jurisdiction, str]:
    """(jurisdiction, time zone): the computer's zone decides when it is one we know, else the
    UI language, else the US; the zone is the computer's own when it lies in that place."""
    jurisdiction = jurisdiction_of_zone(zone)
    if jurisdiction is None:
        jurisdiction = _LANGUAGES.get((language or "").replace("-", "_"), Jurisdiction.US)
    if zone and jurisdiction_of_zone(zone) == jurisdiction:
        return jurisdiction, zone
    return jurisdiction, JURISDICTION_DEFAULTS[jurisdiction][0]
