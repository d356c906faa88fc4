"""The tag keys of the call screen: one button and one key per evidence tag.

During a call the keyboard's home is this box (it is focusable): a number key tags the moment
at once. While she types in a text box, digits are text; the hint under the box says which of
the two a key does now (and, in the note, that Enter saves it: in any other box it saves
nothing), and the box is framed while the keys tag.

Its texts are the call screen's: they are translated in the CallPanel context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from ..conduct.tags import tag_title
from ..settings import TagButton
from .callstatus import SteadyLabel
from .tagsettings import button_title

IDLE_BORDER = "#b8bec4"
LIVE_COLOUR = "#2980b9"
KEY_MODE_STYLE = (
    "QGroupBox#tagBox {{ border: 2px solid {border}; border-radius: 4px; margin-top: 1.3em; "
    "padding-top: 4px; }} "
    "QGroupBox#tagBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; "
    "color: {title}; }}"
)


def is_text_input(widget: QWidget | None) -> bool:
    """A widget that takes typed characters (where a digit is text, not a tag key)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit))


class TagKeys(QGroupBox):
    """The tag buttons and their keys, made from the settings, and the hint of what keys do."""

    tagged = Signal(str)  # a tag's button or key was pressed

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CallPanel", "Tag what was just said (press the key)"),
            parent,
        )
        self.language = language
        self.setObjectName("tagBox")
        # The keyboard's home during a call: focusable, so the tag keys work from the start.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("CallPanel", "Tag keys"))
        self.grid = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        self.specs: list[TagButton] = []
        self.hint = SteadyLabel(
            (
                QCoreApplication.translate(
                    "CallPanel",
                    "⌨ Keys tag now: press a number to mark the moment, N to write a note.",
                ),
                QCoreApplication.translate(
                    "CallPanel",
                    "⌨ Typing: number keys type digits here. Enter saves a note, Esc goes back "
                    "to the tag keys.",
                ),
                # Typing in any other box (the caller's name, the amount): Enter saves nothing
                # there, so the hint does not say it does.
                QCoreApplication.translate(
                    "CallPanel",
                    "⌨ Typing: number keys type digits here. Esc goes back to the tag keys.",
                ),
            )
        )
        self.hint.setObjectName("keyMode")

    def label(self, tag: str) -> str:
        """A tag's name as the user set it on its button, else in the UI language."""
        for spec in self.specs:
            if spec.tag == tag:
                return button_title(spec, self.language)
        return tag_title(tag, self.language)

    def rebuild(self, specs: Sequence[TagButton], enabled: bool) -> None:
        """(Re)make the tag buttons and their keys from the settings."""
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.buttons, self.shortcuts, self.specs = {}, [], list(specs)
        for index, button_spec in enumerate(self.specs):
            key = button_spec.key or ""
            title = button_title(button_spec, self.language)
            shown = title.replace("&", "&&")  # the user's "Q&A" is text, not an Alt key
            button = QPushButton(f"{key}  {shown}" if key else shown)
            button.setStyleSheet(
                f"QPushButton {{ border-left: 6px solid {QColor(button_spec.colour).name()}; "
                "text-align: left; padding: 6px; }"
            )
            button.setAccessibleName(title)
            button.setEnabled(enabled)
            button.clicked.connect(lambda _=False, t=button_spec.tag: self.tagged.emit(t))
            self.grid.addWidget(button, index // 2, index % 2)
            self.buttons[button_spec.tag] = button
            if key:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda t=button_spec.tag: self.tagged.emit(t))
                shortcut.setEnabled(enabled)
                self.shortcuts.append(shortcut)

    def set_keys_enabled(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)

    def show_mode(self, recording: bool, live: bool, in_note: bool = False) -> None:
        """Frame the box and say under it whether a key tags now (``live``) or types, and
        what Enter does in the box being typed in (``in_note``: the note, where it saves)."""
        keys_text, note_text, field_text = self.hint.texts
        if not recording:
            text, border, title = "", IDLE_BORDER, "palette(window-text)"
        elif live:
            text, border, title = keys_text, LIVE_COLOUR, LIVE_COLOUR
        else:
            text = note_text if in_note else field_text
            border, title = IDLE_BORDER, "palette(window-text)"
        if self.hint.text() == text and self.property("keysLive") == live:
            return
        self.setProperty("keysLive", live)
        self.setStyleSheet(KEY_MODE_STYLE.format(border=border, title=title))
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {LIVE_COLOUR if live else 'palette(window-text)'};")
        self.hint.setVisible(bool(text))
