"""Time labels along the waveform's axis: each one whole inside the widget, none over another,
at any width and length, in every language's font (a 0:35 call showed "0:3" at the edge)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from onrecord.ui.review.waveform import (
    AXIS_LABEL_GAP,
    WaveformView,
    axis_step,
    place_axis_labels,
)

pytestmark = pytest.mark.gui

RATE = 48_000
WIDTHS = (90, 137, 200, 333, 480, 641, 1000, 1920)
DURATIONS_S = (0.4, 7, 35, 35.4, 59.9, 61, 599.5, 3599.5, 3 * 3600 + 17.3)


def _apart(a: QRectF, b: QRectF) -> bool:
    return a.right() + AXIS_LABEL_GAP <= b.left() or b.right() + AXIS_LABEL_GAP <= a.left()


def _check_axis(view: WaveformView) -> list[str]:
    labels = view.axis_labels()
    inside = QRectF(view.rect())
    for box, text in labels:
        assert inside.contains(box), f"{text!r} at {box} leaves {inside}"
    for (a, ta), (b, tb) in itertools.combinations(labels, 2):
        assert _apart(a, b), f"{ta!r} at {a} runs into {tb!r} at {b}"
    return [text for _, text in labels]


@pytest.fixture
def view(qtbot) -> WaveformView:
    view = WaveformView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize("point_size", [9, 14])
def test_every_time_label_is_whole_and_alone(view: WaveformView, point_size: int) -> None:
    font = QFont(view.font())
    font.setPointSize(point_size)  # a large system font too: taller and wider digits
    view.setFont(font)
    for width, seconds in itertools.product(WIDTHS, DURATIONS_S):
        view.resize(width, 180)
        view.set_recording(None, frames=int(seconds * RATE), samplerate=RATE, lane_names=[])
        shown = _check_axis(view)
        assert shown, f"no time label at all at {width} px for {seconds} s"
        view.zoom(3.7)  # a stretch from the middle: the first tick is left of the view
        view.scroll_to(int(seconds * RATE * 0.31))
        _check_axis(view)
        view.repaint()  # the same boxes are the ones painted


def test_the_end_of_a_35_second_call_reads_in_full(view: WaveformView) -> None:
    view.resize(640, 180)
    view.set_recording(None, frames=int(35.4 * RATE), samplerate=RATE, lane_names=[])
    labels = view.axis_labels()
    assert labels[-1][1] == "0:35"
    assert labels[-1][0].right() <= view.width()


def test_a_label_near_the_right_edge_ends_at_the_edge() -> None:
    assert place_axis_labels([0, 100, 195], [25, 25, 25], right=200) == [2, 102, 175]


def test_a_label_that_would_run_into_the_one_before_is_dropped() -> None:
    assert place_axis_labels([0, 160, 190], [25, 25, 25], right=200) == [2, 162, None]
    assert place_axis_labels([0, 20], [25, 25], right=200) == [2, None]


def test_a_label_wider_than_the_axis_is_dropped() -> None:
    assert place_axis_labels([0], [60], right=50) == [None]


def test_the_step_leaves_room_for_the_widest_label() -> None:
    assert axis_step(35, px_per_s=640 / 35, label_w=25) == 5  # 91 px apart: round and even
    assert axis_step(35, px_per_s=120 / 35, label_w=25) == 15  # narrow: fewer labels
    assert axis_step(4 * 3600, px_per_s=10 / 3600, label_w=42) >= 4 * 3600 / 10
