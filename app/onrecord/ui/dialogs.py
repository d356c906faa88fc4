"""Every message box and file dialog goes through here, so tests can patch one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """Ask a yes/no question; "no" is the default. ``yes`` / ``no`` name the buttons by what
    they do ("Stop, save and quit" / "Keep recording") where a bare Yes/No could be misread."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons.Yes | buttons.No, parent)
    box.setDefaultButton(buttons.No)
    box.setEscapeButton(buttons.No)
    if yes:
        box.button(buttons.Yes).setText(yes)
    if no:
        box.button(buttons.No).setText(no)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.standardButton(clicked) == buttons.Yes


def save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Ask about unsaved changes: "save", "discard" or "cancel" (also if the box is closed)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """A folder the user picked, or None if they cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, start or _home())
    return Path(chosen).absolute() if chosen else None


def choose_file(
    parent: QWidget | None, title: str, filters: str = "", start: str = ""
) -> Path | None:
    """One existing file the user picked, or None."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(chosen).absolute() if chosen else None


def choose_files(
    parent: QWidget | None, title: str, filters: str = "", start: str = ""
) -> list[Path]:
    """Existing files the user picked (empty if they cancelled)."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, start or _home(), filters)
    return [Path(c).absolute() for c in chosen]


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed into a hidden field, or None if the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None if the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else None


def open_path(path: Path) -> bool:
    """Show a folder or open a file in the system's own application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str, filters: str = ""
) -> Path | None:
    """Where to save a new file (the system dialog asks before overwriting), or None."""
    if suggested and not Path(suggested).is_absolute():
        suggested = str(Path(_home()) / suggested)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(chosen).absolute() if chosen else None


def _home() -> str:
    """Where a file dialog opens when the caller names no folder: the user's home (not
    the folder OnRecord was started from, which may be the program's own)."""
    return str(Path.home())
