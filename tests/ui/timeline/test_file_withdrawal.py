"""A file attached by mistake is withdrawn from "Edit a contact" with a reason, and put back
from there; the timeline marks the contacts that have files, not counting withdrawn ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from small_case import SmallCase, at

from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.timeline.attachedfiles import WithdrawFileDialog
from onrecord.ui.timeline.logdialog import LogContactDialog

pytestmark = pytest.mark.gui

REASON = "a private photo, chosen by mistake"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "IMG_0412.jpg"
    path.write_bytes(b"\xff\xd8\xff a private photo")
    return path


def _panel(qtbot, workspace: Workspace, case_id: int) -> TimelinePanel:
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    return panel


def _row(panel: TimelinePanel, event_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in panel.model.rows if r.id == event_id)


def _lines(dialog: LogContactDialog) -> list[str]:
    return [dialog.files.item(i).text() for i in range(dialog.files.count())]


def _select(dialog: LogContactDialog, starting: str) -> None:
    item = next(
        dialog.files.item(i)
        for i in range(dialog.files.count())
        if dialog.files.item(i).text().startswith(starting)
    )
    dialog.files.setCurrentItem(item)


def _running(edit, withdraw=None, *, save: bool = False):  # type: ignore[no-untyped-def]
    """A run_dialog for the edit dialog (``edit`` fills it) and the withdraw dialog it opens
    (``withdraw`` fills it; None: cancelled)."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        if isinstance(dialog, WithdrawFileDialog):
            if withdraw is None:
                dialog.reject()
                return False
            withdraw(dialog)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted
        edit(dialog)
        if save:
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted
        dialog.reject()
        return False

    run.seen = seen  # type: ignore[attr-defined]
    return run


