"""Files for any contact: a letter's scan, a screenshot of an SMS, a chat export are attached
from "Log a contact" and "Edit contact", as Review attaches a call's (a walk-through could
attach a scanned letter only to a recorded call)."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from small_case import SmallCase, answering, at
from sqlalchemy import select

from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.store.models import AuditEvent
from onrecord.ui.timeline import TimelinePanel
from onrecord.ui.timeline.logdialog import LogContactDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "letter-scan.pdf"
    path.write_bytes(b"%PDF-1.4 a scanned letter")
    return path


def _panel(qtbot, workspace: Workspace, case_id: int) -> TimelinePanel:
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    return panel


def _added(workspace: Workspace) -> list[dict]:
    with workspace.store.session() as s:
        query = select(AuditEvent.body).where(AuditEvent.action == "attachment.added")
        return [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]


def test_a_file_chosen_when_logging_a_letter_is_attached_to_it(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path
) -> None:
    panel = _panel(qtbot, workspace, small_case.case_id)
    shown: list[str] = []

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.LETTER].click()
        dialog.choose_files = lambda parent: [scan]
        dialog.attach_button.click()
        shown.extend(dialog.files.item(i).text() for i in range(dialog.files.count()))

    panel.run_dialog = answering(fill, [])
    panel.log_contact()
    assert shown == ["letter-scan.pdf  (attached when saved)"]
    [letter] = [e for e in workspace.cases.events(small_case.case_id) if e.kind == "letter"]
    [attachment] = workspace.attachments.list(small_case.case_id)
    assert attachment.event_id == letter.id
    assert attachment.original_name == "letter-scan.pdf"
    stored = workspace.data_dir / attachment.path
    assert stored.read_bytes() == scan.read_bytes()  # copied in, fingerprinted
    [logged] = _added(workspace)  # and in the audit log, as Review's files are
    assert logged["event_id"] == letter.id and logged["sha256"] == attachment.sha256


def test_a_file_is_attached_to_a_contact_being_corrected_and_listed_next_time(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    panel = _panel(qtbot, workspace, small_case.case_id)
    [row] = [r for r in panel.model.rows if r.id == sms.id]

    def attach(dialog: LogContactDialog) -> None:
        assert dialog.files.item(0).text() == "No files attached yet."
        dialog.choose_files = lambda parent: [scan]
        dialog.attach_button.click()

    panel.run_dialog = answering(attach, [])
    panel.edit_contact(row)
    [attachment] = workspace.attachments.list(small_case.case_id)
    assert attachment.event_id == sms.id
    seen: list[list[str]] = []

    def look(dialog: LogContactDialog) -> None:
        seen.append([dialog.files.item(i).text() for i in range(dialog.files.count())])

    [row] = [r for r in panel.model.rows if r.id == sms.id]
    panel.run_dialog = answering(look, [], ok=False)
    panel.edit_contact(row)
    assert seen == [[f"letter-scan.pdf  (fingerprint {attachment.sha256[:12]}…)"]]


def test_cancelling_the_dialog_attaches_nothing(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path
) -> None:
    panel = _panel(qtbot, workspace, small_case.case_id)

    def fill(dialog: LogContactDialog) -> None:
        dialog.choose_files = lambda parent: [scan]
        dialog.attach_button.click()

    panel.run_dialog = answering(fill, [], ok=False)
    panel.log_contact()
    assert workspace.attachments.list(small_case.case_id) == []


def test_a_file_that_cannot_be_attached_is_said_and_the_contact_is_kept(
    qtbot, workspace: Workspace, small_case: SmallCase, tmp_path: Path, no_dialogs
) -> None:
    panel = _panel(qtbot, workspace, small_case.case_id)
    gone = tmp_path / "moved-away.png"

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.VISIT].click()
        dialog.choose_files = lambda parent: [gone]
        dialog.attach_button.click()

    panel.run_dialog = answering(fill, [])
    before = len(workspace.cases.events(small_case.case_id))
    panel.log_contact()
    assert len(workspace.cases.events(small_case.case_id)) == before + 1
    [(kind, title, text)] = no_dialogs
    assert (kind, title) == ("error", "File not attached") and "moved-away.png" in text


def test_a_file_kept_for_another_contact_is_refused_when_chosen_naming_that_contact(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path, no_dialogs
) -> None:
    """A Taiwanese user chose a scan already attached to a letter: the dialog listed it
    "(attached when saved)", closed on Save, and only then said it was "attached to contact
    #1", a number the timeline does not show. It is refused when chosen, naming the letter."""
    from onrecord.ui import localefmt

    letter = workspace.cases.log_event(small_case.case_id, EventKind.LETTER, at(6, 12))
    workspace.attachments.add(small_case.case_id, scan, event_id=letter.id)
    panel = _panel(qtbot, workspace, small_case.case_id)
    shown: list[list[str]] = []
    copy = scan.with_name("same-scan-renamed.pdf")  # the same bytes under another name
    copy.write_bytes(scan.read_bytes())

    def fill(dialog: LogContactDialog) -> None:
        dialog.kind_buttons[EventKind.VISIT].click()
        dialog.choose_files = lambda parent: [scan, copy]
        dialog.attach_button.click()
        shown.append([dialog.files.item(i).text() for i in range(dialog.files.count())])

    panel.run_dialog = answering(fill, [])
    panel.log_contact()
    assert shown == [["No files attached yet."]]  # not listed as if it would be attached
    day = localefmt.date_text(letter.started_at.astimezone(ZoneInfo(letter.timezone)).date())
    [(kind, title, text)] = no_dialogs  # said once, while choosing; nothing after Save
    assert (kind, title) == ("error", "File not attached")
    assert text.startswith(
        f"letter-scan.pdf is already in this case, attached to the contact of {day} "
        f"(Letter, #{letter.id})"
    )
    assert "same-scan-renamed.pdf is already in this case" in text
    assert len(workspace.cases.events(small_case.case_id)) > 1  # the visit was logged
    [kept] = workspace.attachments.list(small_case.case_id)
    assert kept.event_id == letter.id


