"""Review's "Files for this call": a renamed copy of a file the case keeps is refused as the
other paths refuse it, and a file attached by mistake is withdrawn (and put back) there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from recorded_call import RecordedCall

from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.ui.review import ReviewPanel
from onrecord.ui.timeline.attachedfiles import WithdrawFileDialog

pytestmark = pytest.mark.gui

REASON = "a private photo, chosen by mistake"


@pytest.fixture
def panel(qtbot, workspace: Workspace, call: RecordedCall, fake_player_factory) -> ReviewPanel:
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.show_recording(call.recording_id)
    return widget


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "IMG_0412.jpg"
    path.write_bytes(b"\xff\xd8\xff a private photo")
    return path


def _lines(panel: ReviewPanel) -> list[str]:
    return [panel.files.item(i).text() for i in range(panel.files.count())]


def test_a_renamed_copy_of_a_file_kept_for_another_contact_is_refused_naming_it(
    panel: ReviewPanel, workspace: Workspace, call: RecordedCall, photo: Path, no_dialogs
) -> None:
    """The same bytes under another name were kept a second time from here (the store's
    guard matched the name too), while "Edit a contact" refused them."""
    when = dt.datetime(2026, 3, 2, 17, tzinfo=dt.UTC)
    letter = workspace.cases.log_event(call.case_id, EventKind.LETTER, when)
    workspace.attachments.add(call.case_id, photo, event_id=letter.id)
    copy = photo.with_name("from my phone.jpg")
    copy.write_bytes(photo.read_bytes())
    panel.choose_files = lambda parent: [str(copy)]
    panel.attach_button.click()
    [(kind, title, text)] = no_dialogs
    assert (kind, title) == ("error", "File not attached")
    assert text.startswith(
        "from my phone.jpg is already in this case, attached to the contact of 2026-03-02 "
        f"(Letter, #{letter.id}) (the same file, by its fingerprint)"
    )
    assert _lines(panel) == ["No files attached yet."]
    assert len(workspace.attachments.list(call.case_id)) == 1


def test_a_renamed_copy_of_this_call_s_file_is_said_to_be_here_already(
    panel: ReviewPanel, workspace: Workspace, call: RecordedCall, photo: Path, no_dialogs
) -> None:
    panel.choose_files = lambda parent: [str(photo)]
    panel.attach_button.click()
    copy = photo.with_name("copy.jpg")
    copy.write_bytes(photo.read_bytes())
    panel.choose_files = lambda parent: [str(copy)]
    panel.attach_button.click()
    [(kind, _title, text)] = no_dialogs
    assert kind == "info"
    assert text == (
        "copy.jpg is attached to this call already (the same file, by its fingerprint, "
        "as IMG_0412.jpg)."
    )
    assert len(workspace.attachments.list(call.case_id)) == 1


def test_a_file_attached_by_mistake_is_withdrawn_and_put_back_here(
    qtbot, panel: ReviewPanel, workspace: Workspace, call: RecordedCall, photo: Path, no_dialogs
) -> None:
    panel.choose_files = lambda parent: [str(photo)]
    panel.attach_button.click()
    button = panel.withdraw_file_button
    assert not button.isEnabled()  # no file selected
    panel.files.setCurrentRow(0)
    assert button.isEnabled() and button.text() == "&Withdraw file…"
    dialogs: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        dialogs.append(dialog)
        assert isinstance(dialog, WithdrawFileDialog)
        dialog.reason.setText(REASON)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.run_dialog = run
    with qtbot.waitSignal(panel.files_changed):
        button.click()
    assert len(dialogs) == 1
    assert _lines(panel) == [f"IMG_0412.jpg  (withdrawn, not exported: {REASON})"]
    assert workspace.attachments.list(call.case_id) == []
    panel.files.setCurrentRow(0)
    assert button.text() == "Put file &back…"
    with qtbot.waitSignal(panel.files_changed):
        button.click()  # asks (answered yes), then puts it back
    assert [d[:2] for d in no_dialogs] == [("confirm", "Put a file back")]
    assert len(workspace.attachments.list(call.case_id)) == 1
    assert _lines(panel)[0].startswith("IMG_0412.jpg  (fingerprint ")


def test_withdrawing_a_file_twice_is_refused_clearly(
    panel: ReviewPanel, workspace: Workspace, call: RecordedCall, photo: Path, no_dialogs
) -> None:
    """Withdrawn elsewhere (another window) since this list was shown: said, not repeated."""
    added = workspace.attachments.add(call.case_id, photo, event_id=call.event_id)
    panel.show_recording(call.recording_id)
    panel.files.setCurrentRow(0)
    workspace.attachments.withdraw(added.id, REASON)
    refused: list[str] = []

    def run(dialog: QDialog) -> bool:
        dialog.reason.setText("again")
        dialog.accept()
        refused.append(dialog.result() == QDialog.DialogCode.Accepted)
        return False

    panel.run_dialog = run
    panel.withdraw_file_button.click()
    assert refused == [False]  # the dialog stays open with the refusal
    [(kind, title, text)] = no_dialogs
    assert (kind, title, text) == ("error", "Not withdrawn", "This file was already withdrawn.")


@pytest.mark.parametrize("attach", [False, True])
def test_a_withdrawn_private_photo_attached_again_here_is_asked_about_first(
    qtbot,
    panel: ReviewPanel,
    workspace: Workspace,
    call: RecordedCall,
    photo: Path,
    monkeypatch,
    attach: bool,
) -> None:
    """Withdrawn from another contact, the photo went onto this call at once with no word
    (a walk-through), while a file still attached gets a warning."""
    from zoneinfo import ZoneInfo

    from onrecord.ui import dialogs, localefmt

    when = dt.datetime(2026, 3, 2, 17, tzinfo=dt.UTC)
    letter = workspace.cases.log_event(call.case_id, EventKind.LETTER, when)
    added = workspace.attachments.add(call.case_id, photo, event_id=letter.id)
    withdrawn = workspace.attachments.withdraw(added.id, REASON)
    asked: list[tuple] = []

    def confirm(parent, title, text, yes=None, no=None) -> bool:  # type: ignore[no-untyped-def]
        asked.append((title, text, yes, no))
        return attach

    monkeypatch.setattr(dialogs, "confirm", confirm)
    panel.choose_files = lambda parent: [str(photo)]
    panel.attach_button.click()
    assert withdrawn.withdrawn_at is not None
    zone = ZoneInfo(workspace.cases.case(call.case_id).timezone)
    day = localefmt.date_text(withdrawn.withdrawn_at.astimezone(zone).date())
    assert asked == [
        (
            "Attach a withdrawn file again?",
            f"IMG_0412.jpg\n\nYou withdrew this file from the case on {day} (reason: {REASON})."
            " Attach it again?",
            "Attach it again",
            "Don't attach",
        )
    ]
    live = workspace.attachments.list(call.case_id)
    if attach:
        assert [(a.event_id, a.sha256) for a in live] == [(call.event_id, added.sha256)]
        assert _lines(panel)[0].startswith("IMG_0412.jpg  (fingerprint ")
    else:
        assert live == []
        assert _lines(panel) == ["No files attached yet."]
