"""The command line's English plurals."""

from __future__ import annotations

import pytest

from onrecord.plural import count, word


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 recordings"), (1, "1 recording"), (2, "2 recordings"), (1000, "1000 recordings")],
)
def test_a_count_takes_the_singular_only_for_one(n, expected):
    assert count(n, "recording") == expected


def test_an_irregular_plural_is_given():
    assert count(1, "entry", "entries") == "1 entry"
    assert count(2, "entry", "entries") == "2 entries"
    assert count(0, "person", "people") == "0 people"


def test_a_word_alone_agrees_with_its_number():
    assert word(1, "was", "were") == "was"
    assert word(7, "was", "were") == "were"
    assert word(3, "mark") == "marks"
