"""Alt+letter reaches one thing: no two menu titles, tabs or buttons share a mnemonic.

Checked in the three languages, where the Chinese labels carry their own "(&X)": a letter
two visible things share makes Alt+letter cycle between them instead of acting.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from onrecord.ui import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def main_window(qtbot, workspace, language):
    workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    return open_window(qtbot, workspace)


def open_window(qtbot, workspace):
    from onrecord.ui.mainwindow import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def mnemonic(text: str) -> str:
    """The key Qt gives ``text`` ("Alt+T" for "&Timeline" and "时间线(&T)"), or ""."""
    return QKeySequence.mnemonic(text).toString()


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if key := mnemonic(text):
            by_key[key].append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def top_level(window) -> list[str]:
    """Menu bar titles, main tabs and the buttons outside the tabs (New case)."""
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    buttons = [
        b.text()
        for b in window.findChildren(QAbstractButton)
        if b.isVisibleTo(window) and not window.tabs.isAncestorOf(b)
    ]
    return menus + tabs + buttons


def shown_in(page: QWidget, window) -> list[str]:
    """What takes Alt+letter in ``page`` now: its visible buttons (check boxes and radio
    buttons too), labels that lead to a field, group box titles and the tabs inside it."""
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    texts += [box.title() for box in page.findChildren(QGroupBox) if box.isVisibleTo(window)]
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def clashes_on_each_tab(window) -> dict[str, dict[str, list[str]]]:
    """For each main tab, shown: the Alt keys that reach more than one thing."""
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        assert page.isVisible()
        if clash := duplicates(top_level(window) + shown_in(page, window)):
            found[window.tabs.tabText(index)] = clash
    return found


def test_menu_titles_tabs_and_window_buttons_have_different_mnemonics(main_window):
    texts = top_level(main_window)
    keys = [mnemonic(t) for t in texts]
    assert all(keys), [t for t in texts if not mnemonic(t)]  # each one can be reached
    assert len(texts) >= 12  # 3 menus, 8 tabs, New case
    assert not duplicates(texts)


def test_the_items_of_each_menu_have_different_mnemonics(main_window):
    for action in main_window.menuBar().actions():
        items = [a.text() for a in action.menu().actions() if not a.isSeparator()]
        assert len(items) >= 2
        assert not duplicates(items), action.text()


def test_the_timeline_adds_no_mnemonic_the_window_already_uses(main_window):
    window = main_window
    timeline = window.timeline
    window.tabs.setCurrentWidget(timeline)
    for index in range(timeline.tabs.count()):  # contacts, then promises and payments
        timeline.tabs.setCurrentIndex(index)
        texts = top_level(window) + shown_in(timeline, window)
        assert len(texts) > len(top_level(window)) + 3
        assert not duplicates(texts), timeline.tabs.tabText(index)


def test_no_tab_adds_a_mnemonic_the_window_already_uses(main_window):
    assert not clashes_on_each_tab(main_window)


def test_a_new_case_adds_no_mnemonic_the_window_already_uses(main_window):
    main_window.new_case()
    assert not clashes_on_each_tab(main_window)


@pytest.mark.parametrize(
    ("panel", "at_least"),
    [("case_form", 6), ("people", 2), ("review", 3), ("conduct", 2)],
)
def test_the_panels_keep_their_own_mnemonics(main_window, panel, at_least):
    """The fields and buttons used most can still be reached with Alt (none given up)."""
    window = main_window
    page = getattr(window, panel)
    window.tabs.setCurrentWidget(page)
    keys = [mnemonic(t) for t in shown_in(page, window) if mnemonic(t)]
    assert len(keys) >= at_least, keys


def keys_by_tab(window) -> list[list[str]]:
    """The Alt keys of the window's top level, then those each tab adds when shown."""
    found = [sorted(mnemonic(t) for t in top_level(window))]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        found.append(sorted(key for t in shown_in(page, window) if (key := mnemonic(t))))
    return found


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"])
def test_the_chinese_labels_take_the_english_keys(qtbot, qapp, workspace, chinese):
    """A user who learnt Alt+V for Save in one language finds it in the other."""
    workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    previous = QLocale()
    try:
        i18n.install(qapp, "en")
        english = keys_by_tab(open_window(qtbot, workspace))
        assert f"onrecord_{chinese}" in i18n.install(qapp, chinese)
        window = open_window(qtbot, workspace)
        assert window.tabs.tabText(0) != "C&all"  # translated
        assert keys_by_tab(window) == english
    finally:
        i18n.install(qapp, "en")
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)