def test_a_file_of_the_case_itself_or_of_this_contact_is_said_so(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path, tmp_path: Path, no_dialogs
) -> None:
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG a screenshot")
    workspace.attachments.add(small_case.case_id, scan)  # the case's own
    workspace.attachments.add(small_case.case_id, shot, event_id=sms.id)
    panel = _panel(qtbot, workspace, small_case.case_id)
    [row] = [r for r in panel.model.rows if r.id == sms.id]

    def attach(dialog: LogContactDialog) -> None:
        dialog.choose_files = lambda parent: [scan, shot]
        dialog.attach_button.click()

    panel.run_dialog = answering(attach, [], ok=False)
    panel.edit_contact(row)
    [(_kind, _title, text)] = no_dialogs
    assert "letter-scan.pdf is already in this case, attached to the case itself" in text
    assert "shot.png is attached to this contact already." in text


def test_the_reason_for_a_correction_is_kept_with_the_files_attached_in_it(
    qtbot, workspace: Workspace, small_case: SmallCase, scan: Path
) -> None:
    """The reason typed when correcting a contact was kept nowhere for the files attached
    with it (their audit entries held only the file)."""
    sms = workspace.cases.log_event(small_case.case_id, EventKind.SMS, at(6, 9))
    panel = _panel(qtbot, workspace, small_case.case_id)
    [row] = [r for r in panel.model.rows if r.id == sms.id]

    def attach(dialog: LogContactDialog) -> None:
        dialog.choose_files = lambda parent: [scan]
        dialog.attach_button.click()
        dialog.reason.setText("the screenshot was missing")

    panel.run_dialog = answering(attach, [])
    panel.edit_contact(row)
    [added] = _added(workspace)
    assert added["event_id"] == sms.id
    assert added["reason"] == "the screenshot was missing"
