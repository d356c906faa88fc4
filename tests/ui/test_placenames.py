"""Time zones, phone regions and currencies read as names but save their identifiers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from onrecord.ui import placenames

pytestmark = pytest.mark.gui

ZONES = ["Asia/Shanghai", "America/New_York", "Asia/Taipei", "Etc/GMT+5"]


def test_zones_show_their_name_in_the_ui_language_and_save_the_identifier(qtbot) -> None:
    items = dict((zone, text) for text, zone in placenames.zone_items(ZONES, QLocale("zh_CN")))
    assert items["Asia/Shanghai"] == "Asia/Shanghai — 北京时间"  # as mainland readers say
    assert items["America/New_York"].startswith("America/New York — ")
    english = dict((z, t) for t, z in placenames.zone_items(ZONES, QLocale("en_US")))
    assert english["Asia/Taipei"] == "Asia/Taipei — Taiwan Time"  # the report's name for it
    # A clock's name for all the year, not "Eastern Standard Time" in July (as Qt says)
    assert english["America/New_York"] == "America/New York — Eastern Time (US)"
    assert english["Etc/GMT+5"] == "Etc/GMT+5"  # no name worth showing: the identifier
    combo = placenames.searchable_combo(placenames.zone_items(ZONES, QLocale("en_US")))
    qtbot.addWidget(combo)
    placenames.set_value(combo, "America/New_York")
    assert combo.currentText().startswith("America/New York — Eastern")
    assert placenames.value_of(combo) == "America/New_York"


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("asia/shanghai", "Asia/Shanghai"),  # an identifier typed in any case
        ("Asia/Taipei", "Asia/Taipei"),
        ("Mars/Olympus", "Mars/Olympus"),  # unknown: saved as typed, for the store to refuse
        ("", ""),
    ],
)
def test_a_typed_zone_is_saved_as_the_zone_it_names(qtbot, typed: str, saved: str) -> None:
    combo = placenames.searchable_combo(placenames.zone_items(ZONES, QLocale("en_US")))
    qtbot.addWidget(combo)
    combo.setEditText(typed)
    assert placenames.value_of(combo) == saved


def test_the_regions_people_here_use_come_first_by_name(qtbot) -> None:
    items = placenames.region_items(["AD", "CN", "TW", "US", "HK"])
    assert [region for _text, region in items] == ["CN", "HK", "TW", "US", "AD"]
    assert items[0][0] == "Mainland China +86 (CN)"
    assert items[-1][0] == "AD (+376)"


def test_currencies_are_named_and_any_code_can_be_typed(qtbot) -> None:
    combo = placenames.searchable_combo(placenames.currency_items())
    qtbot.addWidget(combo)
    placenames.set_value(combo, "CNY")
    assert combo.currentText() == "CNY — Chinese yuan (RMB)"
    assert placenames.value_of(combo) == "CNY"
    combo.setEditText("cny")
    assert placenames.value_of(combo) == "CNY"
    placenames.set_value(combo, "JPY")  # not in the list: shown and saved as it is
    assert (combo.currentText(), placenames.value_of(combo)) == ("JPY", "JPY")


def test_a_zone_in_a_sentence_is_its_name(qtbot) -> None:
    """The possible-issues summary said "times in Asia/Shanghai" (a walk-through)."""
    assert placenames.zone_name("Asia/Shanghai", QLocale("zh_CN")) == "北京时间"
    assert placenames.zone_name("Asia/Taipei", QLocale("zh_TW")).endswith("時間")
    assert placenames.zone_name("Not/AZone", QLocale("en_US")) == "Not/AZone"
