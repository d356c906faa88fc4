"""The case timeline: every contact event, filters, quick logging, promises and payments."""

from .model import NO_PARTY, TimelineFilter, TimelineModel, TimelineProxy
from .panel import TimelinePanel

__all__ = ["NO_PARTY", "TimelineFilter", "TimelineModel", "TimelinePanel", "TimelineProxy"]
