"""The export and verify dialogs: real exports of a generated case, run through the widgets."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator

from onrecord import settings as settings_module
from onrecord.evidence.verify import verify_package
from onrecord.messages import sentences
from onrecord.store import Workspace
from onrecord.store.enums import EventKind
from onrecord.ui import dialogs
from onrecord.ui.exportdialog import ExportDialog, VerifyDialog

pytestmark = pytest.mark.gui
RATE = 8000


def make_case(ws: Workspace) -> int:
    """A US case with a collector, two logged contacts and one recorded call with a mark."""
    case = ws.cases.create_case(
        "Harbor Bank card", jurisdiction="us", reference="UI-EXPORT-1", creditor="Harbor Bank"
    )
    party = ws.cases.add_party(case.id, "Mike Dalton")
    ws.cases.log_event(
        case.id,
        EventKind.MISSED_CALL,
        dt.datetime(2026, 3, 2, 12, 10, tzinfo=dt.UTC),
        number="+1 212 555 0142",
        party_id=party.id,
    )
    rel = "recordings/ui-test.wav"
    path = ws.data_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    t = np.arange(RATE * 2) / RATE
    sf.write(str(path), np.stack([0.3 * np.sin(600 * t), 0.2 * np.sin(300 * t)], axis=1), RATE)
    start = dt.datetime(2026, 3, 3, 15, 0, tzinfo=dt.UTC)
    rec = ws.recordings.begin(
        case.id, rel, sample_rate=RATE, channels=2, channel_roles="me,them", started_at=start
    )
    pcm = hashlib.sha256(sf.read(str(path), dtype="int16")[0].tobytes()).hexdigest()
    ws.recordings.finalise(
        rec.id,
        frames=len(t),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        pcm_sha256=pcm,
    )
    ws.recordings.add_mark(rec.id, RATE, tag="threat", text="said they'd call my employer")
    return case.id


@pytest.fixture
def dialog(qtbot, workspace: Workspace, tmp_path: Path) -> ExportDialog:
    dlg = ExportDialog(workspace, make_case(workspace))
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "out"))
    dlg.show()
    return dlg


def test_export_through_the_dialog_is_intact(
    qtbot, dialog: ExportDialog, workspace: Workspace, no_dialogs, monkeypatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(dialogs, "open_path", lambda p: opened.append(p) or True)
    dialog.reporter_name.setText("Jane Roe")
    dialog.reporter_contact.setText("jane@example.org")
    dialog.make_zip.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert no_dialogs == []
    report = verify_package(result.folder)
    assert report.ok, report.lines()
    assert verify_package(result.zip_path).ok
    bag_info = (result.folder / "bag-info.txt").read_text("utf-8")
    assert "Contact-Name: Jane Roe" in bag_info
    assert "Contact-Email: jane@example.org" in bag_info
    saved = settings_module.load(workspace.data_dir)
    assert (saved.reporter_name, saved.reporter_contact) == ("Jane Roe", "jane@example.org")
    assert saved.export_folder == dialog.folder.text()
    # The result says where and shows the fingerprint; the buttons open folder and report.
    assert dialog.result_page.isVisible()
    assert str(result.folder) in dialog.result_text.text()
    assert "selection" not in dialog.result_text.text()  # the whole case
    assert result.fingerprint in dialog.fingerprint.text()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [result.folder, result.folder / "data" / "report" / "index.html"]
    assert (result.folder / "data" / "report" / "report.pdf").stat().st_size > 1000
    # A folder and a zip were made: either can be given.
    assert "give your lawyer this folder or this zip file" in dialog.next_steps.text()


def test_cancel_during_export_leaves_nothing(
    qtbot, dialog: ExportDialog, workspace: Workspace, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    """Hold the export inside its PDF step, press Cancel, let it go on: it stops and cleans up."""
    import onrecord.evidence.report_pdf as report_pdf

    entered, release = threading.Event(), threading.Event()
    real = report_pdf.render_pdf
    on_main_thread: list[bool] = []

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        entered.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_pdf, "render_pdf", held)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(entered.is_set, timeout=30000)
    assert dialog.progress.isVisible()
    assert on_main_thread == [False]  # the PDF is drawn on the worker; the GUI stays free
    with qtbot.waitSignal(dialog.job.failed, timeout=60000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.job.cancel_requested
        release.set()
    out = tmp_path / "out"
    assert list(out.iterdir()) == []
    assert [kind for kind, _t, _x in no_dialogs] == ["info"]
    assert "Nothing was written" in no_dialogs[0][2]
    assert dialog.isVisible()  # cancelling the export does not close the dialog
    audit = [a.action for a in _audit(workspace)]
    assert "case.exported" not in audit


def _audit(ws: Workspace) -> list:
    from sqlalchemy import select

    from onrecord.store.models import AuditEvent

    with ws.store.session() as s:
        return list(s.scalars(select(AuditEvent)))


def test_encrypted_export_refuses_a_mismatch_then_verifies_with_the_password(
    qtbot, dialog: ExportDialog, workspace: Workspace, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    dialog.encrypt.setChecked(True)
    assert dialog.password.isEnabled() and dialog.password_again.isEnabled()
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClicks(dialog.password_again, "correct hose")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [(k, t) for k, t, _x in no_dialogs] == [("error", "Cannot export yet")]
    assert "not the same" in no_dialogs[0][2]
    assert not dialog.job.running
    assert not (tmp_path / "out").exists()
    assert dialog.password_again.text() == ""  # asked again

    qtbot.keyClicks(dialog.password_again, "correct horse")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.folder is None and result.zip_path.is_file()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [result.zip_path.name, result.note_path.name]  # the zip and how to open it
    )
    assert not dialog.open_report_button.isEnabled()  # the report is inside the locked zip
    assert "give your lawyer this zip file and the note beside it" in dialog.next_steps.text()
    assert result.note_path.name in dialog.result_text.text()
    assert "folder" not in dialog.next_steps.text()
    settings_text = (workspace.data_dir / settings_module.FILENAME).read_text("utf-8")
    assert "correct horse" not in settings_text
    assert "correct horse" not in "".join(a.body for a in _audit(workspace))

    # The verify dialog asks for the password of an encrypted zip and says intact.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_password", lambda p, t, x: asked.append(t) or "correct horse")
    verify = VerifyDialog(workspace, result.zip_path)
    qtbot.addWidget(verify)
    with qtbot.waitSignal(verify.verified, timeout=60000) as checked:
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert asked == ["Password needed"]
    assert checked.args[0].ok
    assert "Intact" in verify.verdict.text()


def test_encryption_says_the_file_names_stay_readable(dialog: ExportDialog) -> None:
    """AES zips lock the contents, not the names (case reference, call dates): say so where
    encryption is chosen."""
    assert not dialog.names_note.isEnabled()
    assert not dialog.names_note.isVisibleTo(dialog) and not dialog.password.isVisibleTo(dialog)
    dialog.encrypt.setChecked(True)
    assert dialog.names_note.isVisible() and dialog.names_note.isEnabled()
    note = dialog.names_note.text()
    assert "names of the files inside the zip" in note
    assert "can be seen without the password; their contents cannot" in note


def test_a_short_password_is_warned_about_not_refused(
    qtbot, dialog: ExportDialog, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    answers = [False, True]
    asked: list[tuple[str, str]] = []

    def confirm(_parent, title: str, text: str) -> bool:
        asked.append((title, text))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    dialog.encrypt.setChecked(True)
    qtbot.keyClicks(dialog.password, "x")
    qtbot.keyClicks(dialog.password_again, "x")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [t for t, _x in asked] == ["Short password"]
    assert "10 characters or more" in asked[0][1]
    assert not dialog.job.running and not (tmp_path / "out").exists()  # "No": back to the box
    assert dialog.password.selectedText() == "x"

    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:  # "Yes": exported
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and blocker.args[0].zip_path.is_file()
    assert no_dialogs == []


def test_a_long_password_is_not_questioned(
    qtbot, dialog: ExportDialog, no_dialogs, monkeypatch
) -> None:
    dialog.encrypt.setChecked(True)
    for edit in (dialog.password, dialog.password_again):
        qtbot.keyClicks(edit, "0123456789")  # exactly ten characters
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].zip_path.is_file()
    assert no_dialogs == []  # no "Short password" question


def rows(verify: VerifyDialog) -> list[str]:
    return [verify.problems.item(i).text() for i in range(verify.problems.count())]


def check(qtbot, verify: VerifyDialog, path: Path) -> None:
    verify.path.setText(str(path))
    with qtbot.waitSignal(verify.verified, timeout=60000):
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)


class FullWidthColon(QTranslator):
    """Chinese as a translator would write it: the headline, a full-width colon, the file."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        words = {"%1: %2": "%1：%2", "This file is missing": "這個檔案不見了"}
        return words.get(source) if context == "VerifyDialog" else None


