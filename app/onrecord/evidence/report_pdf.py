"""report/report.pdf, drawn by Qt (imported lazily: the one Qt use outside the UI).

The text goes through QTextDocument (a small HTML subset) onto a QPdfWriter, page by page,
with the fonts embedded; the charts are drawn with QPainter from the same numbers as the HTML
report. Chinese is set in WenQuanYi Micro Hei on purpose: a Qt PDF set in Noto CJK extracts
as look-alike radicals and loses digits (not searchable), WenQuanYi extracts correctly.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from ..bundlefonts import register_bundled_fonts
from ..localefmt import month_day
from .marks_formats import tag_text
from .pdf_pages import atoms_of, plan
from .report_model import PHONE_IN_TEXT, ReportModel

#: Font families per report language, first found wins for each glyph (explicit: never let
#: Qt fall back to a Japanese CJK face, never to a face that extracts badly).
FONTS = {
    "en": ["DejaVu Sans", "Liberation Sans", "Arial", "WenQuanYi Micro Hei"],
    "zh_CN": ["WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"],
    "zh_TW": ["WenQuanYi Micro Hei", "Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC"],
}
MONO = ["DejaVu Sans Mono", "Liberation Mono", "Consolas", "WenQuanYi Micro Hei Mono"]
ACCENT = "#1f4e8c"
#: how far inside a slice's top Qt is asked to start drawing (in dots): a line of text that
#: ends at the top, where the page before was cut, is left to that page
EDGE = 2.0
OFF = "#f6e3c9"
#: the share of the PDF's time spent laying out, before any page is drawn (measured on a
#: case of 10 000 contacts and 100 000 marks: 43 s of 110)
LAYOUT_SHARE = 0.4
#: how much of a page each chart takes, and the note under the second
CHART_SHARE = 0.4
NOTE_SHARE = 0.1
GRID = "#d5dae3"  # the tables' lines

_app: Any = None  # the QGuiApplication this module had to create, kept alive


def _ensure_gui() -> None:
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError(
                "the PDF report needs a Qt application: create it on the main thread first"
            )
        if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication(["onrecord-report"])
    register_bundled_fonts()  # a Windows/macOS bundle's WenQuanYi (no-op elsewhere)


def font_families(language: str) -> list[str]:
    """The installed families for ``language``, in preference order."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    found = [f for f in FONTS[language] if f in installed]
    if "WenQuanYi Micro Hei" in installed and "WenQuanYi Micro Hei" not in found:
        found.append("WenQuanYi Micro Hei")
    return found or FONTS[language][:1]


def _e(value: object) -> str:
    return escape(str(value), quote=False).replace("\n", "<br>")


def _cell(value: object) -> str:
    """A table cell's text, each of its lines a paragraph of its own: a row taller than a
    page is then cut between paragraphs, where Qt draws nothing twice (pdf_pages._cut).
    A phone number is never broken across lines: one that ends a line (the "Who" column's
    "Mike Dalton +1 212-555-0142") starts a line of its own that is not wrapped (Qt breaks
    at its hyphens, and a narrow column once printed "+1 212-555-014" / "2", a wrong number
    for whoever copies it); inside a sentence its spaces do not break (a whole sentence
    kept from wrapping would push the table off the page)."""
    text = str(value)
    if not PHONE_IN_TEXT.search(text):
        lines = text.split("\n")
        if len(lines) == 1:
            return _e(text)
        return "".join(_paragraph(line) for line in lines)
    paragraphs = []
    for line in text.split("\n"):
        found = next(reversed(list(PHONE_IN_TEXT.finditer(line))), None)  # the line's last number
        if found is not None and not line[found.end() :].strip():
            before = line[: found.start()].rstrip()
            if before:
                paragraphs.append(_paragraph(_unbroken_numbers(before)))
            paragraphs.append(_paragraph(found.group(0).replace(" ", "\u00a0"), nowrap=True))
        else:
            paragraphs.append(_paragraph(_unbroken_numbers(line)))
    return "".join(paragraphs)