def test_a_file_attached_by_mistake_is_withdrawn_from_the_contact_with_a_reason(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, no_dialogs
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    added = workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    panel = _panel(qtbot, workspace, small_case.case_id)
    assert _row(panel, sms.id).file_count == 1
    seen: dict[str, object] = {}

    def edit(dialog: LogContactDialog) -> None:
        assert not dialog.withdraw_button.isEnabled()  # no file selected yet
        _select(dialog, "IMG_0412.jpg")
        assert dialog.withdraw_button.isEnabled()
        assert dialog.withdraw_button.text() == "&Withdraw file…"
        dialog.withdraw_button.click()
        seen["lines"] = _lines(dialog)
        _select(dialog, "IMG_0412.jpg")
        seen["button"] = dialog.withdraw_button.text()

    def withdraw(dialog: WithdrawFileDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.item.text() == "IMG_0412.jpg"
        assert "Nothing is deleted" in dialog.consequence.text()
        assert not ok.isEnabled()  # a reason is required
        dialog.reason.setText(REASON)
        assert ok.isEnabled()

    panel.run_dialog = _running(edit, withdraw)  # the edit itself is then cancelled
    panel.edit_contact(_row(panel, sms.id))
    assert seen["lines"] == [f"IMG_0412.jpg  (withdrawn, not exported: {REASON})"]
    assert seen["button"] == "Put file &back…"
    # At once, whether or not the correction is saved; the timeline no longer counts it.
    [kept] = workspace.attachments.list(small_case.case_id, withdrawn=True)
    assert kept.id == added.id and kept.withdrawn_reason == REASON
    assert workspace.attachments.list(small_case.case_id) == []
    assert _row(panel, sms.id).file_count == 0
    assert no_dialogs == []


def test_cancelling_the_withdraw_dialog_keeps_the_file(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, no_dialogs
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    panel = _panel(qtbot, workspace, small_case.case_id)
    lines: list[list[str]] = []

    def edit(dialog: LogContactDialog) -> None:
        _select(dialog, "IMG_0412.jpg")
        dialog.withdraw_button.click()
        lines.append(_lines(dialog))

    panel.run_dialog = _running(edit, None)
    panel.edit_contact(_row(panel, sms.id))
    [kept] = workspace.attachments.list(small_case.case_id)
    assert lines == [[f"IMG_0412.jpg  (fingerprint {kept.sha256[:12]}…)"]]


def test_a_withdrawn_file_is_put_back_from_the_contact(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, no_dialogs
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    added = workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    workspace.attachments.withdraw(added.id, REASON)
    panel = _panel(qtbot, workspace, small_case.case_id)

    def edit(dialog: LogContactDialog) -> None:
        _select(dialog, "IMG_0412.jpg")
        dialog.withdraw_button.click()  # "Put file back…": asks, then puts it back

    panel.run_dialog = _running(edit)
    panel.edit_contact(_row(panel, sms.id))
    [(kind, title, text)] = no_dialogs
    assert (kind, title) == ("confirm", "Put a file back")
    assert text.startswith(f"IMG_0412.jpg was withdrawn: {REASON}")
    assert [a.id for a in workspace.attachments.list(small_case.case_id)] == [added.id]
    assert _row(panel, sms.id).file_count == 1


def test_putting_back_a_file_attached_again_elsewhere_is_refused_naming_where(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, no_dialogs
) -> None:
    wrong = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    right = workspace.cases.log_event(small_case.case_id, EventKind.LETTER, at(7, 12))
    first = workspace.attachments.add(small_case.case_id, photo, event_id=wrong.id)
    workspace.attachments.withdraw(first.id, "attached to the wrong contact")
    workspace.attachments.add(small_case.case_id, photo, event_id=right.id)
    panel = _panel(qtbot, workspace, small_case.case_id)

    def edit(dialog: LogContactDialog) -> None:
        _select(dialog, "IMG_0412.jpg")
        dialog.withdraw_button.click()

    panel.run_dialog = _running(edit)
    panel.edit_contact(_row(panel, wrong.id))
    [_confirm, (kind, title, text)] = no_dialogs
    assert (kind, title) == ("error", "Not put back")
    assert "IMG_0412.jpg is already in this case, attached to the contact of" in text
    assert f"(Letter, #{right.id})" in text
    assert workspace.attachments.list(small_case.case_id, withdrawn=True)[0].withdrawn_at


def test_a_file_chosen_but_not_attached_yet_is_left_out_without_a_trace(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, tmp_path: Path, no_dialogs
) -> None:
    """Chosen by mistake in the dialog, before Save: nothing to withdraw, nothing logged."""
    panel = _panel(qtbot, workspace, small_case.case_id)
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 the right letter")
    lines: list[list[str]] = []

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.LETTER].click()
        dialog.choose_files = lambda parent: [photo, scan]
        dialog.attach_button.click()
        _select(dialog, "IMG_0412.jpg")
        assert dialog.withdraw_button.text() == "Do&n't attach this file"
        dialog.withdraw_button.click()
        lines.append(_lines(dialog))

    panel.run_dialog = _running(fill, save=True)
    panel.log_contact()
    assert lines == [["letter.pdf  (attached when saved)"]]
    [attached] = workspace.attachments.list(small_case.case_id, withdrawn=True)
    assert attached.original_name == "letter.pdf"
    assert no_dialogs == []


def test_the_timeline_marks_a_contact_with_files_with_a_paperclip(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, tmp_path: Path
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9), summary="pay")
    letter = workspace.cases.log_event(small_case.case_id, EventKind.LETTER, at(7, 12))
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")
    workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    workspace.attachments.add(small_case.case_id, scan, event_id=sms.id)
    panel = _panel(qtbot, workspace, small_case.case_id)
    model = panel.model
    notes = next(i for i, c in enumerate(model.columns) if c.header == "Notes")

    def cell(event_id: int, role: Qt.ItemDataRole):  # type: ignore[no-untyped-def]
        row = next(i for i, r in enumerate(model.rows) if r.id == event_id)
        return model.index(row, notes).data(role)

    # The source text: English says "2 files" once the translator has added its plural forms.
    icon = cell(sms.id, Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert cell(sms.id, Qt.ItemDataRole.ToolTipRole) == "2 file(s) attached\npay"
    assert cell(sms.id, Qt.ItemDataRole.AccessibleTextRole) == "2 file(s) attached. pay"
    assert cell(sms.id, Qt.ItemDataRole.DisplayRole) == "pay"  # the note itself unchanged
    assert cell(letter.id, Qt.ItemDataRole.DecorationRole) is None
    # A withdrawn file does not count.
    [shot] = [
        a for a in workspace.attachments.list(small_case.case_id) if a.original_name == photo.name
    ]
    workspace.attachments.withdraw(shot.id, REASON)
    panel.refresh()
    assert cell(sms.id, Qt.ItemDataRole.ToolTipRole) == "1 file(s) attached\npay"


# ------------------------------------ a withdrawn file chosen again (a walk-through)
def _answering_confirm(monkeypatch, answer: bool) -> list[dict]:
    """``dialogs.confirm`` answered ``answer``; each question kept (title, text, buttons)."""
    from onrecord.ui import dialogs

    asked: list[dict] = []

    def confirm(parent, title, text, yes=None, no=None) -> bool:  # type: ignore[no-untyped-def]
        asked.append({"title": title, "text": text, "yes": yes, "no": no})
        return answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


def _withdrawn_on(workspace: Workspace, case_id: int) -> str:
    """The day the case's one withdrawn file was withdrawn, on the case's clock, as said."""
    from zoneinfo import ZoneInfo

    from onrecord.ui import localefmt

    [withdrawn] = [a for a in workspace.attachments.list(case_id, withdrawn=True) if a.withdrawn_at]
    zone = ZoneInfo(workspace.cases.case(case_id).timezone)
    return localefmt.date_text(withdrawn.withdrawn_at.astimezone(zone).date())


@pytest.mark.parametrize("attach", [False, True])
def test_a_withdrawn_file_chosen_again_is_asked_about_first(
    qtbot, workspace: Workspace, small_case: SmallCase, photo: Path, monkeypatch, attach: bool
) -> None:
    """A private photo withdrawn from one contact went into another at once, with no word
    (a walk-through), while a file still attached is refused."""
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    added = workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    workspace.attachments.withdraw(added.id, REASON)
    asked = _answering_confirm(monkeypatch, attach)
    panel = _panel(qtbot, workspace, small_case.case_id)
    lines: list[list[str]] = []

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.LETTER].click()
        dialog.choose_files = lambda parent: [photo]
        dialog.attach_button.click()
        lines.append(_lines(dialog))

    panel.run_dialog = _running(fill, save=True)
    panel.log_contact()
    day = _withdrawn_on(workspace, small_case.case_id)
    assert asked == [
        {
            "title": "Attach a withdrawn file again?",
            "text": f"IMG_0412.jpg\n\nYou withdrew this file from the case on {day} "
            f"(reason: {REASON}). Attach it again?",
            "yes": "Attach it again",
            "no": "Don't attach",
        }
    ]
    live = workspace.attachments.list(small_case.case_id)
    if attach:
        assert lines == [["IMG_0412.jpg  (attached when saved)"]]
        [again] = live
        assert again.id != added.id and again.sha256 == added.sha256
    else:
        assert lines == [["No files attached yet."]]
        assert live == []


def test_a_renamed_copy_of_a_withdrawn_file_is_asked_about_naming_both(
    qtbot,
    workspace: Workspace,
    small_case: SmallCase,
    photo: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    """Editing a contact: the same bytes under another name are the withdrawn file too."""
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    added = workspace.attachments.add(small_case.case_id, photo, event_id=sms.id)
    workspace.attachments.withdraw(added.id, REASON)
    copy = tmp_path / "from my phone.jpg"
    copy.write_bytes(photo.read_bytes())
    asked = _answering_confirm(monkeypatch, False)
    panel = _panel(qtbot, workspace, small_case.case_id)

    def edit(dialog: LogContactDialog) -> None:
        dialog.choose_files = lambda parent: [copy]
        dialog.attach_button.click()

    panel.run_dialog = _running(edit, save=True)
    panel.edit_contact(_row(panel, sms.id))
    [question] = asked
    assert question["text"].startswith(
        "from my phone.jpg (the same file as IMG_0412.jpg)\n\nYou withdrew this file"
    )
    assert workspace.attachments.list(small_case.case_id) == []
