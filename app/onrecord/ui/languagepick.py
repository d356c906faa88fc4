"""The very first question, before any window is built: which language to use.

A window is built in one language, so a choice made later (Settings > Language, or the
first-run guide) applies from the next start. Asked first, the main window and the guide
are already in the user's language. Each choice is written in its own language; the system's
is the default, so Enter keeps it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import settings as settings_mod
from . import i18n


class LanguagePick(QDialog):
    """Three buttons, one per language, in its own words."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("OnRecord")
        self.chosen = suggested
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel("OnRecord · 通话存证 · 通話存證")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        for code, name in i18n.language_names():
            if code is None:
                continue  # "follow the system" is the default the buttons already show
            button = QPushButton(name)
            button.setObjectName(f"language-{code}")
            button.setAccessibleName(name)
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.clicked.connect(lambda _on=False, c=code: self._choose(c))
            button.setAutoDefault(code == suggested)
            button.setDefault(code == suggested)
            if code == suggested:
                button.setFocus()
            layout.addWidget(button)

    def _choose(self, code: str) -> None:
        self.chosen = code
        self.accept()


def ask_first_language(app: QCoreApplication, data_dir: Path) -> str:
    """On the first start (no language chosen, guide not done), ask and save the language;
    otherwise, and if the question is closed, the saved or system language. Installs it."""
    settings = settings_mod.load(data_dir)
    language = i18n.choose_language(settings.language)
    if settings.language is None and not settings.first_run_done:
        pick = LanguagePick(language)
        if pick.exec() == QDialog.DialogCode.Accepted:
            language = pick.chosen
            settings = settings_mod.load(data_dir)
            settings.language = language
            settings_mod.save(data_dir, settings)
    i18n.install(app, language)
    return language