def _unbroken_numbers(line: str) -> str:
    return PHONE_IN_TEXT.sub(lambda m: m.group(0).replace(" ", "\u00a0"), line)


def _paragraph(line: str, *, nowrap: bool = False) -> str:
    style = "margin-top:0;margin-bottom:0" + (";white-space:nowrap" if nowrap else "")
    return f'<p style="{style}">{_e(line)}</p>'


def _moment_cell(value: str) -> str:
    """A moment ("2026年11月8日 上午10:36 UTC+08:00"), or a span of two ("… … …"), as date over
    time, neither broken inside: Qt breaks Chinese text between any two characters, and a
    narrow column cut a date in two ("2026年11月8" / "日")."""
    lines: list[str] = []
    spans = value.split(" … ")
    for number, moment in enumerate(spans):
        words = moment.split(" ")
        at = next((i for i, word in enumerate(words) if ":" in word), 0)
        if at == 0 and any(ch.isdigit() for ch in moment):
            lines.append(moment)  # a date alone: a letter's
        elif at == 0:
            return _cell(value)  # not a moment as moment_text writes it
        else:
            lines += [" ".join(words[:at]), " ".join(words[at:])]
        if number < len(spans) - 1:
            lines[-1] += " …"
    return "".join(_paragraph(line, nowrap=True) for line in lines)


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:#5b6474;padding-right:14px"><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>'
        for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def _table(
    header: list[str],
    rows: list[list[str]],
    off: list[bool] | None = None,
    small: bool = True,
    moments: tuple[int, ...] = (),
    widths: tuple[int, ...] = (),
    wrap_header: bool = False,
) -> str:
    """``moments``: the columns holding a moment, each shown as its date over its time;
    ``widths``: each column's share of the page in percent (a long column, the source of an
    imported contact, took the room of the summary, which then broke inside its words);
    ``wrap_header``: a header may take two lines (a long header over short values)."""
    if not rows:
        return ""
    size = "font-size:7.5pt;" if small else ""
    nowrap = "" if wrap_header else ";white-space:nowrap"
    head = "".join(
        f'<th style="background:#eef2f7;text-align:left{nowrap}"{_width(widths, i)}>{_e(h)}</th>'
        for i, h in enumerate(header)
    )
    body = []
    for i, r in enumerate(rows):
        bg = f' style="background:{OFF}"' if off and off[i] else ""
        cells = (_moment_cell(c) if i in moments else _cell(c) for i, c in enumerate(r))
        # An empty cell holds a no-break space: where a table's last cell was empty, Qt
        # dropped the block after the table, and the heading below lost its space above and
        # sat on the table's last line (Attachments under a payment without notes).
        body.append(f"<tr{bg}>" + "".join(f"<td>{c or '&nbsp;'}</td>" for c in cells) + "</tr>")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" border="1" '
        f'style="border-collapse:collapse;border-color:{GRID};{size}">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def _width(widths: tuple[int, ...], column: int) -> str:
    return f' width="{widths[column]}%"' if column < len(widths) else ""


#: the PDF contact table's columns (#, when, kind with length and answer, direction, who,
#: source, tags, summary): the summary gets the most room
TIMELINE_WIDTHS = (4, 12, 11, 8, 15, 12, 13, 25)


#: the PDF findings' columns (rule, citation, citation checked, when, what happened): the
#: "checked" column holds one letter, so its header takes two lines rather than pushing
#: against the time beside it
FINDINGS_WIDTHS = (15, 16, 8, 15, 46)


#: the PDF attachments' columns (name, belongs to, file in the package, description,
#: SHA-256): an empty description's column was left as wide as its header, 內容 jammed
#: against "SHA-256"; the hash wraps in two lines. The contact a file belongs to keeps its
#: date whole ("2026年11月20" / "日" in a narrow column), its time under it
ATTACHMENT_WIDTHS = (13, 22, 21, 13, 31)


