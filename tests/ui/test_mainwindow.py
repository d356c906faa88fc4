"""The main window as a user drives it: create and edit a case, its people and numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from onrecord.store import open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.models import AuditEvent


def test_empty_data_folder_opens_on_the_new_case_form(window):
    assert window.case_form.case_id is None
    assert window.cases_model.rowCount() == 0
    assert window.case_form.save_button.text().replace("&", "") == "Create case"
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.people))


def test_creating_a_case_in_the_window_saves_it(qtbot, window, workspace, no_dialogs):
    form = window.case_form
    qtbot.keyClicks(form.title, "Credit card - Harbor Bank")
    form.jurisdiction.setCurrentIndex(form.jurisdiction.findData("cn"))
    assert form.timezone.currentData() == "Asia/Shanghai"  # defaults follow the jurisdiction
    qtbot.keyClicks(form.amount, "18,600.50")
    form.agency.setText("中催信息")  # keyClicks only types ASCII
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert no_dialogs == []
    cases = workspace.cases.cases()
    assert [c.title for c in cases] == ["Credit card - Harbor Bank"]
    case = cases[0]
    assert (case.jurisdiction, case.timezone, case.region) == ("cn", "Asia/Shanghai", "CN")
    assert case.amount == Decimal("18600.50") and case.currency == "CNY"
    assert case.agency == "中催信息"
    assert window.cases_model.rowCount() == 1
    assert window.case_form.case_id == case.id
    assert window.tabs.isTabEnabled(window.tabs.indexOf(window.people))


def test_a_case_without_title_is_refused_with_a_message(qtbot, window, workspace, no_dialogs):
    qtbot.mouseClick(window.case_form.save_button, Qt.MouseButton.LeftButton)
    assert workspace.cases.cases() == []
    assert no_dialogs and "title" in no_dialogs[0][2]


def test_editing_a_case_is_saved_and_audited(qtbot, window, workspace, no_dialogs):
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    window.reload_cases()
    window.select_case(case.id)
    form = window.case_form
    assert form.title.text() == "Loan"
    form.creditor.setText("Harbor Bank")
    form.has_due_date.setChecked(True)
    form.due_date.setDate(dt.date(2026, 3, 31))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = workspace.cases.case(case.id)
    assert saved.creditor == "Harbor Bank" and saved.due_date == dt.date(2026, 3, 31)
    with workspace.store.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last.action == "case.updated"
        assert '"creditor":["","Harbor Bank"]' in last.body
        assert verify_chain(s).ok


def test_bad_amount_shows_a_message_and_keeps_what_was_typed(qtbot, window, workspace, no_dialogs):
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    window.reload_cases()
    window.select_case(case.id)
    window.case_form.amount.setText("about a thousand")
    qtbot.mouseClick(window.case_form.save_button, Qt.MouseButton.LeftButton)
    assert no_dialogs and "amount" in no_dialogs[0][2]
    assert window.case_form.amount.text() == "about a thousand"
    assert workspace.cases.case(case.id).amount is None


def _accepting(fill):
    def run(dialog):
        fill(dialog)
        return True

    return run


def test_adding_a_collector_and_a_number(qtbot, window, workspace, no_dialogs):
    case = workspace.cases.create_case("Loan", jurisdiction="cn")
    window.reload_cases()
    window.select_case(case.id)
    people = window.people

    def fill_party(d):
        d.name.setText("王经理")
        d.employee_id.setText("ZC-0317")

    people.run_dialog = _accepting(fill_party)
    people.add_party()
    assert [p.name for p in workspace.cases.parties(case.id)] == ["王经理"]
    party_id = workspace.cases.parties(case.id)[0].id

    def fill_number(d):
        d.raw.setText("138 0013 8000")
        d.party.setCurrentIndex(d.party.findData(party_id))

    people.run_dialog = _accepting(fill_number)
    people.add_number()
    numbers = workspace.cases.numbers(case.id)
    assert [(n.e164, n.party_id) for n in numbers] == [("+8613800138000", party_id)]
    model = people.numbers_model
    assert model.data(model.index(0, 0)) == "+86 138 0013 8000"
    assert model.data(model.index(0, 3)) == "王经理"

    def fill_bad(d):
        d.raw.setText("12")

    people.run_dialog = _accepting(fill_bad)
    people.add_number()
    bad = workspace.cases.numbers(case.id)[-1]
    assert bad.raw == "12" and not bad.is_valid
    assert model.data(model.index(1, 2)).startswith("kept as typed")
    assert no_dialogs == []


def test_number_labels_onrecord_writes_are_in_the_users_language(qtbot, window, workspace):
    """The demo's Chinese case listed its numbers as "customer service" and "withheld"."""
    from onrecord.ui import i18n

    case = workspace.cases.create_case("Loan", jurisdiction="cn")
    workspace.cases.add_number(case.id, "-1", label="withheld")
    workspace.cases.add_number(case.id, "0755-2345 6789", label="customer service")
    workspace.cases.add_number(case.id, "138 0013 8000", label="customer service line 2")
    i18n.install(QCoreApplication.instance(), "zh_CN")
    try:
        window.reload_cases()
        window.select_case(case.id)
        model = window.people.numbers_model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        column = next(c for c, h in enumerate(headers) if h in ("Label", "说明"))
        shown = {model.data(model.index(r, column)) for r in range(model.rowCount())}
    finally:
        i18n.install(QCoreApplication.instance(), "en")
        i18n.uninstall(QCoreApplication.instance())
    assert shown == {"未显示号码", "客服", "customer service line 2"}  # hers, as she typed it


