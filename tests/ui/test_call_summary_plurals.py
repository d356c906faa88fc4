"""The after-call summary counts marks in words ("1 mark", "2 marks"). Moved to a module of
its own and read with QCoreApplication.translate, its plural texts dropped out of the .ts as
plurals (lupdate reads a plural only from ``self.tr``), and the English showed "1 mark(s)"."""

from __future__ import annotations

import pytest

from onrecord.ui.callpanel import CallPanel


@pytest.mark.parametrize(("key", "one", "two"), [
    ("saved", "0:05 long, 1 mark", "0:05 long, 2 marks"),
    ("kept_for_marks", "for your 1 mark,", "for your 2 marks,"),
])  # fmt: skip
def test_the_after_call_texts_count_marks_in_words(english, key, one, two) -> None:
    panel = CallPanel.__new__(CallPanel)  # only its texts: no window, no recorder
    said = [CallPanel.counted(panel, key, n) for n in (1, 2)]
    if key == "saved":
        said = [text % "0:05" for text in said]
    assert one in said[0] and "(s)" not in said[0]
    assert two in said[1]