def _timeline_row(row: list[str], s: Any) -> list[str]:
    """A contact's row for the page: its length and whether it was answered under its kind
    ("call" / "4:00" / "Answered: yes"). Ten columns on a portrait page left the summary a
    word wide, broken inside its words ("demande" / "d"); the HTML report keeps all ten."""
    number, when, kind, direction, length, answered, who, source, tags, summary = row
    under = [length] if length else []
    if answered:
        under.append(f"{s('answered')}{s('colon')}{answered}")
    return [number, when, "\n".join([kind, *under]), direction, who, source, tags, summary]


def _h2(text: str) -> str:
    return f'<h2 style="color:{ACCENT};font-size:13pt">{_e(text)}</h2>'


def _selection(m: ReportModel) -> str:
    """The first page's statement that the package is a selection, and of what."""
    if not m.selection:
        return ""
    said = "".join(f"<p>{_e(text)}</p>" for text in m.selection)
    return (
        '<p></p><table width="100%" cellpadding="8" border="2" style="border-color:#8a5a00;'
        f'background:#fff4d6"><tr><td style="color:#3d2a00">'
        f'<p style="font-size:12pt"><b>{_e(m.s("selection.heading"))}</b></p>{said}'
        "</td></tr></table>"
    )


def _ledger_note(m: ReportModel) -> str:
    """That a selection lists only its own promises and payments."""
    return f"<p>{_e(m.ledger_note)}</p>" if m.ledger_note else ""


def first_part_html(m: ReportModel) -> str:
    s = m.s
    notes = "".join(f"<p><b>{_e(k)}</b><br>{_e(v)}</p>" for k, v in m.notes)
    demo = (
        '<table width="100%" cellpadding="8" border="2" style="border-color:#a32020;'
        f'background:#fdecec"><tr><td style="color:#a32020;font-size:13pt">'
        f"<b>{_e(m.demo_banner)}</b></td></tr></table>"
        if m.demo_banner
        else ""
    )
    return "".join(
        [
            demo,
            f'<p style="color:{ACCENT};font-size:9pt"><b>{_e(s("title"))} · {_e(s("subtitle"))}</b></p>',
            f'<h1 style="font-size:19pt">{_e(m.title)}</h1>',
            f"<p>{_e(s('case_ref'))}{s('colon')}<b>{_e(m.reference)}</b> &nbsp; · &nbsp; {_e(s('generated'))}{s('colon')}{_e(m.generated)}</p>",
            f'<table width="100%" cellpadding="6" style="background:#fff7e6"><tr><td>{_e(s("not_advice"))}</td></tr></table>',
            _selection(m),
            f"<p>{_e(s('signing_key'))}{s('colon')}<br><b>{_e(m.fingerprint)}</b><br>"
            f'<span style="font-size:8pt">{_e(s("public_key"))}{s("colon")}{_e(m.public_key)}</span></p>',
            _h2(s("summary")),
            _facts(m.summary_facts),
            f'<p style="color:#a32020">{_e(m.skipped)}</p>' if m.skipped else "",
            _h2(s("case_title")),
            _facts(m.case_facts),
            notes,
            _h2(s("parties")),
            _table(
                [s("name"), s("role"), s("employee_id"), s("organisation"), s("notes")], m.parties
            )
            or f"<p>{_e(s('none'))}</p>",
            _h2(s("numbers")),
            _table(
                [s("number"), s("as_entered"), s("who"), s("label"), s("number_check")], m.numbers
            )
            or f"<p>{_e(s('none'))}</p>",
        ]
    )


def _withdrawn(m: ReportModel) -> str:
    if not m.withdrawn:
        return ""
    s = m.s
    header = ["#", s("when"), s("kind"), s("who"), s("tags_col"), s("summary_col")]
    header += [s("withdrawn_reason"), s("withdrawn_on")]
    return (
        _h2(s("withdrawn_title"))
        + f"<p>{_e(s('withdrawn_intro'))}</p>"
        + _table(header, m.withdrawn, moments=(1,))
    )


