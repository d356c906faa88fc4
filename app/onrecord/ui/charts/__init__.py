"""Charts of the contact pattern, over the same numbers as the exported report."""

from .panel import ChartsPanel, collector_counts
from .widgets import CalendarHeatmap, CollectorBars, HourBars

__all__ = ["CalendarHeatmap", "ChartsPanel", "CollectorBars", "HourBars", "collector_counts"]
