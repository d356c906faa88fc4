"""Search every case: notes, tags, names and numbers; a result opens the call at the mark."""

from .panel import SearchPanel

__all__ = ["SearchPanel"]