def second_part_html(m: ReportModel) -> str:
    s = m.s
    start, end = m.chart.allowed
    calls = []
    for call in m.calls:
        several = len(call.audio) > 1
        rows = []
        for place in call.marks:
            mark = place.mark
            flags = []
            if mark.retracted:
                flags.append(f"[{s('retracted')}]")
            if place.added:
                flags.append(f"[{place.added}]")
            if len(mark.revisions) > 1:
                flags.append(f"[{s('edited')} ×{len(mark.revisions) - 1}]")
            rows.append(
                [
                    place.offset,
                    *([place.in_file] if several else []),
                    place.wall,
                    tag_text(mark, s),
                    " ".join([*flags, mark.text]).strip(),
                ]
            )
        header = [s("offset"), *([s("in_file")] if several else []), s("when"), s("tag"), s("text")]
        calls.append(
            f"<h3>{_e(s('recording'))} {call.recording.id}{s('colon')}{_e(call.heading)}</h3>"
            + (f'<p style="color:#a32020"><b>{_e(call.warning)}</b></p>' if call.warning else "")
            + _facts(call.facts)
            + (f"<p>{_e(call.note)}</p>" if call.note else "")
            + "".join(
                f"<p><b>{_e(s('rec.heading'))}{_e(s('colon'))}</b>{_e(text)}</p>"
                for text in call.recorder
            )
            + (_table(header, rows, small=False) if rows else f"<p>{_e(s('no_marks'))}</p>")
        )
    none = f"<p>{_e(s('none'))}</p>"
    return "".join(
        [
            _h2(s("timeline")),
            f"<p>{_e(s('timeline_intro'))}</p>" if m.timeline else "",
            f"<p>{_e(m.letters_note)}</p>" if m.letters_note else "",
            f"<p>{_e(s('off_hours_rows', start=start, end=end))}</p>"
            if any(m.timeline_off)
            else "",
            _table(
                [
                    "#",
                    s("when"),
                    s("kind"),
                    s("direction"),
                    s("who"),
                    s("source"),
                    s("tags_col"),
                    s("summary_col"),
                ],
                [_timeline_row(row, s) for row in m.timeline],
                m.timeline_off,
                moments=(1,),
                widths=TIMELINE_WIDTHS,
            )
            or none,
            _withdrawn(m),
            _h2(s("findings")),
            (f"<p>{_e(m.findings_intro)}</p>" if m.findings else "")
            + (
                _table(
                    [s("rule"), s("citation"), s("confidence"), s("when"), s("what")],
                    m.findings,
                    moments=(3,),
                    widths=FINDINGS_WIDTHS,
                    wrap_header=True,
                )
                or none
            )
            + (
                f"<p><b>{_e(s('findings_notes'))}</b></p><ul>"
                + "".join(f"<li>{_e(note)}</li>" for note in m.findings_notes)
                + "</ul>"
                if m.findings_notes
                else ""
            ),
            _h2(s("calls")),
            "".join(calls) or none,
            _h2(s("promises")),
            _ledger_note(m),
            _table(
                [
                    s("made"),
                    s("by"),
                    s("who"),
                    s("description"),
                    s("amount"),
                    s("due_date"),
                    s("status"),
                ],
                m.promises,
            )
            or none,
            _h2(s("payments")),
            _ledger_note(m),
            _table([s("paid_on"), s("amount"), s("method"), s("reference"), s("notes")], m.payments)
            or none,
            _h2(s("attachments")),
            _table(
                [
                    s("original_name"),
                    s("belongs_to"),
                    s("package_file"),
                    s("description"),
                    s("sha256"),
                ],
                m.attachments,
                moments=(1,),
                widths=ATTACHMENT_WIDTHS,
            )
            or none,
            f"<p>{_e(m.attachments_note)}</p>" if m.attachments_note else "",
            _h2(s("integrity")),
            f"<p>{_e(s('integrity_text'))}</p>",
            f"<p>{_e(m.audit_note)}</p>" if m.audit_note else "",
            _facts(
                [
                    (s("signing_key"), m.fingerprint),
                    (s("audit_head"), m.audit_head),
                    (s("audit_events"), str(m.audit_case_events)),
                ]
            ),
            _table([s("file"), s("sha256")], m.integrity) or "",
            _h2(s("custody")),
            _facts(m.custody),
            _table(
                [s("file"), s("source"), s("created"), s("device"), s("finished")],
                m.custody_items,
            ),
        ]
    )


