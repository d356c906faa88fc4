"""Bring in what the phone already knows: call logs, messages, recordings, labels, CSV logs.

Public API (no Qt; long work takes ``progress(fraction, message)`` and ``cancel()``):

- ``prepare(ws, case_id, path_or_paths, fmt="auto", recording_id=None, progress, cancel)``
  → ``ImportPlan``; reads only. ``plan.preview`` is an ``ImportPreview`` whose ``numbers``
  (``NumberSummary``: key, display, count, kinds, first, last, withheld, party) the user picks.
- ``resolve_numbers(plan, ["+86 138 0013 8000", "withheld"])`` → preview keys.
- ``execute(ws, plan, numbers=keys | None, party_id=None, parties={key: party_id},
  progress, cancel)`` → ``ImportResult`` (added, already_there, not_picked, cancelled, ids).
- ``ImportFileError``: the file cannot be imported (message names the line/element);
  ``ImportCancelled``: the user cancelled while reading.
"""

from .common import WITHHELD_KEY, ImportCancelled, ImportFileError
from .preview import ImportPreview, NumberSummary
from .service import (
    FORMAT_TITLES,
    FORMATS,
    ImportPlan,
    ImportResult,
    detect_format,
    execute,
    prepare,
    resolve_numbers,
)

__all__ = [
    "FORMATS",
    "FORMAT_TITLES",
    "WITHHELD_KEY",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportPreview",
    "ImportResult",
    "NumberSummary",
    "detect_format",
    "execute",
    "prepare",
    "resolve_numbers",
]
