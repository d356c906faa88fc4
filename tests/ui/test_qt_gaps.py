"""Qt's own file dialog speaks Chinese in a Chinese window.

Qt 6 renamed a few of its file dialog's words and its shipped Chinese translations lack the
new ones: "Look in:", "Files of type:" and every folder's type ("Folder") showed in English
(a Taiwanese user's walk-through). onrecord.ui.qt_gaps gives our translations of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

from onrecord.ui import i18n
from onrecord.ui.qt_gaps import qt_gap_words


@pytest.fixture
def chinese(qapp, request):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    ("chinese", "look_in", "file_type", "folder"),
    [
        ("zh_CN", "查找范围(&L)：", "文件类型(&T)：", "文件夹"),
        ("zh_TW", "查看位置(&L)：", "檔案類型(&T)：", "資料夾"),
    ],
    indirect=["chinese"],
)
def test_the_file_dialog_has_no_english_left(
    chinese, qtbot, tmp_path, look_in: str, file_type: str, folder: str
) -> None:
    (tmp_path / "recordings").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "Zip (*.zip)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {look_in, file_type} <= labels
    assert not [text for text in labels if "Look in" in text or "Files of" in text]
    files = dialog.findChild(QFileSystemModel)
    index = files.index(str(tmp_path / "recordings"))
    qtbot.waitUntil(lambda: files.type(index) != "", timeout=2000)
    assert files.type(index) == folder


def test_every_gap_word_is_translated_in_both_chinese(qapp) -> None:
    try:
        for language in ("zh_CN", "zh_TW"):
            i18n.install(qapp, language)
            english = ["&Look in:", "Files of &type:", "Folder", "Drive"]
            assert all(w and w != e for w, e in zip(qt_gap_words(), english, strict=True))
    finally:
        i18n.install(qapp, "en")
        i18n.uninstall(qapp)
