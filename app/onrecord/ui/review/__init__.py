"""Call review: the waveform of both sides, marks as flags, playback, notes and retractions."""

from .panel import ReviewPanel
from .waveform import WaveformView

__all__ = ["ReviewPanel", "WaveformView"]