def test_duplicate_number_is_refused_with_a_message(qtbot, window, workspace, no_dialogs):
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    workspace.cases.add_number(case.id, "(212) 555-0142")
    window.reload_cases()
    window.select_case(case.id)
    window.people.run_dialog = _accepting(lambda d: d.raw.setText("+1 212 555 0142"))
    window.people.add_number()
    assert len(workspace.cases.numbers(case.id)) == 1
    assert no_dialogs and "already" in no_dialogs[0][2]


def test_the_timeline_lists_the_case_events_in_local_time(qtbot, window, workspace):
    case = workspace.cases.create_case("Loan", jurisdiction="cn")
    when = dt.datetime(2026, 3, 2, 23, 10, tzinfo=dt.UTC)  # 07:10 in Shanghai
    workspace.cases.log_event(case.id, "missed_call", when, number="13800138000")
    window.reload_cases()
    window.select_case(case.id)
    rows = window.timeline.proxy.visible_rows()
    assert len(rows) == 1
    assert rows[0].local.strftime("%Y-%m-%d %H:%M") == "2026-03-03 07:10"
    assert rows[0].kind == "missed_call"


def test_demo_cases_from_the_menu(qtbot, window, workspace, no_dialogs):
    window.add_demo()
    assert {c.reference for c in workspace.cases.cases()} == {"DEMO-US", "DEMO-CN", "DEMO-TW"}
    assert window.cases_model.rowCount() == 3


def test_a_call_in_unsorted_calls_can_be_filed_under_a_case(qtbot, window, workspace, no_dialogs):
    unsorted = workspace.cases.unsorted_case()
    target = workspace.cases.create_case("Loan", jurisdiction="us")
    when = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)
    event = workspace.cases.log_event(unsorted.id, "call", when, number="(212) 555-0142")
    window.reload_cases()
    window.select_case(unsorted.id)
    timeline = window.timeline
    timeline.view.selectRow(0)

    def choose(dialog):
        dialog.case.setCurrentIndex(dialog.case.findData(target.id))
        return True

    timeline.run_dialog = choose
    timeline.move_selected()
    assert workspace.cases.events(unsorted.id) == []
    (moved,) = workspace.cases.events(target.id)
    assert moved.id == event.id and moved.phone_number.e164 == "+12125550142"
    with workspace.store.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last.action == "event.moved"


