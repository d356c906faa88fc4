"""What is typed into the case form is never thrown away without asking, and long titles fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from onrecord.demo import create_demo
from onrecord.paths import resolve_data_dir
from onrecord.store import open_workspace
from onrecord.ui import dialogs
from onrecord.ui.mainwindow import MainWindow


class Questions:
    """The save/discard/cancel box, answered from a queue ("discard" once it is empty)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answers: list[str] = []

    def __call__(self, _parent: object, title: str, text: str) -> str:
        self.asked.append((title, text))
        return self.answers.pop(0) if self.answers else "discard"


@pytest.fixture
def questions(no_dialogs, monkeypatch: pytest.MonkeyPatch) -> Questions:
    fake = Questions()
    monkeypatch.setattr(dialogs, "save_discard_cancel", fake)
    return fake


@pytest.fixture
def two_cases(window, workspace):
    loan = workspace.cases.create_case("Loan", jurisdiction="us", notes="first note")
    card = workspace.cases.create_case("Card", jurisdiction="us")
    window.reload_cases()
    window.select_case(loan.id)
    assert window.case_form.case_id == loan.id
    return loan, card


def _list_case(window) -> int | None:
    index = window.case_list.currentIndex()
    return window.cases_model.row_at(index.row()).id if index.isValid() else None


