"""The timeline in a locale: its dates read as the locale writes them, it still sorts by time,
and English counts marks properly ("1 mark", "2 marks")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from small_case import SmallCase, at

from onrecord.store import Workspace
from onrecord.ui import i18n
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.workers import _pending, wait_for_all

pytestmark = pytest.mark.gui


@pytest.fixture
def us_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def panel(
    qtbot, workspace: Workspace, small_case: SmallCase, us_english
) -> Iterator[TimelinePanel]:
    # Three more contacts whose US dates sort wrongly as text: 11/2 before 3/2, 10:05 before 9:40
    # (November, not later: a contact cannot be logged in the future).
    for month_day, hour, minute in ((3, 9, 40), (3, 10, 5), (11, 9, 30)):
        moment = at(2, hour, minute) if month_day == 3 else at(2, hour, minute).replace(month=11)
        workspace.cases.log_event(small_case.case_id, "missed_call", moment)
    widget = TimelinePanel(workspace)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.marks_loaded):
        widget.show_case(small_case.case_id)
    yield widget
    wait_for_all()
    qtbot.waitUntil(lambda: not _pending)


def when_column(panel: TimelinePanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]


def test_dates_read_as_the_locale_writes_them_and_still_sort_by_time(panel: TimelinePanel):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        panel.model.sort_rows(0, order)
        rows = panel.proxy.visible_rows()
        times = [r.started_utc for r in rows]
        assert times == sorted(times, reverse=order == Qt.SortOrder.DescendingOrder)
    panel.model.sort_rows(0, Qt.SortOrder.AscendingOrder)
    shown = [text.replace("\u202f", " ") for text in when_column(panel)]
    assert shown[:3] == ["3/2/2026 Mon 9:00 AM", "3/2/2026 Mon 9:40 AM", "3/2/2026 Mon 10:05 AM"]
    assert shown[-1] == "11/2/2026 Mon 9:30 AM"
    assert shown != sorted(shown)  # as text the order would be wrong: the sort used the times
    tip = panel.proxy.data(panel.proxy.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    # the clock by the name the report gives it, and its exact offset
    assert tip.replace("\u202f", " ") == "3/2/2026 9:00:00 AM Eastern Time (US) UTC-05:00"


def test_english_counts_marks_one_and_many(
    qtbot, qapp, panel: TimelinePanel, workspace: Workspace, small_case: SmallCase
):
    def recording_cell() -> str:
        row = next(i for i, r in enumerate(panel.proxy.visible_rows()) if r.recording_ids)
        return panel.proxy.data(panel.proxy.index(row, 5))

    assert recording_cell() == "● 1 mark(s)"  # the source text, before English is installed
    try:
        assert "onrecord_en" in i18n.install(qapp, "en"), "run scripts/build-translations.sh"
        assert recording_cell() == "● 1 mark"
        workspace.recordings.add_mark(small_case.recording_id, 48000 * 20, text="again")
        with qtbot.waitSignal(panel.marks_loaded):
            panel.refresh()
        assert recording_cell() == "● 2 marks"
    finally:
        i18n.uninstall(qapp)
