"""The case form asks a mainland case whether its debt may be illegal; the answer is the
case's own, and the Possible issues panel follows it once saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from onrecord.store import Workspace
from onrecord.ui import dialogs
from onrecord.ui.caseform import CaseForm

pytestmark = pytest.mark.gui

THREAT_AT = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai


def make_form(qtbot, ws: Workspace) -> CaseForm:
    form = CaseForm(ws)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def asked(form: CaseForm) -> bool:
    """The question and its help line are on screen."""
    return (
        form.form.isRowVisible(form.illegal_debt_row)
        and form.debt_may_be_illegal.isVisible()
        and form.illegal_debt_help.isVisible()
    )


def threatened_case(ws: Workspace, title: str, **fields) -> int:
    case = ws.cases.create_case(title, jurisdiction="cn", **fields)
    event = ws.cases.log_event(case.id, "sms", THREAT_AT, number="13800138000")
    ws.cases.tag_event(event.id, "threat", "说要上门")
    return case.id


def test_a_mainland_case_is_asked_and_an_american_one_is_not(qtbot, workspace: Workspace):
    cn = workspace.cases.create_case("网贷", jurisdiction="cn")
    us = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    form = make_form(qtbot, workspace)
    form.load(workspace.cases.case(cn.id))
    assert asked(form) and not form.debt_may_be_illegal.isChecked()
    assert "may itself be illegal" in form.illegal_debt_text.text()
    assert "art. 293-1" in form.illegal_debt_help.text()
    assert "not legal advice" in form.illegal_debt_help.text()
    assert form.debt_may_be_illegal.accessibleName() == form.illegal_debt_text.text()
    form.jurisdiction.setFocus()  # Tab reaches it in reading order
    qtbot.keyClick(form.jurisdiction, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.debt_may_be_illegal
    row = form.illegal_debt_row  # as tall as its wrapped words, no gap below them
    qtbot.waitUntil(lambda: row.height() == row.heightForWidth(row.width()))
    form.load(workspace.cases.case(us.id))
    assert not asked(form)
    assert not form.has_unsaved_changes()


def test_a_saved_answer_is_never_hidden(qtbot, workspace: Workspace):
    """Ticked on a mainland case whose rules were later changed to another place's: still
    shown (so it can be seen and unticked), though no US rule asks."""
    case = workspace.cases.create_case("Loan", jurisdiction="us", debt_may_be_illegal=True)
    form = make_form(qtbot, workspace)
    form.load(workspace.cases.case(case.id))
    assert asked(form) and form.debt_may_be_illegal.isChecked()


def test_ticking_is_an_unsaved_change_and_saving_keeps_it_on_the_case(
    qtbot, workspace: Workspace, monkeypatch
):
    card = workspace.cases.create_case("信用卡", jurisdiction="cn")
    loan = workspace.cases.create_case("网贷", jurisdiction="cn")
    form = make_form(qtbot, workspace)
    form.load(workspace.cases.case(loan.id))
    assert not form.save_button.isEnabled()
    # A click on the words ticks the box too (its own text could not wrap).
    qtbot.mouseClick(form.illegal_debt_text, Qt.MouseButton.LeftButton)
    assert form.debt_may_be_illegal.isChecked()
    assert form.has_unsaved_changes() and form.save_button.isEnabled()
    with qtbot.waitSignal(form.case_saved) as saved:
        form.save_button.click()
    assert saved.args == [loan.id]
    assert not form.has_unsaved_changes() and form.debt_may_be_illegal.isChecked()
    assert workspace.cases.case(loan.id).debt_may_be_illegal
    assert not workspace.cases.case(card.id).debt_may_be_illegal  # per case
    form.debt_may_be_illegal.setChecked(False)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)  # "Throw away my changes"
    form.revert()
    assert form.debt_may_be_illegal.isChecked()


def test_a_new_case_is_asked_when_its_rules_are_mainland_ones(qtbot, workspace: Workspace):
    form = make_form(qtbot, workspace)
    form.jurisdiction.setCurrentIndex(form.jurisdiction.findData("us"))
    assert not asked(form)
    form.jurisdiction.setCurrentIndex(form.jurisdiction.findData("cn"))
    assert asked(form)
    form.title.setText("714 高炮")
    form.debt_may_be_illegal.setChecked(True)
    assert form.save()
    case = workspace.cases.case(form.case_id)
    assert (case.jurisdiction, case.debt_may_be_illegal) == ("cn", True)
    form.start_new()
    assert not form.debt_may_be_illegal.isChecked()


def test_saving_the_answer_changes_the_possible_issues(qtbot, window, workspace: Workspace):
    loan = threatened_case(workspace, "网贷")
    card = threatened_case(workspace, "信用卡")
    window.reload_cases()
    panel = window.conduct

    def shown_rules() -> list[str]:
        return [f.rule_id for f in panel.result.findings] if panel.result else []

    with qtbot.waitSignal(panel.check_finished, timeout=30000):
        window.select_case(loan)
    assert window.case_form.case_id == loan and shown_rules() == ["CN-MSG"]
    window.tabs.setCurrentWidget(window.case_form)
    window.case_form.debt_may_be_illegal.setChecked(True)
    with qtbot.waitSignal(panel.check_finished, timeout=30000):
        window.case_form.save_button.click()
    qtbot.waitUntil(lambda: shown_rules() == ["CN-MSG", "CN-ILLEGAL-DEBT"], timeout=30000)
    assert panel.case_id == loan

    with qtbot.waitSignal(panel.check_finished, timeout=30000):
        window.select_case(card)  # the other debt: nothing said, no crime listed
    assert shown_rules() == ["CN-MSG"]
    assert not window.case_form.debt_may_be_illegal.isChecked()
