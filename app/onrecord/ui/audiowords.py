"""The audio engine's warnings, in plain words and in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


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
        "drift_corrected": QCoreApplication.translate(
            "AudioWarnings", "The two sound sources were kept in step."
        ),
        "write_failed": QCoreApplication.translate(
            "AudioWarnings", "The recording could not be written to disk (is it full?)."
        ),
        "recovered_after_crash": QCoreApplication.translate(
            "AudioWarnings",
            "This recording was interrupted and recovered; the last second may be missing.",
        ),
    }
    return texts.get(code, fallback)