def test_verify_dialog_counts_like_the_export_and_a_missing_file_once(
    qtbot, english, dialog: ExportDialog, workspace: Workspace, no_dialogs, tmp_path: Path
) -> None:
    """A walk-through: the export said 13 files, the check "19 files checked"; then a missing
    file came with a second problem about the Payload-Oxum it only follows from."""
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.checked_files == result.files + 6
    assert (
        f"{result.checked_files} files with a fingerprint in the package ({result.files} in "
        "data/, 6 that describe and sign it)" in dialog.result_text.text()
    )
    assert "give your lawyer this folder," in dialog.next_steps.text()  # no zip was made
    verify = VerifyDialog(workspace)
    qtbot.addWidget(verify)
    verify.show()
    check(qtbot, verify, result.folder)
    verdict = verify.verdict.text()
    assert "Intact" in verdict
    assert f"the {result.files} files of the case in data/ and 6 that describe" in verdict
    assert f"{result.files + 6} files checked" in verdict
    # As the command line says it (a walk-through): what the signature does not prove.
    assert "not whose key it is" in verdict and "The audit log holds together" in verdict

    copy = tmp_path / "tampered"
    shutil.copytree(result.folder, copy)
    (copy / "data" / "case" / "timeline.csv").unlink()
    check(qtbot, verify, copy)
    assert "Not intact: 1 problem" in verify.verdict.text()
    assert "export a new package for your lawyer" in verify.verdict.text()  # what to do now
    shown = rows(verify)
    assert len(shown) == 2
    assert shown[0].startswith("This file is missing: data/case/timeline.csv")
    assert shown[1] == (
        f"Because of the above, data/ now holds {result.files - 1} files, not the "
        f"{result.files} it held when the package was made."
    )
    assert "Payload-Oxum" not in "".join(shown)

    translator = FullWidthColon()
    QCoreApplication.installTranslator(translator)
    try:
        check(qtbot, verify, copy)
        assert rows(verify)[0].startswith("這個檔案不見了：data/case/timeline.csv")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_verify_dialog_names_every_problem(
    qtbot, dialog: ExportDialog, workspace: Workspace, no_dialogs, tmp_path: Path
) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    copy = tmp_path / "tampered"
    shutil.copytree(blocker.args[0].folder, copy)
    timeline = copy / "data" / "case" / "timeline.csv"
    timeline.write_text(timeline.read_text("utf-8") + "edited\n", "utf-8")
    (copy / "data" / "added.txt").write_text("not part of it", "utf-8")
    verify = VerifyDialog(workspace)
    qtbot.addWidget(verify)
    verify.show()
    verify.path.setText(str(copy))
    with qtbot.waitSignal(verify.verified, timeout=60000):
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    shown = [verify.problems.item(i).text() for i in range(verify.problems.count())]
    assert "Not intact" in verify.verdict.text()
    assert any("changed: data/case/timeline.csv" in line for line in shown)
    assert any("added afterwards: data/added.txt" in line for line in shown)
    assert verify.problems.isVisible()


