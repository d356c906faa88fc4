"""The recording-consent guidance, in each language, as one piece of text."""

from __future__ import annotations

import pytest

from onrecord.ui.consent import guidance

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("jurisdiction", ["us", "cn", "tw", "hk", "uk"])
def test_the_guidance_ends_by_saying_it_is_not_legal_advice(
    qapp, language: str, jurisdiction: str
) -> None:
    text = guidance(jurisdiction)
    if language == "en":
        assert text.endswith(". This is information, not legal advice.")
    else:
        # Chinese sentences follow "。" with no space (the walk-through saw "按 0。 以上").
        assert "。 " not in text and text.endswith(
            "不構成法律意見。" if language == "zh_TW" else "不构成法律意见。"
        )
