"""Accessibility: every control has a name, is reached with Tab, and the window fits at 200 %.

The main window is built on the demo cases; every tab (and the timeline's inner tabs) and every
dialog the window opens is walked. For each visible interactive widget:

- it has an accessible name a screen reader can read: its own ``accessibleName()``, its text
  (buttons, check boxes; words, not just a symbol), or a ``QLabel`` whose buddy it is (what
  ``QFormLayout.addRow(text, widget)`` makes, and what Qt's AT-SPI bridge reports as
  "labelled by"). ``QAccessible``'s own Name is not used: on Linux it is a combo box's current
  text, so it is never empty and would hide an unnamed combo box;
- its focus policy accepts Tab;
- pressing Tab from the first control reaches every one of them (no table, text box or
  custom widget swallows Tab, and none is left out of the chain). A group of exclusive radio
  buttons is one Tab stop (its chosen button), the arrow keys choose within it.

Custom-painted widgets (level meters, the waveform, the charts) must have a name and a
description; the waveform and the charts must take keyboard focus and act on keys.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from onrecord.demo import create_demo
from onrecord.ui.charts.widgets import _Chart
from onrecord.ui.levelmeter import LevelMeter
from onrecord.ui.review.waveform import WaveformView

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # QDateEdit, QTimeEdit, QDateTimeEdit, QSpinBox
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
#: Parts of a composite widget, reached and named through it (a combo box's line edit, a date
#: edit's text field, a tab bar's scroll arrows, a calendar popup, a line edit's clear button,
#: a table's header: the mouse sorts with it, the keyboard reaches the rows through the table).
COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QHeaderView, QLineEdit)
CUSTOM = (LevelMeter, WaveformView, _Chart)
#: Widgets deliberately kept out of the Tab chain, with the reason.
NOT_IN_TAB_CHAIN = {
    # The import dialog's list of chosen files only echoes what "Choose file(s)…" picked; it
    # has nothing to select or change, so Tab goes from the button straight to the next step.
    "Chosen files": "read-only echo of the chosen files",
}


def words(text: str) -> str:
    """The readable words of a label or button text (no markup, no mnemonic, no symbols)."""
    plain = re.sub(r"<[^>]+>", "", text).replace("&", "")
    return plain if any(ch.isalnum() for ch in plain) else ""


def effective_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and words(widget.text()):
        return words(widget.text())
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and words(label.text()):
            return words(label.text())
    return ""


def inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets of ``root``'s window, in no particular order."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisible() or inside_composite(widget, root):
            continue
        found.append(widget)
    return found


def in_radio_group(widget: QWidget) -> bool:
    """Exclusive radio buttons are one stop for Tab, as in every toolkit (Qt does it too)."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    return group.exclusive() if group is not None else widget.autoExclusive()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 4:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({text!r}) in {'/'.join(parents)}"


def tab_walk(start: QWidget, expected: list[QWidget]) -> set[int]:
    """Press Tab from ``start`` until focus comes back to it; the ids of the controls reached."""
    app = QApplication.instance()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    assert QApplication.focusWidget() is not None, "the window cannot take keyboard focus"
    wanted = {id(w) for w in expected}
    reached: set[int] = set()

    def owner(widget: QWidget | None) -> QWidget | None:
        while widget is not None and id(widget) not in wanted:
            widget = widget.parentWidget()  # a focus proxy: the line edit of a date edit
        return widget

    first = owner(QApplication.focusWidget())
    for _ in range(3 * len(expected) + 10):
        current = owner(QApplication.focusWidget())
        if current is not None:
            reached.add(id(current))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        app.processEvents()
        if owner(QApplication.focusWidget()) is first and len(reached) > 1:
            break
    return reached