def _click_case(qtbot, window, case_id: int) -> None:
    """Click a case in the list with the mouse, as the user does."""
    row = next(r for r, c in enumerate(window.cases_model.rows()) if c.id == case_id)
    rect = window.case_list.visualRect(window.cases_model.index(row, 0))
    qtbot.mouseClick(window.case_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_switching_cases_without_changes_asks_nothing(qtbot, window, two_cases, questions):
    _loan, card = two_cases
    assert not window.case_form.has_unsaved_changes()
    _click_case(qtbot, window, card.id)
    assert window.case_form.case_id == card.id and questions.asked == []
    window.new_case()
    assert window.case_form.case_id is None and questions.asked == []


def test_cancel_keeps_the_typed_text_and_the_selection(
    qtbot, window, workspace, two_cases, questions
):
    loan, card = two_cases
    form = window.case_form
    form.notes.setPlainText("They called at 7am again")
    questions.answers = ["cancel"]

    _click_case(qtbot, window, card.id)

    assert questions.asked and "Loan" in questions.asked[0][1]
    assert form.case_id == loan.id
    assert form.notes.toPlainText() == "They called at 7am again"
    assert _list_case(window) == loan.id  # the list went back to the edited case
    qtbot.waitUntil(
        lambda: (
            [i.row() for i in window.case_list.selectionModel().selectedIndexes()]
            == [window.case_list.currentIndex().row()]
        )
    )
    assert workspace.cases.case(loan.id).notes == "first note"  # nothing saved either
    assert form.has_unsaved_changes()


def test_save_saves_and_then_shows_the_chosen_case(qtbot, window, workspace, two_cases, questions):
    loan, card = two_cases
    window.case_form.creditor.setText("Harbor Bank")
    questions.answers = ["save"]

    _click_case(qtbot, window, card.id)

    assert len(questions.asked) == 1
    assert workspace.cases.case(loan.id).creditor == "Harbor Bank"
    assert window.case_form.case_id == card.id and _list_case(window) == card.id
    assert window.case_form.title.text() == "Card"
    assert not window.case_form.has_unsaved_changes()


def test_discard_throws_the_edit_away_only_when_asked(
    qtbot, window, workspace, two_cases, questions
):
    loan, card = two_cases
    window.case_form.amount.setText("1200")
    questions.answers = ["discard"]

    window.select_case(card.id)

    assert len(questions.asked) == 1
    assert workspace.cases.case(loan.id).amount is None
    assert window.case_form.case_id == card.id and window.case_form.amount.text() == ""
    window.select_case(loan.id)  # back again: the stored values, no question
    assert window.case_form.amount.text() == "" and len(questions.asked) == 1


def test_a_refused_save_shows_why_and_stays_on_the_case(
    qtbot, window, workspace, two_cases, questions, no_dialogs
):
    loan, card = two_cases
    window.case_form.amount.setText("about a thousand")
    questions.answers = ["save"]

    _click_case(qtbot, window, card.id)

    errors = [x for kind, _t, x in no_dialogs if kind == "error"]
    assert errors and "amount" in errors[0]
    assert window.case_form.case_id == loan.id and _list_case(window) == loan.id
    assert window.case_form.amount.text() == "about a thousand"
    assert workspace.cases.case(loan.id).amount is None


def test_new_case_asks_first(qtbot, window, workspace, two_cases, questions):
    loan, _card = two_cases
    window.case_form.agency.setText("Acme Collections")
    questions.answers = ["cancel"]
    window.new_case_button.click()
    assert window.case_form.case_id == loan.id
    assert window.case_form.agency.text() == "Acme Collections"
    assert _list_case(window) == loan.id

    questions.answers = ["save"]
    window.new_case_button.click()
    assert window.case_form.case_id is None and window.case_form.title.text() == ""
    assert workspace.cases.case(loan.id).agency == "Acme Collections"


def test_a_started_new_case_is_not_lost_either(qtbot, window, workspace, two_cases, questions):
    loan, _card = two_cases
    window.new_case()
    qtbot.keyClicks(window.case_form.title, "Phone contract")
    questions.answers = ["cancel"]
    window.select_case(loan.id)
    assert window.case_form.case_id is None and window.case_form.title.text() == "Phone contract"
    assert _list_case(window) is None
    assert "new case" in questions.asked[0][1]

    questions.answers = ["save"]
    window.select_case(loan.id)
    assert "Phone contract" in [c.title for c in workspace.cases.cases()]
    assert window.case_form.case_id == loan.id and _list_case(window) == loan.id


def test_closing_the_window_asks(qtbot, window, workspace, two_cases, questions):
    loan, _card = two_cases
    window.case_form.notes.setPlainText("Letter arrived on Monday")
    questions.answers = ["cancel"]
    assert not window.close()
    assert window.isVisible() and window.case_form.notes.toPlainText() == "Letter arrived on Monday"

    questions.answers = ["save"]
    assert window.close()
    assert workspace.cases.case(loan.id).notes == "Letter arrived on Monday"


def test_the_same_case_shown_again_keeps_the_edit(qtbot, window, two_cases, questions):
    """A call or an import refreshes the case: what is being typed stays, nothing is asked."""
    loan, _card = two_cases
    window.case_form.notes.setPlainText("half a sentence")
    window._case_changed(loan.id)
    assert window.case_form.notes.toPlainText() == "half a sentence"
    assert questions.asked == []


def test_unsaved_changes_are_marked(qtbot, window, two_cases, questions):
    form = window.case_form
    tab = window.tabs.indexOf(form)
    assert not form.save_button.isEnabled() and not form.revert_button.isEnabled()
    assert not window.tabs.tabText(tab).endswith("*")
    qtbot.keyClicks(form.creditor, "X")
    assert form.save_button.isEnabled() and form.revert_button.isEnabled()
    assert window.tabs.tabText(tab).endswith("*")
    qtbot.keyClick(form.creditor, Qt.Key.Key_Backspace)  # typed back to what was loaded
    assert not form.save_button.isEnabled()
    assert not window.tabs.tabText(tab).endswith("*")


def test_a_restore_asks_before_it_replaces_the_data(
    qtbot, window, workspace, two_cases, questions, no_dialogs, monkeypatch, tmp_path
):
    from onrecord.backup import create_backup

    target = tmp_path / "backup.zip"
    create_backup(workspace.data_dir, target)
    window.case_form.notes.setPlainText("typed before the restore")
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: target)
    questions.answers = ["cancel"]
    window.restore()
    assert not any(t == "Backup restored" for _k, t, _x in no_dialogs)
    assert window.case_form.notes.toPlainText() == "typed before the restore"

    questions.answers = ["save"]
    window.restore()
    assert no_dialogs[-1][1] == "Backup restored"
    assert len(questions.asked) == 2  # and not asked again when the window closed
    assert not window.isVisible()


