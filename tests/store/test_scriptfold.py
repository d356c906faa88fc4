"""Simplified and Traditional Chinese fold to one form, character by character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from onrecord.store.scriptfold import _table, fold, forms

# Any text, weighted towards CJK ideographs (and the folded ones), where folding happens.
folded_chars = st.sampled_from(sorted(chr(code) for code in _table()))
texts = st.lists(st.one_of(folded_chars, st.characters()), max_size=40).map("".join)


def test_both_scripts_and_regional_variants_fold_alike() -> None:
    assert fold("威脅還款") == fold("威胁还款") == "威胁还款"
    assert fold("頭髮") == fold("头发") and fold("發現") == fold("发现")
    assert fold("臺灣") == fold("台灣") == fold("台湾")
    assert fold("接著") == fold("接着")  # Taiwan writes 著 where the mainland writes 着
    assert fold("裡面") == fold("裏面") == fold("里面")
    assert fold("說") == fold("説") == fold("说")


def test_other_text_is_left_alone() -> None:
    for text in ("Mike Dalton KRS-2291", "(212) 555-0142", "100% _*?[]", "Ünïcødé", "款 我 老"):
        assert fold(text) == text
    assert forms("a") == "a" and forms("*") == "*" and forms("款") == "款"


def test_forms_are_every_character_that_folds_alike() -> None:
    assert set(forms("还")) == set(forms("還")) == {"还", "還"}
    assert {"发", "發", "髮"} <= set(forms("髮"))
    assert all(fold(char) == fold("著") for char in forms("著"))
    assert not any(char.isascii() for chars in map(forms, map(chr, _table())) for char in chars)


@given(texts)
def test_folding_keeps_length_and_is_stable(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded
    assert all(a == b or not a.isascii() for a, b in zip(text, folded, strict=True))


@given(texts, texts, texts)
def test_a_match_in_folded_text_is_at_the_same_place_in_the_original(
    before: str, words: str, after: str
) -> None:
    """What a highlight needs: offsets found in the folded text mark the original characters."""
    text = before + words + after
    query = fold(words)  # the same words, typed in the other script
    start = fold(text).find(fold(query))
    assert start != -1
    assert fold(text[start : start + len(query)]) == fold(words)