def test_import_and_export_need_a_case(qtbot, window, workspace):
    assert not window.export_action.isEnabled() and not window.import_action.isEnabled()
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    window.reload_cases()
    window.select_case(case.id)
    assert window.export_action.isEnabled() and window.import_action.isEnabled()


def test_a_finding_opens_its_event_in_the_timeline(qtbot, window, workspace):
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    early = dt.datetime(2026, 3, 2, 12, 10, tzinfo=dt.UTC)  # 07:10 in New York
    event = workspace.cases.log_event(case.id, "call", early, number="(212) 555-0142")
    window.reload_cases()
    window.select_case(case.id)
    window.conduct.event_activated.emit(event.id)
    assert window.tabs.currentWidget() is window.timeline
    assert [row.id for row in window.timeline.selected_rows()] == [event.id]


def test_backup_and_restore_from_the_settings_menu(
    qtbot, window, workspace, no_dialogs, monkeypatch, tmp_path
):
    from onrecord.ui import dialogs

    workspace.cases.create_case("Loan", jurisdiction="us")
    target = tmp_path / "backup.zip"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: target)
    window.back_up()
    assert target.is_file() and no_dialogs[-1][1] == "Backup made"
    workspace.cases.create_case("Added after the backup", jurisdiction="us")
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: target)
    window.restore()
    assert no_dialogs[-1][1] == "Backup restored"
    with open_workspace(workspace.data_dir) as restored:
        assert [c.title for c in restored.cases.cases()] == ["Loan"]


@pytest.mark.parametrize("answers", [["wrong passphrase", "correct horse battery"], [None]])
def test_restoring_a_backup_with_the_signing_key_asks_its_passphrase(
    qtbot, window, workspace, no_dialogs, monkeypatch, tmp_path, answers
):
    """Wrong passphrase: asked again. Cancel: offered to restore without it (this key stays)."""
    from onrecord.backup import create_backup
    from onrecord.evidence.signing import load_or_create_key
    from onrecord.ui import dialogs

    workspace.cases.create_case("Loan", jurisdiction="us")
    backed_up = load_or_create_key(workspace.data_dir).fingerprint
    target = tmp_path / "with-key.zip"
    create_backup(
        workspace.data_dir, target, include_key=True, key_passphrase="correct horse battery"
    )
    load_or_create_key(workspace.data_dir).path.unlink()
    own = load_or_create_key(workspace.data_dir).fingerprint  # a new key since the backup
    prompts: list[str] = []
    typed = iter(answers)
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: target)
    monkeypatch.setattr(dialogs, "ask_password", lambda p, t, x: prompts.append(x) or next(typed))
    window.restore()
    assert len(prompts) == len(answers)
    assert no_dialogs[-1][1] == "Backup restored"
    if answers[-1] is None:
        assert no_dialogs[-3][1] == "Restore without the signing key?"
    else:
        assert "does not open" in prompts[-1]
    wanted = own if answers[-1] is None else backed_up
    assert load_or_create_key(workspace.data_dir).fingerprint == wanted


def test_adding_the_demo_cases_says_so_in_the_users_words(window, workspace, no_dialogs):
    window.add_demo()
    window.add_demo()
    infos = [x for x in no_dialogs if x[0] == "info"]
    assert "3 demo case" in infos[0][2] and "created demo case" not in infos[0][2]
    assert "already in the list" in infos[1][2]
    assert len(workspace.cases.cases()) == 3


def test_a_long_case_title_is_cut_with_its_whole_text_in_the_tooltip(window, workspace):
    from PySide6.QtCore import Qt

    title = "Harbor Bank credit card (Keystone Recovery Services LLC, second placement) " * 2
    workspace.cases.create_case(title.strip(), jurisdiction="us")
    window.reload_cases()
    view = window.case_list
    model = view.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    [index] = [i for i in rows if title.strip() in str(i.data(Qt.ItemDataRole.ToolTipRole))]
    assert not view.horizontalScrollBar().isVisible()
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert view.visualRect(index).right() <= view.viewport().width()