def check_screen(root: QWidget, where: str) -> list[str]:
    """Every accessibility problem of the controls now visible in ``root``, in words."""
    problems = []
    widgets = controls(root)
    tabbable = []
    for widget in widgets:
        name = effective_name(widget)
        label = f"{where}: {describe(widget)}"
        if not name:
            problems.append(f"{label} has no accessible name")
        symbol_only = isinstance(widget, QAbstractButton) and not words(widget.text())
        if symbol_only and not widget.toolTip():  # an icon or a symbol: a tooltip says what
            problems.append(f"{label} shows only a symbol or icon and has no tooltip")
        if name in NOT_IN_TAB_CHAIN:
            continue
        if not widget.isEnabled():
            continue
        if in_radio_group(widget) and not widget.isChecked():
            continue  # Tab reaches the group's chosen button; the arrow keys choose another
        if not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            problems.append(f"{label} ({name!r}) cannot be reached with Tab")
            continue
        tabbable.append(widget)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CUSTOM) and widget.isVisible():
            label = f"{where}: {type(widget).__name__}"
            if not widget.accessibleName() or not widget.accessibleDescription():
                problems.append(f"{label} needs an accessible name and description")
            if isinstance(widget, (WaveformView, _Chart)):
                if not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
                    problems.append(f"{label} cannot be reached with Tab")
                else:
                    tabbable.append(widget)
    if tabbable:
        reached = tab_walk(tabbable[0], tabbable)
        for widget in tabbable:
            if id(widget) not in reached:
                problems.append(
                    f"{where}: Tab never reaches {describe(widget)} ({effective_name(widget)!r})"
                )
    return problems


