"""Level meters for the UI: RMS of the latest block and the peak of the last second.

Updated by the writer thread, read by ``status()`` from another thread (hence the lock). The
history is trimmed as it grows so a 3-hour call does not accumulate per-block arrays.
"""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

from .types import ChannelLevel
from .watchdog import dbfs


class Meters:
    def __init__(self, samplerate: int, roles: list[str]) -> None:
        self.sr = samplerate
        self.roles = roles
        self._lock = threading.Lock()
        self._rms = [-120.0] * len(roles)
        self._hist: deque[tuple[int, np.ndarray]] = deque()

    def update(self, start_frame: int, absmax: np.ndarray, rms: np.ndarray) -> None:
        with self._lock:
            self._rms = [dbfs(float(r)) for r in rms]
            self._hist.append((start_frame, absmax))
            while self._hist[0][0] < start_frame - self.sr:
                self._hist.popleft()

    def snapshot(self) -> tuple[ChannelLevel, ...]:
        with self._lock:
            peaks = [
                max((int(p[c]) for _, p in self._hist), default=0) for c in range(len(self.roles))
            ]
            return tuple(
                ChannelLevel(self.roles[c], round(self._rms[c], 1), round(dbfs(peaks[c]), 1))
                for c in range(len(self.roles))
            )
