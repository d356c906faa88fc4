"""Page breaks of the PDF report: rows and lines whole, headings with what follows them, a
table's header again on each page it goes on to, and every part of the document drawn once."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.pdf_pages import Atom, Header, Slice, plan
from onrecord.store.enums import EventKind

PAGE = 100.0


def _rows(top: float, count: int, height: float, header: Header | None) -> list[Atom]:
    return [Atom(top + n * height, top + (n + 1) * height, header=header) for n in range(count)]


def _covered(pages: list[Slice], atoms: list[Atom]) -> None:
    """Each page starts where the last one ended (the next atom's top, or the same place
    inside an atom cut in two): nothing skipped, nothing twice; each fits with its header."""
    assert pages[0].top == atoms[0].top
    assert pages[-1].bottom == atoms[-1].bottom
    for before, after in itertools.pairwise(pages):
        ended = [n for n, a in enumerate(atoms) if a.bottom == before.bottom]
        if ended and ended[-1] + 1 < len(atoms):
            assert after.top == atoms[ended[-1] + 1].top, (before, after)
        else:
            assert after.top == before.bottom, (before, after)
    for page in pages:
        header = page.header.bottom - page.header.top - page.header.overlap if page.header else 0
        assert page.bottom - page.top + header <= PAGE + 1e-9


def test_rows_are_never_cut_and_fill_each_page() -> None:
    atoms = _rows(0, 25, 15, None)  # 375 high: six rows a page
    pages = plan(atoms, PAGE)
    assert [(p.top, p.bottom) for p in pages] == [(n * 90, min(n * 90 + 90, 375)) for n in range(5)]
    _covered(pages, atoms)


def test_what_follows_the_charts_starts_in_the_room_left_under_them() -> None:
    """A page was left more than half empty under the charts: the rows that fit go there."""
    atoms = _rows(0, 10, 15, None)  # 150 high
    pages = plan(atoms, PAGE, first=40)
    assert [(p.top, p.bottom) for p in pages] == [(0, 30), (30, 120), (120, 150)]


def test_a_heading_that_does_not_fit_under_the_charts_takes_its_table_to_the_next_page() -> None:
    atoms = [Atom(0, 12, glue=True), Atom(12, 30, glue=True), *_rows(30, 4, 15, None)]
    pages = plan(atoms, PAGE, first=25)  # the heading fits, not with the rows glued to it
    assert (pages[0].top, pages[0].bottom) == (0, 0)  # nothing under the charts
    assert [(p.top, p.bottom) for p in pages[1:]] == [(0, 90)]


def test_a_heading_goes_to_the_next_page_with_what_follows_it() -> None:
    atoms = [Atom(0, 80), Atom(80, 92, glue=True), Atom(92, 110)]
    pages = plan(atoms, PAGE)
    assert [(p.top, p.bottom) for p in pages] == [(0, 80), (80, 110)]


def test_a_table_header_repeats_on_the_pages_the_table_goes_on_to() -> None:
    header = Header(10, 20, overlap=1)
    atoms = [Atom(0, 10, glue=True), Atom(10, 20, glue=True), *_rows(19, 12, 15, header)]
    pages = plan(atoms, PAGE)
    assert pages[0].header is None  # its own header is on the page already
    assert pages[0].top == 0
    assert all(p.header == header for p in pages[1:])
    # Under a repeated header (9 high with the shared line) there is room for 6 rows of 15.
    assert [p.bottom - p.top for p in pages[1:-1]] == [90] * (len(pages) - 2)
    _covered(pages, atoms)


def test_a_table_header_is_not_left_alone_at_the_bottom_of_a_page() -> None:
    header = Header(85, 95)
    atoms = [Atom(0, 85), Atom(85, 95, glue=True), *_rows(95, 3, 15, header)]
    pages = plan(atoms, PAGE)
    assert pages[0].bottom == 85
    assert (pages[1].top, pages[1].header) == (85, None)


def test_glue_gives_way_when_the_glued_parts_are_taller_than_a_page() -> None:
    atoms = [Atom(0, 30, glue=True), Atom(30, 60, glue=True), Atom(60, 150)]
    pages = plan(atoms, PAGE)
    assert pages[0] == Slice(0, 60)
    _covered(pages, atoms)


def test_a_row_taller_than_a_page_is_cut_between_its_lines() -> None:
    lines = tuple((5 + n * 12.0, 5 + (n + 1) * 12.0) for n in range(20))  # 5 to 245
    atoms = [Atom(0, 20), Atom(20, 250, lines=lines), Atom(250, 260)]
    pages = plan(atoms, PAGE)
    assert pages[0].top == 0 and pages[0].bottom > 20  # it starts in the room left
    for page in pages[:-1]:
        assert any(page.bottom == top for top, _ in lines)  # between two lines
    assert pages[-1].bottom == 260
    _covered(pages, atoms)


def test_a_single_line_taller_than_a_page_is_still_drawn_whole_in_parts() -> None:
    atoms = [Atom(0, 250, lines=((0, 250),))]
    pages = plan(atoms, PAGE)
    assert [(p.top, p.bottom) for p in pages] == [(0, 100), (100, 200), (200, 250)]


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (apt poppler-utils) is not installed"
)


@needs_pdftotext
def test_a_long_report_keeps_every_contact_on_one_page_under_a_header(workspace, tmp_path) -> None:
    case = workspace.cases.create_case("Many calls", jurisdiction="us", reference="LONG-1")
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    for n in range(70):
        summary = f"B{n:03d} began. " + "They repeated the demand for payment. " * (n % 4)
        summary += f"E{n:03d} ended."
        workspace.cases.log_event(
            case.id,
            EventKind.CALL,
            start + dt.timedelta(hours=5 * n),
            number="(212) 555-0142",
            duration_s=60,
            summary=summary,
        )
    result = export_case(workspace, case.id, tmp_path / "out", ExportOptions(language="en"))
    assert result.folder is not None
    pdf = result.folder / "data" / "report" / "report.pdf"
    pages = _pages(pdf)
    assert len(pages) > 3
    for n in range(70):
        began = [i for i, text in enumerate(pages) if f"B{n:03d}" in text]
        ended = [i for i, text in enumerate(pages) if f"E{n:03d}" in text]
        assert began == ended and len(began) == 1, f"contact {n} is split: {began} / {ended}"
    with_calls = [i for i, text in enumerate(pages) if "began" in text]
    for i in with_calls:
        assert "Summary" in pages[i], f"page {i + 1} has contacts but no header row"
    headings = {"Every contact logged", "Possible issues under the collection rules", "Summary"}
    for i, text in enumerate(pages[:-1]):
        last = [line.strip() for line in text.splitlines() if line.strip()]
        # The last text line above the footer is never a heading.
        body = [line for line in last if not re.match(r"LONG-1 · |Page \d+$", line)]
        assert body and body[-1] not in headings, f"page {i + 1} ends with {body[-1]!r}"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def test_the_pages_a_cut_row_goes_on_to_repeat_its_table_header() -> None:
    header = Header(0, 10)
    lines = tuple((12 + n * 10.0, 22 + n * 10.0) for n in range(30))  # 12 to 312
    atoms = [Atom(0, 10, glue=True), Atom(10, 315, header=header, lines=lines, table=1)]
    pages = plan(atoms, PAGE)
    assert pages[0].header is None  # the table's own header is on the first page
    assert len(pages) > 2 and all(p.header == header for p in pages[1:])
    _covered(pages, atoms)


def test_a_page_that_ends_between_two_rows_draws_the_line_between_them() -> None:
    rows = [Atom(n * 30.0, n * 30.0 + 31, table=1, border=1.0) for n in range(6)]
    pages = plan(rows, PAGE)
    assert pages[0].bottom == 91 and pages[0].reach > 1.0  # into the next row, for its line
    assert pages[-1].reach == 0  # the table's own last line ends it
    lineless = [replace(a, border=0.0) for a in rows]  # a table without lines: nothing
    assert all(p.reach == 0 for p in plan(lineless, PAGE))


def test_glue_keeps_labels_with_what_they_introduce_and_rows_with_their_table(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    from onrecord.evidence.pdf_pages import atoms_of

    doc = QTextDocument()
    doc.setTextWidth(400)
    doc.setHtml(
        "<h2>Heading</h2><p>An introduction.</p>"
        "<table border='1'><thead><tr><th>a</th></tr></thead><tr><td>1</td></tr>"
        "<tr><td>2</td></tr></table>"
        "<table><tr><td>custody</td></tr><tr><td>software</td></tr></table>"
        "<p><b>About these rules</b></p><ul><li>one</li><li>two</li></ul>"
    )
    atoms = atoms_of(doc)
    glued = [a.glue for a in atoms]
    # heading, introduction, header row | row 1, row 2 | row, row | label | item, item
    assert glued == [True, True, True, False, False, False, False, True, False, False]


def test_a_heading_after_a_table_has_the_same_room_whatever_the_last_cell_holds(qapp) -> None:
    """The Attachments heading sat on the line under the payments table, whose last cell (the
    payment's notes) was empty: Qt then drops the block after the table, and the heading's
    space above it with it. Every heading after a table starts as far below it."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    from onrecord.evidence.report_pdf import _h2, _table

    doc = QTextDocument()
    doc.setTextWidth(800)
    doc.setHtml(
        _table(["Paid on", "Notes"], [["Nov 27, 2026", ""]])
        + _h2("Attachments")
        + _table(["Paid on", "Notes"], [["Nov 27, 2026", "by card"]])
        + _h2("Integrity")
    )
    layout = doc.documentLayout()
    gaps, table_bottom = [], None
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            table_bottom = layout.frameBoundingRect(table).bottom()
        elif block.blockFormat().headingLevel():
            gaps.append(layout.blockBoundingRect(block).top() - table_bottom)
        block = block.next()
    assert len(gaps) == 2 and gaps[0] > 0, gaps
    assert gaps[0] == pytest.approx(gaps[1]), gaps