def activate(qtbot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def demo_window(qtbot, workspace, window):
    create_demo(workspace)
    window.reload_cases()
    window.select_case(workspace.cases.case("DEMO-US").id)
    window.resize(1280, 720)
    activate(qtbot, window)
    return window


def test_every_tab_names_its_controls_and_tab_reaches_them(qtbot, demo_window):
    window = demo_window
    window.search.query.setText("Mike")  # results in the table: Tab must get out of it
    window.search.run_search()
    assert window.search.model.rowCount() > 1
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        where = window.tabs.tabText(index).replace("&", "")
        if window.tabs.currentWidget() is window.timeline:
            for inner in range(window.timeline.tabs.count()):
                window.timeline.tabs.setCurrentIndex(inner)
                qtbot.wait(10)
                text = window.timeline.tabs.tabText(inner)
                problems += check_screen(window, f"{where} / {text}")
            window.timeline.tabs.setCurrentIndex(0)
            continue
        qtbot.wait(10)
        problems += check_screen(window, where)
    assert not problems, "\n".join(problems)


def test_the_call_screen_during_a_call_names_and_reaches_its_controls(qtbot, demo_window):
    """The tag buttons, note and promise entry are enabled only while recording."""
    window = demo_window
    window.tabs.setCurrentWidget(window.call_panel)
    window.call_panel._set_recording_ui(True)
    try:
        problems = check_screen(window, "Call (recording)")
    finally:
        window.call_panel._set_recording_ui(False)
    assert not problems, "\n".join(problems)


def test_every_dialog_names_its_controls_and_tab_reaches_them(
    qtbot, demo_window, workspace, no_dialogs
):
    window = demo_window
    problems: list[str] = []
    seen: list[str] = []

    def inspect(dialog: QDialog, pages: int = 1) -> bool:
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        for page in range(pages):
            if page:
                dialog.next()  # a wizard
            qtbot.wait(10)
            problems.extend(check_screen(dialog, f"{type(dialog).__name__} page {page + 1}"))
        seen.append(type(dialog).__name__)
        dialog.reject()
        return False

    case_id = workspace.cases.case("DEMO-US").id
    window.run_dialog = lambda d: inspect(d, len(d.pageIds()) if isinstance(d, QWizard) else 1)
    window.show_first_run()
    window.edit_tag_buttons()

    window.people.run_dialog = inspect
    window.people.add_party()
    window.people.add_number()

    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.run_dialog = inspect
    window.timeline.log_contact()
    window.timeline.view.selectRow(0)
    window.timeline.move_selected()
    window.timeline.tabs.setCurrentWidget(window.timeline.ledger)
    window.timeline.ledger.run_dialog = inspect
    window.timeline.ledger.add_promise()
    window.timeline.ledger.add_payment()
    window.timeline.tabs.setCurrentIndex(0)

    window.tabs.setCurrentWidget(window.review)
    review = window.review
    review.run_dialog = inspect
    review.show_case(case_id)
    assert review.info is not None, "the demo case has a recorded call"
    review.table.selectRow(0)
    review.edit_selected()
    review.retract_selected()
    review.add_mark_at_cursor()

    from onrecord.ui.export_verify import VerifyDialog
    from onrecord.ui.exportdialog import ExportDialog
    from onrecord.ui.importdialog import ImportDialog

    inspect(ExportDialog(workspace, case_id, window))
    importer = ImportDialog(workspace, case_id, window)
    qtbot.addWidget(importer)
    activate(qtbot, importer)
    for number, (fmt, button) in enumerate(importer.format_buttons.items()):
        if number:  # the arrow keys choose within the group (some formats show more controls)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert button.isChecked(), fmt
        problems.extend(check_screen(importer, f"ImportDialog ({fmt})"))
        button.setFocus()
    importer.reject()
    inspect(VerifyDialog(workspace, parent=window))

    # The passphrase prompt is Qt's input dialog, made as dialogs.ask_password makes it.
    prompt = QInputDialog(window)
    prompt.setLabelText("Passphrase to open OnRecord:")
    prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
    inspect(prompt)

    assert {
        "FirstRunGuide",
        "TagSetDialog",
        "PartyDialog",
        "NumberDialog",
        "LogContactDialog",
        "MoveDialog",
        "PromiseDialog",
        "PaymentDialog",
        "NoteDialog",
        "RetractDialog",
        "AddMarkDialog",
        "ExportDialog",
        "VerifyDialog",
    } <= set(seen)
    assert not problems, "\n".join(problems)


def test_the_waveform_is_driven_from_the_keyboard(qtbot, demo_window, workspace):
    window = demo_window
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    review.show_case(workspace.cases.case("DEMO-US").id)
    review.waveform.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(review.waveform.hasFocus)
    assert review.marks, "the demo call has marks"
    QTest.keyClick(review.waveform, Qt.Key.Key_Right)
    assert review.cursor == review.marks[0].frame
    QTest.keyClick(review.waveform, Qt.Key.Key_Right)
    assert review.cursor == review.marks[1].frame
    QTest.keyClick(review.waveform, Qt.Key.Key_Left)
    assert review.cursor == review.marks[0].frame


def test_the_charts_are_driven_from_the_keyboard(qtbot, demo_window):
    window = demo_window
    window.tabs.setCurrentWidget(window.charts)
    asked = []
    window.charts.filter_requested.connect(asked.append)
    hours = window.charts.hours
    hours.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(hours.hasFocus)
    QTest.keyClick(hours, Qt.Key.Key_Home)
    for _ in range(9):
        QTest.keyClick(hours, Qt.Key.Key_Right)
    assert "09:00" in hours.accessibleDescription()
    window.charts.filter_requested.disconnect(window._filter_timeline)
    QTest.keyClick(hours, Qt.Key.Key_Return)
    assert [flt.hour for flt in asked] == [9]

    calendar = window.charts.calendar
    calendar.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(calendar, Qt.Key.Key_End)
    QTest.keyClick(calendar, Qt.Key.Key_Space)
    last_day, count = calendar.days[-1]
    assert (asked[-1].date_from, asked[-1].date_to) == (last_day, last_day)
    assert f"{count} contact attempt" in calendar.accessibleDescription()


@pytest.mark.parametrize("points", [None, 12.0], ids=["default font", "12 pt font"])
def test_the_main_window_fits_a_small_screen_at_200_percent(qtbot, demo_window, points):
    """At 200 % a 2732×1536 screen is 1366×768 logical pixels; with a taskbar, say 1280×720.

    Also with larger text (12 pt, where desktops default to 9–11 pt): pages scroll, the
    window still fits.
    """
    window = demo_window
    app = QApplication.instance()
    default = app.font()
    if points:
        larger = app.font()
        larger.setPointSizeF(points)
        app.setFont(larger)
    try:
        too_big = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            hint = window.minimumSizeHint()
            if hint.width() > 1280 or hint.height() > 720:
                too_big.append(f"{window.tabs.tabText(index)}: {hint}")
    finally:
        app.setFont(default)
    assert not too_big, "\n".join(too_big)


def test_no_widget_sets_its_font_in_pixels(qtbot, demo_window):
    """Pixel-sized fonts do not follow the user's font size; points do."""
    window = demo_window
    offenders = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for widget in window.findChildren(QWidget):
            if widget.font().pixelSize() > 0:
                offenders.append(f"{describe(widget)}: {widget.font().pixelSize()} px")
            if re.search(r"font-size:\s*\d+(\.\d+)?px", widget.styleSheet()):
                offenders.append(f"{describe(widget)}: {widget.styleSheet()}")
    assert not offenders, "\n".join(sorted(set(offenders)))
