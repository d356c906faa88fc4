"""English plurals for the command line ("1 recording", "3 recordings").

The command line speaks English (but `onrecord verify`, which speaks the reader's language:
evidence/verify_lines.py); the windows use Qt's ``%n`` plural translations.
"""

from __future__ import annotations


def word(n: int, singular: str, plural: str | None = None) -> str:
    """``singular`` when ``n`` is 1, else ``plural`` (``singular`` + "s" unless given)."""
    if n == 1:
        return singular
    return plural if plural is not None else singular + "s"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the word that goes with it: "1 file", "0 files", "2 entries"."""
    return f"{n} {word(n, singular, plural)}"
