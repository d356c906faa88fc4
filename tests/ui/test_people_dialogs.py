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


def test_a_new_collector_s_company_is_the_case_s_agency(qtbot, workspace) -> None:
    from onrecord.ui.people import PeoplePanel

    case = workspace.cases.create_case("Card", jurisdiction="tw")
    workspace.cases.update_case(case.id, agency="穩達資產管理股份有限公司")
    panel = PeoplePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    shown: list[PartyDialog] = []

    def run(dialog: PartyDialog) -> bool:
        shown.append(dialog)
        dialog.name.setText("陳專員")
        return True

    panel.run_dialog = run  # type: ignore[method-assign]
    panel.add_party()
    assert shown[0].organisation.text() == "穩達資產管理股份有限公司"
    [party] = workspace.cases.parties(case.id)
    assert (party.name, party.organisation) == ("陳專員", "穩達資產管理股份有限公司")
