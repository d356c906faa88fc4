"""Every attached file says what it belongs to: a contact (linked to its row) or the case.

The walk-through's Attachments table listed a scanned letter without saying which contact
it was of.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_letters_in_report import _case, needs_poppler
from test_report_agrees_with_app import export, html_of, pdf_text, rows, section

from onrecord.evidence.catalogue import CATALOGUE
from onrecord.store import Workspace


def test_each_attachment_says_which_contact_it_belongs_to_and_links_to_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    case_id, letter_id, _call = _case(workspace, tmp_path)
    html = html_of(export(workspace, case_id, tmp_path / "out"))
    table = {r[0]: r for r in rows(html, "attachments")}
    assert table["letter-scan.pdf"][1] == f"#{letter_id} · letter · Mar 2, 2026"
    assert table["contract.txt"][1] == "the case"
    assert re.search(
        rf'<td class="belongs"><a href="#event-{letter_id}">#{letter_id} · letter · '
        r'<span class="nw">Mar 2, 2026</span></a></td>',
        section(html, "attachments"),
    )
    assert f'id="event-{letter_id}"' in section(html, "timeline")  # where the link goes


@pytest.mark.parametrize(
    ("language", "belongs", "case_word"),
    [("zh_CN", "所属", "整个案件"), ("zh_TW", "所屬", "整個案件")],
)
def test_the_attachments_column_is_in_the_report_language(
    workspace: Workspace, tmp_path: Path, language, belongs, case_word
) -> None:
    case_id, letter_id, _call = _case(workspace, tmp_path)
    html = html_of(export(workspace, case_id, tmp_path / "out", language))
    assert f'<th class="belongs">{belongs}</th>' in section(html, "attachments")
    table = {r[0]: r for r in rows(html, "attachments")}
    assert table["contract.txt"][1] == case_word
    sep = CATALOGUE[language]["sep"]
    assert table["letter-scan.pdf"][1] == sep.join([f"#{letter_id}", "信函", "2026年3月2日"])


@needs_poppler
def test_the_pdf_says_what_each_file_belongs_to(workspace: Workspace, tmp_path: Path) -> None:
    case_id, letter_id, _call = _case(workspace, tmp_path)
    folder = export(workspace, case_id, tmp_path / "out")
    text = pdf_text(folder / "data/report/report.pdf")
    assert "Belongsto" in text and "thecase" in text
    assert f"#{letter_id}·letter·Mar2,2026" in text
