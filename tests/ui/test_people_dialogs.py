"""The People tab's dialogs show their hints whole, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from onrecord.ui.people import NumberDialog, PartyDialog

pytestmark = pytest.mark.gui


def _room(edit: QLineEdit) -> int:
    """The width the line edit has for text, inside its frame and margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inner = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return inner.width() - margins.left() - margins.right() - 2 * 2


def test_the_add_number_dialog_shows_its_hints_whole(qtbot, language) -> None:
    """ "as it appears on your phone" was cut to "as it appears on …" in "Add number"."""
    for dialog, edits in (
        (NumberDialog(None, []), ("raw", "label")),
        (PartyDialog(None), ("aliases",)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.adjustSize()  # as it opens: its own size hint
        qtbot.waitExposed(dialog)
        for name in edits:
            edit = getattr(dialog, name)
            hint = edit.placeholderText()
            assert hint
            assert edit.fontMetrics().horizontalAdvance(hint) <= _room(edit), (language, hint)
