"""Time zones by the name people call their clock, in the three languages (no Qt).

"Asia/Shanghai" and "UTC+08:00" are exact but read as jargon to a mainland reader, who calls
it 北京时间; a US lawyer reads "Eastern Time". These names are generic (the clock, not one
season of it: "Eastern Time", never "Eastern Standard Time" for a call in July) and cover
the zones OnRecord's users and their collectors are in; any other zone has no name here and
is shown by its identifier. The identifier and the offset stay beside the name wherever a
time must be exact (the evidence report), so a name is a help to read, never the record.
"""

from __future__ import annotations

#: zone -> (English, 简体, 繁體)
_NAMES: dict[str, tuple[str, str, str]] = {
    "Asia/Shanghai": ("China Standard Time", "北京时间", "北京時間"),
    "Asia/Chongqing": ("China Standard Time", "北京时间", "北京時間"),
    "Asia/Urumqi": ("Xinjiang Time", "新疆时间", "新疆時間"),
    "Asia/Taipei": ("Taiwan Time", "台湾时间", "臺灣時間"),
    "Asia/Hong_Kong": ("Hong Kong Time", "香港时间", "香港時間"),
    "Asia/Macau": ("Macao Time", "澳门时间", "澳門時間"),
    "Asia/Singapore": ("Singapore Time", "新加坡时间", "新加坡時間"),
    "Asia/Kuala_Lumpur": ("Malaysia Time", "马来西亚时间", "馬來西亞時間"),
    "Asia/Tokyo": ("Japan Time", "日本时间", "日本時間"),
    "Asia/Seoul": ("Korea Time", "韩国时间", "韓國時間"),
    "America/New_York": ("Eastern Time (US)", "美国东部时间", "美國東部時間"),
    "America/Detroit": ("Eastern Time (US)", "美国东部时间", "美國東部時間"),
    "America/Chicago": ("Central Time (US)", "美国中部时间", "美國中部時間"),
    "America/Denver": ("Mountain Time (US)", "美国山地时间", "美國山區時間"),
    "America/Phoenix": (
        "Mountain Time (Arizona)",
        "美国山地时间（亚利桑那）",
        "美國山區時間（亞利桑那）",
    ),
    "America/Los_Angeles": ("Pacific Time (US)", "美国太平洋时间", "美國太平洋時間"),
    "America/Anchorage": ("Alaska Time", "阿拉斯加时间", "阿拉斯加時間"),
    "Pacific/Honolulu": ("Hawaii Time", "夏威夷时间", "夏威夷時間"),
    "America/Toronto": ("Eastern Time (Canada)", "加拿大东部时间", "加拿大東部時間"),
    "America/Vancouver": ("Pacific Time (Canada)", "加拿大太平洋时间", "加拿大太平洋時間"),
    "Europe/London": ("UK time", "英国时间", "英國時間"),
    "Australia/Sydney": ("Sydney time", "悉尼时间", "雪梨時間"),
    "UTC": ("Coordinated Universal Time (UTC)", "协调世界时（UTC）", "世界標準時間（UTC）"),
    "Etc/UTC": ("Coordinated Universal Time (UTC)", "协调世界时（UTC）", "世界標準時間（UTC）"),
}
_COLUMN = {"en": 0, "zh_CN": 1, "zh_TW": 2}


def zone_name(zone: str, language: str) -> str | None:
    """The clock's name in ``language`` ("Eastern Time (US)", "北京时间"), or None for a zone
    this table does not name."""
    names = _NAMES.get(zone)
    if names is None or language not in _COLUMN:
        return None
    return names[_COLUMN[language]]


def named_zones() -> tuple[str, ...]:
    """Every zone this table names (for a column wide enough for any of them)."""
    return tuple(_NAMES)
