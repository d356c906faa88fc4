"""Times for the command line, and the zone every shown time carries: its offset from UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from onrecord.timefmt import clock_text, duration_text, local_text, zone_text

#: 12:10:05 UTC on 2 March 2026 (winter in the north) and on 2 July 2026 (summer).
WINTER = dt.datetime(2026, 3, 2, 12, 10, 5, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 2, 12, 10, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("zone", "moment", "expected"),
    [
        ("Asia/Shanghai", WINTER, "UTC+08:00"),  # "CST" to strftime
        ("America/Chicago", WINTER, "UTC-06:00"),  # "CST" too
        ("America/Chicago", SUMMER, "UTC-05:00"),  # "CDT"
        ("America/New_York", SUMMER, "UTC-04:00"),
        ("Asia/Kolkata", WINTER, "UTC+05:30"),  # "IST", as Israel and Ireland
        ("Asia/Kathmandu", WINTER, "UTC+05:45"),
        ("America/St_Johns", WINTER, "UTC-03:30"),
        ("Europe/London", WINTER, "UTC+00:00"),  # not "UTC", which reads as converted
        ("Europe/London", SUMMER, "UTC+01:00"),
        ("UTC", WINTER, "UTC+00:00"),
    ],
)
def test_a_zone_is_shown_by_its_offset_never_an_ambiguous_abbreviation(zone, moment, expected):
    local = moment.astimezone(ZoneInfo(zone))
    assert zone_text(local) == expected


def test_the_two_zones_called_cst_read_differently():
    china = WINTER.astimezone(ZoneInfo("Asia/Shanghai"))
    us_central = WINTER.astimezone(ZoneInfo("America/Chicago"))
    assert china.tzname() == us_central.tzname() == "CST"
    assert zone_text(china) != zone_text(us_central)


def test_a_moment_before_standard_time_keeps_its_seconds_of_offset():
    # Shanghai's local mean time until 1901 was UTC+8:05:43.
    old = dt.datetime(1890, 1, 1, 12, tzinfo=dt.UTC).astimezone(ZoneInfo("Asia/Shanghai"))
    assert zone_text(old) == "UTC+08:05:43"


def test_a_naive_moment_has_no_zone_to_show():
    assert zone_text(dt.datetime(2026, 3, 2, 7, 10)) == ""


def test_the_command_line_shows_the_local_clock_and_the_offset():
    assert local_text(WINTER, "Asia/Shanghai") == "2026-03-02 20:10 UTC+08:00"
    assert local_text(WINTER, "America/Chicago", seconds=True) == "2026-03-02 06:10:05 UTC-06:00"


def test_durations_read_as_minutes_and_seconds_or_hours():
    assert duration_text(None) == ""
    assert duration_text(65.4) == "1:05"
    assert duration_text(3725) == "1:02:05"
    # as the player's clock reads at the end: a 22.85 s call is 0:22 everywhere, not 0:23
    assert duration_text(22.85) == clock_text(22.85) == "0:22"


def test_a_position_is_cut_to_the_second_like_a_players_clock():
    assert [clock_text(s) for s in (0, 4.553, 59.999, 86.79, 3725.9)] == [
        "0:00",
        "0:04",
        "0:59",
        "1:26",
        "1:02:05",
    ]
