"""A letter has a date and no time of day, in every table of the report that people read.

A walk-through's report said "First contact logged November 20, 2026 5:18 AM" and listed
5:18:00 AM for a letter (the minute it was logged) while saying elsewhere that a letter has
no time of day; and its Attachments table did not say which contact a scanned letter was of.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_report_agrees_with_app import export, fact, html_of, pdf_text, rows

from onrecord.evidence.catalogue import CATALOGUE
from onrecord.store import Workspace
from onrecord.store.enums import EventKind

NEW_YORK = ZoneInfo("America/New_York")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (apt poppler-utils) is not installed"
)


def _case(ws: Workspace, tmp_path: Path) -> tuple[int, int, int]:
    """A letter logged at 5:18 AM (tagged a threat), a call after it, and two files: a scan
    of the letter, and one for the case as a whole."""
    case = ws.cases.create_case("Harbor Bank card", jurisdiction="us")
    letter = ws.cases.log_event(
        case.id,
        EventKind.LETTER,
        dt.datetime(2026, 3, 2, 5, 18, tzinfo=NEW_YORK),
        tags=["threat"],
        summary="final demand",
    )
    call = ws.cases.log_event(
        case.id,
        EventKind.MISSED_CALL,
        dt.datetime(2026, 3, 3, 9, 10, tzinfo=NEW_YORK),
        number="(212) 555-0147",
    )
    scan = tmp_path / "letter-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    contract = tmp_path / "contract.txt"
    contract.write_text("the contract", encoding="utf-8")
    ws.attachments.add(case.id, scan, event_id=letter.id)
    ws.attachments.add(case.id, contract)
    return case.id, letter.id, call.id


def test_a_letter_shows_its_date_alone_in_the_summary_the_table_and_the_issues(
    workspace: Workspace, tmp_path: Path
) -> None:
    case_id, letter_id, _call = _case(workspace, tmp_path)
    folder = export(workspace, case_id, tmp_path / "out")
    html = html_of(folder)
    assert fact(html, "First contact logged") == "March 2, 2026"
    assert fact(html, "Last contact logged").startswith("March 3, 2026 9:10 AM")
    [letter_row] = [r for r in rows(html, "timeline") if r[0] == str(letter_id)]
    assert letter_row[1] == "Mar 2, 2026" and letter_row[2] == "letter"
    [issue] = [r for r in rows(html, "findings") if f"#{letter_id}" in r[4]]
    assert issue[3] == "Mar 2, 2026"
    assert "5:18" not in html
    # What the machine-readable files keep is said: the stored time is not the letter's.
    assert CATALOGUE["en"]["letters_note"] in html.replace("&#x27;", "'")
    csv_text = (folder / "data/case/timeline.csv").read_text("utf-8")
    assert "05:18:00" in csv_text  # kept as stored, truthfully


def test_a_report_without_letters_has_no_letters_note(workspace: Workspace, tmp_path) -> None:
    case = workspace.cases.create_case("calls only", jurisdiction="us")
    workspace.cases.log_event(
        case.id, EventKind.MISSED_CALL, dt.datetime(2026, 3, 2, 9, tzinfo=NEW_YORK)
    )
    html = html_of(export(workspace, case.id, tmp_path / "out"))
    assert "a date and no time of day" not in html


@needs_poppler
def test_the_pdf_shows_the_letter_s_date_alone(workspace: Workspace, tmp_path: Path) -> None:
    case_id, _letter, _call = _case(workspace, tmp_path)
    folder = export(workspace, case_id, tmp_path / "out")
    text = pdf_text(folder / "data/report/report.pdf")
    assert "5:18" not in text
