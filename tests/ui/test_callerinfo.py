"""Who is calling: a number the case knows as a collector's fills in who that is."""

from __future__ import annotations

import pytest

from onrecord.store import Workspace
from onrecord.ui.callerinfo import CallerInfo

pytestmark = pytest.mark.gui


def _panel(qtbot, workspace: Workspace) -> tuple[CallerInfo, int]:
    case = workspace.cases.create_case("晨曦銀行信用卡", jurisdiction="tw")
    chen = workspace.cases.add_party(case.id, "陳經理", organisation="穩達資產管理")
    workspace.cases.add_number(case.id, "02 2345 6789", party_id=chen.id)
    info = CallerInfo(workspace)
    qtbot.addWidget(info)
    info.show_case(case.id)
    return info, chen.id


def test_a_known_collectors_number_fills_in_his_name(qtbot, workspace: Workspace) -> None:
    info, _ = _panel(qtbot, workspace)
    info.number.setText("+886223456789")  # another spelling of the number on record
    info.number.editingFinished.emit()
    assert (info.name.text(), info.company.text()) == ("陳經理", "穩達資產管理")


def test_a_name_the_user_typed_is_kept(qtbot, workspace: Workspace) -> None:
    info, _ = _panel(qtbot, workspace)
    info.name.setText("林先生")
    info.number.setText("02-2345-6789")
    info.number.editingFinished.emit()
    assert info.name.text() == "林先生"


def test_an_unknown_number_fills_in_nothing(qtbot, workspace: Workspace) -> None:
    info, _ = _panel(qtbot, workspace)
    info.number.setText("0912 345 678")
    info.number.editingFinished.emit()
    assert info.name.text() == "" and info.company.text() == ""
