"""Flags on the waveform: every mark with room for a few letters shows the start of its label,
none runs off the edge, and hovering names the marks under the mouse in full."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from onrecord.audio.peaks import Peaks
from onrecord.ui.review.waveform import FLAG_H, LABEL_MIN, Flag, WaveformView, place_labels

pytestmark = pytest.mark.gui


def test_a_label_ends_before_the_next_flag() -> None:
    placed = place_labels([10, 100, 400], [150, 150, 150], right=1000)
    assert placed[0] == (10, 100 - 3 - 10)  # shortened, not hidden
    assert placed[1] == (100, 150)
    assert placed[2] == (400, 150)


def test_a_flag_too_close_to_the_next_keeps_its_line_alone() -> None:
    placed = place_labels([100, 110, 300], [150, 150, 150], right=1000)
    assert placed[0] is None
    assert placed[1] == (110, 150)


def test_a_short_label_that_fits_whole_is_kept() -> None:
    assert place_labels([100, 120], [15, 150], right=1000)[0] == (100, 15)


def test_the_last_label_turns_left_at_the_edge() -> None:
    placed = place_labels([10, 960], [150, 150], right=1000)
    assert placed[1] == (810, 150)  # to the left of its line, whole
    placed = place_labels([10, 900, 990], [150, 40, 150], right=1000)
    left, width = placed[2]
    assert left >= 900 + 40 + 3 and left + width == 990  # not over the label before


def test_labels_never_overlap_nor_leave_the_strip() -> None:
    xs = [0, 4, 30, 31, 90, 200, 205, 600, 990, 998]
    wanted = [170, 40, 120, 80, 170, 60, 170, 170, 170, 40]
    boxes = [b for b in place_labels(xs, wanted, right=1000) if b is not None]
    assert all(left >= 0 and left + width <= 1000 for left, width in boxes)
    assert all(width >= min(LABEL_MIN, 40) for _, width in boxes)
    ordered = sorted(boxes)
    assert all(a[0] + a[1] <= b[0] for a, b in itertools.pairwise(ordered))


def test_hovering_names_every_mark_under_the_mouse(qtbot) -> None:
    view = WaveformView()
    qtbot.addWidget(view)
    view.resize(800, 200)
    view.show()
    qtbot.waitExposed(view)
    rate = 48_000
    peaks = Peaks(
        samplerate=rate,
        frames_per_peak=480,
        channels=2,
        data=np.zeros((3000, 2, 2), dtype=np.int16),
    )
    view.set_recording(peaks, frames=30 * rate, samplerate=rate, lane_names=["Me", "Them"])
    view.set_flags(
        [
            Flag(1, 7 * rate, "Third party contacted or threatened", "#8e44ad"),
            Flag(2, 7 * rate + 100, "said they will call my mother", "#5f6b7a"),
            Flag(3, 20 * rate, "Gave a name", "#2e6da4"),
        ]
    )
    view.repaint()
    x = view.x_of(7 * rate)
    said = view.flags_text_at(QPointF(x + 1, FLAG_H / 2))
    assert said.splitlines() == [
        "0:07  Third party contacted or threatened",
        "0:07  said they will call my mother",
    ]
    assert view.flags_text_at(QPointF(x + 1, FLAG_H + 40)) == ""  # on the waveform: none
