"""Words of Qt's own file dialog that Qt 6's Chinese translations lack.

Qt 6 renamed a few of its file dialog's words ("&Look in:", "Files of &type:", the "Folder"
shown as a folder's type), and the zh_CN / zh_TW translations it ships still hold the old
ones, so a Chinese window's file dialog showed them in English. Our own translation files
carry them: our translator is installed after Qt's, so Qt asks it first. The calls below are
where ``pyside6-lupdate`` finds them; keep the context, text and disambiguation exactly as Qt
asks (``tests/ui/test_qt_gaps.py`` opens the dialog and checks).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gap_words() -> list[str]:
    """Each of the words, as the installed translators give it now."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
