"""Store values shown in words: withheld numbers and why a number is kept as typed."""

from __future__ import annotations

import pytest

from onrecord.ui import i18n, labels


def test_a_withheld_caller_is_said_in_words_with_the_phones_value(qapp) -> None:
    assert labels.number_text("-1") == "withheld (-1)"
    assert labels.number_text(" Private ") == "withheld (Private)"
    assert labels.number_text("+1 212-555-0142") == "+1 212-555-0142"
    assert labels.number_text("") == ""


@pytest.fixture
def simplified(qapp):
    assert "onrecord_zh_CN" in i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")
    i18n.uninstall(qapp)


def test_number_reasons_and_withheld_numbers_in_chinese(simplified) -> None:
    assert labels.number_text("-1").endswith("(-1)") and "withheld" not in labels.number_text("-1")
    for reason in ("withheld or unknown caller", "not a phone number", "too short"):
        assert labels.number_problem(reason) != reason
    shown = labels.number_problem("not a valid number in region CN")
    assert "CN" in shown and "valid" not in shown