class _Pages:
    """Paints documents and chart pages onto one QPdfWriter, with a footer on every page."""

    def __init__(self, path: Path, m: ReportModel, document_id: str) -> None:
        from PySide6.QtCore import QMarginsF, QUuid
        from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

        self.m = m
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(300)
        paper = QPageSize.PageSizeId.Letter if m.paper == "Letter" else QPageSize.PageSizeId.A4
        self.writer.setPageSize(QPageSize(paper))
        self.writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
        self.writer.setTitle(f"{m.s('title')} — {m.reference} — {m.title}")
        self.writer.setCreator("OnRecord")
        stable = uuid.uuid5(uuid.NAMESPACE_URL, f"onrecord:{document_id}")
        self.writer.setDocumentId(QUuid(str(stable)))  # before painting starts
        self.families = font_families(m.s.language)
        self.font = QFont()
        self.font.setFamilies(self.families)
        self.font.setPointSizeF(9.5)
        for feature in ("liga", "clig"):  # "ﬁ" ligatures would make "file" unsearchable
            self.font.setFeature(QFont.Tag(feature), 0)
        self.painter = QPainter(self.writer)
        rect = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        self.width = rect.width()
        self.footer = int(self.writer.resolution() * 0.35)
        self.height = rect.height() - self.footer
        self.page = 0
        self.total = 0  # pages in all, once planned (0: not known)
        self.on_page: Callable[[int], None] = lambda drawn: None  # before each new page
        self.pending_new_page = False

    def _new_page(self) -> None:
        self.on_page(self.page)  # the pages drawn so far
        if self.pending_new_page:
            self.writer.newPage()
        self.pending_new_page = True
        self.page += 1
        self._footer()

    def _footer(self) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFont

        p = self.painter
        p.save()
        font = QFont(self.font)
        font.setPointSizeF(7.5)
        p.setFont(font)
        p.setPen(QColor("#5b6474"))
        box = QRectF(0, self.height + self.footer * 0.3, self.width, self.footer * 0.7)
        s = self.m.s
        p.drawText(
            box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            " · ".join(
                [
                    self.m.reference,
                    *(
                        [self.m.demo_footer] if self.m.demo_footer else []
                    ),  # a page printed alone, too
                    s("not_advice").split(".")[0].split("。")[0],
                ]
            ),
        )
        p.drawText(
            box,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            s("page_of", n=self.page, total=self.total) if self.total else s("page", n=self.page),
        )
        p.restore()

    def laid_out(
        self,
        html: str,
        measured: Callable[[float], None] | None = None,
        first: float | None = None,
    ) -> tuple[Any, list[Any]]:
        """``html`` laid out as one long page, and the pages it is cut into; ``measured`` as
        for ``pdf_pages.atoms_of``; ``first`` as for ``pdf_pages.plan``."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        family_css = ", ".join(f"'{f}'" for f in self.families)
        doc.setDefaultStyleSheet(f"body, td, th, p, h1, h2, h3 {{ font-family: {family_css}; }}")
        doc.setTextWidth(self.width)  # one long page, cut into pages by pdf_pages.plan
        doc.setHtml(f"<html><body>{html}</body></html>")
        return doc, plan(atoms_of(doc, measured), self.height, first)

    def document(self, doc: Any, pages: list[Any], at: float | None = None) -> float:
        """Draw ``pages`` of ``doc``, each on a page of its own, the first from ``at`` down
        the page already begun if given (nothing there if it is empty); returns how far down
        the last one is filled."""
        y = 0.0
        for number, page in enumerate(pages):
            if number == 0 and at is not None:
                if page.bottom <= page.top:
                    continue
                self._slice(doc, page.top, page.bottom, at, page.reach)
                y = at + page.bottom - page.top
                if page.reach:
                    self._rule(y)
                continue
            self._new_page()
            y = 0.0
            if page.header is not None:
                self._slice(doc, page.header.top, page.header.bottom, y)
                y = page.header.bottom - page.header.top - page.header.overlap
            self._slice(doc, page.top, page.bottom, y, page.reach)
            y = _filled(page)
            if page.reach:  # the table goes on over the page: close it at the bottom
                self._rule(y)
        return y

    def _slice(self, doc: Any, top: float, bottom: float, y: float, reach: float = 0.0) -> None:
        """Draw the long page's part from ``top`` to ``bottom`` at ``y`` on this page.

        Qt draws every line of text that touches the area it is asked to draw, and a PDF
        keeps clipped text in its text layer (a search finds it twice): so the area starts
        just below ``top`` (a line ending there, or within EDGE of it, belongs to the page before), and ends at
        ``bottom``, or ``reach`` beyond it for the line under a table row, which Qt draws
        with the row after it; the painter's clip keeps what shows to the slice itself."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QAbstractTextDocumentLayout

        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, top + EDGE, self.width, bottom - top - EDGE + reach)
        self.painter.save()
        self.painter.translate(0, y - top)
        self.painter.setClipRect(QRectF(0, top, self.width, bottom - top))
        doc.documentLayout().draw(self.painter, context)
        self.painter.restore()

    def _rule(self, y: float) -> None:
        """The line under a table's last row on a page, as the table's own lines are."""
        from PySide6.QtCore import QLineF
        from PySide6.QtGui import QColor, QPen

        pen = QPen(QColor(GRID))
        pen.setWidthF(self.writer.resolution() / 96)  # the tables' 1-pixel lines
        self.painter.save()
        self.painter.setPen(pen)
        self.painter.drawLine(QLineF(0, y, self.width, y))
        self.painter.restore()

    def chart_places(self, filled: float) -> list[tuple[bool, float]]:
        """Where the two charts go after a page filled down to ``filled``: for each, whether
        it starts a new page, and its top. Each follows on where it fits (a page with two
        rows of a table on it was left nearly empty, the charts on a page of their own)."""
        if not self.m.chart.per_day:
            return []
        gap = self.writer.resolution() * 0.25  # under the text; each chart has its own margin
        places = []
        y = filled + gap if filled else 0.0
        for height in (CHART_SHARE * self.height, (CHART_SHARE + NOTE_SHARE) * self.height):
            top = y
            if top + height > self.height:
                places.append((True, 0.0))
                y = height
            else:
                places.append((False, top))
                y = top + height
        return places

    def under_charts(self, places: list[tuple[bool, float]]) -> float | None:
        """Where on the charts' last page what follows them can start (under their note), or
        None: on a page of its own (no charts, or no room worth using)."""
        if not places:
            return None
        _, hour_top = places[-1]
        gap = self.writer.resolution() * 0.25
        y = hour_top + (CHART_SHARE + NOTE_SHARE) * self.height + gap
        return y if self.height - y > self.height / 6 else None

    def charts(self, places: list[tuple[bool, float]]) -> None:
        """The charts of contacts per day and per hour (with their note), at ``places``."""
        chart = self.m.chart
        if not places:
            return
        s = self.m.s
        start, end = chart.allowed
        height = CHART_SHARE * self.height
        days = [n for _, n in chart.per_day]
        labels = [month_day(d, s.language) for d, _ in chart.per_day]
        (new_day_page, day_top), (new_hour_page, hour_top) = places
        if new_day_page:
            self._new_page()
        self._bars(day_top, height * 0.92, s("per_day"), days, labels, [False] * len(days), "", 0)
        if new_hour_page:
            self._new_page()
        self._bars(
            hour_top,
            height * 0.92,
            s("per_hour"),
            chart.per_hour,
            [f"{h:02d}" for h in range(24)],
            [chart.is_off_hour(h) for h in range(24)],
            s("off_hours_legend", start=start, end=end),
            2,
        )
        self._note(hour_top + height, self.m.charts_note)

    def _note(self, top: float, text: str) -> None:
        """A paragraph under the charts (what they count), wrapped to the page width."""
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        p = self.painter
        p.save()
        p.setFont(self.font)
        p.setPen(QColor("#1d2330"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        flags |= int(Qt.TextFlag.TextWordWrap)
        p.drawText(QRectF(0, top, self.width, self.height - top), flags, text)
        p.restore()

    def _bars(
        self,
        top: float,
        height: float,
        title: str,
        values: list[int],
        labels: list[str],
        shaded: list[bool],
        legend: str,
        every: int,
    ) -> None:
        """Bars with whole-number ticks; ``every`` 0: label as many bars as fit."""
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFont, QPen

        from .charts import axis_ticks, label_step

        p = self.painter
        dpi = self.writer.resolution()
        p.save()
        title_font = QFont(self.font)
        title_font.setPointSizeF(11)
        title_font.setBold(True)
        small = QFont(self.font)
        small.setPointSizeF(7)
        p.setFont(title_font)
        p.setPen(QColor(ACCENT))
        p.drawText(QRectF(0, top, self.width, dpi * 0.3), int(Qt.AlignmentFlag.AlignLeft), title)
        left, bottom = dpi * 0.4, dpi * 0.3
        plot_top = top + dpi * 0.45
        plot_h = height - dpi * 0.45 - bottom
        plot_w = self.width - left
        slot = plot_w / max(len(values), 1)
        ticks = axis_ticks(max(values, default=0))
        max_v = ticks[-1]
        p.setPen(Qt.PenStyle.NoPen)
        for i, shade in enumerate(shaded):
            if shade:
                p.fillRect(QRectF(left + i * slot, plot_top, slot, plot_h), QColor(OFF))
        p.setFont(small)
        if every <= 0:
            widest = max((p.fontMetrics().horizontalAdvance(x) for x in labels), default=1)
            every = label_step(len(values), slot, widest)
        for tick in ticks:
            y = plot_top + plot_h - plot_h * tick / max_v
            p.setPen(QPen(QColor("#d5dae3"), dpi / 150))
            p.drawLine(int(left), int(y), int(self.width), int(y))
            p.setPen(QColor("#5b6474"))
            p.drawText(
                QRectF(0, y - dpi * 0.08, left - dpi * 0.05, dpi * 0.16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(tick),
            )
        for i, value in enumerate(values):
            h = plot_h * value / max_v
            bar_w = min(slot * 0.7, dpi * 0.3)
            if value:
                p.fillRect(
                    QRectF(left + i * slot + (slot - bar_w) / 2, plot_top + plot_h - h, bar_w, h),
                    QColor(ACCENT),
                )
                if len(values) <= 40:
                    p.setPen(QColor("#1d2330"))
                    p.drawText(
                        QRectF(
                            left + i * slot, plot_top + plot_h - h - dpi * 0.15, slot, dpi * 0.14
                        ),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                        str(value),
                    )
            if i % every == 0:
                p.setPen(QColor("#5b6474"))
                p.drawText(
                    QRectF(
                        left + i * slot - slot, plot_top + plot_h + dpi * 0.03, slot * 3, dpi * 0.16
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    labels[i],
                )
        if legend:
            p.fillRect(
                QRectF(self.width - dpi * 2.4, top + dpi * 0.05, dpi * 0.14, dpi * 0.14),
                QColor(OFF),
            )
            p.setPen(QColor("#5b6474"))
            p.drawText(
                QRectF(self.width - dpi * 2.2, top, dpi * 2.2, dpi * 0.25),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                legend,
            )
        p.restore()

    def finish(self) -> None:
        self.painter.end()


def _filled(page: Any) -> float:
    """How far down a planned page (pdf_pages.Slice) is filled: its header, then its part."""
    header = page.header
    above = 0.0 if header is None else header.bottom - header.top - header.overlap
    return above + page.bottom - page.top


def _pin_dates(path: Path, when: dt.datetime) -> None:
    """Put ``when`` in place of the writing time Qt stamps into the PDF (same byte length, so
    the cross-reference offsets stay valid): the same case at the same moment gives the same
    bytes, which keeps exports reproducible."""
    data = path.read_bytes()
    utc = when.astimezone(dt.UTC)

    def info_date(match: re.Match[bytes]) -> bytes:
        old = match.group(0)
        for pattern in ("(D:%Y%m%d%H%M%SZ)", "(D:%Y%m%d%H%M%S+00'00')", "(D:%Y%m%d%H%M%S+00'00)"):
            new = utc.strftime(pattern).encode("ascii")
            if len(new) == len(old):
                return new
        return old

    def xmp_date(match: re.Match[bytes]) -> bytes:
        old = match.group(0)
        for pattern in ('"%Y-%m-%dT%H:%M:%S+00:00"', '"%Y-%m-%dT%H:%M:%SZ"'):
            new = utc.strftime(pattern).encode("ascii")
            if len(new) == len(old):
                return new
        return old

    data = re.sub(rb"\(D:\d{14}[^)]{0,8}\)", info_date, data)
    data = re.sub(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)"', xmp_date, data)
    path.write_bytes(data)


def render_pdf(
    m: ReportModel,
    path: Path,
    *,
    when: dt.datetime,
    document_id: str,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """Write the report for ``m`` to ``path`` (A4, or US Letter for US cases), dated ``when``,
    with a stable document id derived from ``document_id`` (the package name).

    ``progress(fraction)`` is called as it goes (laying out, then page by page: a case of
    10 000 contacts and 100 000 marks takes minutes); ``cancel()`` returning true stops it
    with ``InterruptedError`` and leaves no file."""

    def check() -> None:
        if cancel is not None and cancel():
            raise InterruptedError("the PDF report was cancelled")

    step = progress or (lambda fraction: None)
    _ensure_gui()
    pages = _Pages(path, m, document_id)
    done = False
    try:

        def measuring(start: float) -> Callable[[float], None]:
            def measured(fraction: float) -> None:
                check()
                step(start + LAYOUT_SHARE / 2 * fraction)

            return measured

        first, first_pages = pages.laid_out(first_part_html(m), measuring(0.0))
        check()
        step(LAYOUT_SHARE / 2)
        # Planned before drawing, so every footer can say how many pages there are.
        places = pages.chart_places(_filled(first_pages[-1]) if first_pages else 0.0)
        # The contact table follows on under the charts where it fits (a page was left
        # more than half empty under them).
        at = pages.under_charts(places)
        second, second_pages = pages.laid_out(
            second_part_html(m),
            measuring(LAYOUT_SHARE / 2),
            None if at is None else pages.height - at,
        )
        check()
        step(LAYOUT_SHARE)
        pages.total = len(first_pages) + len(second_pages) - (0 if at is None else 1)
        pages.total += sum(1 for new_page, _ in places if new_page)

        def drawn(count: int) -> None:
            check()
            step(LAYOUT_SHARE + (1 - LAYOUT_SHARE) * count / max(pages.total, 1))

        pages.on_page = drawn
        pages.document(first, first_pages)
        pages.charts(places)
        pages.document(second, second_pages, at)
        done = True
        step(1.0)
    finally:
        pages.finish()
        if not done:
            path.unlink(missing_ok=True)
    _pin_dates(path, when)
