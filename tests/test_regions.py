"""The first guess at the user's rules and time zone."""

from __future__ import annotations

import pytest

from onrecord.regions import suggest
from onrecord.store.enums import Jurisdiction


@pytest.mark.parametrize(
    ("zone", "language", "expected"),
    [
        ("Asia/Shanghai", "en", (Jurisdiction.CN, "Asia/Shanghai")),
        ("Asia/Urumqi", None, (Jurisdiction.CN, "Asia/Urumqi")),
        ("America/Chicago", "zh_CN", (Jurisdiction.US, "America/Chicago")),
        ("Europe/London", "zh_TW", (Jurisdiction.UK, "Europe/London")),
        ("Etc/UTC", "zh_TW", (Jurisdiction.TW, "Asia/Taipei")),  # the language decides
        ("Europe/Paris", "zh_CN", (Jurisdiction.CN, "Asia/Shanghai")),
        (None, None, (Jurisdiction.US, "America/New_York")),
        ("America/Sao_Paulo", "en", (Jurisdiction.US, "America/New_York")),
    ],
)
def test_suggestion(zone, language, expected) -> None:
    assert suggest(zone, language) == expected