def test_verify_dialog_sets_aside_what_a_mac_adds_and_names_it(
    qtbot, english, dialog: ExportDialog, workspace: Workspace, no_dialogs, tmp_path: Path
) -> None:
    """A lawyer looked at the package in a Mac's Finder before checking it."""
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    copy = tmp_path / "seen-in-finder"
    shutil.copytree(blocker.args[0].folder, copy)
    (copy / "data" / "report" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(2040))
    verify = VerifyDialog(workspace)
    qtbot.addWidget(verify)
    verify.show()
    check(qtbot, verify, copy)
    assert "Intact" in verify.verdict.text()
    assert verify.problems.isVisible()
    assert "set aside: not part of the package" in rows(verify)[0]  # "1 file" once translated
    assert rows(verify)[1].startswith("data/report/.DS_Store: a Mac's Finder")


def test_sentences_get_a_space_in_english_and_none_after_a_chinese_stop() -> None:
    assert sentences("The password is never saved.", "Use 7-Zip.") == (
        "The password is never saved. Use 7-Zip."
    )
    assert sentences("密碼不會被儲存。", "請使用 7-Zip。") == "密碼不會被儲存。請使用 7-Zip。"


def test_the_dialog_fits_the_screen_and_lists_calls_only_when_asked(
    qtbot, dialog: ExportDialog, language: str
) -> None:
    # A 1366 × 768 laptop: the Export button must stay on the screen, in every language (the
    # Chinese form once needed 761 px). The form scrolls instead.
    dlg = ExportDialog(dialog.workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    screen = dlg.screen().availableGeometry()
    qtbot.waitUntil(lambda: dlg.frameGeometry().height() <= screen.height())
    assert not dlg.call_list.isVisible()
    dlg.some_calls.setChecked(True)
    assert dlg.call_list.isVisible() and dlg.call_list.topLevelItemCount() == 2
    assert dlg.frameGeometry().height() <= screen.height()
    bottom = dlg.folder.mapTo(dlg.form_page, dlg.folder.rect().bottomLeft()).y()
    scrollbar = dlg.form_scroll.verticalScrollBar()
    assert bottom <= dlg.form_scroll.viewport().height() + scrollbar.maximum()  # reachable
    dlg.all_calls.setChecked(True)
    assert not dlg.call_list.isVisible()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_short_screen_scrolls_the_form_instead_of_hiding_the_buttons(
    qtbot, dialog: ExportDialog, language: str, monkeypatch
) -> None:
    from PySide6.QtCore import QRect

    class ShortScreen:
        def availableGeometry(self) -> QRect:  # Qt's name
            return QRect(0, 0, 1366, 560)

    monkeypatch.setattr(ExportDialog, "screen", lambda self: ShortScreen())
    dlg = ExportDialog(dialog.workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.height() <= 560)
    assert dlg.form_scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert dlg.export_button.isVisible()


def test_choosing_a_password_makes_room_for_its_fields(qtbot, dialog: ExportDialog) -> None:
    """Ticking the password showed its fields and notes in a dialog of the same height, so
    "About you" went below the fold on a 768-pixel screen (a walk-through)."""
    dlg = ExportDialog(dialog.workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    screen = dlg.screen().availableGeometry()
    before = dlg.height()
    dlg.encrypt.setChecked(True)
    qtbot.waitUntil(lambda: dlg.height() > before)
    assert dlg.frameGeometry().height() <= screen.height()
    assert dlg.password.isVisible() and not dlg.password_again.visibleRegion().isEmpty()


def tick(dialog: ExportDialog, *texts: str) -> None:
    """Tick the calls whose row shows all of ``texts`` (as a user reads the list)."""
    ticked = 0
    for item in dialog.call_list.items():
        shown = " ".join(item.text(c) for c in range(dialog.call_list.columnCount()))
        if all(text in shown for text in texts):
            item.setCheckState(0, Qt.CheckState.Checked)
            ticked += 1
    assert ticked, texts


def shown_rows(dialog: ExportDialog) -> list[str]:
    """The rows listed (not hidden by the dates), each as its cells joined by " | "."""
    return [
        " | ".join(item.text(c) for c in range(dialog.call_list.columnCount()))
        for item in dialog.call_list.items()
        if not item.isHidden()
    ]


def test_ticked_calls_make_a_package_of_those_calls_only(
    qtbot, dialog: ExportDialog, no_dialogs
) -> None:
    dialog.some_calls.setChecked(True)
    tick(dialog, "● recorded")
    assert dialog.calls_note.isVisible()
    assert "only these calls" in dialog.calls_note.text()
    assert "Files attached to the case itself are always included" in dialog.calls_note.text()
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    folder = blocker.args[0].folder
    case = json.loads((folder / "data/case/case.json").read_text("utf-8"))
    assert [e["kind"] for e in case["contact_events"]] == ["call"]  # not the missed call
    assert "This package is a selection" in (folder / "data/report/index.html").read_text("utf-8")
    # and the page that says it is ready says so too (it read as if it held the whole case)
    assert "This package is a selection, not the whole case file" in dialog.result_text.text()


@pytest.mark.parametrize(
    ("first", "last", "ticked", "said"),
    [
        # the recorded call (ticked) is on 2026-03-03 (the case's clock: UTC): not listed on
        # these dates, so not counted as ticked; the missed call of 3/2 is listed, unticked
        ((2026, 3, 1), (2026, 3, 2), True, "Tick at least one call"),
        (
            (2026, 5, 1),
            (2026, 5, 31),
            False,
            "“Harbor Bank card” has no contacts between 2026-05-01 and 2026-05-31; its "
            "contacts are from 2026-03-02 to 2026-03-03.",
        ),
    ],
)
def test_a_selection_that_makes_no_sense_cannot_be_started(
    qtbot, dialog: ExportDialog, no_dialogs, tmp_path: Path, first, last, ticked, said
) -> None:
    dialog.some_calls.setChecked(ticked)
    if ticked:
        tick(dialog, "● recorded")
    dialog.limit_dates.setChecked(True)
    dialog.date_from.setDate(QDate(*first))
    dialog.date_to.setDate(QDate(*last))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [(k, t) for k, t, _x in no_dialogs] == [("error", "Cannot export yet")]
    assert said in no_dialogs[0][2]
    # The window names the case by its title and never a call by a number it does not show
    assert "UI-EXPORT-1" not in no_dialogs[0][2] and "#" not in no_dialogs[0][2]
    assert not dialog.job.running
    assert not (tmp_path / "out").exists()


def add_logged_calls(ws: Workspace, case_id: int) -> dict[str, int]:
    """Beside the fixture's missed call (3/2) and recorded call (3/3): a threatening call
    logged by hand and not recorded (3/3), a voicemail (3/10) and a text message (3/12)."""
    party = ws.cases.parties(case_id)[0]
    utc = dt.UTC
    threat = ws.cases.log_event(
        case_id,
        EventKind.CALL,
        dt.datetime(2026, 3, 3, 20, 0, tzinfo=utc),
        number="+1 212 555 0142",
        party_id=party.id,
        duration_s=300,
        summary="Said they would tell my employer about the debt tomorrow morning, and my "
        "neighbours too.\nI wrote this down straight after.",
        tags=["threat"],
    )
    voicemail = ws.cases.log_event(
        case_id,
        EventKind.VOICEMAIL,
        dt.datetime(2026, 3, 10, 9, 30, tzinfo=utc),
        number="+1 212 555 0199",
        duration_s=40,
    )
    text = ws.cases.log_event(
        case_id,
        EventKind.SMS,
        dt.datetime(2026, 3, 12, 9, 35, tzinfo=utc),
        number="+1 212 555 0142",
    )
    return {"threat": threat.id, "voicemail": voicemail.id, "sms": text.id}


def test_every_call_is_offered_with_what_tells_the_calls_apart(
    qtbot, english, dialog: ExportDialog, workspace: Workspace, no_dialogs
) -> None:
    """A walk-through could tick only recorded calls (not the logged, unrecorded threats the
    command line's --calls takes), and four rows read alike ("Call · 0:14")."""
    ids = add_logged_calls(workspace, dialog.case.id)
    dlg = ExportDialog(workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.folder.setText(dialog.folder.text())
    dlg.show()
    dlg.some_calls.setChecked(True)
    rows = shown_rows(dlg)
    assert len(rows) == 4 and len(set(rows)) == 4  # calls, missed call, voicemail; no SMS
    missed, recorded, threat, voicemail = rows
    assert "Missed call" in missed and "Mike Dalton" in missed
    assert "● recorded" in recorded and "0:02" in recorded
    for said in ("Call", "Mike Dalton", "5:00", "not recorded", "Threat of violence or harm"):
        assert said in threat
    assert "Said they would tell my employer" in threat  # the note's first line
    assert "straight after" not in threat
    assert "Voicemail" in voicemail and "+1 212-555-0199" in voicemail
    assert [item.checkState(0) for item in dlg.call_list.items()] == [Qt.CheckState.Unchecked] * 4
    # The whole note is a hover away
    notes = dlg.call_list.items()[2].toolTip(5)
    assert "I wrote this down straight after." in notes

    tick(dlg, "not recorded")
    with qtbot.waitSignal(dlg.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    case = json.loads((blocker.args[0].folder / "data/case/case.json").read_text("utf-8"))
    assert [e["id"] for e in case["contact_events"]] == [ids["threat"]]
    assert no_dialogs == []


def test_with_dates_only_the_calls_on_them_are_listed_and_exported(
    qtbot, english, dialog: ExportDialog, workspace: Workspace, no_dialogs
) -> None:
    """A ticked call outside the dates was refused ("call #8 … is outside the chosen dates")
    though the window showed no number: now the list holds only the calls on the dates."""
    add_logged_calls(workspace, dialog.case.id)
    dlg = ExportDialog(workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.folder.setText(dialog.folder.text())
    dlg.show()
    dlg.some_calls.setChecked(True)
    for item in dlg.call_list.items():
        item.setCheckState(0, Qt.CheckState.Checked)
    dlg.limit_dates.setChecked(True)
    dlg.date_from.setDate(QDate(2026, 3, 12))  # the day of the text message alone
    dlg.date_to.setDate(QDate(2026, 3, 12))
    assert shown_rows(dlg) == []
    assert dlg.include.outside_note.text() == "No call of this case is on the chosen dates."
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert [x for _k, _t, x in no_dialogs] == [
        "No call of this case is on the chosen dates: choose other dates, or “All contacts "
        "and recorded calls”."
    ]
    no_dialogs.clear()

    dlg.date_from.setDate(QDate(2026, 3, 3))
    dlg.date_to.setDate(QDate(2026, 3, 3))
    rows = shown_rows(dlg)
    assert len(rows) == 2 and all("3/3/2026" in row for row in rows)
    assert dlg.include.outside_note.isVisible()
    assert "2 calls outside the chosen dates" in dlg.include.outside_note.text()
    assert len(dlg.include.calls() or []) == 2  # the ticked calls not listed do not count
    with qtbot.waitSignal(dlg.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    case = json.loads((blocker.args[0].folder / "data/case/case.json").read_text("utf-8"))
    assert [e["started_at"][:10] for e in case["contact_events"]] == ["2026-03-03"] * 2
    assert no_dialogs == []

    dlg.limit_dates.setChecked(False)  # every call listed again, the ticks as they were
    assert len(shown_rows(dlg)) == 4 and len(dlg.include.calls() or []) == 4
    assert dlg.include.outside_note.text() == ""


def test_the_dialog_shrinks_back_when_the_calls_are_hidden_again(
    qtbot, language: str, dialog: ExportDialog
) -> None:
    """Choosing "All contacts" again left big gaps and moved the Export button (a
    walk-through, in Chinese)."""
    dlg = ExportDialog(dialog.workspace, dialog.case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    before = dlg.height()
    button = dlg.export_button.mapTo(dlg, dlg.export_button.rect().topLeft()).y()
    dlg.some_calls.setChecked(True)
    qtbot.waitUntil(lambda: dlg.height() > before)
    dlg.all_calls.setChecked(True)
    qtbot.waitUntil(lambda: dlg.height() == before)
    assert dlg.export_button.mapTo(dlg, dlg.export_button.rect().topLeft()).y() == button
    title = dlg.form_page.layout().itemAt(0).widget()
    assert title.y() == 0  # the form starts at the top, no gap above it


def test_a_ticked_call_changed_elsewhere_is_named_by_its_time_and_caller(
    qtbot, english, dialog: ExportDialog, workspace: Workspace, no_dialogs, tmp_path: Path
) -> None:
    """The command line can change a contact while the window is open: the window says which
    call, as it lists it, instead of the command line's "contact #1 is not a call"."""
    dialog.some_calls.setChecked(True)
    tick(dialog, "Missed call")
    missed = dialog.include.calls()
    assert missed is not None and len(missed) == 1
    workspace.corrections.update_event(missed[0], kind=EventKind.SMS, reason="it was a text")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [(k, t) for k, t, _x in no_dialogs] == [("error", "Cannot export yet")]
    said = no_dialogs[0][2]
    assert "(Missed call, Mike Dalton)" in said and "3/2/2026" in said
    assert "was changed or removed after this window was opened" in said
    assert "#" not in said
    assert not (tmp_path / "out").exists()
