"""The window shows what was saved elsewhere: by the onrecord command, or a second window.

Every 1.5 s, and when the window becomes active again, the case file's
:class:`~onrecord.store.changewatch.ChangeWatch` is asked whether another connection
committed; the window's own saves are no such change (the window already shows what it
saves). Then everything that shows case data is read again, keeping what the user is doing:

- the case list stays on the case shown, at the same scroll position;
- the case form keeps every unsaved change (see :meth:`CaseForm.show_saved_elsewhere`);
- the timeline keeps its filter, sort order, selected contacts and scroll position;
- the review keeps the call shown, its playback and the chosen mark;
- the possible issues are checked again; the keyboard focus stays where it was.

Nothing is read again while a call is recorded or started, nor while a dialog, menu or list
is open over the window, nor while another process is writing (the window would wait for
it): that is done at the first look after.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication
from shiboken6 import isValid

from ..store import StoreError
from ..store.changewatch import ChangeWatch

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class LiveRefresh(QObject):
    """Watches the window's case file and brings the window up to date."""

    #: The window now shows what was saved elsewhere.
    refreshed = Signal()

    INTERVAL_MS = 1500

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._watch: ChangeWatch | None = None
        self._opened: list[ChangeWatch] = []  # every watch, closed with the window at the latest
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        opened = self._opened
        window.destroyed.connect(lambda *_: [watch.close() for watch in opened])
        self.resume(refresh=False)

    # ------------------------------------------------------------- watching
    @property
    def watching(self) -> bool:
        return self._watch is not None

    def suspend(self) -> None:
        """Stop watching and close the watch's connection (before the data is replaced or
        moved: no connection may stay open on it)."""
        self.timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def resume(self, *, refresh: bool = True) -> None:
        """Watch again; with ``refresh``, read everything once more (what was saved while
        not watching is not known)."""
        if self._watch is not None or self.window.workspace.store.path is None:
            return  # watching already, or a case file in memory: nobody else can write to it
        try:
            self._watch = ChangeWatch(self.window.workspace.store)
        except (sqlite3.Error, OSError):
            return  # the window works on, without noticing changes made elsewhere
        self._opened.append(self._watch)
        self._pending = self._pending or refresh
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.ActivationChange
            and self.window.isActiveWindow()
        ):
            QTimer.singleShot(0, self, self.check)  # back from the terminal: look at once
        return False

    def check(self) -> bool:
        """Look once; bring the window up to date if something was saved elsewhere (now, or
        when that was put off). True if the window was refreshed."""
        if self._watch is None:
            return False
        if self._watch.changed_elsewhere():
            self._pending = True
        if not self._pending or not self._may_refresh() or self._watch.writer_busy():
            return False
        try:
            self._refresh()
        except StoreError:  # e.g. locked for longer than the store waits: again next time
            return False
        self._pending = False
        self.window.statusBar().showMessage(
            self.tr(
                "Updated with what was saved in another OnRecord window or by the onrecord command."
            ),
            6000,
        )
        self.refreshed.emit()
        return True

    def _may_refresh(self) -> bool:
        calls = self.window.calls
        return not (
            calls.recording
            or calls.busy
            or QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
        )

    # ------------------------------------------------------------- showing
    def _refresh(self) -> None:
        window = self.window
        focus = QApplication.focusWidget()
        with _kept_scroll(window.case_list):
            window.reload_cases_in_place()
        case_id = window.case_form.case_id
        if case_id is not None:
            window.case_form.show_saved_elsewhere(window.workspace.cases.case(case_id))
            people = window.people
            with (
                _kept_place(people.parties_view, lambda r: people.parties_model.row_at(r).id),
                _kept_place(people.numbers_view, lambda r: people.numbers_model.row_at(r).id),
            ):
                people.refresh()
            self._refresh_timeline()
            window.review.refresh()
            window.charts.refresh()
            window.conduct.run_check()
            window.call_panel.show_case(case_id)
        if window.search.query.text().strip():
            with _kept_place(window.search.view, lambda row: row):
                window.search.run_search()
        if (
            focus is not None
            and isValid(focus)
            and focus.isVisible()
            and QApplication.focusWidget() is not focus
        ):
            focus.setFocus()  # e.g. the review takes it when it opens the newest call

    def _refresh_timeline(self) -> None:
        timeline = self.window.timeline
        header = timeline.view.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        with _kept_place(
            timeline.view, lambda row: timeline.proxy.row_at(row).id, newest_last=True
        ):
            timeline.refresh()  # keeps the filter; sorts by time, scrolled to the newest
            if (column, order) != (header.sortIndicatorSection(), header.sortIndicatorOrder()):
                header.setSortIndicator(column, order)
                timeline.model.sort_rows(column, order)


@contextlib.contextmanager
def _kept_scroll(view: QAbstractItemView, *, newest_last: bool = False) -> Iterator[None]:
    """The view scrolled as it was. With ``newest_last`` (new rows come at the end), a view
    showing its last row shows the last row again."""
    bar = view.verticalScrollBar()
    value = bar.value()
    at_end = value == bar.maximum() and (newest_last or value > 0)
    yield
    view.doItemsLayout()  # the new rows' scroll range now, not at the next paint
    bar.setValue(bar.maximum() if at_end else value)


@contextlib.contextmanager
def _kept_place(
    view: QAbstractItemView, key: Callable[[int], object], *, newest_last: bool = False
) -> Iterator[None]:
    """The same rows selected and current (found by ``key`` of a row), scrolled as before."""
    selection = view.selectionModel()
    chosen = {key(index.row()) for index in selection.selectedRows()}
    current = view.currentIndex()
    current_key = key(current.row()) if current.isValid() else None
    with _kept_scroll(view, newest_last=newest_last):
        yield
        model, selection = view.model(), view.selectionModel()
        rows = {key(row): row for row in range(model.rowCount())}
        last = model.columnCount() - 1
        kept = QItemSelection()
        for row in (rows[k] for k in chosen if k in rows):
            kept.select(model.index(row, 0), model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        if chosen:
            selection.select(kept, flags.ClearAndSelect | flags.Rows)
        if current_key in rows:
            selection.setCurrentIndex(model.index(rows[current_key], 0), flags.NoUpdate)
