"""What the recorder noted about a recording's audio, in the report's words.

The audio engine records warnings with the recording (case.json keeps them, in English, as it
made them). Those that say the audio is not simply what the devices delivered go into the
report beside the call, in the report's language: samples the recorder removed or added to
keep two devices in step (and where), the other side re-aligned or filled with silence, audio
lost, a device that stopped or changed, a write that failed; and what the audio is like where
that matters to whoever hears it: a side too loud (words may be distorted) or silent while
the other spoke (a lawyer wants to know before the other side raises it).
A lawyer, or an examiner looking for edit points, reads it there first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .catalogue import Strings
from .marks_formats import clock

#: the warnings that say something about the audio itself, in the order they are told
TOLD = (
    "drift_corrected",
    "alignment_resync",
    "alignment_padded",
    "audio_gap",
    "input_overflow",
    "source_stalled",
    "source_no_audio",
    "source_resumed",
    "source_moved",
    "write_failed",
    "clipping",
    "one_sided",
)
#: positions listed for a warning given many times; the rest are "…"
MAX_POSITIONS = 5


def recorder_notes(warnings: Iterable[Any], sample_rate: int, s: Strings) -> list[str]:
    """One sentence per kind of warning in ``warnings`` (dicts as stored), in ``TOLD`` order."""
    found: dict[str, list[dict[str, Any]]] = {}
    for w in warnings:
        if isinstance(w, dict) and w.get("code") in TOLD:
            found.setdefault(str(w["code"]), []).append(w)
    notes = []
    for code in TOLD:
        if code not in found:
            continue
        if code == "drift_corrected":
            dropped = sum(_number(w, "dropped") for w in found[code])
            inserted = sum(_number(w, "inserted") for w in found[code])
            ms = round((dropped + inserted) * 1000 / sample_rate) if sample_rate else 0
            note = s(f"rec.{code}", dropped=dropped, inserted=inserted, ms=ms)
            spans = [
                s("rec.span", start=_clock(run[0], sample_rate), end=_clock(run[1], sample_rate))
                for w in found[code]
                for run in _runs(w)
            ]
            if spans:
                note += s("rec.drift_where", runs=_listed(spans, s))
            notes.append(note)
            continue
        if code in ("clipping", "one_sided"):  # said of each side that it happened to
            notes += _per_side(code, found[code], sample_rate, s)
            continue
        at = _listed([_position(w, sample_rate) for w in found[code]], s)
        if code.startswith("alignment_"):
            frames = sum(abs(_number(w, "frames")) for w in found[code])
            ms = round(frames * 1000 / sample_rate) if sample_rate else 0
            notes.append(s(f"rec.{code}", at=at, ms=ms))
            continue
        if code in ("source_stalled", "source_no_audio"):  # whose side, where it is known
            notes += _per_source(code, found[code], sample_rate, s)
            continue
        notes.append(s(f"rec.{code}", at=at))
    return notes


def _per_source(
    code: str, warnings: list[dict[str, Any]], sample_rate: int, s: Strings
) -> list[str]:
    """A device that sent no sound, or stopped: the microphone's or the other side's (the
    computer's sound) where the recorder noted which, one sentence each."""
    by_side: dict[str, list[dict[str, Any]]] = {}
    for w in warnings:
        params = w.get("params")
        side = params.get("role") if isinstance(params, dict) else None
        by_side.setdefault(side if side in ("me", "them") else "", []).append(w)
    notes = []
    for side in sorted(by_side):
        # The other side's device given up while the microphone went on (the recording
        # did not stop there): said so, apart from a stall that stopped it.
        went_on = [w for w in by_side[side] if _went_on(w)] if side == "them" else []
        stopped = [w for w in by_side[side] if w not in went_on]
        if stopped:
            at = _listed([_position(w, sample_rate) for w in stopped], s)
            notes.append(s(f"rec.{code}.{side}" if side else f"rec.{code}", at=at))
        if went_on:
            at = _listed([_position(w, sample_rate) for w in went_on], s)
            notes.append(s(f"rec.{code}.them.continued", at=at))
    return notes


def _went_on(warning: dict[str, Any]) -> bool:
    params = warning.get("params")
    return isinstance(params, dict) and params.get("continues") is True


def _per_side(code: str, warnings: list[dict[str, Any]], sample_rate: int, s: Strings) -> list[str]:
    """A side too loud (how many samples reached full scale, from where) or silent while the
    other had sound (where), one sentence per side."""
    sides: dict[str, list[dict[str, Any]]] = {}
    for w in warnings:
        params = w.get("params")
        role = params.get("role") if isinstance(params, dict) else None
        sides.setdefault(role if role in ("me", "them", "mixed") else "device", []).append(w)
    notes = []
    for role, said in sides.items():
        side = s(f"role.{role}")
        if code == "clipping":  # the count runs on: the last warning holds the total
            samples = max(_number(w, "clipped_samples") for w in said)
            at = _position(said[0], sample_rate)
            notes.append(s.count("rec.clipping", samples, side=side, at=at, samples=samples))
        else:
            at = _listed([_position(w, sample_rate) for w in said], s)
            notes.append(s("rec.one_sided", side=side, at=at))
    return notes


def _listed(items: list[str], s: Strings) -> str:
    """Up to ``MAX_POSITIONS`` items in the report's list style, then "…"."""
    shown = s("list_sep").join(dict.fromkeys(items[:MAX_POSITIONS]))
    return shown + ("…" if len(items) > MAX_POSITIONS else "")


def _runs(warning: dict[str, Any]) -> list[list[int]]:
    """The runs of single-sample edits a drift warning lists (frames), where it has them."""
    params = warning.get("params")
    runs = params.get("runs") if isinstance(params, dict) else None
    if not isinstance(runs, list):
        return []
    return [
        [int(r[0]), int(r[1])]
        for r in runs
        if isinstance(r, list) and len(r) >= 2 and all(isinstance(x, int) for x in r[:2])
    ]


def _clock(frame: int, sample_rate: int) -> str:
    return clock(frame / sample_rate if sample_rate else 0.0)


def _number(warning: dict[str, Any], name: str) -> int:
    params = warning.get("params")
    try:
        return int(params.get(name, 0)) if isinstance(params, dict) else 0
    except (TypeError, ValueError):
        return 0


def _position(warning: dict[str, Any], sample_rate: int) -> str:
    """Where in the recording the warning was given (call time), from its frame."""
    try:
        frame = int(warning.get("frame") or 0)
    except (TypeError, ValueError):
        frame = 0
    return _clock(frame, sample_rate)