def test_a_data_folder_move_saves_first_and_closes_without_asking_again(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, questions, no_dialogs
):
    monkeypatch.delenv("ONRECORD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    ws = open_workspace(resolve_data_dir())
    create_demo(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    case_id = window.case_form.case_id
    window.case_form.notes.setPlainText("saved before the move")
    opened = []
    window.run_dialog = lambda d: opened.append(d) or False
    window.data_folder_action.trigger()
    (dialog,) = opened
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new place")
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, x: t == "Move the data folder")
    questions.answers = ["save"]
    with qtbot.waitSignal(dialog.moved, timeout=60000):
        dialog.move_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(questions.asked) == 1
    ws.close()
    with open_workspace(resolve_data_dir()) as moved:
        assert moved.data_dir == tmp_path / "new place"
        assert moved.cases.case(case_id).notes == "saved before the move"


def test_cancel_at_the_question_means_no_move(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, questions, no_dialogs
):
    monkeypatch.delenv("ONRECORD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    ws = open_workspace(resolve_data_dir())
    create_demo(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.case_form.notes.setPlainText("still typing")
    opened = []
    window.run_dialog = lambda d: opened.append(d) or False
    window.data_folder_action.trigger()
    (dialog,) = opened
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new place")
    questions.answers = ["cancel"]
    dialog.move_button.click()
    assert not dialog.job.running and not (tmp_path / "new place").exists()
    assert window.case_form.notes.toPlainText() == "still typing"
    questions.answers = ["discard"]  # the window closes at the end of the test
    ws_dir = ws.data_dir
    window.close()
    ws.close()
    assert ws_dir.is_dir()


@pytest.mark.parametrize(
    "title",
    [
        ("Credit card with Harbor Bank, account ending 4471, sold to " * 4)[:200],
        "X" * 200,  # no space to wrap at
    ],
)
def test_a_long_title_does_not_widen_the_window(qtbot, window, workspace, title):
    short = workspace.cases.create_case("Loan", jurisdiction="us")
    long = workspace.cases.create_case(title, jurisdiction="us")
    window.reload_cases()
    window.tabs.setCurrentWidget(window.case_form)
    window.select_case(short.id)
    QApplication.processEvents()
    wanted = window.centralWidget().minimumSizeHint().width()
    one_line = window.case_form.heading.heightForWidth(600)
    window.select_case(long.id)
    QApplication.processEvents()
    assert window.centralWidget().minimumSizeHint().width() == wanted
    assert window.case_form.minimumSizeHint().width() < 800
    assert window.case_form.heading.heightForWidth(600) > one_line  # it wraps instead
    assert window.case_form.heading.toolTip() == title  # the whole title, also when cut


def test_the_arrow_keys_in_the_case_list_ask_too(qtbot, window, two_cases, questions):
    loan, _card = two_cases
    window.case_form.notes.setPlainText("not saved yet")
    questions.answers = ["cancel"]
    window.case_list.setFocus()
    qtbot.keyClick(window.case_list, Qt.Key.Key_Down)
    assert len(questions.asked) == 1
    assert window.case_form.case_id == loan.id and _list_case(window) == loan.id
    assert window.case_form.notes.toPlainText() == "not saved yet"


@pytest.mark.parametrize(
    ("button", "answer"),
    [
        (QMessageBox.StandardButton.Save, "save"),
        (QMessageBox.StandardButton.Discard, "discard"),
        (QMessageBox.StandardButton.Cancel, "cancel"),
    ],
)
def test_the_question_offers_save_discard_and_cancel(qtbot, button, answer):
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
        box.button(button).click()

    QTimer.singleShot(0, press)
    assert dialogs.save_discard_cancel(None, "Unsaved changes", "Save?") == answer


def test_an_amount_typed_with_grouping_comes_back_grouped_and_unchanged(
    qtbot, window, workspace, questions
):
    """She typed 86,420 and saw 86420 after saving: it looked changed. It is shown grouped,
    and showing it so is not a change that asks to be saved."""
    case = workspace.cases.create_case("Card", jurisdiction="tw")
    window.reload_cases()
    window.select_case(case.id)
    form = window.case_form
    form.amount.setText("86,420")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert str(workspace.cases.case(case.id).amount) == "86420"
    assert form.amount.text() == "86,420"
    window.select_case(case.id)
    assert not questions.asked
