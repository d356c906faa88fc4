"""The case form keeps the user's own phone numbers (the ones the collectors call)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from onrecord.store import Workspace
from onrecord.ui.caseform import CaseForm

pytestmark = pytest.mark.gui


def test_the_numbers_typed_are_saved_and_shown_again(qtbot, workspace: Workspace, no_dialogs):
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    form = CaseForm(workspace)
    qtbot.addWidget(form)
    form.show()
    form.load(workspace.cases.case(case.id))
    assert form.my_numbers.text() == ""
    form.my_numbers.setFocus()
    qtbot.keyClicks(form.my_numbers, "(917) 555-0164 mobile, (212) 555-0100 office")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert no_dialogs == []
    saved = workspace.cases.case(case.id).my_numbers
    assert saved == "(917) 555-0164 mobile, (212) 555-0100 office"
    other = CaseForm(workspace)
    qtbot.addWidget(other)
    other.load(workspace.cases.case(case.id))
    assert other.my_numbers.text() == saved
