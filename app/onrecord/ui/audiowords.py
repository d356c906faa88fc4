"""The audio engine's warnings, in plain words and in the user's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

Warning = tuple[str, dict[str, Any], str]  # code, params, the engine's English message


def warning_text(code: str, params: dict[str, Any], fallback: str) -> str:
    """A sentence a stressed person understands, saying what to do where we can."""
    seconds = params.get("silent_s") or params.get("seconds") or params.get("duration_s")
    if code == "one_sided":
        side = params.get("silent_role") or params.get("role")
        if side == "them":
            return QCoreApplication.translate(
                "AudioWarnings",
                "The other side has been silent for %s s — is the phone on speaker?",
            ) % (f"{float(seconds or 30):.0f}")
        return QCoreApplication.translate(
            "AudioWarnings", "Your microphone has been silent for %s s — is it muted?"
        ) % (f"{float(seconds or 30):.0f}")
    if code == "drift_corrected":
        changed = int(params.get("dropped", 0)) + int(params.get("inserted", 0))
        rate = int(params.get("samplerate") or 48000)
        return QCoreApplication.translate(
            "AudioWarnings",
            "To keep the two sound sources in step (each device runs on its own clock), "
            "%s ms of the other side's sound were taken out or repeated, spread over the "
            "call; your side is exactly as recorded. The report says so too.",
        ) % (f"{changed * 1000 / rate:.0f}")
    if code in ("alignment_resync", "alignment_padded"):
        rate = int(params.get("samplerate") or 48000)
        ms = f"{abs(int(params.get('frames', 0))) * 1000 / rate:.0f}"
        if code == "alignment_padded":
            return (
                QCoreApplication.translate(
                    "AudioWarnings",
                    "The other side's sound device sent nothing in time: %s ms of silence were put "
                    "in their channel to keep both sides in step. The report says so too.",
                )
                % ms
            )
        return (
            QCoreApplication.translate(
                "AudioWarnings",
                "The other side's sound arrived late or was lost: their channel was re-aligned by "
                "%s ms. The report says so too.",
            )
            % ms
        )
    side = params.get("role")
    if code == "source_stalled" and side == "them" and params.get("continues"):
        return QCoreApplication.translate(
            "AudioWarnings",
            "The other side's sound (from the computer) stopped arriving. Recording goes on "
            "with your microphone; their side is silent in the recording from here until it "
            "comes back.",
        )
    if code == "source_no_audio" and side == "them" and params.get("continues"):
        return QCoreApplication.translate(
            "AudioWarnings",
            "No sound comes from the other side's source (the computer's sound). Recording "
            "goes on with your microphone; their side is not being recorded.",
        )
    if code == "source_resumed":
        return QCoreApplication.translate(
            "AudioWarnings",
            "The other side's sound (from the computer) is arriving again and is recorded "
            "again from here.",
        )
    if code == "source_stalled" and side == "them":
        return QCoreApplication.translate(
            "AudioWarnings",
            "The other side's sound (from the computer) stopped arriving, so recording "
            "stopped. What was recorded until then is kept.",
        )
    if code == "source_no_audio" and side == "them":
        return QCoreApplication.translate(
            "AudioWarnings",
            "No sound came from the other side's source (the computer's sound), so recording "
            "stopped. What was recorded until then is kept.",
        )
    if code == "source_no_audio" and side == "me":
        return QCoreApplication.translate("AudioWarnings", "No sound came from your microphone.")
    texts = {
        "audio_gap": QCoreApplication.translate(
            "AudioWarnings", "A moment of audio was lost (the computer was too busy)."
        ),
        "source_stalled": QCoreApplication.translate(
            "AudioWarnings", "The microphone stopped sending sound."
        ),
        "source_no_audio": QCoreApplication.translate(
            "AudioWarnings", "No sound arrives from the sound device."
        ),
        "source_moved": QCoreApplication.translate(
            "AudioWarnings", "The sound device changed during the call (was it unplugged?)."
        ),
        "clipping": QCoreApplication.translate(
            "AudioWarnings", "The sound is too loud and distorts — move the phone a little away."
        ),
        "input_overflow": QCoreApplication.translate(
            "AudioWarnings", "The sound device reported lost audio."
        ),
        "write_failed": QCoreApplication.translate(
            "AudioWarnings", "The recording could not be written to disk (is it full?)."
        ),
        "recovered_after_crash": QCoreApplication.translate(
            "AudioWarnings",
            "This recording was interrupted and recovered; the last second may be missing.",
        ),
        "source_finished": QCoreApplication.translate(
            "AudioWarnings",
            "A sound device stopped (was it unplugged?), so recording stopped. What was "
            "recorded until then is kept.",
        ),
        "source_removed": QCoreApplication.translate(
            "AudioWarnings", "A sound device disappeared during the call (was it unplugged?)."
        ),
        "internal_error": QCoreApplication.translate(
            "AudioWarnings",
            "The recorder ran into an error of its own and stopped. What was recorded until "
            "then is kept.",
        ),
        "stream_stop_timeout": QCoreApplication.translate(
            "AudioWarnings",
            "A sound device did not stop when asked (it may be suspended), so OnRecord let "
            "it go. What was recorded is kept.",
        ),
        "metadata_not_saved": QCoreApplication.translate(
            "AudioWarnings",
            "The recording is safe, but its details could not be saved (is the disk full?). "
            "OnRecord finishes it when it next starts.",
        ),
        "finalise_error": QCoreApplication.translate(
            "AudioWarnings",
            "A recording file could not be closed cleanly (is the disk full?). What reached "
            "the disk is kept.",
        ),
    }
    if code in texts:
        return texts[code]
    # One we have no words for: said in her language, the recorder's English as its detail.
    return QCoreApplication.translate("AudioWarnings", "The recorder reported: %s") % fallback


def _side(role: object, source_roles: Sequence[str]) -> str | None:
    """ "me" or "them" for a warning's channel, or None when a channel is not one person's.

    The two channels of one stereo device ("left"/"right") are that device's side, if it
    records one side; a microphone hearing both people ("mixed") is nobody's side.
    """
    if role in ("me", "them"):
        return str(role)
    sides = {r for r in source_roles if r in ("me", "them")}
    if role in ("left", "right") and len(source_roles) == 1 and len(sides) == 1:
        return sides.pop()
    return None


def _clipping_text(sides: set[str]) -> str:
    if sides == {"me"}:
        return QCoreApplication.translate(
            "AudioWarnings",
            "Your side is too loud and distorts — move the microphone a little away or turn "
            "its volume down.",
        )
    if sides == {"them"}:
        return QCoreApplication.translate(
            "AudioWarnings", "Their side is too loud and distorts — turn the call's volume down."
        )
    if sides == {"me", "them"}:
        return QCoreApplication.translate(
            "AudioWarnings",
            "Both your side and their side are too loud and distort — turn the microphone "
            "and the call's volume down.",
        )
    return warning_text("clipping", {}, "")


def warning_texts(warnings: Iterable[Warning], source_roles: Sequence[str] = ()) -> list[str]:
    """The warnings of one call, each said once.

    The engine reports clipping per channel (and again every minute): that is one problem
    for the user, shown once where it first happened, naming whose side was too loud.
    ``source_roles`` are the roles of the call's sources ("me", "them", "mixed"), to tell
    whose side a stereo device's channel is. The same sentence twice is shown once.

    The error a recording stopped with is stored after its warnings (code "error"), in the
    engine's English; it is the message of the warning that stopped it, told already in her
    language (a walk-through saw the English line under its translation), so it is not
    repeated. One that is not (no warning gave it) is still said.
    """
    warnings = list(warnings)
    told = [message for code, _params, message in warnings if code != "error" and message]
    lines: list[str] = []
    clip_at: int | None = None
    sides: set[str] = set()
    unnamed = False
    for code, params, message in warnings:
        if code == "error" and any(message.startswith(said) for said in told):
            continue
        if code == "clipping":
            side = _side(params.get("role"), source_roles)
            if side is None:
                unnamed = True
            else:
                sides.add(side)
            if clip_at is None:
                clip_at = len(lines)
                lines.append("")
            continue
        text = warning_text(code, params, message)
        if text not in lines:
            lines.append(text)
    if clip_at is not None:
        # A channel of nobody's side clipped too: the user hears it as the whole call.
        lines[clip_at] = _clipping_text(set() if unnamed and not sides else sides)
    return lines
