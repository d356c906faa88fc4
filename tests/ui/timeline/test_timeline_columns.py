"""The timeline fits the window: at 1200 px every column shows and the notes take the rest.

Checked with the demo cases in the three languages, where the texts (and so the widths) differ,
and at the 1200×800 window the README's screenshots use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from onrecord.demo import create_demo
from onrecord.store import Workspace
from onrecord.ui.workers import _pending, wait_for_all

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace: Workspace, language: str):
    from onrecord.ui.mainwindow import MainWindow

    create_demo(workspace)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.timeline)
    yield win
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)


def show(qtbot, window, reference: str) -> None:
    timeline = window.timeline
    with qtbot.waitSignal(timeline.marks_loaded):  # tags and mark counts widen two columns
        window.select_case(window.workspace.cases.case(reference).id)
        timeline.refresh()  # read again (the first case was shown as the window opened)
    QApplication.processEvents()


def notes_column(timeline) -> int:
    model = timeline.model
    notes = QApplication.translate("Timeline", "Notes")
    return next(i for i, c in enumerate(model.columns) if c.header == notes)


def right_edge(view, section: int) -> int:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(section) + header.sectionSize(section)


@pytest.mark.parametrize("reference", ["DEMO-US", "DEMO-CN"])
def test_at_1200_px_every_column_shows_and_the_notes_take_the_rest(qtbot, window, reference):
    show(qtbot, window, reference)
    view = window.timeline.view
    header = view.horizontalHeader()
    width = view.viewport().width()
    notes = notes_column(window.timeline)
    assert header.sectionViewportPosition(notes) >= 0
    assert right_edge(view, notes) <= width
    for section in range(header.count()):  # every column, all of it, without scrolling
        assert header.sectionViewportPosition(section) >= 0, section
        assert right_edge(view, section) <= width, section
    assert view.horizontalScrollBar().maximum() == 0
    assert right_edge(view, header.count() - 1) == width  # no gap: the notes took the rest
    digit = view.fontMetrics().horizontalAdvance("0")
    assert header.sectionSize(notes) >= 20 * digit  # room for a readable piece of a note
    # The times and numbers are never cut short.
    for column in (0, 3):
        widest = max(
            view.fontMetrics().horizontalAdvance(view.model().index(row, column).data())
            for row in range(view.model().rowCount())
        )
        assert header.sectionSize(column) > widest, column


def test_a_note_cut_short_shows_whole_in_its_tooltip(qtbot, window, workspace):
    case = workspace.cases.case("DEMO-US")
    event = workspace.cases.events(case.id)[-1]
    words = "They said they would tell my employer about the debt unless I paid today. " * 3
    workspace.corrections.update_event(event.id, summary=words.strip() + "\nSecond line.")
    show(qtbot, window, "DEMO-US")
    timeline = window.timeline
    notes = notes_column(timeline)
    proxy = timeline.proxy
    row = next(i for i, r in enumerate(proxy.visible_rows()) if r.id == event.id)
    index = proxy.index(row, notes)
    shown = index.data()
    assert shown == words.strip()  # the first line only, in the cell
    section = timeline.view.horizontalHeader().sectionSize(notes)
    assert timeline.view.fontMetrics().horizontalAdvance(shown) > section  # so it ends in "…"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == words.strip() + "\nSecond line."


def test_widths_the_user_dragged_are_kept_when_the_window_resizes(qtbot, window):
    show(qtbot, window, "DEMO-US")
    header = window.timeline.view.horizontalHeader()
    header.resizeSection(1, 300)  # as a drag on the header edge does
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.timeline.view.viewport().width() > 1000)
    assert header.sectionSize(1) == 300


def test_sorting_by_another_column_keeps_every_column_in_view(qtbot, window):
    show(qtbot, window, "DEMO-CN")
    view = window.timeline.view
    header = view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(2) + 5, 5),
    )
    assert header.sortIndicatorSection() == 2
    assert right_edge(view, header.count() - 1) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"], indirect=True)
def test_the_tags_column_shows_a_whole_chinese_tag(qtbot, window, language):
    # Cut at 8 digits, a Chinese tag showed 3 of its characters ("報出姓…") at 1200 px: the
    # column now keeps room for a tag of four (報出姓名) and the mark of a cut.
    from onrecord.conduct.tags import tag_title

    show(qtbot, window, "DEMO-CN")
    view = window.timeline.view
    model = window.timeline.model
    tags = next(
        i
        for i, c in enumerate(model.columns)
        if c.header == QApplication.translate("Timeline", "Tags")
    )
    shown = view.fontMetrics().horizontalAdvance(tag_title("name_given", language) + "…")
    assert view.horizontalHeader().sectionSize(tags) > shown
